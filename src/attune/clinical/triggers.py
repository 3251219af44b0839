"""Patterns in a client's trigger map: where painful longing comes from and what helps.

Pure Python. Counts by origin theme, company and time of day, and the mean intensity
before and after writing a compassionate response (only over moments with both ratings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

TIMES_OF_DAY = (("night", 0, 6), ("morning", 6, 12), ("afternoon", 12, 18), ("evening", 18, 24))


@dataclass(frozen=True)
class TriggerPoint:
    occurred_at: datetime  # in the client's own time zone
    origin_theme: str
    company: str
    intensity_before: int
    intensity_after: int | None


@dataclass(frozen=True)
class PauseEffect:
    n: int
    mean_before: float
    mean_after: float

    @property
    def mean_drop(self) -> float:
        return self.mean_before - self.mean_after


@dataclass(frozen=True)
class TriggerPatterns:
    total: int
    by_theme: list[tuple[str, int]]
    by_company: list[tuple[str, int]]
    by_time_of_day: list[tuple[str, int]]
    pause: PauseEffect | None


def time_of_day(moment: datetime) -> str:
    return next(name for name, start, end in TIMES_OF_DAY if start <= moment.hour < end)


def patterns(points: Sequence[TriggerPoint]) -> TriggerPatterns:
    paired = [
        (p.intensity_before, p.intensity_after) for p in points if p.intensity_after is not None
    ]
    pause = None
    if paired:
        pause = PauseEffect(
            n=len(paired),
            mean_before=sum(b for b, _ in paired) / len(paired),
            mean_after=sum(a for _, a in paired if a is not None) / len(paired),
        )
    hours = Counter(time_of_day(p.occurred_at) for p in points)
    return TriggerPatterns(
        total=len(points),
        by_theme=Counter(p.origin_theme for p in points).most_common(),
        by_company=Counter(p.company for p in points).most_common(),
        by_time_of_day=[(name, hours[name]) for name, _s, _e in TIMES_OF_DAY if hours[name]],
        pause=pause,
    )

"""Which exercises help most: mean change in distress per exercise. Pure Python, no Django.

Change is distress before minus distress after (0–10 each), so a positive number means the
person felt less distressed afterwards. Only sessions with both ratings count; n says how many.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rated:
    exercise: str
    before: int
    after: int | None


@dataclass(frozen=True)
class ExerciseChange:
    exercise: str
    n: int
    mean_change: float
    mean_before: float
    mean_after: float


def mean_change_by_exercise(sessions: Iterable[Rated]) -> list[ExerciseChange]:
    """Per exercise, over sessions with both ratings; largest easing of distress first."""
    pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for session in sessions:
        if session.after is None:
            continue
        pairs[session.exercise].append((session.before, session.after))
    out = []
    for exercise, rated in pairs.items():
        n = len(rated)
        before = sum(b for b, _ in rated) / n
        after = sum(a for _, a in rated) / n
        out.append(
            ExerciseChange(
                exercise=exercise,
                n=n,
                mean_change=sum(b - a for b, a in rated) / n,
                mean_before=before,
                mean_after=after,
            )
        )
    return sorted(out, key=lambda item: (-item.mean_change, -item.n, item.exercise))

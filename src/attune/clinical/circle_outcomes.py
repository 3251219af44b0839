"""Circle-level loneliness change, pooled so that no one person can be read out of it.

Each consenting member contributes one change per dimension: the mean of their check-ins in
the baseline window around joining, subtracted from the mean of their most recent window.
A dimension is reported only when at least ``K_MIN`` members contribute to it (k-anonymity,
Sweeney 2002); the mean of fewer people would let a facilitator who knows some of them work
out the rest. Members are never listed, and the result carries no per-person numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean

K_MIN = 5
DIMENSIONS = ("sexual_loneliness", "emotional_loneliness", "social_loneliness")


@dataclass(frozen=True)
class MemberSeries:
    """One member's check-in values per dimension: at joining (baseline) and lately (now)."""

    baseline: Mapping[str, Sequence[int]]
    recent: Mapping[str, Sequence[int]]


@dataclass(frozen=True)
class DimensionChange:
    dimension: str
    contributors: int
    mean_change: float | None  # None when suppressed (fewer than K_MIN contributors)

    @property
    def suppressed(self) -> bool:
        return self.mean_change is None


@dataclass(frozen=True)
class CircleOutcome:
    consenting: int
    changes: tuple[DimensionChange, ...]

    @property
    def suppressed(self) -> bool:
        return self.consenting < K_MIN


def _member_change(series: MemberSeries, dimension: str) -> float | None:
    before = [v for v in series.baseline.get(dimension, ()) if v is not None]
    after = [v for v in series.recent.get(dimension, ()) if v is not None]
    if not before or not after:
        return None
    return fmean(after) - fmean(before)


def circle_outcome(members: Sequence[MemberSeries], k_min: int = K_MIN) -> CircleOutcome:
    """Mean change per dimension over consenting members (negative = less lonely)."""
    changes = []
    for dimension in DIMENSIONS:
        each = [c for m in members if (c := _member_change(m, dimension)) is not None]
        if len(members) < k_min or len(each) < k_min:
            changes.append(DimensionChange(dimension, len(each), None))
        else:
            changes.append(DimensionChange(dimension, len(each), round(fmean(each), 1)))
    return CircleOutcome(len(members), tuple(changes))

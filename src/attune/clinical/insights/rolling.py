"""7- and 28-day trailing rolling means, by calendar day.

A window is calendar days (the day itself and the 6 or 27 before it), not entries: gaps
shrink n instead of stretching the window back in time. A day without a value is skipped;
the mean is None when n == 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .model import METRICS, DailyCheckin, Metric, daily_values, day_range

SHORT_WINDOW = 7
LONG_WINDOW = 28


@dataclass(frozen=True)
class RollingPoint:
    day: date
    mean_7: float | None
    n_7: int
    mean_28: float | None
    n_28: int


def _window(values: dict[date, float], end: date, days: int) -> tuple[float | None, int]:
    found = [v for i in range(days) if (v := values.get(end - timedelta(days=i))) is not None]
    if not found:
        return None, 0
    return sum(found) / len(found), len(found)


def rolling_means(
    checkins: Iterable[DailyCheckin],
    metric: Metric,
    *,
    start: date | None = None,
    end: date | None = None,
) -> list[RollingPoint]:
    """One point per calendar day from `start` to `end` (default: first to last check-in)."""
    checkins = list(checkins)
    if not checkins and (start is None or end is None):
        return []
    values = daily_values(checkins, metric)
    first = start if start is not None else min(c.day for c in checkins)
    last = end if end is not None else max(c.day for c in checkins)
    if last < first:
        msg = f"end ({last.isoformat()}) is before start ({first.isoformat()})."
        raise ValueError(msg)
    points = []
    for day in day_range(first, last):
        mean_7, n_7 = _window(values, day, SHORT_WINDOW)
        mean_28, n_28 = _window(values, day, LONG_WINDOW)
        points.append(RollingPoint(day, mean_7, n_7, mean_28, n_28))
    return points


def rolling_means_all(
    checkins: Iterable[DailyCheckin], *, start: date | None = None, end: date | None = None
) -> dict[Metric, list[RollingPoint]]:
    checkins = list(checkins)
    return {m: rolling_means(checkins, m, start=start, end=end) for m in METRICS}

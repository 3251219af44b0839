"""Axis ticks: calendar-aligned date ticks chosen to fit their labels, and round y ticks."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

TickUnit = Literal["day", "month", "year"]
TickFormatter = Callable[[date, TickUnit], str]

MIN_LABEL_GAP = 10.0


def iso_tick(day: date, unit: TickUnit) -> str:
    """Default tick labels, ISO 8601 parts: "03-14" (month-day), "2025-03", "2025".
    Pass a localised formatter from the Django side for friendlier labels."""
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.month:02d}-{day.day:02d}"


@dataclass(frozen=True)
class _Step:
    unit: TickUnit
    kind: Literal["day", "week", "month", "year"]
    size: int


_STEPS: tuple[_Step, ...] = (
    _Step("day", "day", 1),
    _Step("day", "day", 2),
    _Step("day", "week", 1),
    _Step("day", "week", 2),
    _Step("month", "month", 1),
    _Step("month", "month", 2),
    _Step("month", "month", 3),
    _Step("month", "month", 6),
    _Step("year", "year", 1),
    _Step("year", "year", 2),
    _Step("year", "year", 5),
    _Step("year", "year", 10),
)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _candidates(start: date, end: date, step: _Step) -> list[date]:
    if step.kind == "day":
        return [start + timedelta(days=i) for i in range(0, (end - start).days + 1, step.size)]
    if step.kind == "week":
        first = start + timedelta(days=(7 - start.weekday()) % 7)  # Mondays
        span = (end - first).days
        return [first + timedelta(days=i) for i in range(0, span + 1, 7 * step.size)]
    months = 12 if step.kind == "year" else 1
    size = step.size * months
    first_month = _month_index(start) + (0 if start.day == 1 else 1)
    first_month += (-first_month) % size  # align: Jan/Apr/Jul/Oct for quarters, etc.
    months_range = range(first_month, _month_index(end) + 1, size)
    return [date(index // 12, index % 12 + 1, 1) for index in months_range]


def date_ticks(
    start: date,
    end: date,
    *,
    x_of: Callable[[date], float],
    label_width: Callable[[str], float],
    fmt: TickFormatter,
) -> list[tuple[date, str]]:
    """The finest calendar-aligned ticks whose labels do not collide."""
    if end <= start:
        return [(start, fmt(start, "day"))]
    fallback: list[tuple[date, str]] = []
    for step in _STEPS:
        ticks = [(day, fmt(day, step.unit)) for day in _candidates(start, end, step)]
        if not ticks:
            continue
        fallback = ticks
        if _fits(ticks, x_of, label_width):
            return ticks
    return fallback[:1]


def _fits(
    ticks: list[tuple[date, str]],
    x_of: Callable[[date], float],
    label_width: Callable[[str], float],
) -> bool:
    for (left_day, left), (right_day, right) in itertools.pairwise(ticks):
        needed = (label_width(left) + label_width(right)) / 2 + MIN_LABEL_GAP
        if x_of(right_day) - x_of(left_day) < needed:
            return False
    return True


def value_ticks(low: float, high: float, max_count: int = 6) -> list[float]:
    """The most ticks (at most `max_count`) at round steps (1, 2, 2.5, 5 × 10^k)."""
    power = 10 ** math.floor(math.log10((high - low) / max(1, max_count)))
    for step in (m * power * scale for scale in (1, 10, 100) for m in (1, 2, 2.5, 5)):
        first = math.ceil(low / step - 1e-9)
        last = math.floor(high / step + 1e-9)
        if last - first + 1 <= max_count:
            return [round(i * step, 10) for i in range(first, last + 1)]
    return [low, high]

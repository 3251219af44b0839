"""The input of every insight: one client's daily check-ins, as plain frozen values.

A series may have gaps (days without a check-in) and any field may be None. Analytics
never assume the sequence is sorted; they index it by day and refuse duplicate days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal

Metric = Literal[
    "mood",
    "sexual_loneliness",
    "emotional_loneliness",
    "social_loneliness",
    "longing_distress",
    "social_contacts",
    "sleep_hours",
    "sleep_quality",
    "activity_minutes",
    "nourishment",
]
Predictor = Literal["sleep_hours", "sleep_quality", "activity_minutes", "social_contacts"]
Outcome = Literal[
    "mood", "sexual_loneliness", "emotional_loneliness", "social_loneliness", "longing_distress"
]

METRICS: Final[tuple[Metric, ...]] = (
    "mood",
    "sexual_loneliness",
    "emotional_loneliness",
    "social_loneliness",
    "longing_distress",
    "social_contacts",
    "sleep_hours",
    "sleep_quality",
    "activity_minutes",
    "nourishment",
)
PREDICTORS: Final[tuple[Predictor, ...]] = (
    "sleep_hours",
    "sleep_quality",
    "activity_minutes",
    "social_contacts",
)
OUTCOMES: Final[tuple[Outcome, ...]] = (
    "mood",
    "sexual_loneliness",
    "emotional_loneliness",
    "social_loneliness",
    "longing_distress",
)

# Valid ranges, the same as the check-in form and API (checkins.models).
RANGES: Final[Mapping[Metric, tuple[float, float]]] = {
    "mood": (0, 10),
    "sexual_loneliness": (0, 10),
    "emotional_loneliness": (0, 10),
    "social_loneliness": (0, 10),
    "longing_distress": (0, 10),
    "social_contacts": (0, 500),
    "sleep_hours": (0, 24),
    "sleep_quality": (0, 10),
    "activity_minutes": (0, 1440),
    "nourishment": (0, 2),  # 0 low, 1 okay, 2 good
}
PHQ9_RANGE: Final = (0, 27)

PhqPoint = tuple[date, int]
ONE_DAY: Final = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DailyCheckin:
    day: date
    mood: int | None = None
    sexual_loneliness: int | None = None
    emotional_loneliness: int | None = None
    social_loneliness: int | None = None
    longing_distress: int | None = None
    social_contacts: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    activity_minutes: int | None = None
    nourishment: int | None = None
    has_win: bool = False
    has_setback: bool = False


def metric_value(checkin: DailyCheckin, metric: Metric) -> float | None:
    value: float | None = getattr(checkin, metric)
    return value


def validate_checkin(checkin: DailyCheckin) -> None:
    """Raise ValueError naming the first field outside its valid range."""
    for metric in METRICS:
        value = metric_value(checkin, metric)
        low, high = RANGES[metric]
        if value is not None and not low <= value <= high:
            msg = f"{metric} on {checkin.day.isoformat()} must be {low:g}–{high:g}, got {value}."
            raise ValueError(msg)


def index_by_day(checkins: Iterable[DailyCheckin]) -> dict[date, DailyCheckin]:
    """Check-ins keyed by day, in day order; a second check-in for a day is an error."""
    indexed: dict[date, DailyCheckin] = {}
    for checkin in sorted(checkins, key=lambda c: c.day):
        if checkin.day in indexed:
            msg = f"More than one check-in for {checkin.day.isoformat()}."
            raise ValueError(msg)
        indexed[checkin.day] = checkin
    return indexed


def daily_values(checkins: Iterable[DailyCheckin], metric: Metric) -> dict[date, float]:
    """The days on which `metric` was recorded, with its value."""
    values: dict[date, float] = {}
    for day, checkin in index_by_day(checkins).items():
        value = metric_value(checkin, metric)
        if value is not None:
            values[day] = value
    return values


def validate_phq9(points: Sequence[PhqPoint]) -> dict[date, int]:
    """PHQ-9 totals keyed by day, checked: 0–27, at most one per day."""
    by_day: dict[date, int] = {}
    low, high = PHQ9_RANGE
    for day, total in points:
        if not low <= total <= high:
            msg = f"PHQ-9 total on {day.isoformat()} must be {low}–{high}, got {total}."
            raise ValueError(msg)
        if day in by_day:
            msg = f"More than one PHQ-9 total for {day.isoformat()}."
            raise ValueError(msg)
        by_day[day] = total
    return dict(sorted(by_day.items()))


def week_start(day: date) -> date:
    """Monday of the ISO week that contains `day`."""
    return day - timedelta(days=day.weekday())


def day_range(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]

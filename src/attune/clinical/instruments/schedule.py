"""When a questionnaire is due: occurrences of a cadence, and what is open on a given day.

A schedule starts on a day and repeats (or not). An occurrence is *open* from its day until
the next occurrence, unless the questionnaire was answered on or after that day. An open
occurrence whose day has passed is "still open", never "overdue" in client-facing words.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Cadence(StrEnum):
    ONCE = "once"
    WEEKLY = "weekly"
    EVERY_N_DAYS = "every_n_days"
    MONTHLY = "monthly"


MAX_EVERY_DAYS = 365


@dataclass(frozen=True)
class Schedule:
    start: date
    cadence: Cadence
    every_days: int | None = None  # only for EVERY_N_DAYS

    def __post_init__(self) -> None:
        if self.cadence is Cadence.EVERY_N_DAYS:
            if self.every_days is None or not 1 <= self.every_days <= MAX_EVERY_DAYS:
                msg = f"every_days must be 1–{MAX_EVERY_DAYS} for this cadence."
                raise ValueError(msg)
        elif self.every_days is not None:
            msg = "every_days is only for the every-N-days cadence."
            raise ValueError(msg)


@dataclass(frozen=True)
class Due:
    due_on: date  # the occurrence that is open
    still_open: bool  # its day has passed (shown gently, never as a failure)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def occurrence(schedule: Schedule, index: int) -> date | None:
    """The index-th occurrence (0 is the start); None when a one-off has no more."""
    if schedule.cadence is Cadence.ONCE:
        return schedule.start if index == 0 else None
    if schedule.cadence is Cadence.WEEKLY:
        return schedule.start + timedelta(days=7 * index)
    if schedule.cadence is Cadence.EVERY_N_DAYS:
        assert schedule.every_days is not None
        return schedule.start + timedelta(days=schedule.every_days * index)
    return _add_months(schedule.start, index)


def latest_occurrence(schedule: Schedule, today: date) -> date | None:
    """The last occurrence on or before today, or None before the start."""
    if today < schedule.start:
        return None
    if schedule.cadence is Cadence.ONCE:
        return schedule.start
    step = 7 if schedule.cadence is Cadence.WEEKLY else schedule.every_days
    if step is not None:
        return schedule.start + timedelta(days=step * ((today - schedule.start).days // step))
    months = (today.year - schedule.start.year) * 12 + today.month - schedule.start.month
    candidate = _add_months(schedule.start, months)
    return candidate if candidate <= today else _add_months(schedule.start, months - 1)


def next_occurrence(schedule: Schedule, today: date) -> date | None:
    """The first occurrence after today, or None when a one-off is done."""
    if today < schedule.start:
        return schedule.start
    latest = latest_occurrence(schedule, today)
    assert latest is not None
    if schedule.cadence is Cadence.ONCE:
        return None
    index = 1
    while (day := occurrence(schedule, index)) is not None and day <= latest:
        index += 1
    return day


def due(schedule: Schedule, today: date, last_answered: date | None) -> Due | None:
    """What is open today, given the day it was last answered (None: never)."""
    latest = latest_occurrence(schedule, today)
    if latest is None:
        return None
    if last_answered is not None and last_answered >= latest:
        return None
    return Due(due_on=latest, still_open=latest < today)

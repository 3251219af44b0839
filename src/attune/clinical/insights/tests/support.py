"""Small builders for hand-made check-in series."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from attune.clinical.insights import DailyCheckin, Estimate

MONDAY = date(2024, 1, 1)  # a Monday; ISO week 1 of 2024


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def checkin(offset: int, **fields: Any) -> DailyCheckin:
    return DailyCheckin(day=day(offset), **fields)


def known(estimate: Estimate | None) -> Estimate:
    """The estimate, asserting there is one (for typed tests)."""
    assert estimate is not None
    return estimate

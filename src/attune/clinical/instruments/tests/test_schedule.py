from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attune.clinical.instruments.schedule import (
    Cadence,
    Due,
    Schedule,
    due,
    latest_occurrence,
    next_occurrence,
)

START = date(2026, 1, 31)


def test_once_is_due_from_its_start_until_answered() -> None:
    schedule = Schedule(START, Cadence.ONCE)
    assert due(schedule, START - timedelta(days=1), None) is None
    assert due(schedule, START, None) == Due(START, still_open=False)
    assert due(schedule, START + timedelta(days=40), None) == Due(START, still_open=True)
    assert due(schedule, START + timedelta(days=40), START + timedelta(days=3)) is None
    assert next_occurrence(schedule, START) is None


def test_weekly_opens_again_each_week() -> None:
    schedule = Schedule(START, Cadence.WEEKLY)
    assert due(schedule, START + timedelta(days=6), START) is None
    assert due(schedule, START + timedelta(days=7), START) == Due(
        START + timedelta(days=7), still_open=False
    )
    assert next_occurrence(schedule, START + timedelta(days=7)) == START + timedelta(days=14)


def test_answering_early_does_not_close_a_later_occurrence() -> None:
    schedule = Schedule(START, Cadence.EVERY_N_DAYS, every_days=14)
    answered = START + timedelta(days=13)
    assert due(schedule, START + timedelta(days=14), answered) == Due(
        START + timedelta(days=14), still_open=False
    )


def test_monthly_keeps_to_the_end_of_short_months() -> None:
    schedule = Schedule(START, Cadence.MONTHLY)
    assert latest_occurrence(schedule, date(2026, 2, 27)) == START
    assert latest_occurrence(schedule, date(2026, 2, 28)) == date(2026, 2, 28)
    assert latest_occurrence(schedule, date(2026, 3, 30)) == date(2026, 2, 28)
    assert latest_occurrence(schedule, date(2026, 3, 31)) == date(2026, 3, 31)
    assert next_occurrence(schedule, date(2026, 3, 31)) == date(2026, 4, 30)


@pytest.mark.parametrize("every_days", [None, 0, 366])
def test_every_n_days_needs_a_sensible_n(every_days: int | None) -> None:
    with pytest.raises(ValueError, match="every_days"):
        Schedule(START, Cadence.EVERY_N_DAYS, every_days=every_days)


def test_every_days_is_refused_for_other_cadences() -> None:
    with pytest.raises(ValueError, match="only for the every-N-days"):
        Schedule(START, Cadence.WEEKLY, every_days=3)


@given(
    cadence=st.sampled_from(list(Cadence)),
    every=st.integers(1, 60),
    offset=st.integers(0, 2000),
)
def test_the_open_occurrence_is_never_in_the_future_and_never_skips_one(
    cadence: Cadence, every: int, offset: int
) -> None:
    schedule = Schedule(START, cadence, every if cadence is Cadence.EVERY_N_DAYS else None)
    today = START + timedelta(days=offset)
    latest = latest_occurrence(schedule, today)
    assert latest is not None and START <= latest <= today
    following = next_occurrence(schedule, today)
    assert following is None or following > today
    open_now = due(schedule, today, None)
    assert open_now is not None and open_now.due_on == latest

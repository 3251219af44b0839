"""Engagement: days logged out of the last 28, never a streak."""

from __future__ import annotations

import dataclasses

import pytest

from attune.clinical.insights import Engagement, engagement

from .support import checkin, day

AS_OF = day(40)


def test_counts_days_logged_in_the_28_days_ending_on_as_of() -> None:
    series = [checkin(i) for i in (12, 13, 20, 30, 40)]  # day 12 is 28 days before day 40
    result = engagement(series, AS_OF)
    assert (result.window_start, result.window_days, result.days_logged) == (day(13), 28, 4)
    assert result.fraction == pytest.approx(4 / 28)
    assert result.sentence == "You checked in on 4 of the last 28 days."


def test_checkins_after_as_of_do_not_count() -> None:
    assert engagement([checkin(40), checkin(41), checkin(45)], AS_OF).days_logged == 1


def test_a_checkin_without_any_values_still_counts_as_a_day_logged() -> None:
    assert engagement([checkin(40, mood=None)], AS_OF).days_logged == 1


def test_no_checkins_is_described_gently() -> None:
    result = engagement([], AS_OF)
    assert (result.days_logged, result.fraction) == (0, 0.0)
    assert result.sentence == (
        "No check-ins in the last 28 days — that's okay; you can pick up any day."
    )


def test_since_shortens_the_window_for_a_newcomer() -> None:
    result = engagement([checkin(38), checkin(40)], AS_OF, since=day(38))
    assert (result.window_start, result.window_days, result.days_logged) == (day(38), 3, 2)
    assert result.fraction == pytest.approx(2 / 3)
    assert result.sentence == "You checked in on 2 of the 3 days since you started."


def test_since_before_the_window_keeps_28_days() -> None:
    assert engagement([checkin(40)], AS_OF, since=day(0)).window_days == 28


def test_since_after_as_of_is_refused() -> None:
    with pytest.raises(ValueError, match="after as_of"):
        engagement([], AS_OF, since=day(41))


def test_there_is_no_streak_anywhere() -> None:
    names = {f.name for f in dataclasses.fields(Engagement)}
    assert not any("streak" in name for name in names)

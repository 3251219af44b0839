"""Weekly summaries: ISO weeks from Monday, stats per metric, kind sentences."""

from __future__ import annotations

from datetime import date

import pytest

from attune.clinical.insights import DailyCheckin, weekly_summaries
from attune.clinical.insights import wording as w

from .support import checkin, day

WEEK_ONE = [
    checkin(0, mood=4, sexual_loneliness=6, sleep_hours=7.0, activity_minutes=20, has_win=True),
    checkin(1, mood=6, sexual_loneliness=None, sleep_hours=8.0, has_setback=True),
    checkin(2, mood=None, sexual_loneliness=4),
    checkin(4, mood=8, sexual_loneliness=5, activity_minutes=40, has_win=True),
    checkin(6, mood=5),
]
WEEK_THREE = [checkin(14, mood=7, has_win=True, has_setback=True)]


def test_week_stats_count_only_recorded_values() -> None:
    week = weekly_summaries(WEEK_ONE)[0]
    assert (week.week_start, week.iso_year, week.iso_week) == (day(0), 2024, 1)
    assert (week.days_counted, week.days_logged, week.wins, week.setbacks) == (7, 5, 2, 1)
    mood = week.metrics["mood"]
    assert (mood.n, mood.minimum, mood.maximum) == (4, 4, 8)
    assert mood.mean == pytest.approx(5.75)
    assert week.metrics["sexual_loneliness"].n == 3
    nothing = week.metrics["social_contacts"]
    assert (nothing.n, nothing.mean, nothing.minimum, nothing.maximum) == (0, None, None, None)


def test_week_sentences_describe_without_judging() -> None:
    assert weekly_summaries(WEEK_ONE)[0].sentences == (
        "You checked in on 5 of 7 days.",
        "Your mood averaged 5.8 out of 10 (from 4 to 8).",
        "Sexual loneliness averaged 5.0 out of 10 (from 4 to 6).",
        "You slept about 7.5 hours a night on the days you noted it.",
        "You noted about 30 minutes of activity a day.",
        "You noted 2 small wins — worth remembering.",
        "You noted a setback. Setbacks are part of growth.",
    )


def test_a_week_without_checkins_is_included_and_described_gently() -> None:
    weeks = weekly_summaries(WEEK_ONE + WEEK_THREE)
    assert [wk.week_start for wk in weeks] == [day(0), day(7), day(14)]
    empty = weeks[1]
    assert (empty.days_logged, empty.wins, empty.setbacks) == (0, 0, 0)
    assert empty.sentences == (w.WEEK_NONE,)
    assert empty.sentences == ("No check-ins this week — that's okay; you can pick up any day.",)


def test_single_win_and_setback_use_singular_wording() -> None:
    sentences = weekly_summaries(WEEK_THREE)[0].sentences
    assert w.WEEK_WINS_ONE in sentences
    assert w.WEEK_SETBACKS_ONE in sentences


def test_partial_weeks_count_only_days_inside_the_range() -> None:
    thursday_start = [checkin(3, mood=5), checkin(5, mood=6)]
    weeks = weekly_summaries(thursday_start, end=day(8))
    assert [(wk.days_counted, wk.days_logged) for wk in weeks] == [(4, 2), (2, 0)]
    assert weeks[0].sentences[0] == "You checked in on 2 of 4 days."


def test_one_day_range_uses_singular_day() -> None:
    assert weekly_summaries([checkin(0, mood=5)])[0].sentences[0] == "You checked in on 1 of 1 day."


def test_iso_weeks_cross_the_year_boundary() -> None:
    monday = date(2024, 12, 30)  # ISO week 1 of 2025
    week = weekly_summaries([DailyCheckin(day=date(2025, 1, 2), mood=5)], start=monday)[0]
    assert (week.week_start, week.iso_year, week.iso_week) == (monday, 2025, 1)


def test_no_checkins_with_a_range_gives_gentle_empty_weeks() -> None:
    weeks = weekly_summaries([], start=day(0), end=day(13))
    assert [wk.sentences for wk in weeks] == [(w.WEEK_NONE,), (w.WEEK_NONE,)]
    assert weekly_summaries([]) == []


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValueError, match="before start"):
        weekly_summaries(WEEK_ONE, start=day(6), end=day(0))

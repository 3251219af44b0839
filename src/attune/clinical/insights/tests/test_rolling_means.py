"""7- and 28-day trailing rolling means by calendar day, with gaps and None values."""

from __future__ import annotations

from datetime import date

import pytest

from attune.clinical.insights import METRICS, RollingPoint, rolling_means, rolling_means_all

from .support import checkin, day

# Jan 1-3 mood 2, 4, 6; Jan 5 checked in without mood; Jan 6-7 no check-in; Jan 8 mood 8.
SERIES = [
    checkin(0, mood=2, sleep_hours=6.5),
    checkin(1, mood=4),
    checkin(2, mood=6, sleep_hours=7.5),
    checkin(4, mood=None, sleep_hours=8.0),
    checkin(7, mood=8),
]


def by_day(points: list[RollingPoint]) -> dict[date, RollingPoint]:
    return {p.day: p for p in points}


def test_one_point_per_calendar_day_from_first_to_last_checkin() -> None:
    points = rolling_means(SERIES, "mood")
    assert [p.day for p in points] == [day(i) for i in range(8)]


def test_seven_day_window_counts_calendar_days_and_skips_days_without_a_value() -> None:
    points = by_day(rolling_means(SERIES, "mood"))
    eighth = points[day(7)]  # window Jan 2..Jan 8: 4, 6, 8 (Jan 5 has no mood)
    assert eighth.mean_7 == pytest.approx(6.0)
    assert eighth.n_7 == 3
    assert eighth.mean_28 == pytest.approx(5.0)  # 2, 4, 6, 8
    assert eighth.n_28 == 4


def test_gap_days_still_get_a_point_from_the_days_before() -> None:
    sixth = by_day(rolling_means(SERIES, "mood"))[day(5)]
    assert sixth.mean_7 == pytest.approx(4.0)
    assert sixth.n_7 == 3


def test_window_does_not_stretch_back_to_reach_more_entries() -> None:
    points = by_day(rolling_means([checkin(0, mood=2), checkin(19, mood=6)], "mood"))
    assert points[day(19)].mean_7 == pytest.approx(6.0)
    assert points[day(19)].n_7 == 1
    assert points[day(10)].n_7 == 0
    assert points[day(10)].mean_7 is None


def test_28_day_window_includes_the_day_27_days_earlier_and_not_28() -> None:
    series = [checkin(0, mood=0), checkin(28, mood=10)]
    points = by_day(rolling_means(series, "mood"))
    assert points[day(27)].mean_28 == pytest.approx(0.0)
    assert points[day(27)].n_28 == 1
    assert points[day(28)].mean_28 == pytest.approx(10.0)
    assert points[day(28)].n_28 == 1


def test_no_value_in_window_gives_none_with_n_zero() -> None:
    points = rolling_means(SERIES, "mood", start=day(-3), end=day(-1))
    assert all(p.mean_7 is None and p.n_7 == 0 and p.mean_28 is None for p in points)


def test_float_metric_and_explicit_range_up_to_today() -> None:
    points = by_day(rolling_means(SERIES, "sleep_hours", end=day(10)))
    assert points[day(4)].mean_7 == pytest.approx((6.5 + 7.5 + 8.0) / 3)
    assert points[day(10)].mean_7 == pytest.approx(8.0)
    assert points[day(10)].n_7 == 1


def test_every_metric_has_a_series() -> None:
    assert set(rolling_means_all(SERIES)) == set(METRICS)


def test_no_checkins_and_no_range_gives_no_points() -> None:
    assert rolling_means([], "mood") == []


def test_duplicate_day_is_refused_with_the_date() -> None:
    with pytest.raises(ValueError, match="2024-01-01"):
        rolling_means([checkin(0, mood=1), checkin(0, mood=2)], "mood")


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValueError, match="before start"):
        rolling_means(SERIES, "mood", start=day(5), end=day(1))

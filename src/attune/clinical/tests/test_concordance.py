from __future__ import annotations

from datetime import date, timedelta

from attune.clinical.concordance import (
    DISCORDANCE_POINTS,
    client_closeness,
    is_discordant,
    mean_gap,
    week_start,
    weekly_views,
)

TODAY = date(2026, 11, 26)  # a Thursday
MONDAY = date(2026, 11, 23)


def test_weeks_start_on_monday() -> None:
    assert week_start(TODAY) == MONDAY
    assert week_start(MONDAY) == MONDAY


def test_client_closeness_is_ten_minus_mean_loneliness_per_week() -> None:
    rows = [(MONDAY, 6, 8), (TODAY, 4, None), (MONDAY - timedelta(days=1), None, None)]
    assert client_closeness(rows) == {MONDAY: (3.0 + 6.0) / 2}


def _weeks(value: float, n: int = 4) -> dict[date, float]:
    return {MONDAY - timedelta(weeks=k): value for k in range(n)}


def test_a_gap_at_the_threshold_is_discordant_and_just_below_is_not() -> None:
    partner = dict.fromkeys(_weeks(0), 8)
    assert is_discordant(partner, _weeks(8 - DISCORDANCE_POINTS), TODAY)
    assert not is_discordant(partner, _weeks(8 - DISCORDANCE_POINTS + 0.1), TODAY)


def test_one_paired_week_is_not_enough() -> None:
    partner = {MONDAY: 9}
    assert mean_gap(weekly_views(partner, {MONDAY: 1.0}, TODAY, 4)) is None
    assert not is_discordant(partner, {MONDAY: 1.0}, TODAY)


def test_weeks_older_than_the_window_do_not_count() -> None:
    old = MONDAY - timedelta(weeks=5)
    partner = {old: 10, old - timedelta(weeks=1): 10}
    assert not is_discordant(partner, {old: 0.0, old - timedelta(weeks=1): 0.0}, TODAY)


def test_views_run_oldest_first_with_gaps_as_none() -> None:
    views = weekly_views({MONDAY: 5}, {}, TODAY, 3)
    assert [v.week for v in views] == [
        MONDAY - timedelta(weeks=2),
        MONDAY - timedelta(weeks=1),
        MONDAY,
    ]
    assert views[-1].partner == 5.0 and views[-1].client is None and views[-1].gap is None

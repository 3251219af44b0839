"""The synthetic generator: reproducible, valid, realistic structure, planted effects."""

from __future__ import annotations

import statistics
from datetime import timedelta

import pytest

from attune.clinical.insights import (
    DailyCheckin,
    Metric,
    planted_key,
    synthetic_series,
    validate_checkin,
)
from attune.clinical.insights.model import metric_value
from attune.clinical.insights.stats import lag1_autocorrelation, pearson

from .support import MONDAY

CLIENTS = range(60)


def many(days: int = 365) -> list[list[DailyCheckin]]:
    return [synthetic_series(seed, days, MONDAY) for seed in CLIENTS]


def test_same_seed_gives_the_same_series() -> None:
    assert synthetic_series(42, 200, MONDAY) == synthetic_series(42, 200, MONDAY)
    assert synthetic_series(42, 200, MONDAY) != synthetic_series(43, 200, MONDAY)


def test_values_are_in_range_days_unique_sorted_and_inside_the_period() -> None:
    for series in many():
        days = [c.day for c in series]
        assert days == sorted(set(days))
        assert days[0] == MONDAY
        assert days[-1] <= MONDAY + timedelta(days=364)
        for c in series:
            validate_checkin(c)
            assert c.mood is not None


def test_about_15_percent_of_days_are_missing_and_some_fields_are_empty() -> None:
    series = many()
    logged = sum(len(s) for s in series)
    assert 0.12 < 1 - logged / (365 * len(CLIENTS)) < 0.18
    assert any(c.sleep_hours is None for s in series for c in s)
    assert any(c.sexual_loneliness is None for s in series for c in s)


def test_no_missing_days_when_the_rate_is_zero() -> None:
    assert len(synthetic_series(1, 100, MONDAY, missing_rate=0.0)) == 100


def test_weekend_sleep_is_longer_on_average() -> None:
    weekend: list[float] = []
    weekday: list[float] = []
    for series in many():
        for c in series:
            if c.sleep_hours is not None:
                (weekend if c.day.weekday() >= 5 else weekday).append(c.sleep_hours)
    assert statistics.fmean(weekend) - statistics.fmean(weekday) > 0.4


def within(series: list[DailyCheckin], x: Metric, y: Metric) -> float:
    pairs = [(metric_value(c, x), metric_value(c, y)) for c in series]
    xs = [a for a, b in pairs if a is not None and b is not None]
    ys = [b for a, b in pairs if a is not None and b is not None]
    r = pearson(xs, ys)
    assert r is not None
    return r


def test_loneliness_follows_mood_but_sexual_loneliness_less_closely() -> None:
    series = many()
    emotional = statistics.fmean(within(s, "mood", "emotional_loneliness") for s in series)
    sexual = statistics.fmean(within(s, "mood", "sexual_loneliness") for s in series)
    assert emotional < -0.3
    assert emotional < sexual < 0


def test_mood_is_autocorrelated_day_to_day() -> None:
    rhos = [lag1_autocorrelation({c.day: float(c.mood or 0) for c in s}) for s in many()]
    assert statistics.fmean(r for r in rhos if r is not None) > 0.2


def test_wins_and_setbacks_occur_now_and_then() -> None:
    days = [c for s in many() for c in s]
    wins = sum(c.has_win for c in days) / len(days)
    setbacks = sum(c.has_setback for c in days) / len(days)
    assert 0.1 < wins < 0.3
    assert 0.02 < setbacks < 0.15


def test_planted_key_and_validation() -> None:
    assert planted_key("sleep_hours", "mood", 1) == "sleep_hours->next_day_mood"
    assert (
        planted_key("activity_minutes", "longing_distress", 0)
        == "activity_minutes->longing_distress"
    )
    with pytest.raises(ValueError, match="Unknown planted effect"):
        synthetic_series(1, 10, MONDAY, planted={"sleep->mood": 1.0})
    with pytest.raises(ValueError, match="finite"):
        synthetic_series(1, 10, MONDAY, planted={"sleep_hours->mood": float("nan")})


def test_bad_sizes_are_refused_and_zero_days_is_empty() -> None:
    assert synthetic_series(1, 0, MONDAY) == []
    with pytest.raises(ValueError, match="days"):
        synthetic_series(1, -1, MONDAY)
    with pytest.raises(ValueError, match="missing_rate"):
        synthetic_series(1, 10, MONDAY, missing_rate=0.9)

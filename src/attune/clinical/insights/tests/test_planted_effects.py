"""A planted sleep -> next-day mood effect is found; on independent data, mostly nothing is.

Figures measured while writing these tests (sleep_hours -> next-day mood, planted slope
0.8 mood points per hour of sleep, r about .49): the autocorrelation-adjusted CI excluded 0
in 96.4% of 500 seeds at 90 days and 99.8% at 180 days. With nothing planted, a calibrated
95% CI should include 0 in ~95% of seeds; we measured 94-95% (plain) and 95% (adjusted)
over 100-1,000 seeds, and require >= 85 of 100 pre-chosen seeds so chance cannot make the
test flaky. The seeds (0-19, 0-49, 0-99) were fixed in advance, not picked to pass.
"""

from __future__ import annotations

from attune.clinical.insights import Estimate, association, synthetic_series

from .support import MONDAY, known

PLANTED = {"sleep_hours->next_day_mood": 0.8}


def sleep_to_next_day_mood(
    seed: int, days: int, planted: dict[str, float] | None = None
) -> Estimate:
    series = synthetic_series(seed, days, MONDAY, planted=planted)
    return known(association(series, "sleep_hours", "mood", 1).estimate)


def test_planted_effect_is_found_in_every_one_of_20_seeds_at_180_days() -> None:
    for seed in range(20):
        e = sleep_to_next_day_mood(seed, 180, PLANTED)
        assert e.r_ci.excludes_zero() and e.r > 0, seed
        assert e.slope_ci.low > 0, seed
        assert e.clear, seed  # the autocorrelation-adjusted CI too
        assert e.slope_ci_adjusted is not None and e.slope_ci_adjusted.low > 0, seed


def test_planted_slope_lies_inside_most_slope_cis() -> None:
    covered = sum(
        e.slope_ci.low <= 0.8 <= e.slope_ci.high
        for e in (sleep_to_next_day_mood(seed, 180, PLANTED) for seed in range(20))
    )
    assert covered >= 17  # ~95% expected; rounding and clipping attenuate a little


def test_planted_effect_is_found_in_at_least_90_percent_of_seeds_at_90_days() -> None:
    found = sum(sleep_to_next_day_mood(seed, 90, PLANTED).clear for seed in range(50))
    assert found >= 45  # measured power ~96% over 500 seeds


def test_without_an_effect_the_ci_includes_zero_in_the_large_majority_of_seeds() -> None:
    estimates = [sleep_to_next_day_mood(seed, 90) for seed in range(100)]
    assert sum(not e.r_ci.excludes_zero() for e in estimates) >= 85  # ~95 expected
    assert sum(not e.slope_ci.excludes_zero() for e in estimates) >= 85
    assert sum(not e.clear for e in estimates) >= 85

"""Within-person associations: pairing, centring, hand-checked CIs, n >= 14, labels."""

from __future__ import annotations

import math
import statistics

import pytest

from attune.clinical.insights import (
    MIN_PAIRS,
    OUTCOMES,
    PREDICTORS,
    Association,
    Status,
    association,
    associations,
    synthetic_series,
)

from .support import MONDAY, checkin, known

# 16 same-day pairs, social contacts vs mood, varied enough to give a moderate r.
CONTACTS = [0, 3, 1, 4, 2, 5, 2, 6, 1, 3, 4, 2, 5, 3, 6, 4]
MOODS = [3, 5, 4, 4, 3, 7, 5, 6, 2, 6, 5, 4, 8, 4, 7, 6]
SAME_DAY = [
    checkin(i, social_contacts=c, mood=m)
    for i, (c, m) in enumerate(zip(CONTACTS, MOODS, strict=True))
]


def test_same_day_estimate_matches_hand_computation() -> None:
    result = association(SAME_DAY, "social_contacts", "mood", 0)
    e = known(result.estimate)
    assert result.status is Status.OK
    assert result.n == e.n == 16
    r = statistics.correlation(CONTACTS, MOODS)
    slope, intercept = statistics.linear_regression(CONTACTS, MOODS)
    assert e.r == pytest.approx(r)
    assert e.slope == pytest.approx(slope)
    half_z = 1.959963984540054 / math.sqrt(16 - 3)
    assert e.r_ci.low == pytest.approx(math.tanh(math.atanh(r) - half_z))
    assert e.r_ci.high == pytest.approx(math.tanh(math.atanh(r) + half_z))
    residuals = [m - (intercept + slope * c) for c, m in zip(CONTACTS, MOODS, strict=True)]
    mean_c = statistics.fmean(CONTACTS)
    sxx = sum((c - mean_c) ** 2 for c in CONTACTS)
    se = math.sqrt(sum(x * x for x in residuals) / 14 / sxx)
    assert e.slope_ci.low == pytest.approx(slope - 2.144787 * se, abs=1e-5)  # t(.975, 14)
    assert e.slope_ci.high == pytest.approx(slope + 2.144787 * se, abs=1e-5)


def test_centring_uses_the_persons_own_means_and_leaves_r_and_slope_unchanged() -> None:
    extra = [checkin(40, social_contacts=20), checkin(41, mood=0)]  # unpaired days
    result = association(SAME_DAY + extra, "social_contacts", "mood", 0)
    assert result.predictor_mean == pytest.approx(statistics.fmean([*CONTACTS, 20]))
    assert result.outcome_mean == pytest.approx(statistics.fmean([*MOODS, 0]))
    assert known(result.estimate).r == pytest.approx(statistics.correlation(CONTACTS, MOODS))


def test_next_day_pairs_use_only_consecutive_calendar_days() -> None:
    # Days 0-9 and 12-21: 9 + 9 consecutive pairs; the gap (10, 11) must not be bridged.
    days = [*range(10), *range(12, 22)]
    series = [checkin(i, sleep_hours=6 + (i % 3), mood=(i * 7) % 11) for i in days]
    result = association(series, "sleep_hours", "mood", 1)
    assert result.n == 18
    assert result.status is Status.OK


def test_fewer_than_14_pairs_is_insufficient_with_n() -> None:
    result = association(SAME_DAY[:13], "social_contacts", "mood", 0)
    assert (result.status, result.n, result.estimate) == (Status.INSUFFICIENT, 13, None)
    assert result.label == (
        "How much social contact you had and your mood on the same day: this appears once "
        "14 days have both noted (13 so far)."
    )
    assert association(SAME_DAY[:14], "social_contacts", "mood", 0).status is Status.OK


def test_insufficient_next_day_label_speaks_of_back_to_back_days() -> None:
    result = association(SAME_DAY[:5], "social_contacts", "mood", 1)
    assert result.n == 4
    assert "back-to-back days" in result.label


def test_min_pairs_can_be_raised_but_not_lowered() -> None:
    assert (
        association(SAME_DAY, "social_contacts", "mood", 0, min_pairs=20).status
        is Status.INSUFFICIENT
    )
    with pytest.raises(ValueError, match="never lowered"):
        association(SAME_DAY, "social_contacts", "mood", 0, min_pairs=10)


def test_a_constant_series_has_no_pattern_to_look_at() -> None:
    flat = [checkin(i, social_contacts=c, mood=5) for i, c in enumerate(CONTACTS)]
    result = association(flat, "social_contacts", "mood", 0)
    assert (result.status, result.estimate) == (Status.NO_VARIATION, None)
    assert "no pattern to look at yet" in result.label


def planted(slope: float, seed: int = 3) -> Association:
    series = synthetic_series(seed, 180, MONDAY, planted={"sleep_hours->next_day_mood": slope})
    return association(series, "sleep_hours", "mood", 1)


def test_clear_positive_label_is_an_association_not_a_cause() -> None:
    assert planted(1.0).label == (
        "On days after more sleep, your mood tended to be higher (association, not cause)."
    )


def test_clear_negative_label_says_lower() -> None:
    assert planted(-1.0).label == (
        "On days after more sleep, your mood tended to be lower (association, not cause)."
    )


def test_unclear_label_says_no_clear_pattern_so_far() -> None:
    series = synthetic_series(3, 180, MONDAY)
    result = association(series, "sleep_hours", "mood", 1)
    assert not known(result.estimate).clear
    assert result.label == (
        "So far there's no clear pattern between how much you slept and your mood the next "
        "day (association, not cause)."
    )


def test_all_predictor_outcome_lag_combinations_are_reported_and_labelled() -> None:
    results = associations(synthetic_series(11, 120, MONDAY))
    assert len(results) == len(PREDICTORS) * len(OUTCOMES) * 2
    assert {(a.predictor, a.outcome, a.lag) for a in results} == {
        (p, o, lag) for p in PREDICTORS for o in OUTCOMES for lag in (0, 1)
    }
    for result in results:
        assert result.n >= MIN_PAIRS
        assert result.label.endswith("(association, not cause).")

"""Reliable change (Jacobson & Truax 1991) and the NHS Talking Therapies rules."""

from __future__ import annotations

import math

import pytest

from attune.clinical.instruments import ChangeNotAvailableError, ScoreOutOfRangeError
from attune.clinical.instruments.change import (
    ChangeCategory,
    change_category,
    classify_change,
    classify_history,
    clinical_cutoff_c,
    is_functional,
    reliable_change_index,
    reliable_change_threshold,
    standard_error_of_difference,
    standard_error_of_measurement,
    talking_therapies_outcome,
)
from attune.clinical.instruments.model import (
    ChangeNorms,
    Direction,
    PopulationNorm,
    SourcedValue,
)

RECOVERED = ChangeCategory.RECOVERED
IMPROVED = ChangeCategory.RELIABLY_IMPROVED
NO_CHANGE = ChangeCategory.NO_RELIABLE_CHANGE
DETERIORATED = ChangeCategory.RELIABLY_DETERIORATED


def norms(sd: float, r: float, cutoff: float | None = None) -> ChangeNorms:
    return ChangeNorms(
        sd=SourcedValue(sd, "test"),
        reliability=SourcedValue(r, "test"),
        cutoff=None if cutoff is None else SourcedValue(cutoff, "test"),
    )


# --- formulas -------------------------------------------------------------------------------


def test_sem_and_sdiff_follow_jacobson_truax() -> None:
    assert standard_error_of_measurement(5.5, 0.84) == pytest.approx(2.2)
    assert standard_error_of_difference(5.5, 0.84) == pytest.approx(math.sqrt(2) * 2.2)


def test_phq9_reliable_change_threshold_is_about_6_1() -> None:
    # shared/INSTRUMENTS.md: PHQ-9 clinical SD 5.5, r .84 -> RC about 6.1.
    assert reliable_change_threshold(5.5, 0.84) == pytest.approx(6.098, abs=1e-3)


def test_gad7_reliable_change_threshold_is_about_3_5() -> None:
    assert reliable_change_threshold(4.5, 0.92) == pytest.approx(3.528, abs=1e-3)


def test_rci_is_difference_over_sdiff_with_its_sign() -> None:
    sdiff = standard_error_of_difference(5.5, 0.84)
    assert reliable_change_index(20, 13, 5.5, 0.84) == pytest.approx(-7 / sdiff)
    assert reliable_change_index(13, 20, 5.5, 0.84) == pytest.approx(7 / sdiff)


@pytest.mark.parametrize(("sd", "r"), [(0, 0.8), (-1, 0.8), (5, 1.0), (5, -0.1)])
def test_impossible_sd_or_reliability_is_refused(sd: float, r: float) -> None:
    with pytest.raises(ValueError, match="SD must be positive"):
        standard_error_of_measurement(sd, r)


def test_clinical_cutoff_c_weights_each_mean_by_the_other_sd() -> None:
    functional = PopulationNorm(mean=3.0, sd=3.5, source="test")
    dysfunctional = PopulationNorm(mean=15.0, sd=5.5, source="test")
    expected = (3.5 * 15.0 + 5.5 * 3.0) / (3.5 + 5.5)
    assert clinical_cutoff_c(functional, dysfunctional) == pytest.approx(expected)
    assert expected == pytest.approx(7.667, abs=1e-3)


def test_criterion_c_is_preferred_to_a_published_cutoff_when_both_populations_are_known() -> None:
    both = ChangeNorms(
        functional=PopulationNorm(3.0, 3.5, "test"),
        dysfunctional=PopulationNorm(15.0, 5.5, "test"),
        cutoff=SourcedValue(10, "test"),
    )
    assert both.clinical_cutoff() == pytest.approx(7.667, abs=1e-3)
    assert ChangeNorms(cutoff=SourcedValue(10, "test")).clinical_cutoff() == 10


def test_a_score_on_the_cutoff_counts_as_clinical_in_both_directions() -> None:
    assert not is_functional(10, 10, Direction.LOWER_IS_BETTER)
    assert is_functional(9, 10, Direction.LOWER_IS_BETTER)
    assert not is_functional(13.5, 13.5, Direction.HIGHER_IS_BETTER)
    assert is_functional(14, 13.5, Direction.HIGHER_IS_BETTER)


# --- Jacobson-Truax categories, lower is better (PHQ-9 catalogue norms) -------------------


@pytest.mark.parametrize(
    ("baseline", "latest", "category"),
    [
        (20, 8, RECOVERED),  # -12: reliable, crosses 10
        (20, 13, IMPROVED),  # -7: reliable, still >= 10
        (14, 8, NO_CHANGE),  # -6: below the 6.1 threshold
        (12, 12, NO_CHANGE),
        (5, 11, NO_CHANGE),  # +6: below the threshold
        (5, 12, DETERIORATED),  # +7
        (9, 2, IMPROVED),  # reliable but started below the cut-off: not "recovered"
    ],
)
def test_phq9_jacobson_truax_category(
    baseline: float, latest: float, category: ChangeCategory
) -> None:
    result = classify_change("phq9", baseline, latest)
    assert result.category is category
    assert result.cutoff == 10
    assert result.method == "jacobson_truax_1991"


def test_phq9_result_reports_difference_rci_and_flags() -> None:
    result = classify_change("phq9", 20, 8)
    assert result.difference == -12
    assert result.rci == pytest.approx(-12 / standard_error_of_difference(5.5, 0.84))
    assert (result.reliable, result.improved, result.deteriorated) == (True, True, False)
    assert result.crossed_cutoff


def test_gad7_four_points_down_is_reliable_with_catalogue_norms() -> None:
    assert classify_change("gad7", 12, 8).category is IMPROVED  # 8 is still a case
    assert classify_change("gad7", 12, 7).category is RECOVERED
    assert classify_change("gad7", 12, 9).category is NO_CHANGE  # -3 < 3.53
    assert classify_change("gad7", 7, 11).category is DETERIORATED


# --- direction: higher is better (WHO-5, CSI-4, SCS-SF) ------------------------------------


@pytest.mark.parametrize(
    ("instrument", "spec", "baseline", "latest", "category"),
    [
        ("who5", norms(4.0, 0.8, 12.5), 8, 14, RECOVERED),
        ("who5", norms(4.0, 0.8, 12.5), 14, 20, IMPROVED),
        ("who5", norms(4.0, 0.8, 12.5), 14, 8, DETERIORATED),
        ("who5", norms(4.0, 0.8, 12.5), 14, 10, NO_CHANGE),
        ("csi4", norms(3.0, 0.9, 13.5), 10, 15, RECOVERED),
        ("csi4", norms(3.0, 0.9, 13.5), 15, 10, DETERIORATED),
        ("scs_sf", norms(0.6, 0.8, None), 2.0, 3.0, IMPROVED),
        ("scs_sf", norms(0.6, 0.8, None), 3.0, 2.0, DETERIORATED),
        ("scs_sf", norms(0.6, 0.8, None), 3.0, 3.25, NO_CHANGE),
    ],
)
def test_higher_is_better_instruments_improve_upwards(
    instrument: str, spec: ChangeNorms, baseline: float, latest: float, category: ChangeCategory
) -> None:
    assert classify_change(instrument, baseline, latest, norms=spec).category is category


def test_same_rise_means_opposite_things_by_direction() -> None:
    spec = norms(4.0, 0.8)
    assert classify_change("who5", 5, 15, norms=spec).category is IMPROVED
    assert classify_change("phq9", 5, 15, norms=spec).category is DETERIORATED


# --- availability and validation ----------------------------------------------------------


def test_vq_has_no_total_so_no_change_category() -> None:
    with pytest.raises(ChangeNotAvailableError, match="no total"):
        classify_change("vq", 1, 2)


def test_instrument_without_sd_and_reliability_is_not_categorised() -> None:
    with pytest.raises(ChangeNotAvailableError, match="no SD and reliability"):
        classify_change("ucla3", 9, 3)
    assert change_category("ucla3", 9, 3) is None


@pytest.mark.parametrize(("baseline", "latest"), [(28, 10), (10, -1), (float("nan"), 3)])
def test_scores_outside_the_instrument_range_are_refused(baseline: float, latest: float) -> None:
    with pytest.raises(ScoreOutOfRangeError):
        classify_change("phq9", baseline, latest)


def test_history_uses_the_first_and_latest_score() -> None:
    assert classify_history("phq9", [20, 25, 3, 8]).category is RECOVERED
    with pytest.raises(ChangeNotAvailableError, match="at least two"):
        classify_history("phq9", [20])


# --- NHS Talking Therapies -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("measure", "first", "last", "category", "recovery"),
    [
        ("phq9", 15, 9, RECOVERED, True),  # -6 and below 10
        ("phq9", 16, 10, IMPROVED, False),  # -6 but still a case
        ("phq9", 12, 7, NO_CHANGE, True),  # recovery without reliable improvement
        ("phq9", 14, 9, NO_CHANGE, True),  # -5
        ("phq9", 5, 11, DETERIORATED, None),  # +6; not a case at the start
        ("phq9", 5, 3, NO_CHANGE, None),
        ("gad7", 12, 8, IMPROVED, False),  # -4 but 8 is still a case
        ("gad7", 12, 7, RECOVERED, True),
        ("gad7", 11, 8, NO_CHANGE, False),  # -3
        ("gad7", 7, 11, DETERIORATED, None),  # +4
    ],
)
def test_talking_therapies_single_measure(
    measure: str, first: int, last: int, category: ChangeCategory, recovery: bool | None
) -> None:
    outcome = talking_therapies_outcome({measure: (first, last)})
    assert outcome.category is category
    assert outcome.recovery is recovery
    assert outcome.method == "nhs_talking_therapies"


def test_talking_therapies_six_points_is_reliable_where_jacobson_truax_is_not() -> None:
    assert talking_therapies_outcome({"phq9": (14, 8)}).category is RECOVERED
    assert classify_change("phq9", 14, 8).category is NO_CHANGE


def test_paired_recovery_needs_both_measures_below_their_cutoffs() -> None:
    outcome = talking_therapies_outcome({"phq9": (16, 9), "gad7": (10, 7)})
    assert outcome.case_at_start
    assert outcome.recovery is True
    assert outcome.reliable_recovery is True
    assert outcome.category is RECOVERED
    still_anxious = talking_therapies_outcome({"phq9": (16, 9), "gad7": (12, 8)})
    assert still_anxious.recovery is False
    assert still_anxious.category is IMPROVED


def test_paired_case_at_start_when_either_measure_is_at_its_cutoff() -> None:
    assert talking_therapies_outcome({"phq9": (4, 2), "gad7": (8, 2)}).case_at_start
    assert talking_therapies_outcome({"phq9": (10, 2), "gad7": (0, 0)}).case_at_start
    assert not talking_therapies_outcome({"phq9": (9, 2), "gad7": (7, 2)}).case_at_start


def test_paired_mixed_result_is_no_reliable_change() -> None:
    outcome = talking_therapies_outcome({"phq9": (16, 9), "gad7": (6, 11)})
    assert not outcome.reliable_improvement
    assert not outcome.reliable_deterioration
    assert outcome.category is NO_CHANGE


def test_paired_deterioration_on_one_measure_takes_precedence_over_recovery() -> None:
    # GAD-7 9 makes a case; both end below cut-off (recovery) but PHQ-9 rose by 6.
    outcome = talking_therapies_outcome({"phq9": (3, 9), "gad7": (9, 7)})
    assert outcome.recovery is True
    assert outcome.reliable_deterioration
    assert outcome.reliable_recovery is False
    assert outcome.category is DETERIORATED


def test_paired_improvement_on_one_measure_with_the_other_steady() -> None:
    outcome = talking_therapies_outcome({"phq9": (12, 6), "gad7": (9, 9)})
    assert outcome.reliable_improvement
    assert outcome.recovery is False
    assert outcome.category is IMPROVED


def test_paired_recovery_without_reliable_improvement_is_not_reliable_recovery() -> None:
    outcome = talking_therapies_outcome({"phq9": (8, 9), "gad7": (9, 7)})
    assert outcome.recovery is True
    assert outcome.reliable_recovery is False
    assert outcome.category is NO_CHANGE


def test_talking_therapies_refuses_other_measures_and_bad_scores() -> None:
    with pytest.raises(ChangeNotAvailableError):
        talking_therapies_outcome({"who5": (3, 20)})
    with pytest.raises(ChangeNotAvailableError):
        talking_therapies_outcome({})
    with pytest.raises(ScoreOutOfRangeError):
        talking_therapies_outcome({"gad7": (22, 3)})


def test_change_category_uses_talking_therapies_for_phq9_and_gad7() -> None:
    assert change_category("phq9", 14, 8) is RECOVERED
    assert change_category("gad7", 12, 8) is IMPROVED
    assert change_category("who5", 5, 20) is None  # no SD/r on file yet
    assert change_category("vq", 1, 2) is None

"""Instrument-specific rules that a naive sum gets wrong: DJG-6, ASEX, SCS-SF, WHO-5."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest

from attune.clinical.instruments import score

from .support import scs_sf_answers_for_mean

NO, MORE_OR_LESS, YES = 1, 2, 3


def test_djg6_neutral_answer_counts_toward_loneliness_on_both_subscales() -> None:
    result = score("djg6", [MORE_OR_LESS] * 6)
    assert result.subscales == {"emotional": 3, "social": 3}
    assert (result.total, result.band) == (6, "severely_lonely")


def test_djg6_emotional_items_score_yes_and_social_items_score_no() -> None:
    all_yes = score("djg6", [YES] * 6)
    assert all_yes.subscales == {"emotional": 3, "social": 0}
    all_no = score("djg6", [NO] * 6)
    assert all_no.subscales == {"emotional": 0, "social": 3}


@pytest.mark.parametrize("number", [1, 4, 6])
def test_djg6_more_or_less_on_an_emotional_item_scores_one(number: int) -> None:
    answers = [NO, YES, YES, NO, YES, NO]
    answers[number - 1] = MORE_OR_LESS
    assert score("djg6", answers).subscales == {"emotional": 1, "social": 0}


@pytest.mark.parametrize("number", [2, 3, 5])
def test_djg6_more_or_less_on_a_social_item_scores_one(number: int) -> None:
    answers = [NO, YES, YES, NO, YES, NO]
    answers[number - 1] = MORE_OR_LESS
    assert score("djg6", answers).subscales == {"emotional": 0, "social": 1}


def test_asex_one_item_at_five_is_dysfunction_with_a_low_total() -> None:
    result = score("asex", [2, 2, 2, 5, 2])
    assert (result.total, result.band) == (13, "dysfunction")


def test_asex_two_items_at_four_is_not_dysfunction() -> None:
    result = score("asex", [4, 4, 3, 3, 3])
    assert (result.total, result.band) == (17, "no_dysfunction")


@pytest.mark.parametrize("positions", list(itertools.combinations(range(5), 3)))
def test_asex_any_three_items_at_four_is_dysfunction_below_total_19(
    positions: tuple[int, ...],
) -> None:
    answers = [1] * 5
    for position in positions:
        answers[position] = 4
    result = score("asex", answers)
    assert result.total == 14
    assert result.band == "dysfunction"


def test_asex_total_of_19_or_more_is_always_dysfunction() -> None:
    for answers in itertools.product(range(1, 7), repeat=5):
        result = score("asex", list(answers))
        if sum(answers) >= 19:
            assert result.band == "dysfunction"


def test_asex_no_dysfunction_never_has_a_total_above_17() -> None:
    # Within valid codes, the item rules already catch every total of 18 or more.
    totals = [
        sum(answers)
        for answers in itertools.product(range(1, 7), repeat=5)
        if score("asex", list(answers)).band == "no_dysfunction"
    ]
    assert max(totals) == 17


def test_scs_sf_reverses_only_the_negative_items_for_the_total() -> None:
    answers = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2]
    result = score("scs_sf", answers)
    # Scored: 5,2,3,2,5,1,2,3,2,5,5,4 -> 39 / 12 = 3.25
    assert result.total == 3.25
    assert result.band == "moderate"


def test_scs_sf_subscales_are_raw_two_item_means_without_reversal() -> None:
    result = score("scs_sf", [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2])
    assert result.subscales == {
        "self_kindness": 1.5,
        "self_judgment": 1.5,
        "common_humanity": 5.0,
        "isolation": 3.5,
        "mindfulness": 2.5,
        "over_identification": 2.5,
    }


def test_scs_sf_highest_self_compassion_needs_low_negative_answers() -> None:
    positive_high = [1, 5, 5, 1, 5, 5, 5, 1, 1, 5, 1, 1]
    result = score("scs_sf", positive_high)
    assert (result.total, result.band) == (5.0, "high")
    assert result.subscales["self_judgment"] == 1.0
    assert result.subscales["self_kindness"] == 5.0


def test_scs_sf_all_same_answer_gives_the_midpoint_total() -> None:
    assert score("scs_sf", [1] * 12).total == 3.0
    assert score("scs_sf", [5] * 12).total == 3.0


@pytest.mark.parametrize(
    ("twelfths", "total"),
    [(29, 2.42), (31, 2.58), (35, 2.92), (41, 3.42), (43, 3.58), (59, 4.92)],
)
def test_scs_sf_total_is_the_mean_rounded_to_two_decimals(twelfths: int, total: int) -> None:
    assert score("scs_sf", scs_sf_answers_for_mean(Fraction(twelfths, 12))).total == total


def test_who5_total_is_raw_and_percentage_is_four_times_raw() -> None:
    result = score("who5", [5, 5, 5, 5, 5])
    assert result.total == 25
    assert result.subscales == {"percentage": 100}

"""Both sides of every band boundary of every banded instrument, and the extremes."""

from __future__ import annotations

from fractions import Fraction

import pytest

from attune.clinical.instruments import score

from .support import answers_for_total, scs_sf_answers_for_mean

SUM_EDGES = [
    # (instrument, total, band)
    ("phq9", 0, "minimal"),
    ("phq9", 4, "minimal"),
    ("phq9", 5, "mild"),
    ("phq9", 9, "mild"),
    ("phq9", 10, "moderate"),
    ("phq9", 14, "moderate"),
    ("phq9", 15, "moderately_severe"),
    ("phq9", 19, "moderately_severe"),
    ("phq9", 20, "severe"),
    ("phq9", 27, "severe"),
    ("phq2", 0, "negative"),
    ("phq2", 2, "negative"),
    ("phq2", 3, "positive"),
    ("phq2", 6, "positive"),
    ("gad7", 0, "minimal"),
    ("gad7", 4, "minimal"),
    ("gad7", 5, "mild"),
    ("gad7", 9, "mild"),
    ("gad7", 10, "moderate"),
    ("gad7", 14, "moderate"),
    ("gad7", 15, "severe"),
    ("gad7", 21, "severe"),
    ("ucla3", 3, "not_lonely"),
    ("ucla3", 5, "not_lonely"),
    ("ucla3", 6, "lonely"),
    ("ucla3", 9, "lonely"),
    ("csi4", 0, "dissatisfied"),
    ("csi4", 13, "dissatisfied"),
    ("csi4", 14, "satisfied"),
    ("csi4", 21, "satisfied"),
]


@pytest.mark.parametrize(("instrument", "total", "band"), SUM_EDGES)
def test_sum_instrument_band_edge(instrument: str, total: int, band: str) -> None:
    result = score(instrument, answers_for_total(instrument, total))
    assert (result.total, result.band) == (total, band)


@pytest.mark.parametrize(
    ("raw", "percentage", "band"),
    [
        (0, 0, "likely_depression"),
        (7, 28, "likely_depression"),
        (8, 32, "poor_wellbeing"),
        (12, 48, "poor_wellbeing"),
        (13, 52, "adequate"),
        (25, 100, "adequate"),
    ],
)
def test_who5_band_edges_are_judged_on_the_percentage(raw: int, percentage: int, band: str) -> None:
    result = score("who5", answers_for_total("who5", raw))
    assert result.total == raw
    assert result.subscales == {"percentage": percentage}
    assert result.band == band


@pytest.mark.parametrize(
    ("emotional_yes", "social_no", "total", "band"),
    [
        (0, 0, 0, "not_lonely"),
        (1, 0, 1, "not_lonely"),
        (1, 1, 2, "moderately_lonely"),
        (3, 1, 4, "moderately_lonely"),
        (3, 2, 5, "severely_lonely"),
        (3, 3, 6, "severely_lonely"),
    ],
)
def test_djg6_band_edges(emotional_yes: int, social_no: int, total: float, band: str) -> None:
    answers = [1, 3, 3, 1, 3, 1]  # no loneliness: emotional items "no", social items "yes"
    for number in (1, 4, 6)[:emotional_yes]:
        answers[number - 1] = 3
    for number in (2, 3, 5)[:social_no]:
        answers[number - 1] = 1
    result = score("djg6", answers)
    assert result.subscales == {"emotional": emotional_yes, "social": social_no}
    assert (result.total, result.band) == (total, band)


@pytest.mark.parametrize(
    ("twelfths", "total", "band"),
    [
        (12, 1.0, "low"),
        (29, 2.42, "low"),
        (30, 2.5, "moderate"),
        (42, 3.5, "moderate"),
        (43, 3.58, "high"),
        (60, 5.0, "high"),
    ],
)
def test_scs_sf_band_edges_on_the_mean(twelfths: int, total: float, band: str) -> None:
    result = score("scs_sf", scs_sf_answers_for_mean(Fraction(twelfths, 12)))
    assert (result.total, result.band) == (total, band)


@pytest.mark.parametrize(
    ("answers", "band"),
    [
        ([1, 1, 1, 1, 4], "no_dysfunction"),  # single item at 4
        ([1, 1, 1, 1, 5], "dysfunction"),  # single item at 5
        ([4, 4, 1, 1, 1], "no_dysfunction"),  # two items at 4
        ([4, 4, 4, 1, 1], "dysfunction"),  # three items at 4, total 14
        ([4, 4, 3, 3, 3], "no_dysfunction"),  # 17: the highest total without dysfunction
        ([1, 1, 1, 1, 1], "no_dysfunction"),
        ([6, 6, 6, 6, 6], "dysfunction"),
    ],
)
def test_asex_band_edges(answers: list[int], band: str) -> None:
    assert score("asex", answers).band == band

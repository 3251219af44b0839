"""Hypothesis properties over every valid answer set.

What is asserted, precisely:

* Range: the total, and every subscale, lies in the range the catalogue declares; the
  band is one of the declared band ids; VQ has no total and no band.
* Monotonicity, one item raised by one code with the others fixed:
  - PHQ-9, PHQ-2, GAD-7, WHO-5, UCLA-3, CSI-4, ASEX: the total rises by exactly 1
    (so it is non-decreasing in every answer);
  - DJG-6: the total is non-decreasing in the emotional items (1, 4, 6) and
    non-increasing in the social items (2, 3, 5), whose raw "yes" means not lonely;
  - SCS-SF: the mean is non-decreasing in the positive items (2, 3, 5, 6, 7, 10) and
    non-increasing in the reverse-scored items (1, 4, 8, 9, 11, 12);
  - VQ: progress is non-decreasing in its own items and unchanged by the obstruction
    items, and the other way round.
* Bands follow totals: the band's position in the declared order never moves against
  the total; ASEX dysfunction never turns off when an answer rises.
* PHQ-9 raises the suicidality flag exactly when item 9 is above 0.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from attune.clinical.instruments import INSTRUMENTS, Instrument, get_instrument, score
from attune.clinical.instruments.scoring import (
    DJG6_EMOTIONAL_ITEMS,
    SCS_SF_REVERSED_ITEMS,
    VQ_SUBSCALES,
)

SUM_INSTRUMENTS = ["phq9", "phq2", "gad7", "who5", "ucla3", "csi4", "asex"]


def answers_for(instrument: Instrument) -> st.SearchStrategy[list[int]]:
    codes = [st.integers(i.min_code, i.max_code) for i in instrument.items]
    return st.tuples(*codes).map(list)


ALL_IDS = tuple(sorted(INSTRUMENTS))
Case = tuple[Instrument, int, list[int], list[int]]


@st.composite
def administration(draw: st.DrawFn, ids: tuple[str, ...] = ALL_IDS) -> tuple[Instrument, list[int]]:
    instrument = get_instrument(draw(st.sampled_from(ids)))
    return instrument, draw(answers_for(instrument))


@st.composite
def raised_item(draw: st.DrawFn, ids: tuple[str, ...] = ALL_IDS) -> Case:
    """An administration, an item number, and the same answers with that item one higher."""
    instrument = get_instrument(draw(st.sampled_from(ids)))
    answers = draw(answers_for(instrument))
    raisable = [i for i in instrument.items if answers[i.number - 1] < i.max_code]
    item = draw(st.sampled_from(raisable)) if raisable else instrument.items[0]
    higher = list(answers)
    if raisable:
        higher[item.number - 1] += 1
    return instrument, item.number, answers, higher


def band_position(instrument: Instrument, band: str | None) -> int:
    assert band is not None
    return [b.id for b in instrument.bands].index(band)


@given(administration())
def test_total_and_subscales_stay_in_their_declared_range(case: Any) -> None:
    instrument, answers = case
    result = score(instrument.id, answers)
    if instrument.total_range is None:
        assert result.total is None
        assert result.band is None
    else:
        low, high = instrument.total_range
        assert result.total is not None
        assert low <= result.total <= high
        assert result.band in {b.id for b in instrument.bands}
    for name, value in result.subscales.items():
        low, high = instrument.subscale_ranges[name]
        assert low <= value <= high
    assert set(result.subscales) == set(instrument.subscale_ranges)
    json.dumps(result.to_dict())


@given(raised_item(tuple(SUM_INSTRUMENTS)))
def test_sum_totals_rise_by_one_when_any_answer_rises_by_one(case: Any) -> None:
    instrument, _, answers, higher = case
    if answers == higher:
        return
    before, after = score(instrument.id, answers).total, score(instrument.id, higher).total
    assert before is not None
    assert after == before + 1


@given(raised_item(("djg6",)))
def test_djg6_total_rises_with_emotional_and_falls_with_social_answers(case: Any) -> None:
    _, number, answers, higher = case
    before, after = score("djg6", answers).total, score("djg6", higher).total
    assert before is not None
    assert after is not None
    if number in DJG6_EMOTIONAL_ITEMS:
        assert after >= before
    else:
        assert after <= before


@given(raised_item(("scs_sf",)))
def test_scs_sf_mean_rises_with_positive_and_falls_with_reversed_answers(case: Any) -> None:
    _, number, answers, higher = case
    before, after = score("scs_sf", answers).total, score("scs_sf", higher).total
    assert before is not None
    assert after is not None
    if number in SCS_SF_REVERSED_ITEMS:
        assert after <= before
    else:
        assert after >= before


@given(raised_item(("vq",)))
def test_vq_subscales_rise_only_with_their_own_items(case: Any) -> None:
    _, number, answers, higher = case
    before, after = score("vq", answers).subscales, score("vq", higher).subscales
    for name, items in VQ_SUBSCALES.items():
        if number in items and answers != higher:
            assert after[name] == before[name] + 1
        else:
            assert after[name] == before[name]


@given(raised_item(tuple(i for i in sorted(INSTRUMENTS) if i not in ("vq", "asex"))))
def test_band_never_moves_against_the_total(case: Any) -> None:
    instrument, _, answers, higher = case
    before, after = score(instrument.id, answers), score(instrument.id, higher)
    assert before.total is not None
    assert after.total is not None
    if after.total > before.total:
        assert band_position(instrument, after.band) >= band_position(instrument, before.band)
    elif after.total < before.total:
        assert band_position(instrument, after.band) <= band_position(instrument, before.band)


@given(raised_item(("asex",)))
def test_asex_dysfunction_never_turns_off_when_an_answer_rises(case: Any) -> None:
    _, _, answers, higher = case
    if score("asex", answers).band == "dysfunction":
        assert score("asex", higher).band == "dysfunction"


@given(answers_for(get_instrument("phq9")))
def test_phq9_flag_is_raised_exactly_when_item_9_is_above_zero(answers: list[int]) -> None:
    flags = score("phq9", answers).flags
    assert flags == (["suicidality_item_positive"] if answers[8] > 0 else [])

"""Recall and false-positive rate on the round-10 probe sets.

Rounds a-c (chat, diary, indirect) were written blind, measured, then used to shape the
slot-grammar rules in ``lexicon/grammar.py``; they must now clear a high bar. Set d was
written after those rules and measured once (recall 0.75, false-positive rate 0.025); set e
then shaped a second pass, and set f was written after it and measured once (recall 0.66,
false-positive rate 0.05; one alarm there exposed a bug, a negation swallowed by a word gap,
which was fixed). Floors for d and f are their first-sight values: regression guards, not
targets.
"""

from __future__ import annotations

import pytest

from attune.clinical.safety import screen_text
from attune.clinical.safety.screening import screen_lexicon
from attune.clinical.safety.tests import measure
from attune.clinical.safety.tests.probe_round10 import ALL_SETS
from attune.clinical.safety.tests.probe_round10_blind import BLIND_EVERYDAY, BLIND_RISK
from attune.clinical.safety.tests.probe_round10_e import E_EVERYDAY, E_RISK
from attune.clinical.safety.tests.probe_round10_f import F_EVERYDAY, F_RISK

TUNED_RECALL = 0.95
# Issue 14's classifier (logistic score plus nearest-neighbour margin over the training
# corpus) raises alarms on these adversarial twins (every everyday phrase holds a trigger
# word: "the urge to cut my fringe myself", "i relapsed and had a cigarette"): c 0.075 when
# first measured with it. Its thresholds are set on this population's sad-but-safe writing.
TUNED_FP_RATE = 0.08
# Measured once on first sight (round 10): recall 0.75, false-positive rate 0.025.
# Measured once on first sight after the second pass: recall 0.6625, false-positive rate 0.05.
# With the semantic layer (semantic/README.md; neither set is an exemplar): d recall 0.98,
# false-positive rate 0.05 (4/80, up from 2/80); f recall 0.925, false-positive rate 0.05
# (3/60, up from 2/60).
# The floors below are those figures less about one phrase: regression guards, not targets.
# Issue 14 replaced the nearest-exemplar layer with a calibrated classifier whose thresholds
# hold false alarms on this population's sad-but-safe writing to a few per cent (``possible``
# now means "ask the person"): d 0.96 / 0.05, e 0.98 / 0.083, f 0.8125 / 0.067 when first
# measured with it; with the nearest-neighbour margin added, d 0.98 / 0.0625, e 0.98 / 0.067,
# f 0.8375 / 0.033. The floors follow.
BLIND_RECALL_FLOOR = 0.95
BLIND_FP_RATE_CEILING = 0.065
# Set e tuned the lexicon but is held out from the semantic layer, which adds three alarms
# on close everyday twins ("i know how i'm going to do it, the cake i mean"): 4/60. The
# exemplars for means research (semantic/written_gaps.py, issue 8) add a fifth: checking
# which medicines are safe with alcohol reads like looking up which would be worst together.
# Kept rather than removing a real means-research exemplar because of a held-out phrase.
# Round 11 (issue 8) added warning-sign exemplars and sad-but-safe ones
# (semantic/written_round11.py) and lowered the margin from 0.08 to 0.07, trading alarms for
# recall on fresh blind sets (semantic/README.md): d recall 1.00, false-positive rate 0.05;
# e 1.00 / 0.10 (6/60: a tow rope "in the boot", "close my eyes for ten minutes"); f 0.9375 /
# 0.067 (4/60: "we sat on the roof and watched the stars").
E_FP_RATE_CEILING = 0.101
F_RECALL_FLOOR = 0.80
F_FP_RATE_CEILING = 0.068


def test_round10_probe_sets_have_their_sizes_and_no_overlap() -> None:
    for risk, everyday in ALL_SETS.values():
        assert len(risk) == 120
        assert len(everyday) == 80
    assert (len(BLIND_RISK), len(BLIND_EVERYDAY)) == (100, 80)
    assert (len(E_RISK), len(E_EVERYDAY)) == (100, 60)
    assert (len(F_RISK), len(F_EVERYDAY)) == (80, 60)
    risk_keys = [measure.phrase_key(t) for r, _ in ALL_SETS.values() for t in r]
    risk_keys += [measure.phrase_key(t) for t in BLIND_RISK + E_RISK + F_RISK]
    everyday_keys = [measure.phrase_key(t) for _, e in ALL_SETS.values() for t in e]
    everyday_keys += [measure.phrase_key(t) for t in BLIND_EVERYDAY + E_EVERYDAY + F_EVERYDAY]
    assert not set(risk_keys) & set(everyday_keys)


_TUNED = {**ALL_SETS, "e_mixed": (E_RISK, E_EVERYDAY)}


@pytest.mark.parametrize("name", sorted(_TUNED))
def test_round10_tuned_sets_reach_high_recall(name: str) -> None:
    recall, missed = measure.recall(_TUNED[name][0])
    assert recall >= TUNED_RECALL, f"{name}: recall {recall:.3f}; missed: {missed}"


@pytest.mark.parametrize("name", sorted(_TUNED))
def test_round10_tuned_sets_keep_everyday_phrases_clear(name: str) -> None:
    rate, alarms = measure.fp_rate(_TUNED[name][1])
    ceiling = E_FP_RATE_CEILING if name == "e_mixed" else TUNED_FP_RATE
    assert rate <= ceiling, f"{name}: fp rate {rate:.3f}; alarms: {alarms}"


def test_round10_blind_set_does_not_fall_below_its_first_measurement() -> None:
    recall, missed = measure.recall(BLIND_RISK)
    assert recall >= BLIND_RECALL_FLOOR, f"recall {recall:.3f}; missed: {missed}"
    rate, alarms = measure.fp_rate(BLIND_EVERYDAY)
    assert rate <= BLIND_FP_RATE_CEILING, f"fp rate {rate:.3f}; alarms: {alarms}"


def test_round10_final_blind_set_does_not_fall_below_its_first_measurement() -> None:
    recall, missed = measure.recall(F_RISK)
    assert recall >= F_RECALL_FLOOR, f"recall {recall:.3f}; missed: {missed}"
    rate, alarms = measure.fp_rate(F_EVERYDAY)
    assert rate <= F_FP_RATE_CEILING, f"fp rate {rate:.3f}; alarms: {alarms}"


@pytest.mark.parametrize(
    "text",
    [
        "im not going to kill myself, i promise, im just venting",
        "i am never going to end my life",
        "i shouldnt just die, i should sleep",
    ],
)
def test_round10_word_gap_never_swallows_a_negation(text: str) -> None:
    assert screen_lexicon(text).risk == "none"


@pytest.mark.parametrize(
    "text",
    [
        "im planning to die",
        "im honestly thinking about ending my life",
        "i want to join my late wife",
        "i wont be around for christmas",
        "i slammed my hand in the drawer on purpose",
        "i keep a razor under my pillow",
    ],
)
def test_round10_slot_grammar_flags_first_person_predicates(text: str) -> None:
    assert screen_text(text).risk != "none"

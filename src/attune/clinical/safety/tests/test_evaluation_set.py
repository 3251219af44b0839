"""Recall and false-positive rate of the screen on attune's own synthetic phrase sets."""

from __future__ import annotations

from attune.clinical.safety import screen_text
from attune.clinical.safety.tests.phrases import (
    EVERYDAY_PHRASES,
    HISTORY_AND_OTHERS,
    RISK_PHRASES,
)

# The outside checks ask for recall >= 0.93 and a false-positive rate <= 0.10; the floors
# below are what the lexicon reaches on these (seen) phrases, to catch regressions.
TARGET_RECALL = 0.93
TARGET_FP_RATE = 0.10
REGRESSION_RECALL = 0.98
# Issue 14's classifier, measured after the blind sets were seen (so not retuned): 0.038 on
# this adversarial set ("life is worth living", "i keep my meds in a pill box") - known
# false alarms of the nearest-neighbour margin, listed in classifier/README.md.
REGRESSION_FP_RATE = 0.04


def _missed() -> list[str]:
    return [p for p in RISK_PHRASES if screen_text(p).risk == "none"]


def _false_alarms() -> list[str]:
    return [p for p in EVERYDAY_PHRASES if screen_text(p).risk != "none"]


def test_evaluation_sets_are_large_enough() -> None:
    assert len(RISK_PHRASES) >= 120
    assert len(EVERYDAY_PHRASES) >= 120
    assert len(set(RISK_PHRASES)) == len(RISK_PHRASES)
    assert len(set(EVERYDAY_PHRASES)) == len(EVERYDAY_PHRASES)
    assert not set(RISK_PHRASES) & set(EVERYDAY_PHRASES)


def test_recall_on_risk_phrases_meets_target() -> None:
    missed = _missed()
    recall = 1 - len(missed) / len(RISK_PHRASES)
    assert recall >= TARGET_RECALL, missed
    assert recall >= REGRESSION_RECALL, f"recall {recall:.3f}; missed: {missed}"


def test_false_positive_rate_on_everyday_phrases_meets_target() -> None:
    alarms = _false_alarms()
    rate = len(alarms) / len(EVERYDAY_PHRASES)
    assert rate <= TARGET_FP_RATE, alarms
    assert rate <= REGRESSION_FP_RATE, f"fp rate {rate:.3f}; alarms: {alarms}"


def test_history_and_other_people_are_never_high() -> None:
    # Issue 14: history told with distance and other people's stories carry no risk level
    # (history is reported as ``history: true``); before, they were all "possible".
    for phrase in HISTORY_AND_OTHERS:
        assert screen_text(phrase).risk != "high", phrase

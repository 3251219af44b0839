"""Recall and false-positive rate on the round-9 held-out and tuning phrases."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest

from attune.clinical.safety.cli import main
from attune.clinical.safety.tests import measure, phrases
from attune.clinical.safety.tests.heldout_phrases import (
    HELDOUT_EVERYDAY,
    HELDOUT_RISK,
    half_a,
    half_b,
    risk_texts,
)
from attune.clinical.safety.tests.tuning_phrases import TUNING_EVERYDAY, TUNING_RISK

# The whole held-out set (both halves) must clear these; each half must clear the bar the
# outside checks use (recall >= 0.93, false-positive rate <= 0.10).
HELDOUT_RECALL = 0.95
HELDOUT_FP_RATE = 0.05
OUTSIDE_RECALL = 0.93
OUTSIDE_FP_RATE = 0.10
# Regression floors for the tuning phrases, a little under what the screen reaches now.
TUNING_RECALL = 0.93
# Issue 14's classifier (not the old exemplar margin) adds alarms on this adversarial set's
# sleep and "i'm done" idioms: 0.049 when first measured with it, 0.080 with the
# nearest-neighbour margin ("goodbye, see you tomorrow", "i want to end this conversation").
TUNING_FP_RATE = 0.085


def test_heldout_sets_are_large_distinct_and_unseen_by_earlier_rounds() -> None:
    risk = [measure.phrase_key(t) for t in risk_texts()]
    everyday = [measure.phrase_key(t) for t in HELDOUT_EVERYDAY]
    earlier = {
        measure.phrase_key(t)
        for t in phrases.RISK_PHRASES + phrases.EVERYDAY_PHRASES + phrases.HISTORY_AND_OTHERS
    }
    assert len(risk) >= 300
    assert len(everyday) >= 200
    assert len(set(risk)) == len(risk)
    assert len(set(everyday)) == len(everyday)
    assert not set(risk) & set(everyday)
    assert not (set(risk) | set(everyday)) & earlier
    assert {level for _, level in HELDOUT_RISK} == {"possible", "high"}


def test_tuning_phrases_are_kept_apart_from_the_heldout_set() -> None:
    heldout = {measure.phrase_key(t) for t in risk_texts() + HELDOUT_EVERYDAY}
    assert not {measure.phrase_key(t) for t in TUNING_RISK + TUNING_EVERYDAY} & heldout


def test_halves_alternate_and_cover_every_phrase() -> None:
    texts = risk_texts()
    a, b = half_a(texts), half_b(texts)
    assert a[:2] == (texts[0], texts[2])
    assert b[:2] == (texts[1], texts[3])
    assert sorted(a + b) == sorted(texts)


def test_recall_on_the_whole_heldout_set() -> None:
    recall, missed = measure.recall(risk_texts())
    assert recall >= HELDOUT_RECALL, f"recall {recall:.3f}; missed: {missed}"


def test_false_positive_rate_on_the_whole_heldout_set() -> None:
    rate, alarms = measure.fp_rate(HELDOUT_EVERYDAY)
    assert rate <= HELDOUT_FP_RATE, f"fp rate {rate:.3f}; alarms: {alarms}"


@pytest.mark.parametrize("half", [half_a, half_b])
def test_each_half_clears_the_outside_bar(
    half: Callable[[tuple[str, ...]], tuple[str, ...]],
) -> None:
    recall, missed = measure.recall(half(risk_texts()))
    rate, alarms = measure.fp_rate(half(HELDOUT_EVERYDAY))
    assert recall >= OUTSIDE_RECALL, missed
    assert rate <= OUTSIDE_FP_RATE, alarms


def test_tuning_phrases_stay_above_their_floors() -> None:
    recall, missed = measure.recall(TUNING_RISK)
    rate, alarms = measure.fp_rate(TUNING_EVERYDAY)
    assert recall >= TUNING_RECALL, f"recall {recall:.3f}; missed: {missed}"
    assert rate <= TUNING_FP_RATE, f"fp rate {rate:.3f}; alarms: {alarms}"


class _Stdin(io.TextIOWrapper):
    """A text stdin with a byte buffer, like the real one."""


@pytest.mark.parametrize(
    ("text", "risk", "category"),
    [
        ("i keep telling myself to just die", "high", "suicidal_ideation"),
        ("i wrote everyone a letter just in case", "possible", "farewell"),
        ("i pray every night that i die in my sleep", "possible", "passive_ideation"),
        ("i've been thinking about my dads gun a lot", "possible", "passive_ideation"),
    ],
)
def test_cli_flags_new_wording(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    risk: str,
    category: str,
) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(io.BytesIO(text.encode()), encoding="utf-8"))
    assert main(["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["risk"] == risk
    assert category in {m["category"] for m in out["matches"]}


@pytest.mark.parametrize(
    "text",
    [
        "that comedian killed it, i was dying",
        "i might not be here tomorrow, i've got a dentist appointment",
        "i keep thinking about the bridge scene in that movie",
    ],
)
def test_cli_leaves_everyday_wording_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(io.BytesIO(text.encode()), encoding="utf-8"))
    assert main(["--json"]) == 0
    assert json.loads(capsys.readouterr().out)["risk"] == "none"

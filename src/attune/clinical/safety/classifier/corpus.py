"""The training corpus: JSON lines in ``data/``, one example per line.

Each line has ``text`` and ``context`` and, for the concern it was written for, a label:
``risk`` (none / possible / high) with ``category`` for self-harm, or ``harm`` (none /
possible / disclosed) with ``kind`` for harm from others. A line without a label for a
concern is a negative for it only when the file says so (``NEGATIVE_FOR``): a harm
disclosure is not a self-harm statement, a suicide note is not a harm disclosure.

Every text goes to one split by a hash of its words, so a text is never both trained on and
validated on: ``train`` (70 %), ``calibration`` (10 %, Platt scaling) and ``validation``
(20 %, thresholds and the reliability test).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DATA_DIR = Path(__file__).parent / "data"
Split = Literal["train", "calibration", "validation"]

# Which concerns a file's lines are negative for when they carry no label for it.
NEGATIVE_FOR: dict[str, frozenset[str]] = {
    "risk_positive.jsonl": frozenset({"harm"}),
    "safe_negative.jsonl": frozenset({"risk", "harm"}),
    "harm_from_others.jsonl": frozenset({"risk"}),
    "exemplars.jsonl": frozenset({"harm"}),
    "written.jsonl": frozenset({"risk", "harm"}),
    "round2.jsonl": frozenset({"harm"}),
}
# Issue 14's finding categories; the exemplar table used the lexicon's names.
CATEGORY = {
    "suicidal_ideation": "ideation",
    "passive_ideation": "ideation",
    "passive": "ideation",
    "plan_or_means": "plan",
    "self_harm": "self_harm",
    "farewell": "farewell",
    "ideation": "ideation",
    "plan": "plan",
    "preparation": "preparation",
    "attempt": "attempt",
}


@dataclass(frozen=True)
class Example:
    text: str
    context: str
    risk: int | None  # 1 = possible or high, 0 = none, None = not labelled
    risk_high: bool
    category: str  # for risk positives
    harm: int | None
    harm_disclosed: bool
    kind: str  # for harm positives
    source: str
    split: Split


def split_of(text: str) -> Split:
    bucket = int(hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest(), 16) % 10
    if bucket < 2:
        return "validation"
    return "calibration" if bucket == 2 else "train"


def _example(row: dict[str, str], source: str) -> Example:
    negative = NEGATIVE_FOR.get(source, frozenset())
    risk_label = row.get("risk")
    harm_label = row.get("harm")
    risk = None if risk_label is None else int(risk_label != "none")
    harm = None if harm_label is None else int(harm_label != "none")
    if risk is None and "risk" in negative:
        risk = 0
    if harm is None and "harm" in negative:
        harm = 0
    return Example(
        text=row["text"],
        context=row.get("context", "free"),
        risk=risk,
        risk_high=risk_label == "high",
        category=CATEGORY.get(row.get("category", ""), "ideation") if risk else "",
        harm=harm,
        harm_disclosed=harm_label == "disclosed",
        kind=row.get("kind", "") if harm else "",
        source=source,
        split=split_of(row["text"]),
    )


def load(data_dir: Path = DATA_DIR) -> list[Example]:
    """Every example, deduplicated by text and context (first file in name order wins)."""
    seen: set[tuple[str, str]] = set()
    out: list[Example] = []
    for path in sorted(data_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            ex = _example(json.loads(line), path.name)
            key = (ex.text, ex.context)
            if key not in seen:
                seen.add(key)
                out.append(ex)
    return out

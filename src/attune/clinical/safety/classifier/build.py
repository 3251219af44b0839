"""Rebuild the shipped classifier: ``python -m attune.clinical.safety.classifier.build``.

1. Cut every corpus text into the pieces the screen embeds (``semantic.segments``) and embed
   each distinct piece once with MiniLM (``semantic.encoder``); the vectors are cached in
   ``data/vectors.npz`` (float16) so the model can be retrained and checked quickly
   (``--from-cache``; the test re-embeds a sample of the cache and retrains from it).
2. Per concern (self-harm risk; harm from others) a logistic regression with balanced class
   weights over piece vectors. Texts carry labels, pieces do not, so positives are found by
   multiple-instance rounds (Andrews et al. 2003, "mi-SVM", here with logistic regression):
   first only single-piece positives; then, in each long positive text, the pieces the model
   already scores highest. Every piece of a negative text is a negative.
3. A text's score is its highest piece score; Platt scaling (Platt 1999) on the calibration
   split turns it into a probability.
4. Thresholds per context on the validation split (never trained or calibrated on): the
   lowest probability at which that context's everyday texts stay under the target false-alarm
   rate, never below the threshold for all contexts together.
5. Which category / kind a finding is: a multinomial logistic regression over positive pieces.

Deterministic: fixed splits (``corpus.split_of``), lbfgs, no random state.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from attune.clinical.safety.classifier.corpus import DATA_DIR, Example, load
from attune.clinical.safety.classifier.model import NEIGHBOURS_PATH, knn_margin
from attune.clinical.safety.screening import CONTEXTS, SELF_BELIEF_CONTEXTS
from attune.clinical.safety.semantic.segments import segments

MODEL_PATH = DATA_DIR / "model.npz"
META_PATH = DATA_DIR / "model.json"
VECTORS_PATH = DATA_DIR / "vectors.npz"
C = 1.0
MIL_ROUNDS = 2
FIRST_ROUND_PIECES = 3  # short positive texts: every piece counts as positive at first
# Target false-alarm rates on each context's everyday validation texts. Self-harm stays below
# the ceiling of 0.05 because the lexicon adds alarms of its own. Harm was raised
# from 0.08 to 0.13 at integration: the whole screen's validation false-alarm rate is then
# 0.090 (inside the 0.10) and recall 0.791 (was 0.637 at 0.055). A looser self-harm
# target was tried and left: 0.07 -> recall 0.69 at 0.054, 0.16 -> 0.78 at 0.10, but the
# adversarial everyday one-liners ("i took two tablets for my period pain") then alarm at
# 0.10-0.20, and each alarm asks a safe person the ASQ questions.
TARGET_FPR = {"risk": 0.04, "harm": 0.13}
MIN_NEGATIVES_FOR_OWN_THRESHOLD = 40
# Thresholds are set on the everyday writing of this population (sad but safe, rows, kink,
# media), not on the easy negatives of the other concern's phrase table.
HARD: dict[str, frozenset[str]] = {
    "risk": frozenset(
        {
            "safe_negative.jsonl",
            "written.jsonl",
            "harm_from_others.jsonl",
            "risk_positive.jsonl",
            "round2.jsonl",
        }
    ),
    "harm": frozenset({"harm_from_others.jsonl", "safe_negative.jsonl", "written.jsonl"}),
}
# Harm: above this probability a classifier finding is "disclosed", below it "possible".
DISCLOSED_PRECISION = 0.85

F = npt.NDArray[np.float64]


@dataclass
class Pieces:
    texts: list[str]
    vectors: npt.NDArray[np.float32]
    of_example: list[list[int]]  # piece rows per example


def piece_texts(examples: list[Example]) -> tuple[list[str], list[list[int]]]:
    unique: dict[str, int] = {}
    rows: list[list[int]] = []
    for ex in examples:
        idx = []
        for seg in [s.text for s in segments(ex.text)] or [_whole(ex.text)]:
            idx.append(unique.setdefault(seg, len(unique)))
        rows.append(idx)
    return list(unique), rows


def _whole(text: str) -> str:
    return text.strip()


def embed_pieces(texts: list[str], from_cache: bool) -> npt.NDArray[np.float32]:
    if from_cache and VECTORS_PATH.is_file():
        cache = np.load(VECTORS_PATH, allow_pickle=False)
        known = {t: i for i, t in enumerate(cache["texts"].tolist())}
        missing = [t for t in texts if t not in known]
        if not missing:
            found: npt.NDArray[np.float32] = cache["vectors"][[known[t] for t in texts]].astype(
                np.float32
            )
            return found
        print(f"{len(missing)} pieces not in the cache; embedding all", file=sys.stderr)
    from attune.clinical.safety.semantic.encoder import get_encoder

    return get_encoder().embed(texts)


def _fit(x: F, y: npt.NDArray[np.int_]) -> tuple[F, float]:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver="lbfgs")
    model.fit(x, y)
    return model.coef_[0].astype(np.float64), float(model.intercept_[0])


def train_concern(
    pieces: Pieces, examples: list[Example], label: str
) -> tuple[F, float, list[list[int]]]:
    """Logistic regression over pieces with multiple-instance rounds; returns the positive
    pieces chosen per positive training example."""
    train = [
        i for i, ex in enumerate(examples) if ex.split == "train" and _y(ex, label) is not None
    ]
    neg_rows = sorted(
        {r for i in train if _y(examples[i], label) == 0 for r in pieces.of_example[i]}
    )
    pos_examples = [i for i in train if _y(examples[i], label) == 1]
    chosen = {
        i: pieces.of_example[i]
        for i in pos_examples
        if len(pieces.of_example[i]) <= FIRST_ROUND_PIECES
    }
    coef, icpt = np.zeros(pieces.vectors.shape[1]), 0.0
    for _round in range(MIL_ROUNDS + 1):
        pos_rows = sorted({r for rows in chosen.values() for r in rows})
        neg_only = sorted(set(neg_rows) - set(pos_rows))
        x = pieces.vectors[pos_rows + neg_only].astype(np.float64)
        y = np.array([1] * len(pos_rows) + [0] * len(neg_only))
        coef, icpt = _fit(x, y)
        for i in pos_examples:
            rows = pieces.of_example[i]
            scores = pieces.vectors[rows] @ coef + icpt
            best = [rows[int(np.argmax(scores))]]
            chosen[i] = sorted(set(best) | {r for r, s in zip(rows, scores, strict=True) if s > 0})
    return coef, icpt, [chosen[i] for i in pos_examples]


def _y(ex: Example, label: str) -> int | None:
    return ex.risk if label == "risk" else ex.harm


def neighbours(
    pieces: Pieces, examples: list[Example], label: str, chosen: list[list[int]]
) -> tuple[npt.NDArray[np.float16], npt.NDArray[np.float16]]:
    """Training pieces the nearest-neighbour margin compares with: the positive pieces the
    multiple-instance rounds chose, and every piece of this population's everyday texts."""
    pos = sorted({r for rows in chosen for r in rows})
    neg = sorted(
        {
            r
            for i, ex in enumerate(examples)
            if ex.split == "train" and _y(ex, label) == 0 and ex.source in HARD[label]
            for r in pieces.of_example[i]
        }
        - set(pos)
    )
    return pieces.vectors[pos].astype(np.float16), pieces.vectors[neg].astype(np.float16)


def stacker(
    lr: F, near: F, rows_per_text: list[list[int]], labels: list[int | None]
) -> tuple[float, float, float]:
    """Calibrated logistic regression over the two piece scores (Platt scaling with two
    inputs), fitted on the calibration split at the best piece of each text."""
    from sklearn.linear_model import LogisticRegression

    scale = np.array([lr.std(), near.std()])
    best = [r[int(np.argmax(lr[r] / scale[0] + near[r] / scale[1]))] for r in rows_per_text]
    x = np.column_stack([lr[best], near[best]])
    model = LogisticRegression(C=1e6, max_iter=5000, solver="lbfgs")
    model.fit(x, np.array(labels))
    return float(model.coef_[0][0]), float(model.coef_[0][1]), float(model.intercept_[0])


def sigmoid(z: F) -> F:
    out: F = 1.0 / (1.0 + np.exp(-z))
    return out


def threshold_at(negatives: F, fpr: float) -> float:
    """Lowest threshold with at most `fpr` of `negatives` at or above it."""
    if len(negatives) == 0:
        return 0.5
    ordered = np.sort(negatives)[::-1]
    allowed = int(np.floor(fpr * len(ordered)))
    return float(min(0.99, ordered[allowed] + 1e-6)) if allowed < len(ordered) else 0.0


def thresholds(p: F, examples: list[Example], label: str) -> dict[str, float]:
    val = [i for i, ex in enumerate(examples) if ex.split == "validation"]
    neg = [i for i in val if _y(examples[i], label) == 0 and examples[i].source in HARD[label]]
    overall = threshold_at(p[neg], TARGET_FPR[label])
    out = {}
    for ctx in CONTEXTS:
        own = [i for i in neg if examples[i].context == ctx]
        t = overall
        if len(own) >= MIN_NEGATIVES_FOR_OWN_THRESHOLD or ctx in SELF_BELIEF_CONTEXTS:
            t = max(overall, threshold_at(p[own], TARGET_FPR[label]))
        out[ctx] = round(t, 4)
    return out


def kind_model(
    pieces: Pieces, rows_per_example: list[list[int]], labels: list[str]
) -> dict[str, object]:
    from sklearn.linear_model import LogisticRegression

    rows, ys = [], []
    for r, lab in zip(rows_per_example, labels, strict=True):
        for row in r:
            rows.append(row)
            ys.append(lab)
    model = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    model.fit(pieces.vectors[rows].astype(np.float64), ys)
    return {
        "classes": [str(c) for c in model.classes_],
        "coef": model.coef_,
        "intercept": model.intercept_,
    }


def reliability(p: F, y: npt.NDArray[np.int_], bins: int = 5) -> list[dict[str, float]]:
    edges = np.linspace(0, 1, bins + 1)
    out = []
    for lo, hi in itertools.pairwise(edges):
        inside = (p >= lo) & ((p < hi) if hi < 1 else (p <= hi))
        if inside.sum():
            out.append(
                {
                    "low": float(lo),
                    "high": float(hi),
                    "n": int(inside.sum()),
                    "mean_p": float(p[inside].mean()),
                    "observed": float(y[inside].mean()),
                }
            )
    return out


def _rates(p: F, t: F, y: npt.NDArray[np.int_]) -> dict[str, float]:
    flagged = p >= t
    pos, neg = y == 1, y == 0
    return {
        "recall": float(flagged[pos].mean()),
        "fpr": float(flagged[neg].mean()),
        "positives": int(pos.sum()),
        "negatives": int(neg.sum()),
    }


def build(from_cache: bool = False, out_dir: Path = DATA_DIR) -> dict[str, object]:
    examples = load()
    texts, rows = piece_texts(examples)
    # Trained on the float16 vectors the cache keeps, so a rebuild from it is exact.
    vectors = embed_pieces(texts, from_cache).astype(np.float16).astype(np.float32)
    pieces = Pieces(texts, vectors, rows)
    arrays: dict[str, npt.NDArray[np.float64]] = {}
    near_arrays: dict[str, npt.NDArray[np.float16]] = {}
    meta: dict[str, object] = {"corpus": _fingerprint(examples), "C": C}
    for label in ("risk", "harm"):
        coef, icpt, chosen = train_concern(pieces, examples, label)
        pos_v, neg_v = neighbours(pieces, examples, label, chosen)
        lr = pieces.vectors.astype(np.float64) @ coef + icpt
        near = knn_margin(pieces.vectors, pos_v.astype(np.float32), neg_v.astype(np.float32))
        cal = [
            i
            for i, ex in enumerate(examples)
            if ex.split == "calibration" and _y(ex, label) is not None
        ]
        stack = stacker(
            lr, near, [pieces.of_example[i] for i in cal], [_y(examples[i], label) for i in cal]
        )
        piece_p = sigmoid(stack[0] * lr + stack[1] * near + stack[2])
        p = np.array([piece_p[r].max() for r in pieces.of_example])
        ts = thresholds(p, examples, label)
        val = [
            i
            for i, ex in enumerate(examples)
            if ex.split == "validation" and _y(ex, label) is not None
        ]
        yv = np.array([_y(examples[i], label) for i in val])
        tv = np.array([ts[examples[i].context] for i in val])
        pos_train = [
            i for i, ex in enumerate(examples) if ex.split == "train" and _y(ex, label) == 1
        ]
        kind_labels = [
            examples[i].category if label == "risk" else examples[i].kind for i in pos_train
        ]
        kinds = kind_model(pieces, chosen, kind_labels)
        arrays[f"{label}_coef"] = coef
        arrays[f"{label}_intercept"] = np.array([icpt])
        arrays[f"{label}_stack"] = np.array(stack)
        near_arrays[f"{label}_pos"] = pos_v
        near_arrays[f"{label}_neg"] = neg_v
        arrays[f"{label}_kind_coef"] = np.asarray(kinds["coef"], dtype=np.float64)
        arrays[f"{label}_kind_intercept"] = np.asarray(kinds["intercept"], dtype=np.float64)
        meta[label] = {
            "thresholds": ts,
            "kinds": kinds["classes"],
            "validation": _rates(p[val], tv, yv),
            "reliability": reliability(p[val], yv),
        }
        if label == "harm":
            meta[label]["disclosed_at"] = _disclosed_at(p, examples)  # type: ignore[index]
    np.savez(out_dir / MODEL_PATH.name, **arrays)  # type: ignore[arg-type]
    np.savez(out_dir / NEIGHBOURS_PATH.name, **near_arrays)  # type: ignore[arg-type]
    (out_dir / META_PATH.name).write_text(
        json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    if not from_cache:
        order = sorted(range(len(texts)), key=lambda i: texts[i])
        np.savez_compressed(
            VECTORS_PATH,
            texts=np.array([texts[i] for i in order]),
            vectors=pieces.vectors[order].astype(np.float16),
        )
    return meta


def _disclosed_at(p: F, examples: list[Example]) -> float:
    """Lowest probability above which validation harm findings are mostly disclosures."""
    val = [i for i, ex in enumerate(examples) if ex.split == "validation" and ex.harm == 1]
    for t in np.arange(0.5, 1.0, 0.01):
        above = [i for i in val if p[i] >= t]
        if above and np.mean([examples[i].harm_disclosed for i in above]) >= DISCLOSED_PRECISION:
            return round(float(t), 2)
    return 0.99


def _fingerprint(examples: list[Example]) -> str:
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(f"{ex.text}\t{ex.context}\t{ex.risk}\t{ex.harm}\n".encode())
    return digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m attune.clinical.safety.classifier.build")
    parser.add_argument("--from-cache", action="store_true", help="reuse data/vectors.npz")
    args = parser.parse_args(argv)
    meta = build(from_cache=args.from_cache)
    print(json.dumps({k: meta[k] for k in ("risk", "harm")}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The shipped classifier at run time: numpy only (weights in ``data/model.npz``)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from attune.clinical.safety.classifier.corpus import DATA_DIR

MODEL_PATH = DATA_DIR / "model.npz"
META_PATH = DATA_DIR / "model.json"
NEIGHBOURS_PATH = DATA_DIR / "neighbours.npz"
K = 10  # neighbours averaged on each side


def knn_margin(
    vectors: npt.NDArray[np.float32],
    positive: npt.NDArray[np.float32],
    negative: npt.NDArray[np.float32],
    chunk: int = 512,
) -> F:
    """Mean cosine similarity to the K nearest positive pieces minus that to the K nearest
    everyday pieces (the margin of the old exemplar layer, now over the training corpus)."""
    out = np.empty(len(vectors), dtype=np.float64)
    for lo in range(0, len(vectors), chunk):
        v = vectors[lo : lo + chunk]
        top = []
        for side in (positive, negative):
            sims = v @ side.T
            k = min(K, side.shape[0])
            top.append(np.partition(sims, -k, axis=1)[:, -k:].mean(axis=1))
        out[lo : lo + chunk] = top[0] - top[1]
    return out


F = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Concern:
    """Logistic regression, Platt scaling, per-context thresholds and a kind model."""

    coef: F
    intercept: float
    stack: tuple[float, float, float]  # weights of the logistic score and the margin, bias
    positive: npt.NDArray[np.float32]
    negative: npt.NDArray[np.float32]
    thresholds: dict[str, float]
    kinds: tuple[str, ...]
    kind_coef: F
    kind_intercept: F
    disclosed_at: float

    def probability(self, vectors: npt.NDArray[np.float32]) -> F:
        z = vectors.astype(np.float64) @ self.coef + self.intercept
        near = knn_margin(vectors.astype(np.float32), self.positive, self.negative)
        a, b, c = self.stack
        out: F = 1.0 / (1.0 + np.exp(-(a * z + b * near + c)))
        return out

    def kind(self, vector: npt.NDArray[np.float32]) -> str:
        scores = self.kind_coef @ vector.astype(np.float64) + self.kind_intercept
        if len(self.kinds) == 2 and scores.shape[0] == 1:  # binary: one row of weights
            return self.kinds[int(scores[0] > 0)]
        return self.kinds[int(np.argmax(scores))]


@dataclass(frozen=True)
class Model:
    risk: Concern
    harm: Concern


def _concern(
    arrays: dict[str, F],
    near: dict[str, npt.NDArray[np.float32]],
    meta: dict[str, object],
    name: str,
) -> Concern:
    info = meta[name]
    assert isinstance(info, dict)
    a, b, c = arrays[f"{name}_stack"]
    return Concern(
        coef=arrays[f"{name}_coef"],
        intercept=float(arrays[f"{name}_intercept"][0]),
        stack=(float(a), float(b), float(c)),
        positive=near[f"{name}_pos"],
        negative=near[f"{name}_neg"],
        thresholds={str(k): float(v) for k, v in info["thresholds"].items()},
        kinds=tuple(str(k) for k in info["kinds"]),
        kind_coef=arrays[f"{name}_kind_coef"],
        kind_intercept=arrays[f"{name}_kind_intercept"],
        disclosed_at=float(info.get("disclosed_at", 1.0)),
    )


_lock = threading.Lock()
_model: Model | None = None


def get_model() -> Model:
    """The process-wide model, loaded once."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                with np.load(MODEL_PATH, allow_pickle=False) as npz:
                    arrays = {k: npz[k].astype(np.float64) for k in npz.files}
                with np.load(NEIGHBOURS_PATH, allow_pickle=False) as npz:
                    near = {k: npz[k].astype(np.float32) for k in npz.files}
                meta = json.loads(META_PATH.read_text(encoding="utf-8"))
                _model = Model(
                    _concern(arrays, near, meta, "risk"), _concern(arrays, near, meta, "harm")
                )
    return _model

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

F = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Concern:
    """Logistic regression, Platt scaling, per-context thresholds and a kind model."""

    coef: F
    intercept: float
    platt: tuple[float, float]
    thresholds: dict[str, float]
    kinds: tuple[str, ...]
    kind_coef: F
    kind_intercept: F
    disclosed_at: float

    def probability(self, vectors: npt.NDArray[np.float32]) -> F:
        z = vectors.astype(np.float64) @ self.coef + self.intercept
        a, b = self.platt
        out: F = 1.0 / (1.0 + np.exp(-(a * z + b)))
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


def _concern(arrays: dict[str, F], meta: dict[str, object], name: str) -> Concern:
    info = meta[name]
    assert isinstance(info, dict)
    a, b = arrays[f"{name}_platt"]
    return Concern(
        coef=arrays[f"{name}_coef"],
        intercept=float(arrays[f"{name}_intercept"][0]),
        platt=(float(a), float(b)),
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
                meta = json.loads(META_PATH.read_text(encoding="utf-8"))
                _model = Model(_concern(arrays, meta, "risk"), _concern(arrays, meta, "harm"))
    return _model

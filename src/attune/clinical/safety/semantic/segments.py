"""Cut text into the pieces the semantic layer embeds: sentences, and clause windows of long ones.

A sentence vector is a mean over its word pieces, so one risk clause inside a long diary
sentence is diluted by the rest; long sentences are therefore also read as windows of a few
clauses. Two short sentences in a row are also read together, because chat messages often
split one thought across sentences ("cant do this anymore. want out for good"). Every piece
depends only on nearby text, so adding a sentence never takes a piece away.
Pieces leave out sentence-ending punctuation, so "i want out" and "i want out." read the same.
Spans are offsets in the original text.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

_SENTENCE = re.compile(r"[^.!?;\n]+")
_CLAUSE = re.compile(r"[^,:\u2013\u2014()]+(?:[,:\u2013\u2014()]+|$)")
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
LONG_SENTENCE_WORDS = 24
WINDOW_WORDS = 16
SHORT_SENTENCE_WORDS = 12
MIN_WORDS = 2
MAX_SEGMENTS = 2000  # about 10,000 words; beyond it only the lexicon reads the rest
# Beyond this many words a text is cut more sparsely (see ``segments``), which bounds the cost.
FULL_SEGMENTATION_WORDS = 120
SPARSE_PAIR_WORDS = 4


class Segment(NamedTuple):
    start: int
    end: int
    text: str


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _trimmed(text: str, start: int, end: int) -> Segment | None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    body = piece.strip()
    if _words(body) < MIN_WORDS:
        return None
    return Segment(start + lead, start + lead + len(body), body)


def _windows(text: str, start: int, end: int, stride: int) -> list[Segment]:
    """Windows of about WINDOW_WORDS from clause starts at least `stride` words apart."""
    clauses = [(start + m.start(), start + m.end()) for m in _CLAUSE.finditer(text[start:end])]
    out: list[Segment] = []
    since_start = stride
    for i in range(len(clauses)):
        if i > 0:
            since_start += _words(text[clauses[i - 1][0] : clauses[i - 1][1]])
        if since_start < stride:
            continue
        since_start = 0
        j, words = i, 0
        while j < len(clauses) and (j == i or words < WINDOW_WORDS):
            words += _words(text[clauses[j][0] : clauses[j][1]])
            j += 1
        seg = _trimmed(text, clauses[i][0], clauses[j - 1][1])
        if seg is not None:
            out.append(seg)
        if j == len(clauses):
            break
    return out


def segments(text: str) -> list[Segment]:
    """Distinct pieces to embed, in text order.

    Up to FULL_SEGMENTATION_WORDS words: every sentence, a window from every clause of a long
    sentence, and every pair of short sentences. Longer texts (journal entries) are read more
    sparsely so the cost grows with the text, not with three times it: every sentence still,
    but a long one only as windows overlapping by half (not whole, and not a window from
    every clause), and pairs only of very short sentences (SPARSE_PAIR_WORDS words or fewer,
    the split chat thought pairs exist for).
    """
    sparse = _words(text) > FULL_SEGMENTATION_WORDS
    stride = WINDOW_WORDS // 2 if sparse else 0
    pair_words = SPARSE_PAIR_WORDS if sparse else SHORT_SENTENCE_WORDS
    found: list[Segment] = []
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    for start, end in sentences:
        seg = _trimmed(text, start, end)
        if seg is None:
            continue
        if _words(seg.text) <= LONG_SENTENCE_WORDS:
            found.append(seg)
            continue
        if not sparse:
            found.append(seg)
        found += _windows(text, seg.start, seg.end, stride)
    for (a_start, a_end), (b_start, b_end) in itertools.pairwise(sentences):
        if max(_words(text[a_start:a_end]), _words(text[b_start:b_end])) <= pair_words:
            pair = _trimmed(text, a_start, b_end)
            if pair is not None:
                found.append(pair)
    seen: set[tuple[int, int]] = set()
    unique: list[Segment] = []
    for seg in sorted(found, key=lambda s: (s.start, s.end)):
        if (seg.start, seg.end) not in seen:
            seen.add((seg.start, seg.end))
            unique.append(seg)
    return unique[:MAX_SEGMENTS]

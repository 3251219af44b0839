"""Join the semantic layer's findings to the lexicon's.

* OR for recall: a piece the semantic layer flags counts even if no rule matched it.
* The lexicon keeps its vetoes: a piece that holds a phrase the lexicon set aside as an
  explicit denial, an idiom, an accident, everyday wording or media/teaching ("i am not
  suicidal", "my feet are killing me", "a film about suicide") is not flagged by meaning
  alone; it goes to ``suppressed`` with reason ``semantic_vetoed`` so the decision can be read
  back. (Measured both ways in ``evaluate.py``; the veto cost no recall on the tuning sets.)
* A piece that overlaps a lexicon match adds nothing: the lexicon's reading is more precise.
* Severity: a semantic-only finding is ``possible`` - it shows crisis lines and raises a flag,
  and a clinician reads it; meaning alone is not evidence of a plan or intent, so it never
  makes the result ``high`` (nor does it join the "plan plus ideation" rule).

If the model cannot be loaded the text is still screened by the lexicon, and the result says
so (``semantic == "unavailable"`` with the reason) and an error is logged. Failing instead
would leave a client's journal entry unscreened and unsaved at the worst moment; the test
suite fails if the model does not load, so a broken install is caught before it ships.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from attune.clinical.safety.screening import Match, ScreeningResult, Suppressed
from attune.clinical.safety.semantic.encoder import EncoderUnavailable
from attune.clinical.safety.semantic.layer import SemanticHit, semantic_hits

logger = logging.getLogger(__name__)

VETO_REASONS = frozenset({"denial", "idiom", "accident", "everyday", "media_or_topic"})
PATTERN_ID = "semantic"


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _match(hit: SemanticHit) -> Match:
    return Match(
        category=hit.category,
        level="possible",
        text=hit.text,
        start=hit.start,
        end=hit.end,
        pattern_id=PATTERN_ID,
        notes=(
            f'close in meaning to "{hit.exemplar}" ({hit.similarity:.2f}); '
            f'nearest everyday wording "{hit.everyday_exemplar}" ({hit.everyday_similarity:.2f})',
        ),
        rule="semantic",
        evidence=(
            ("exemplar", hit.exemplar),
            ("similarity", hit.similarity),
            ("everyday_exemplar", hit.everyday_exemplar),
            ("everyday_similarity", hit.everyday_similarity),
            ("margin", hit.margin),
        ),
    )


def _veto(hit: SemanticHit, suppressed: list[Suppressed]) -> Suppressed | None:
    for s in suppressed:
        if s.reason in VETO_REASONS and _overlaps(hit.start, hit.end, s.start, s.end):
            return s
    return None


def merge(
    result: ScreeningResult, hits: list[SemanticHit], *, veto: bool = True
) -> ScreeningResult:
    added: list[Match] = []
    vetoed: list[Suppressed] = []
    for hit in hits:
        if any(_overlaps(hit.start, hit.end, m.start, m.end) for m in result.matches + added):
            continue
        by = _veto(hit, result.suppressed) if veto else None
        if by is not None:
            vetoed.append(
                Suppressed(
                    hit.category,
                    hit.text,
                    hit.start,
                    hit.end,
                    PATTERN_ID,
                    "semantic_vetoed",
                    by.reason,
                )
            )
            continue
        added.append(_match(hit))
    risk = result.risk if result.risk != "none" or not added else "possible"
    matches = sorted(result.matches + added, key=lambda m: (m.start, m.end))
    return replace(
        result, risk=risk, matches=matches, suppressed=result.suppressed + vetoed, semantic="on"
    )


def with_semantic(result: ScreeningResult, text: str) -> ScreeningResult:
    try:
        hits = semantic_hits(text)
    except EncoderUnavailable as exc:
        logger.error("Risk screen: semantic layer unavailable, lexicon only: %s", exc)
        return replace(result, semantic="unavailable", semantic_error=str(exc))
    return merge(result, hits)

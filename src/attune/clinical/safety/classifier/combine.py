"""Join the classifier's findings to the lexicon's.

* Each piece of the text (``semantic.segments``) is embedded once; both concerns score the
  same vectors.
* Self-harm: a piece at or above its context's threshold is a ``possible`` finding (meaning
  alone is not evidence of a plan or intent, so never ``high``), unless it overlaps a
  lexicon match (the rule's reading is more precise) or a phrase the lexicon set aside as a
  denial, idiom, accident, everyday wording, media, someone else's story or history (then it
  goes to ``suppressed`` as ``classifier_vetoed``). Overlapping pieces give one finding, the
  most probable.
* Harm from others: a piece at or above its context's threshold is ``possible``, or
  ``disclosed`` above ``disclosed_at``; the lexicon's disclosures come first.

If the model cannot be loaded the text is still screened by the lexicon and the result says
so (``semantic == "unavailable"``); refusing to screen would leave words unscreened.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

import numpy as np

from attune.clinical.safety.classifier.model import Concern, get_model
from attune.clinical.safety.screening import Match, ScreeningResult, Suppressed
from attune.clinical.safety.semantic.encoder import EncoderUnavailable, get_encoder
from attune.clinical.safety.semantic.segments import Segment, segments

logger = logging.getLogger(__name__)

VETO_REASONS = frozenset(
    {"denial", "idiom", "accident", "everyday", "media_or_topic", "someone_else", "history"}
)
_OLD_CATEGORY = {
    "ideation": "suicidal_ideation",
    "plan": "plan_or_means",
    "preparation": "plan_or_means",
    "self_harm": "self_harm",
    "attempt": "self_harm",
    "farewell": "farewell",
}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _best_pieces(
    pieces: list[Segment], p: np.ndarray, threshold: float
) -> list[tuple[Segment, int]]:
    """Pieces over threshold, the most probable of each overlapping group."""
    order = sorted((i for i in range(len(pieces)) if p[i] >= threshold), key=lambda i: -p[i])
    chosen: list[tuple[Segment, int]] = []
    for i in order:
        span = (pieces[i].start, pieces[i].end)
        if all(not _overlaps(span, (c.start, c.end)) for c, _ in chosen):
            chosen.append((pieces[i], i))
    return sorted(chosen, key=lambda c: c[0].start)


def _match(seg: Segment, prob: float, finding: str, category: str, level: str) -> Match:
    return Match(
        category=category,  # type: ignore[arg-type]
        level=level,  # type: ignore[arg-type]
        text=seg.text,
        start=seg.start,
        end=seg.end,
        pattern_id="classifier",
        notes=(f"classifier: probability {prob:.2f} ({finding})",),
        rule="classifier",
        finding=finding,
        sentence=(seg.start, seg.end),
        probability=prob,
    )


def _benign_in(text: str) -> str:
    """The reason of an idiom, accident or everyday phrase of the lexicon in `text`, if any:
    it vetoes a classifier finding even where no risk rule fired ("kill some time")."""
    from attune.clinical.safety.normalise import normalise
    from attune.clinical.safety.screening import _compiled

    norm = normalise(text).text
    for benign, pattern in _compiled().benign:
        if pattern.rx.search(norm):
            return benign.reason
    return ""


def _self_harm(
    result: ScreeningResult, pieces: list[Segment], vectors: np.ndarray, risk: Concern, ctx: str
) -> tuple[list[Match], list[Suppressed]]:
    p = risk.probability(vectors)
    added: list[Match] = []
    vetoed: list[Suppressed] = []
    for seg, i in _best_pieces(pieces, p, risk.thresholds[ctx]):
        span = (seg.start, seg.end)
        if any(_overlaps(span, (m.start, m.end)) for m in result.matches):
            continue
        kind = risk.kind(vectors[i])
        by = next(
            (
                s
                for s in result.suppressed
                if s.reason in VETO_REASONS and _overlaps(span, (s.start, s.end))
            ),
            None,
        )
        reason = by.reason if by is not None else _benign_in(seg.text)
        if reason:
            vetoed.append(
                Suppressed(
                    _OLD_CATEGORY.get(kind, "suicidal_ideation"),  # type: ignore[arg-type]
                    seg.text,
                    seg.start,
                    seg.end,
                    "classifier",
                    "classifier_vetoed",
                    reason,
                )
            )
            continue
        added.append(
            _match(seg, float(p[i]), kind, _OLD_CATEGORY.get(kind, "suicidal_ideation"), "possible")
        )
    return added, vetoed


# "he has never hit me": a denial attached to the act sets a harm piece aside.
_HARM_DENIAL = re.compile(
    r"\b(?:never|not|doesnt|doesn't|didnt|didn't|wouldnt|wouldn't|hasnt|hasn't|won't|wont)\b"
    r"(?: \w+){0,2} (?:hit|hurt|touch|push|force|pressure|threaten|control|make)\w*",
    re.IGNORECASE,
)


def _harm(
    result: ScreeningResult, pieces: list[Segment], vectors: np.ndarray, harm: Concern, ctx: str
) -> list[Match]:
    p = harm.probability(vectors)
    added: list[Match] = []
    for seg, i in _best_pieces(pieces, p, harm.thresholds[ctx]):
        if any(_overlaps((seg.start, seg.end), (m.start, m.end)) for m in result.harm_matches):
            continue
        if _HARM_DENIAL.search(seg.text):
            continue
        level = "high" if p[i] >= harm.disclosed_at else "possible"
        finding = f"harm_from_others:{harm.kind(vectors[i])}"
        added.append(_match(seg, float(p[i]), finding, "harm_from_others", level))
    return added


def with_classifier(result: ScreeningResult, text: str, context: str) -> ScreeningResult:
    from attune.clinical.safety.screening import harm_level

    pieces = segments(text)
    if not pieces:
        return replace(result, semantic="on")
    try:
        model = get_model()
        unique = list(dict.fromkeys(p.text for p in pieces))
        embedded = get_encoder().embed(unique)
    except (EncoderUnavailable, OSError) as exc:
        logger.error("Risk screen: classifier unavailable, lexicon only: %s", exc)
        return replace(result, semantic="unavailable", semantic_error=str(exc))
    row = {t: i for i, t in enumerate(unique)}
    vectors = embedded[[row[p.text] for p in pieces]]
    added, vetoed = _self_harm(result, pieces, vectors, model.risk, context)
    harm = result.harm_matches + _harm(result, pieces, vectors, model.harm, context)
    harm.sort(key=lambda m: m.start)
    matches = sorted(result.matches + added, key=lambda m: (m.start, m.end))
    return replace(
        result,
        matches=matches,
        suppressed=result.suppressed + vetoed,
        harm_matches=harm,
        harm_from_others=harm_level(harm),
        semantic="on",
    )

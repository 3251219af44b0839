"""Screen free text for suicide and self-harm language.

``screen_text`` runs every rule of ``lexicon.RULES`` over the normalised text and then
decides, hit by hit, whether it counts:

1. An everyday idiom or accident overlapping the hit sets it aside ("my feet are killing
   me", "i cut myself shaving"), unless the sentence says it was deliberate ("on purpose",
   "until it bled").
2. Whose words? If the nearest subject before the phrase is someone else ("my brother
   wants to die"), the hit becomes ``third_party`` / possible: exposure to someone else's
   suicide or self-harm matters to a clinician. Decision on media: when a mention or a
   third-party hit sits in a sentence about a film, book, news, study, awareness work or a
   clinician's question ("a character in the film killed himself", "a documentary on
   suicide prevention"), it is set aside as ``media_or_topic``: fiction and teaching are not
   the writer's own risk, and any first-person phrase in the same sentence still counts.
   First person is the default: a phrase with no subject ("wanna die") is the writer's.
3. A denial attached to the phrase ("i am not suicidal", "i would never kill myself",
   "no thoughts of hurting myself", "suicidal thoughts? no") sets it aside. Hedges are not
   denials ("not sure i want to live", "dont know if i can go on" are rules of their own),
   "until"/"unless" later in the clause undo a denial, and a denial of something past ("i
   dont cut anymore", "no longer suicidal") is kept as possible history.
4. Past markers in the same clause ("years ago", "when i was 15", "used to") lower high to
   possible, never to nothing: a clinician would still want to know. "again", "still",
   "tonight" and similar keep it current.
5. Rules too ambiguous alone ("i have a plan", "i bought a rope") count, as high, only
   beside a clear ideation, self-harm or farewell hit or a high plan; two or more ambiguous
   signals together count as possible.
6. Overlapping hits collapse to the most severe, then longest, one. Overall risk is the
   highest level left, and a plan or means together with any ideation, self-harm or
   farewell is high.

For speed, a rule runs only if the words it requires (``prefilter.required_literals``) occur
in the text, and a rule that cannot read past the end of a sentence runs only on sentences
holding those words; neither can change what is found.

Text with stretched letters is screened twice ("diiie" as "diie" and as "die"), and text
with filler words ("just", "really", "honestly") is screened again without them ("i think
about just not waking up" as "i think about not waking up"); the results are merged, so a
second reading can add a finding but never remove one (step 5 is applied to the findings of
all readings together). Set-aside hits are returned in ``suppressed`` with the reason and
the rule that decided, so every decision can be read back. Safety bias: when unsure, keep
the hit.

After the lexicon, ``screen_text`` screens for harm from others (``harm.py``), runs the
trained classifier (``classifier/``, see its README) over the MiniLM vectors of each piece
of the text - its self-harm findings are ``possible`` with ``rule == "classifier"`` and a
calibrated probability; the lexicon's denial, idiom, accident, media, someone-else and
history decisions veto it - and finally applies the context (``context.py``): in the
self-belief exercises a ``possible`` finding counts only if it is about death or self-harm.
Issue 14 changed two older decisions: other people's stories (step 2) and history told with
distance (steps 3-4) are set aside (``someone_else``, ``history``; ``history: true``) rather
than kept as ``possible``.
``screen_lexicon`` is the lexicon alone.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from attune.clinical.safety import lexicon
from attune.clinical.safety.context import counts_in_context
from attune.clinical.safety.harm import find_harm
from attune.clinical.safety.lexicon import Benign, Category, Level, Rule, cues
from attune.clinical.safety.normalise import NormalisedText, normalise, without_fillers
from attune.clinical.safety.prefilter import (
    SENTENCE_ENDS,
    Needs,
    SentenceIndex,
    required_literals,
    stays_in_sentence,
)

Risk = Literal["none", "possible", "high"]
HarmFromOthers = Literal["none", "possible", "disclosed"]

# Where the words were written. In the contexts whose purpose is to hold harsh
# self-beliefs (the self-critical voice of a trigger, an experiment's belief, a compassionate
# reply to it), worthlessness, unlovability, shame and loneliness are the exercise, not a
# risk signal; explicit wishes to die, plans, preparation and self-harm count everywhere.
CONTEXTS: tuple[str, ...] = (
    "free",
    "checkin",
    "journal",
    "trigger_thought",
    "belief",
    "reframe",
    "circle",
    "partner_feedback",
)
SELF_BELIEF_CONTEXTS: frozenset[str] = frozenset({"trigger_thought", "belief", "reframe"})


class UnknownContext(ValueError):
    """``screen_text`` was asked for a context it does not know."""

    def __init__(self, context: str) -> None:
        super().__init__(f"unknown context {context!r}; use one of: {', '.join(CONTEXTS)}")
        self.context = context


_RANK: dict[str, int] = {"none": 0, "possible": 1, "high": 2}
_IDEATION_FAMILY: frozenset[str] = frozenset(
    {"suicidal_ideation", "passive_ideation", "self_harm", "farewell"}
)
# Farewells are addressed to others, so "you"/"mum" near them says nothing about whose
# risk it is; every other category gets the subject check.
_NO_SUBJECT_CHECK: frozenset[str] = frozenset({"farewell", "third_party"})
_PREFIX_WINDOW = 120
_SENTENCE_END_RE = re.compile("[" + re.escape(SENTENCE_ENDS) + "]")
_SUBJECT_WINDOW = 60


@dataclass(frozen=True)
class Match:
    """One risk phrase that counts towards the result."""

    category: Category
    level: Level
    text: str
    start: int
    end: int
    pattern_id: str
    notes: tuple[str, ...] = ()
    rule: Literal["lexicon", "semantic", "classifier"] = "lexicon"
    # For classifier matches: the calibrated probability and the model's category.
    evidence: tuple[tuple[str, str | float], ...] = ()
    # Issue 14's finding category: ideation, plan, preparation, self_harm, attempt, farewell,
    # or harm_from_others:<kind>; and the sentence the finding sits in (original offsets).
    finding: str = ""
    sentence: tuple[int, int] = (0, 0)
    probability: float | None = None

    @property
    def concern(self) -> Literal["self", "others"]:
        return "others" if self.finding.startswith("harm_from_others") else "self"

    @property
    def source(self) -> str:
        return "classifier" if self.rule == "classifier" else self.pattern_id

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "category": self.category,
            "level": self.level,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "pattern_id": self.pattern_id,
            "notes": list(self.notes),
            "rule": self.rule,
            "finding": self.finding or finding_of(self.category, self.pattern_id),
            "concern": self.concern,
            "source": self.source,
            "sentence": list(self.sentence),
        }
        if self.probability is not None:
            out["probability"] = round(self.probability, 3)
        out.update(self.evidence)
        return out


def finding_of(category: str, pattern_id: str) -> str:
    """Issue 14's finding category for a lexicon rule."""
    if category == "plan_or_means":
        prep = ("prep", "stockpil", "warning", "ws.", "means", "bought", "wrote", "note")
        return "preparation" if any(w in pattern_id for w in prep) else "plan"
    if category == "self_harm":
        return "attempt" if "attempt" in pattern_id or "overdos" in pattern_id else "self_harm"
    if category == "farewell":
        return "farewell"
    if "attempt" in pattern_id:
        return "attempt"
    return "ideation"


@dataclass(frozen=True)
class Suppressed:
    """A phrase that matched a rule but was set aside, and why."""

    category: Category
    text: str
    start: int
    end: int
    pattern_id: str
    reason: str
    by: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "pattern_id": self.pattern_id,
            "reason": self.reason,
            "by": self.by,
        }


@dataclass(frozen=True)
class ScreeningResult:
    risk: Risk
    # Harm from others: current abuse or coercive control, sexual assault, stalking.
    harm_from_others: HarmFromOthers = "none"
    # A past attempt or self-harm told with distance: for the clinician, not a risk level.
    history: bool = False
    context: str = "free"
    matches: list[Match] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    # "on": the classifier ran; "off": lexicon only, by request; "unavailable": the model
    # could not load, so only the lexicon screened this text (``semantic_error`` says why).
    semantic: Literal["on", "off", "unavailable"] = "off"
    semantic_error: str = ""
    # Findings of harm from others (never shown to a partner); in to_dict's "matches" too.
    harm_matches: list[Match] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "risk": self.risk,
            "harm_from_others": self.harm_from_others,
            "history": self.history,
            "context": self.context,
            "matches": [m.to_dict() for m in self.matches + self.harm_matches],
            "suppressed": [s.to_dict() for s in self.suppressed],
            "semantic": self.semantic,
        }
        if self.semantic_error:
            out["semantic_error"] = self.semantic_error
        return out


@dataclass(frozen=True)
class _Pattern:
    """A compiled pattern with what it needs to match and whether it stays in one sentence."""

    rx: re.Pattern[str]
    needs: Needs
    local: bool


@dataclass(frozen=True)
class _Compiled:
    rules: tuple[tuple[Rule, _Pattern], ...]
    benign: tuple[tuple[Benign, _Pattern], ...]
    denial_before: re.Pattern[str]
    denial_after: re.Pattern[str]
    denial_breakers: re.Pattern[str]
    denial_past: re.Pattern[str]
    past: re.Pattern[str]
    current: re.Pattern[str]
    media: re.Pattern[str]
    first_person: re.Pattern[str]
    person: re.Pattern[str]
    clause_split: re.Pattern[str]
    sentence_split: re.Pattern[str]
    override_accident: re.Pattern[str]


def _pattern(pattern: str) -> _Pattern:
    expanded = lexicon.expand(pattern)
    return _Pattern(
        rx=re.compile(r"(?<![a-z0-9])(?:" + expanded + r")(?![a-z0-9])"),
        needs=required_literals(expanded),
        local=stays_in_sentence(expanded),
    )


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    first = cues.FIRST_PERSON
    third = cues.THIRD_PERSON
    return _Compiled(
        rules=tuple((r, _pattern(r.pattern)) for r in lexicon.RULES),
        benign=tuple((b, _pattern(b.pattern)) for b in lexicon.BENIGN),
        denial_before=re.compile(cues.DENIAL_BEFORE),
        denial_after=re.compile(cues.DENIAL_AFTER),
        denial_breakers=re.compile(cues.DENIAL_BREAKERS),
        denial_past=re.compile(cues.DENIAL_PAST),
        past=re.compile(cues.PAST),
        current=re.compile(cues.CURRENT),
        media=re.compile(cues.MEDIA),
        first_person=re.compile(first),
        person=re.compile(f"(?P<first>{first})|(?P<third>{third})"),
        clause_split=re.compile(cues.CLAUSE_SPLIT),
        sentence_split=re.compile(r"[.!?]+(?= |$)"),
        override_accident=re.compile(lexicon.OVERRIDE_ACCIDENT),
    )


@dataclass
class _Hit:
    rule: Rule
    start: int  # offsets in the normalised text
    end: int
    category: Category
    level: Level
    mention: bool
    notes: list[str] = field(default_factory=list)


class _Scopes:
    """Clause and sentence boundaries of one normalised text."""

    def __init__(self, norm: NormalisedText, c: _Compiled) -> None:
        text = norm.text
        hard = [(b, b + 1) for b in norm.breaks]
        self._clauses = sorted([m.span() for m in c.clause_split.finditer(text)] + hard)
        self._sentences = sorted([m.span() for m in c.sentence_split.finditer(text)] + hard)
        self._length = len(text)

    @staticmethod
    def _bounds(splits: list[tuple[int, int]], start: int, end: int, n: int) -> tuple[int, int]:
        """The gap between the last split ending by `start` and the first starting at `end`."""
        i = bisect.bisect_right(splits, (start, n + 1))
        lo = max((e for _, e in splits[max(0, i - 3) : i] if e <= start), default=0)
        j = bisect.bisect_left(splits, (end, -1))
        hi = splits[j][0] if j < len(splits) else n
        return lo, hi

    def clause(self, start: int, end: int) -> tuple[int, int]:
        return self._bounds(self._clauses, start, end, self._length)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return self._bounds(self._sentences, start, end, self._length)


class _Finder:
    """Runs patterns over one text, skipping what cannot match (see ``prefilter``).

    A pattern that cannot read past a sentence end runs only on the sentences that hold
    all the strings it needs. With `changed_at`, it runs only on sentences holding those
    positions too: a second reading of the text needs to look only where it differs.
    """

    def __init__(self, text: str, changed_at: list[int] | None = None) -> None:
        self.text = text
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
        only = None
        if changed_at is not None:
            only = {bisect.bisect_right(ends, at) for at in changed_at}
        self.index = SentenceIndex(text, ends, only)
        self._partial = only is not None  # unindexed sentences may still hold strings

    def matches(self, p: _Pattern) -> list[re.Match[str]]:
        if not p.local:
            if self._partial or self.index.anywhere(p.needs):
                return list(p.rx.finditer(self.text))
            return []
        found: list[re.Match[str]] = []
        for lo, hi in self.index.spans(self.index.sentences(p.needs)):
            found += p.rx.finditer(self.text, lo, hi)
        return found


def _find_benign(finder: _Finder, c: _Compiled) -> list[tuple[int, int, Benign]]:
    return [(m.start(), m.end(), b) for b, p in c.benign for m in finder.matches(p)]


def _benign_for(
    hit: _Hit, benign: list[tuple[int, int, Benign]], text: str, scopes: _Scopes, c: _Compiled
) -> Benign | None:
    for s, e, b in benign:
        if s < hit.end and hit.start < e:
            if b.reason == "accident":
                ss, se = scopes.sentence(hit.start, hit.end)
                if c.override_accident.search(text, ss, se):
                    continue
            return b
    return None


def _is_someone_else(hit: _Hit, text: str, scopes: _Scopes, c: _Compiled) -> bool:
    if hit.category in _NO_SUBJECT_CHECK:
        return False
    if c.first_person.search(text, hit.start, hit.end):
        return False
    cs, _ = scopes.clause(hit.start, hit.end)
    window_start = max(cs, hit.start - _SUBJECT_WINDOW)
    last: str | None = None
    for m in c.person.finditer(text, window_start, hit.start):
        last = "first" if m.group("first") else "third"
    return last == "third"


def _denial(hit: _Hit, text: str, scopes: _Scopes, c: _Compiled) -> Literal["", "deny", "past"]:
    prefix = text[max(0, hit.start - _PREFIX_WINDOW) : hit.start]
    before = c.denial_before.search(prefix)
    after = c.denial_after.match(text, hit.end)
    if not before and not after:
        return ""
    cs, ce = scopes.clause(hit.start, hit.end)
    if c.denial_breakers.search(text, hit.end, ce):
        return ""
    cue_start = hit.start - len(prefix) + before.start() if before else hit.start
    if c.denial_past.search(text, max(cs, cue_start), ce):
        return "past"
    return "deny"


def _in_past(hit: _Hit, text: str, scopes: _Scopes, c: _Compiled) -> bool:
    cs, ce = scopes.clause(hit.start, hit.end)
    return bool(c.past.search(text, cs, ce)) and not c.current.search(text, cs, ce)


def _suppress(hit: _Hit, norm: NormalisedText, reason: str, by: str = "") -> Suppressed:
    start, end = norm.span_to_original(hit.start, hit.end)
    return Suppressed(hit.category, norm.original[start:end], start, end, hit.rule.id, reason, by)


def _judge(
    hit: _Hit,
    norm: NormalisedText,
    benign: list[tuple[int, int, Benign]],
    scopes: _Scopes,
    c: _Compiled,
) -> Suppressed | None:
    """Apply idiom, subject, media, denial and time rules; return a Suppressed or None."""
    text = norm.text
    found = _benign_for(hit, benign, text, scopes, c)
    if found is not None:
        return _suppress(hit, norm, found.reason, found.id)
    if hit.mention:
        ss, se = scopes.sentence(hit.start, hit.end)
        media = c.media.search(text, ss, se)
        if media:
            return _suppress(hit, norm, "media_or_topic", media.group(0))
    if hit.category == "third_party" or _is_someone_else(hit, text, scopes, c):
        # Other people's stories are not the writer's risk (issue 14); kept for reading back.
        return _suppress(hit, norm, "someone_else")
    denial = _denial(hit, text, scopes, c)
    if denial == "deny":
        return _suppress(hit, norm, "denial")
    if denial == "past" or _in_past(hit, text, scopes, c):
        # Recovery and history told with distance: ``history`` for the clinician, no level.
        return _suppress(hit, norm, "history")
    return None


def _is_anchor(hit: _Hit) -> bool:
    """Hits that give context to the ambiguous needs_context rules."""
    if hit.rule.needs_context:
        return False
    if hit.category == "plan_or_means":
        return hit.level == "high"
    return hit.category in _IDEATION_FAMILY


def _apply_context(kept: list[_Hit]) -> tuple[list[_Hit], list[_Hit]]:
    """Let ambiguous hits count only beside a clear one; two or more together count as possible."""
    ambiguous = [h for h in kept if h.rule.needs_context]
    if not ambiguous or any(_is_anchor(h) for h in kept):
        return kept, []
    clear = [h for h in kept if not h.rule.needs_context]
    distinct = _collapse(ambiguous)
    if len(distinct) >= 2:
        for h in distinct:
            h.level = "possible"
            h.notes.append("several ambiguous signals together")
        return clear + distinct, []
    return clear, ambiguous


def _collapse(hits: list[_Hit]) -> list[_Hit]:
    """Keep the most severe, then longest, of overlapping hits."""
    ordered = sorted(hits, key=lambda h: (-_RANK[h.level], -(h.end - h.start), h.start))
    kept: list[_Hit] = []
    for h in ordered:
        if all(h.end <= k.start or k.end <= h.start for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def _to_match(hit: _Hit, original: str) -> Match:
    """A kept hit, whose span is already in the original text."""
    return Match(
        category=hit.category,
        level=hit.level,
        text=original[hit.start : hit.end],
        start=hit.start,
        end=hit.end,
        pattern_id=hit.rule.id,
        notes=tuple(hit.notes),
    )


def _held(hit: _Hit, original: str) -> Suppressed:
    text = original[hit.start : hit.end]
    return Suppressed(hit.category, text, hit.start, hit.end, hit.rule.id, "needs_context")


def _overall(matches: list[Match]) -> Risk:
    if not matches:
        return "none"
    categories = {m.category for m in matches}
    if "plan_or_means" in categories and categories & _IDEATION_FAMILY:
        return "high"
    return "high" if any(m.level == "high" for m in matches) else "possible"


def _dedupe_suppressed(items: list[Suppressed], kept: list[Match]) -> list[Suppressed]:
    out: list[Suppressed] = []
    for s in sorted(items, key=lambda s: (s.start, -(s.end - s.start))):
        if any(s.start < k.end and k.start < s.end for k in kept):
            continue
        if any(s.start < o.end and o.start < s.end for o in out):
            continue
        out.append(s)
    return out


def _screen_reading(
    norm: NormalisedText, changed_at: list[int] | None = None
) -> tuple[list[_Hit], list[Suppressed]]:
    """Hits that survive judging, with spans mapped back to the original text."""
    c = _compiled()
    scopes = _Scopes(norm, c)
    finder = _Finder(norm.text, changed_at)
    benign = _find_benign(finder, c)
    kept: list[_Hit] = []
    suppressed: list[Suppressed] = []
    for rule, p in c.rules:
        for m in finder.matches(p):
            hit = _Hit(rule, m.start(), m.end(), rule.category, rule.level, rule.mention)
            verdict = _judge(hit, norm, benign, scopes, c)
            if verdict is None:
                hit.start, hit.end = norm.span_to_original(hit.start, hit.end)
                kept.append(hit)
            else:
                suppressed.append(verdict)
    return kept, suppressed


def check_context(context: str) -> str:
    if context not in CONTEXTS:
        raise UnknownContext(context)
    return context


def screen_harm(text: str) -> list[Match]:
    """The harm lexicon's disclosures (``harm.py``) as matches (level "high" = disclosed)."""
    return [
        Match(
            category="harm_from_others",
            level="high" if h.rule.level == "disclosed" else "possible",
            text=text[h.start : h.end],
            start=h.start,
            end=h.end,
            pattern_id=h.rule.id,
            finding=f"harm_from_others:{h.rule.kind}",
            sentence=h.sentence,
        )
        for h in find_harm(text)
    ]


def harm_level(matches: list[Match]) -> HarmFromOthers:
    if any(m.level == "high" for m in matches):
        return "disclosed"
    return "possible" if matches else "none"


def screen_text(text: str, *, context: str = "free", semantic: bool = True) -> ScreeningResult:
    """Screen one piece of free text written in `context` (one of ``CONTEXTS``): the
    lexicon, harm from others, then (unless `semantic` is False) the classifier, then the
    context (``in_context``)."""
    check_context(context)
    result = replace(screen_lexicon(text), context=context)
    harm = screen_harm(text)
    result = replace(result, harm_matches=harm, harm_from_others=harm_level(harm))
    if semantic:
        from attune.clinical.safety.classifier.combine import with_classifier

        result = with_classifier(result, text, context)
    return in_context(result, context, text)


_SENTENCE_STOP = re.compile(r"[.!?\n]")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` holding [start, end) (original offsets, trimmed)."""
    lo = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_STOP.search(text, max(end - 1, start))
    hi = stop.end() if stop else len(text)
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def _with_sentence(m: Match, text: str) -> Match:
    if m.sentence != (0, 0) or not text:
        return m
    return replace(m, sentence=sentence_span(text, m.start, m.end))


def in_context(result: ScreeningResult, context: str, text: str = "") -> ScreeningResult:
    """Set aside what does not count where it was written (``context.py``); history flag."""
    self_belief = context in SELF_BELIEF_CONTEXTS
    kept: list[Match] = []
    dropped: list[Suppressed] = []
    for m in result.matches:
        if counts_in_context(m.level, m.text, self_belief):
            kept.append(_with_sentence(m, text))
        else:
            dropped.append(
                Suppressed(m.category, m.text, m.start, m.end, m.pattern_id, "self_belief_context")
            )
    suppressed = result.suppressed + dropped
    history = result.history or any(s.reason == "history" for s in suppressed)
    return replace(
        result,
        risk=_overall(kept),
        matches=kept,
        suppressed=suppressed,
        history=history,
        context=context,
    )


def screen_lexicon(text: str) -> ScreeningResult:
    """The lexicon alone; see the module docstring for the method."""
    norm = normalise(text)
    if not norm.text:
        return ScreeningResult(risk="none")
    readings: list[tuple[NormalisedText, list[int] | None]] = [(norm, None)]
    if norm.shortened_runs:
        # "diiie" is read both as "diie" and as "die"; "feeeel" both as "feel" and "fel".
        readings.append((normalise(text, max_run=1), None))
    lean = without_fillers(norm)
    if lean is not None:
        readings.append(lean)  # "i think about just not waking up", without "just"
    kept: list[_Hit] = []
    suppressed: list[Suppressed] = []
    for reading, changed_at in readings:
        more, more_suppressed = _screen_reading(reading, changed_at)
        kept += more
        suppressed += more_suppressed
    kept, held = _apply_context(kept)
    suppressed += [_held(h, text) for h in held]
    matches = [_to_match(h, text) for h in _collapse(kept)]
    return ScreeningResult(
        risk=_overall(matches),
        matches=matches,
        suppressed=_dedupe_suppressed(suppressed, matches),
    )

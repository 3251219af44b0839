"""The speed-ups in ``prefilter`` never change what the screen finds."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from attune.clinical.safety import lexicon, screening
from attune.clinical.safety.normalise import normalise
from attune.clinical.safety.prefilter import (
    SENTENCE_ENDS,
    SentenceIndex,
    required_literals,
    stays_in_sentence,
)
from attune.clinical.safety.tests import phrases
from attune.clinical.safety.tests.heldout_phrases import HELDOUT_EVERYDAY, risk_texts
from attune.clinical.safety.tests.tuning_phrases import TUNING_EVERYDAY, TUNING_RISK

ALL_PHRASES = (
    phrases.RISK_PHRASES
    + phrases.EVERYDAY_PHRASES
    + phrases.HISTORY_AND_OTHERS
    + risk_texts()
    + HELDOUT_EVERYDAY
    + TUNING_RISK
    + TUNING_EVERYDAY
)


def _long_texts(count: int) -> list[str]:
    """Journal-like texts of many phrases each, joined as sentences, lines or run-ons."""
    rng = random.Random(9)
    joins = [". ", "\n", ", ", " and ", "! ", "? "]
    return [rng.choice(joins).join(rng.sample(ALL_PHRASES, 40)) for _ in range(count)] + [
        ". ".join(ALL_PHRASES)
    ]


def test_required_literals_read_sequences_and_alternatives() -> None:
    needs = required_literals(r"(?:want|wish) to (?:die|be dead)")
    assert frozenset({" to "}) in needs
    assert frozenset({"want", "wish"}) in needs
    assert frozenset({"die", "be dead"}) in needs
    assert required_literals(r"(?:kill|end)? it") == (frozenset({" it"}),)


@pytest.mark.parametrize("pattern", [r"a?", r"\w+", r"(?i)die", r"(?:x|)", r"[a-z]{2,}"])
def test_required_literals_give_up_when_nothing_is_required(pattern: str) -> None:
    assert required_literals(pattern) == ()


@pytest.mark.parametrize(
    ("pattern", "local"),
    [
        (r"i want to die", True),
        (r"die(?=$|[.!?,;:])", True),  # reads the stop as the look-ahead's last step
        (r"(?<![.!?])die", True),  # look-behinds only read what comes before
        (r"done[ .,!]+goodbye", False),
        (r"die(?=[.!?] bye)", False),
        (r"die(?=(?:[.!?]|x) bye)", False),
        (r"a.b", False),
        (r"a[^x]b", False),
        (r"a\Wb", False),
        (r"a[ -z]b", False),
    ],
)
def test_patterns_that_cannot_read_past_a_sentence_end_are_recognised(
    pattern: str, local: bool
) -> None:
    assert stays_in_sentence(pattern) is local


def test_sentence_index_never_rules_out_a_sentence_holding_the_string() -> None:
    text = "i cut the grass. then i wanted to die! fine? ok"
    ends = [m.end() for m in re.finditer("[.!?]", text)]
    index = SentenceIndex(text, ends)
    spans = index.spans(index.sentences((frozenset({"to die"}), frozenset({"want"}))))
    assert spans == [(16, 38)]  # " then i wanted to die!"
    assert index.sentences((frozenset({"absent words"}),)) == 0
    assert index.mask("cut") == 1


def test_every_match_holds_its_required_strings_and_local_ones_stay_in_a_sentence() -> None:
    patterns = [p for _, p in screening._compiled().rules + screening._compiled().benign]
    for text in _long_texts(6):
        norm = normalise(text).text
        for p in patterns:
            for m in p.rx.finditer(norm):
                for choices in p.needs:
                    assert any(s in m.group(0) for s in choices), (p.rx.pattern, m.group(0))
                if p.local:
                    assert not set(m.group(0)) & set(SENTENCE_ENDS), (p.rx.pattern, m.group(0))


def test_results_are_the_same_with_the_prefilter_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*_long_texts(12), *ALL_PHRASES[::9]]
    fast = screening._compiled()
    expected = [screening.screen_text(t).to_dict() for t in texts]

    def plain(p: screening._Pattern) -> screening._Pattern:
        return dataclasses.replace(p, needs=(), local=False)

    slow = dataclasses.replace(
        fast,
        rules=tuple((r, plain(p)) for r, p in fast.rules),
        benign=tuple((b, plain(p)) for b, p in fast.benign),
    )
    monkeypatch.setattr(screening, "_compiled", lambda: slow)
    assert [screening.screen_text(t).to_dict() for t in texts] == expected


def test_every_rule_and_idiom_pattern_is_analysed() -> None:
    compiled = screening._compiled()
    assert len(compiled.rules) == len(lexicon.RULES)
    assert all(p.needs for _, p in compiled.rules + compiled.benign)


def test_a_negated_class_without_sentence_ends_stays_in_its_sentence() -> None:
    assert stays_in_sentence(r"pills[^.!?]{0,40}enough")
    assert not stays_in_sentence(r"pills[^a-z]{0,40}enough")

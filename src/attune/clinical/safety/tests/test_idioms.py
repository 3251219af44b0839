"""Everyday idioms, accidents, media and other people's news do not raise risk."""

from __future__ import annotations

import pytest

from attune.clinical.safety import screen_text

IDIOMS = [
    "this traffic is killing me",
    "my feet are killing me",
    "I'm dying to see that film",
    "I could die laughing",
    "killed it at work today",
    "dead tired after the gym",
    "my phone died",
    "just trying to kill some time before my train",
    "that cake is to die for",
    "she looked drop-dead gorgeous",
    "I'm dead serious about this",
    "that joke slayed me",
    "shoot me a message when you're free",
    "I'd kill for a coffee right now",
    "the suspense is killing me",
    "the deadline is friday",
    "i was dying of embarrassment",
    "that would be career suicide",
    "coach made us run suicides at practice",
    "i've been killing myself at work to meet the deadline",
    "i'm killing myself laughing at this show",
    "i keep beating myself up about the breakup",
    "i shot myself in the foot with that email",
    "i'm so burnt out",
    "i need to cut myself some slack",
    "i'd rather die than sing karaoke",
    "this is the hill i will die on",
    "i overdosed on netflix this weekend",
    "i overdosed on salt in the soup, it is inedible",
    "i ran 5 kms this morning",
    "learning the ropes at my new job",
    "if your friends jumped off a bridge would you",
    "i'm taking my life back after the divorce",
    "i'm ending things with my boyfriend",
]

ACCIDENTS = [
    "i cut myself shaving this morning",
    "i burned my hand on the stove",
    "i hurt myself at the gym",
    "i cut my finger chopping onions",
    "i almost killed myself tripping on the stairs",
    "my son hurt himself playing football",
    "i hit my head on the cupboard door",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_everyday_idiom_is_none(text: str) -> None:
    result = screen_text(text)
    assert result.risk == "none", result.matches


@pytest.mark.parametrize("text", ACCIDENTS)
def test_accident_is_none(text: str) -> None:
    result = screen_text(text)
    assert result.risk == "none", result.matches


def test_idiom_is_reported_as_suppressed_with_its_rule() -> None:
    result = screen_text("I want to die of embarrassment")
    assert result.risk == "none"
    assert [(s.reason, s.by) for s in result.suppressed] == [("idiom", "idiom.die_of")]


def test_accident_wording_does_not_hide_a_deliberate_act() -> None:
    assert screen_text("i burned myself on the stove on purpose").risk == "high"
    assert screen_text("i bang my head against the wall until it bleeds").risk == "high"


def test_idiom_in_one_sentence_does_not_hide_risk_in_another() -> None:
    result = screen_text("my feet are killing me. honestly i want to die")
    assert result.risk == "high"


@pytest.mark.parametrize(
    "text",
    [
        "a character in the film killed himself",
        "we watched a documentary about suicide prevention",
        "i'm reading a book about the history of suicide",
        "i read an article about self-harm in teenagers",
    ],
)
def test_media_and_topic_mentions_are_none(text: str) -> None:
    result = screen_text(text)
    assert result.risk == "none"
    assert any(s.reason == "media_or_topic" for s in result.suppressed)

"""Explicit denials set a phrase aside; hedges, partial negation and history do not."""

from __future__ import annotations

import pytest

from attune.clinical.safety import screen_text


@pytest.mark.parametrize(
    "text",
    [
        "I am not suicidal",
        "I would never kill myself",
        "no thoughts of hurting myself",
        "i'm not going to hurt myself",
        "i have no plans to end my life",
        "i have no intention of killing myself",
        "there is no way i would take my own life",
        "I don't want to die",
        "i'm not having any suicidal thoughts",
        "I'd never kill myself, my kids need me",
        "i won't hurt myself, i promise",
        "suicidal thoughts? no, not at all",
        "no self-harm thoughts this week, which feels good",
        "My therapist asked if I was suicidal and I said no",
    ],
)
def test_explicit_denial_is_none(text: str) -> None:
    result = screen_text(text)
    assert result.risk == "none", result.matches
    assert any(s.reason == "denial" for s in result.suppressed)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure I want to live",
        "I don't know if I can go on",
        "not suicidal but I wish I could disappear",
        "i don't think i can keep going",
        "im not okay i want to die",
        "not gonna lie i want to die",
        "i dont want to die but i dont want to live either",
        "no one would care if i killed myself",
    ],
)
def test_hedged_or_partial_negation_still_fires(text: str) -> None:
    assert screen_text(text).risk != "none"


def test_denial_is_undone_by_until_later_in_the_clause() -> None:
    assert screen_text("i never thought about suicide until now").risk != "none"


def test_denied_now_but_true_before_is_history_without_a_level() -> None:
    # Issue 14: recovery told with distance is none, with history for the clinician.
    result = screen_text("i dont cut myself anymore")
    assert result.risk == "none"
    assert result.history is True
    assert result.suppressed[0].reason == "history"


def test_denial_of_one_phrase_does_not_hide_another() -> None:
    result = screen_text("i'm not suicidal, i'm just tired of living")
    assert result.risk == "possible"
    assert [m.pattern_id for m in result.matches] == ["pi.tired_of_living"]

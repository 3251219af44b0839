"""Normalisation folds spelling variants and keeps offsets into the original text."""

from __future__ import annotations

import pytest

from attune.clinical.safety import screen_text
from attune.clinical.safety.normalise import normalise


def test_apostrophes_and_case_are_folded() -> None:
    assert normalise("I\u2019M NOT OK, I DON'T").text == "im not ok, i dont"


def test_hyphens_become_spaces_and_long_letter_runs_shorten() -> None:
    assert normalise("self-harm sooooo").text == "self harm soo"


def test_look_alike_characters_inside_words_are_undone() -> None:
    assert normalise("su1c1de k*ll").text == "suicide kill"


def test_whitespace_collapses_and_line_breaks_are_remembered() -> None:
    norm = normalise("one\n\n  two")
    assert norm.text == "one two"
    assert norm.breaks == frozenset({3})


def test_span_maps_back_to_original_characters() -> None:
    original = "I\u2019m  SOOOO tired"
    norm = normalise(original)
    start = norm.text.index("tired")
    assert norm.span_to_original(start, start + 5) == (original.index("tired"), len(original))


@pytest.mark.parametrize(
    "text",
    [
        "I\u2019m gonna kill myself",
        "im gonna kill myself",
        "i am going to kill myself",
        "I'm going to k1ll myself",
        "i want to kil myself",
        "i want to kill my self",
        "i wanna diiiie",
        "I FEEL SUCIDAL",
        "i feel suicidle",
        "i dont want to be alive",
        "i don\u2019t want to be alive",
        "i do not want to be alive",
        "im a burden",
        "i am a burden",
        "i cant go on",
        "i can\u2019t go on",
        "i cannot go on",
    ],
)
def test_spelling_variants_are_all_found(text: str) -> None:
    assert screen_text(text).risk != "none"


def test_kms_slang_fires_but_kilometres_do_not() -> None:
    assert screen_text("honestly i just wanna kms").risk == "high"
    assert screen_text("ran 10 kms today").risk == "none"
    assert screen_text("the station is a few kms away").risk == "none"


def test_line_break_separates_a_denial_from_the_next_line() -> None:
    result = screen_text("i am not\nsuicidal")
    assert result.risk == "none"  # same clause, still denied
    result = screen_text("not really sure what to write\ni want to die")
    assert result.risk == "high"

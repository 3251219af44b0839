"""Normalisation folds spelling variants and keeps offsets into the original text."""

from __future__ import annotations

import pytest

from attune.clinical.safety import screen_text
from attune.clinical.safety.normalise import normalise, without_fillers


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("idk if i want to keep living", "i dont know if i want to keep living"),
        ("gonna end it tn", "gonna end it tonight"),
        ("nothin matters, y am i here", "nothing matters, why am i here"),
        ("thinkin bout it", "thinking about it"),
        ("kidney beans and rice", "kidney beans and rice"),  # only whole words change
    ],
)
def test_texting_shorthand_is_spelt_out(text: str, expected: str) -> None:
    assert normalise(text).text == expected


def test_spelt_out_words_point_back_at_the_shorthand() -> None:
    original = "ok\nidk anymore"
    norm = normalise(original)
    assert norm.text == "ok i dont know anymore"
    assert norm.breaks == frozenset({2})
    start = norm.text.index("dont")
    assert norm.span_to_original(start, start + 4) == (3, 6)
    end = norm.text.index("anymore")
    assert norm.span_to_original(end, end + 7) == (7, 14)


def test_filler_words_are_dropped_in_a_second_reading() -> None:
    norm = normalise("i think about\njust not waking up")
    lean = without_fillers(norm)
    assert lean is not None
    text, changed_at = lean
    assert text.text == "i think about not waking up"
    assert text.breaks == frozenset({13})
    assert changed_at == [14]
    assert text.original[text.source_index[14]] == "n"
    assert without_fillers(normalise("nothing to drop here")) is None


def test_a_filler_never_hides_a_finding_it_sits_inside() -> None:
    assert screen_text("sometimes i think about just not waking up").risk == "possible"
    assert screen_text("i'm not really suicidal, just tired").risk == "none"

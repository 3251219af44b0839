"""Properties that hold for any input text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attune.clinical.safety import screen_text

WORDS = st.sampled_from(
    [
        "i",
        "not",
        "never",
        "want",
        "to",
        "die",
        "kill",
        "myself",
        "killing",
        "me",
        "cut",
        "suicidal",
        "end",
        "it",
        "all",
        "pills",
        "the",
        "bridge",
        "goodbye",
        "anymore",
        "can't",
        "go",
        "on",
        "\u2019",
        ",",
        ".",
        "\n",
        "used",
        "years",
        "ago",
        "my",
        "brother",
        "film",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_screens_without_error_and_spans_point_at_original(text: str) -> None:
    result = screen_text(text)
    for m in result.matches:
        assert text[m.start : m.end] == m.text
    for s in result.suppressed:
        assert text[s.start : s.end] == s.text


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_risk_is_consistent_with_matches(text: str) -> None:
    result = screen_text(text)
    levels = {m.level for m in result.matches}
    if not result.matches:
        assert result.risk == "none"
    elif "high" in levels:
        assert result.risk == "high"
    else:
        assert result.risk in ("possible", "high")
    for m in result.matches:
        assert m.level in ("possible", "high")
        assert text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_adding_an_everyday_sentence_never_lowers_risk(text: str) -> None:
    order = {"none": 0, "possible": 1, "high": 2}
    before = screen_text(text).risk
    after = screen_text(text + ". the weather was lovely today").risk
    assert order[after] >= order[before]

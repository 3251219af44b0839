"""Past statements, other people, and ambiguous phrases that need context."""

from __future__ import annotations

from attune.clinical.safety import screen_text


# Issue 14: history told with distance has no risk level; ``history`` tells the clinician.
def test_past_self_harm_is_history() -> None:
    result = screen_text("I used to self-harm years ago")
    assert (result.risk, result.history) == ("none", True)


def test_past_attempt_is_history_and_kept_for_reading_back() -> None:
    result = screen_text("when i was 16 i tried to kill myself")
    assert (result.risk, result.history) == ("none", True)
    assert result.suppressed[0].reason == "history"


def test_current_marker_keeps_a_past_clause_high() -> None:
    assert screen_text("i used to cut myself and i still do").risk == "high"


def test_someone_elses_words_are_set_aside() -> None:
    # Issue 14: other people's stories are not the writer's risk (before: third_party possible).
    result = screen_text("my brother said he wants to die")
    assert result.risk == "none"
    assert result.suppressed[0].reason == "someone_else"


def test_first_person_after_someone_else_stays_first_person() -> None:
    result = screen_text("my friend told me that i want to die too often")
    assert result.matches[0].category == "suicidal_ideation"


def test_ambiguous_plan_alone_is_never_high_and_reported() -> None:
    # The lexicon holds it back (needs_context); issue 14's classifier rates it worth asking
    # about (possible), which is defensible for "i have a plan" alone.
    result = screen_text("i have a plan")
    assert result.risk != "high"
    assert "needs_context" in [s.reason for s in result.suppressed]


def test_ambiguous_plan_next_to_ideation_is_high() -> None:
    result = screen_text("i cant go on. i have a plan")
    assert result.risk == "high"
    assert {m.pattern_id for m in result.matches} == {"pi.cant_go_on", "pm.plan_bare"}


def test_two_ambiguous_signals_together_are_possible() -> None:
    result = screen_text("i think my time is up, i'm going to do it")
    assert result.risk == "possible"


def test_possible_plan_does_not_anchor_an_ambiguous_one() -> None:
    assert screen_text("i bought a rope for the tree swing").risk == "none"

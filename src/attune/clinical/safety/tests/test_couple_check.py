"""The private couple safety check: which answers are a concern (issue 16)."""

from __future__ import annotations

import pytest

from attune.clinical.safety.couple_check import ANSWERS, IDS, CoupleCheckError, assess

SAFE = {"feels_safe": "yes", "pressured": "no", "monitored": "no"}


def test_clearly_safe_answers_are_no_concern() -> None:
    result = assess(SAFE)
    assert not result.concern and result.concerns == ()


@pytest.mark.parametrize("question", IDS)
@pytest.mark.parametrize("answer", ANSWERS)
def test_any_answer_that_is_not_clearly_safe_is_a_concern(question: str, answer: str) -> None:
    result = assess({**SAFE, question: answer})
    assert result.concern is (answer != SAFE[question])
    assert result.concerns == (() if answer == SAFE[question] else (question,))


def test_not_sure_and_prefer_not_to_say_are_concerns() -> None:
    assert assess({**SAFE, "feels_safe": "not_sure"}).concern
    assert assess({**SAFE, "monitored": "prefer_not"}).concern


def test_a_pressured_or_monitored_yes_is_a_concern_but_feeling_safe_yes_is_not() -> None:
    assert assess({**SAFE, "pressured": "yes"}).concerns == ("pressured",)
    assert assess({**SAFE, "monitored": "yes"}).concerns == ("monitored",)
    assert assess({"feels_safe": "no", "pressured": "yes", "monitored": "yes"}).concerns == IDS


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"pressured": "no", "monitored": "no"}, "feels_safe"),
        ({**SAFE, "pressured": ""}, "pressured"),
        ({**SAFE, "monitored": "maybe"}, "monitored"),
        ({**SAFE, "monitored": True}, "monitored"),
        ({**SAFE, "mood": "yes"}, "mood"),
    ],
)
def test_a_missing_or_unknown_answer_names_the_question(
    answers: dict[str, object], field: str
) -> None:
    with pytest.raises(CoupleCheckError) as caught:
        assess(answers)
    assert caught.value.field == field


def test_every_unanswered_question_is_named_at_once() -> None:
    from attune.clinical.safety.couple_check import problems

    assert set(problems({"feels_safe": "yes"})) == {"pressured", "monitored"}
    assert problems(SAFE) == {}

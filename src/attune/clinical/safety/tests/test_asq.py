"""The ASQ outcome rule for every answer pattern, and refusal of answers it cannot score."""

from __future__ import annotations

import itertools

import pytest

from attune.clinical.safety import asq

PATTERNS = list(itertools.product([False, True], repeat=4))


def _answers(four: tuple[bool, ...], q5: bool | None) -> dict[str, object]:
    out: dict[str, object] = dict(zip(asq.SCREENING_IDS, four, strict=True))
    if q5 is not None:
        out["q5"] = q5
    return out


def test_the_published_questions_and_time_frames() -> None:
    assert [q.id for q in asq.QUESTIONS] == ["q1", "q2", "q3", "q4", "q5"]
    assert asq.BY_ID["q1"].text == "In the past few weeks, have you wished you were dead?"
    assert asq.BY_ID["q2"].text == (
        "In the past few weeks, have you felt that you or your family would be better off "
        "if you were dead?"
    )
    assert asq.BY_ID["q3"].text == (
        "In the past week, have you been having thoughts about killing yourself?"
    )
    assert asq.BY_ID["q4"].text == "Have you ever tried to kill yourself?"
    assert asq.BY_ID["q5"].text == "Are you having thoughts of killing yourself right now?"
    assert [q.time_frame for q in asq.QUESTIONS] == [
        "past few weeks",
        "past few weeks",
        "past week",
        "ever",
        "right now",
    ]
    assert "in writing" in asq.CITATION and "Horowitz" in asq.CITATION


@pytest.mark.parametrize("four", PATTERNS)
@pytest.mark.parametrize("q5", [None, False, True])
def test_every_answer_pattern(four: tuple[bool, ...], q5: bool | None) -> None:
    answers = _answers(four, q5)
    if any(four) and q5 is None:
        with pytest.raises(asq.AsqError) as err:
            asq.outcome(answers)
        assert err.value.field == "q5"
        return
    got = asq.outcome(answers)
    if not any(four):
        expected = "acute_positive" if q5 else "negative"
    else:
        expected = "acute_positive" if q5 else "non_acute_positive"
    assert got.result == expected
    assert got.positive is (expected != "negative")
    assert got.declined is False
    assert got.record_result == expected
    assert got.answers == {**dict(zip(asq.SCREENING_IDS, four, strict=True)), "q5": q5}


def test_all_no_is_negative_and_q5_is_not_needed() -> None:
    got = asq.outcome({"q1": False, "q2": False, "q3": False, "q4": False})
    assert got.result == "negative" and not got.positive
    assert asq.outcome({"q1": False, "q2": False, "q3": False, "q4": False, "q5": None}).result == (
        "negative"
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "non_acute_positive"),
        ({}, "non_acute_positive"),
        ({"q5": False}, "non_acute_positive"),
        ({"q5": True}, "acute_positive"),
    ],
)
def test_declining_counts_as_positive(given: dict[str, object] | None, expected: str) -> None:
    got = asq.outcome(given, declined=True)
    assert got.result == expected and got.positive and got.declined
    assert got.record_result == "declined"
    assert asq.outcome(None).declined


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"q1": False, "q2": False, "q3": False, "q4": False, "q6": False}, "q6"),
        ({"q1": False, "q2": False, "q3": False}, "q4"),
        ({"q1": "no", "q2": False, "q3": False, "q4": False}, "q1"),
        ({"q1": 0, "q2": False, "q3": False, "q4": False}, "q1"),
        ({"q1": False, "q2": 1, "q3": False, "q4": False}, "q2"),
        ({"q1": False, "q2": False, "q3": None, "q4": False}, "q3"),
        ({"q1": False, "q2": False, "q3": False, "q4": False, "q5": "yes"}, "q5"),
        ({"q1": True, "q2": False, "q3": False, "q4": False}, "q5"),
        ({"q1": False, "q2": False, "q3": False, "q4": True, "q5": None}, "q5"),
    ],
)
def test_answers_that_cannot_be_scored_name_the_field(
    answers: dict[str, object], field: str
) -> None:
    with pytest.raises(asq.AsqError) as err:
        asq.outcome(answers)
    assert err.value.field == field
    with pytest.raises(asq.AsqError):
        asq.validate(answers)


def test_a_declined_screen_still_checks_q5() -> None:
    with pytest.raises(asq.AsqError) as err:
        asq.outcome({"q5": "maybe"}, declined=True)
    assert err.value.field == "q5"

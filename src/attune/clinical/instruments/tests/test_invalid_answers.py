"""Bad input raises a specific error with one clear sentence and scores nothing."""

from __future__ import annotations

from typing import Any

import pytest

from attune.clinical.instruments import (
    AnswerCountError,
    AnswerError,
    AnswerNotIntegerError,
    AnswerOutOfRangeError,
    InstrumentError,
    UnknownInstrumentError,
    score,
)


def test_unknown_instrument_names_the_id_and_the_known_ones() -> None:
    with pytest.raises(UnknownInstrumentError) as caught:
        score("phq10", [0])
    message = str(caught.value)
    assert message.startswith("Unknown instrument 'phq10'")
    assert "phq9" in message
    assert "who5" in message


def test_instrument_ids_are_case_sensitive() -> None:
    with pytest.raises(UnknownInstrumentError):
        score("PHQ9", [0] * 9)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([0] * 8, "PHQ-9 needs 9 answers, one per item, but 8 were given."),
        ([0] * 10, "PHQ-9 needs 9 answers, one per item, but 10 were given."),
        ([0], "PHQ-9 needs 9 answers, one per item, but 1 was given."),
        ([], "No answers were given: PHQ-9 needs 9 comma-separated answers."),
    ],
)
def test_wrong_number_of_answers(answers: list[int], message: str) -> None:
    with pytest.raises(AnswerCountError) as caught:
        score("phq9", answers)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("instrument", "answers", "message"),
    [
        (
            "phq9",
            [0, 0, 0, 4, 0, 0, 0, 0, 0],
            "PHQ-9 item 4: answer 4 is out of range; allowed codes are 0 to 3.",
        ),
        (
            "phq9",
            [0, -1, 0, 0, 0, 0, 0, 0, 0],
            "PHQ-9 item 2: answer -1 is out of range; allowed codes are 0 to 3.",
        ),
        ("ucla3", [0, 1, 1], "UCLA-3 item 1: answer 0 is out of range; allowed codes are 1 to 3."),
        ("ucla3", [1, 1, 4], "UCLA-3 item 3: answer 4 is out of range; allowed codes are 1 to 3."),
        ("csi4", [7, 0, 0, 0], "CSI-4 item 1: answer 7 is out of range; allowed codes are 0 to 6."),
        ("csi4", [6, 6, 0, 0], "CSI-4 item 2: answer 6 is out of range; allowed codes are 0 to 5."),
        (
            "who5",
            [0, 0, 0, 0, 6],
            "WHO-5 item 5: answer 6 is out of range; allowed codes are 0 to 5.",
        ),
        (
            "djg6",
            [0, 1, 1, 1, 1, 1],
            "DJG-6 item 1: answer 0 is out of range; allowed codes are 1 to 3.",
        ),
        (
            "asex",
            [1, 1, 7, 1, 1],
            "ASEX item 3: answer 7 is out of range; allowed codes are 1 to 6.",
        ),
        (
            "scs_sf",
            [1] * 11 + [0],
            "SCS-SF item 12: answer 0 is out of range; allowed codes are 1 to 5.",
        ),
        ("vq", [0] * 9 + [7], "VQ item 10: answer 7 is out of range; allowed codes are 0 to 6."),
        ("phq2", [3, 4], "PHQ-2 item 2: answer 4 is out of range; allowed codes are 0 to 3."),
        (
            "gad7",
            [9, 0, 0, 0, 0, 0, 0],
            "GAD-7 item 1: answer 9 is out of range; allowed codes are 0 to 3.",
        ),
    ],
)
def test_code_out_of_range_names_item_and_allowed_range(
    instrument: str, answers: list[int], message: str
) -> None:
    with pytest.raises(AnswerOutOfRangeError) as caught:
        score(instrument, answers)
    assert str(caught.value) == message
    assert caught.value.item == int(message.split("item ")[1].split(":")[0])


@pytest.mark.parametrize("bad", [1.0, 1.5, "1", None, True, False])
def test_answer_that_is_not_an_integer(bad: object) -> None:
    answers: Any = [0, 0, bad, 0, 0, 0, 0]  # deliberately not a list of ints
    with pytest.raises(AnswerNotIntegerError) as caught:
        score("gad7", answers)
    assert str(caught.value).startswith("GAD-7 item 3")
    assert str(caught.value).endswith("allowed codes are 0 to 3.")


def test_text_instead_of_a_list_is_refused() -> None:
    text: Any = "12"  # a string is a Sequence, but not of ints
    with pytest.raises(AnswerError):
        score("phq2", text)


def test_every_answer_error_is_an_instrument_error_and_a_value_error() -> None:
    for error in (AnswerCountError, AnswerNotIntegerError, AnswerOutOfRangeError):
        assert issubclass(error, AnswerError)
        assert issubclass(error, InstrumentError)
        assert issubclass(error, ValueError)
    assert issubclass(UnknownInstrumentError, InstrumentError)

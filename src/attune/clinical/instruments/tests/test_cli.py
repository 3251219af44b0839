"""`attune score` contract: JSON on success; exit 2, empty stdout, one sentence on stderr."""

from __future__ import annotations

import json

import pytest

from attune.clinical.instruments.cli import main

KEYS = ["instrument", "total", "band", "subscales", "flags", "scoring_version"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("instrument", "answers", "total", "band", "subscales", "flags"),
    [
        ("phq9", "1,1,1,1,1,0,0,0,0", 5, "mild", {}, []),
        ("phq9", "0,1,0,1,0,1,0,0,1", 4, "minimal", {}, ["suicidality_item_positive"]),
        ("phq9", "3,3,3,2,2,2,2,3,0", 20, "severe", {}, []),
        ("gad7", "1,1,1,1,0,0,0", 4, "minimal", {}, []),
        ("gad7", "3,2,2,2,2,2,2", 15, "severe", {}, []),
        ("who5", "3,2,3,2,3", 13, "adequate", {"percentage": 52}, []),
        ("who5", "3,3,2,2,2", 12, "poor_wellbeing", {"percentage": 48}, []),
        ("who5", "1,2,1,2,1", 7, "likely_depression", {"percentage": 28}, []),
        ("ucla3", "2,2,1", 5, "not_lonely", {}, []),
        ("ucla3", "2,2,2", 6, "lonely", {}, []),
        ("djg6", "2,2,3,1,3,1", 2, "moderately_lonely", {"emotional": 1, "social": 1}, []),
        ("asex", "2,2,2,5,2", 13, "dysfunction", {}, []),
        ("asex", "4,4,3,3,3", 17, "no_dysfunction", {}, []),
        ("csi4", "3,3,3,4", 13, "dissatisfied", {}, []),
        ("phq2", "1,2", 3, "positive", {}, []),
    ],
)
def test_score_json_matches_worked_examples(
    capsys: pytest.CaptureFixture[str],
    instrument: str,
    answers: str,
    total: int,
    band: str,
    subscales: dict[str, int],
    flags: list[str],
) -> None:
    code, out, err = run(capsys, instrument, "--answers", answers, "--json")
    assert code == 0
    assert err == ""
    payload = json.loads(out)
    assert list(payload) == KEYS
    assert payload == {
        "instrument": instrument,
        "total": total,
        "band": band,
        "subscales": subscales,
        "flags": flags,
        "scoring_version": f"{instrument}-1",
    }
    assert out.count("\n") == 1


def test_scs_sf_json_total_is_a_float_with_two_decimals(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scs_sf", "--answers", "1,2,3,4,5,1,2,3,4,5,1,2", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["total"] == 3.25
    assert payload["band"] == "moderate"
    assert payload["subscales"]["isolation"] == 3.5


def test_vq_json_total_is_null(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "vq", "--answers", "0,1,2,3,4,5,6,0,1,2", "--json")
    assert code == 0
    assert json.loads(out) == {
        "instrument": "vq",
        "total": None,
        "band": None,
        "subscales": {"progress": 16, "obstruction": 8},
        "flags": [],
        "scoring_version": "vq-1",
    }


def test_answers_may_have_spaces_after_commas(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "phq2", "--answers", "1, 2", "--json")
    assert code == 0
    assert json.loads(out)["total"] == 3


def test_without_json_prints_one_readable_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "phq9", "--answers", "0,1,0,1,0,1,0,0,1")
    assert code == 0
    assert err == ""
    assert out == "PHQ-9: total 4; band minimal; flags suicidality_item_positive\n"


def test_without_json_vq_says_there_is_no_total(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "vq", "--answers", "0,1,2,3,4,5,6,0,1,2")
    assert code == 0
    assert out == "VQ: no total; progress 16, obstruction 8\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["phq10", "--answers", "1", "--json"],
            "Unknown instrument 'phq10': choose one of asex, csi4, djg6, gad7, phq2, phq9, "
            "scs_sf, ucla3, vq, who5.",
        ),
        (
            ["phq9", "--answers", "0,0,0", "--json"],
            "PHQ-9 needs 9 answers, one per item, but 3 were given.",
        ),
        (
            ["phq9", "--answers", "0,0,0,0,0,0,0,0,0,0", "--json"],
            "PHQ-9 needs 9 answers, one per item, but 10 were given.",
        ),
        (
            ["phq9", "--answers", "", "--json"],
            "No answers were given: PHQ-9 needs 9 comma-separated answers.",
        ),
        (
            ["phq9", "--answers", "   ", "--json"],
            "No answers were given: PHQ-9 needs 9 comma-separated answers.",
        ),
        (
            ["phq9", "--answers", "0,0,0,4,0,0,0,0,0", "--json"],
            "PHQ-9 item 4: answer 4 is out of range; allowed codes are 0 to 3.",
        ),
        (
            ["phq9", "--answers=-1,0,0,0,0,0,0,0,0", "--json"],
            "PHQ-9 item 1: answer -1 is out of range; allowed codes are 0 to 3.",
        ),
        (
            ["csi4", "--answers", "7,0,0,0", "--json"],
            "CSI-4 item 1: answer 7 is out of range; allowed codes are 0 to 6.",
        ),
        (
            ["csi4", "--answers", "6,6,0,0", "--json"],
            "CSI-4 item 2: answer 6 is out of range; allowed codes are 0 to 5.",
        ),
        (
            ["ucla3", "--answers", "0,1,1", "--json"],
            "UCLA-3 item 1: answer 0 is out of range; allowed codes are 1 to 3.",
        ),
        (
            ["gad7", "--answers", "1,1,x,1,1,1,1", "--json"],
            "GAD-7 item 3: answer 'x' is not a whole number; allowed codes are 0 to 3.",
        ),
        (
            ["gad7", "--answers", "1,1,1.5,1,1,1,1", "--json"],
            "GAD-7 item 3: answer '1.5' is not a whole number; allowed codes are 0 to 3.",
        ),
        (
            ["gad7", "--answers", "1,,1,1,1,1,1", "--json"],
            "GAD-7 item 2 has no answer; allowed codes are 0 to 3.",
        ),
        (
            ["who5", "--answers", "1;2;3;4;5", "--json"],
            "WHO-5 needs 5 answers, one per item, but 1 was given.",
        ),
    ],
)
def test_bad_input_exits_2_with_one_sentence_and_nothing_on_stdout(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err == message + "\n"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["phq9", "--json"], "the following arguments are required: --answers"),
        ([], "the following arguments are required: instrument, --answers"),
        (["phq9", "--answers", "1", "--colour"], "unrecognized arguments: --colour"),
        (["phq9", "--answers"], "argument --answers: expected one argument"),
        (["phq9", "--answers", "-1,0,0,0,0,0,0,0,0"], "argument --answers: expected one argument"),
        (["phq9", "extra", "--answers", "1"], "unrecognized arguments: extra"),
    ],
)
def test_argument_errors_exit_2_with_nothing_on_stdout(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert fragment in err
    assert err.count("\n") == 1
    assert err.startswith("attune score: ")


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "--answers" in out

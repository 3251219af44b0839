"""`attune screen-text` reads stdin and prints JSON or a summary."""

from __future__ import annotations

import io
import json

import pytest

from attune.clinical.safety.cli import DISCLAIMER, main


class _Stdin(io.TextIOWrapper):
    """A text stdin with a byte buffer, like the real one."""


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(io.BytesIO(data), encoding="utf-8"))


def test_json_output_has_risk_and_matches(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"I keep thinking about ending my life.\nThe traffic is killing me.")
    assert main(["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["risk"] == "high"
    assert out["matches"][0]["category"] == "suicidal_ideation"
    assert out["matches"][0]["level"] == "high"
    assert out["matches"][0]["text"] == "ending my life"
    assert {"category", "level", "text", "start", "end", "pattern_id"} <= set(out["matches"][0])


def test_empty_input_is_none(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"")
    assert main(["--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "risk": "none",
        "harm_from_others": "none",
        "history": False,
        "context": "free",
        "matches": [],
        "suppressed": [],
        "semantic": "on",
    }


def test_exit_code_is_zero_whatever_the_risk(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"i want to die")
    assert main(["--json"]) == 0
    assert json.loads(capsys.readouterr().out)["risk"] == "high"


def test_invalid_utf8_is_replaced_not_fatal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"i want to die \xff\xfe")
    assert main(["--json"]) == 0
    assert json.loads(capsys.readouterr().out)["risk"] == "high"


def test_text_stdin_without_buffer_is_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("everyone would be better off without me"))
    assert main(["--json"]) == 0
    assert json.loads(capsys.readouterr().out)["risk"] == "possible"


def test_summary_without_json_is_readable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"I am not suicidal but I can't go on")
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Risk: possible")
    assert "passive_ideation" in out
    assert "an explicit denial" in out
    assert DISCLAIMER in out


def test_summary_for_nothing_found(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"lovely walk by the sea today")
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "Risk: none" in out
    assert "No risk language found." in out


def test_unknown_option_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"")
    assert main(["--nope"]) == 2
    assert "usage: attune screen-text" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_exits_zero(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([flag]) == 0
    assert "standard input" in capsys.readouterr().out


def test_jsonl_prints_one_result_per_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"text": "Nobody will ever want me.", "context": "trigger_thought"},
        {"text": "I want to kill myself.", "context": "reframe"},
        {"text": "He checks my phone every night.", "context": "journal"},
    ]
    _stdin(monkeypatch, "\n".join(json.dumps(x) for x in lines).encode())
    assert main(["--jsonl"]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o["risk"] for o in out] == ["none", "high", "none"]
    assert [o["context"] for o in out] == ["trigger_thought", "reframe", "journal"]
    assert out[2]["harm_from_others"] == "disclosed"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("not json", "not valid JSON"),
        ('{"text": 3}', '"text" must be a string'),
        ('{"text": "hi", "context": "diary"}', "unknown context 'diary'; use one of: free"),
        ("[1, 2]", "expected an object"),
    ],
)
def test_jsonl_bad_line_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], line: str, problem: str
) -> None:
    _stdin(monkeypatch, ('{"text": "fine"}\n' + line).encode())
    assert main(["--jsonl"]) == 2
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "line 2" in captured.err and problem in captured.err

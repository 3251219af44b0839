from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from attune.clinical.plans.cli import main

BASE = ["--life-stage", "adult", "--relationship", "single"]
REQUIRED = {"id", "title", "pillar", "rung", "difficulty", "prerequisites", "how", "notice", "tool"}


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_plan_has_profile_phases_and_step_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, [*BASE, "--json"])
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["profile"]["life_stage"] == "adult"
    assert data["profile"]["relationship"] == "single"
    steps = [s for phase in data["phases"] for s in phase["steps"]]
    assert len(steps) >= 12
    assert all(set(s) >= REQUIRED for s in steps)
    assert all(isinstance(p["weeks"], list) and len(p["weeks"]) == 2 for p in data["phases"])


def test_json_is_byte_identical_on_every_run(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*BASE, "--trauma-informed", "--antidepressant", "--json"]
    assert run(capsys, argv)[1] == run(capsys, argv)[1]


def test_json_is_identical_across_processes_with_different_hash_seeds() -> None:
    code = (
        "import sys; from attune.clinical.plans.cli import main; "
        "sys.exit(main(['--life-stage', 'midlife', '--relationship', 'partnered', "
        "'--goal', 'dating', '--goal', 'closeness_with_partner', '--json']))"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, check=True, env=env
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_flags_and_goals_reach_the_profile(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*BASE, "--trauma-informed", "--antidepressant", "--goal", "dating"]
    data = json.loads(run(capsys, [*argv, "--goal", "self_compassion", "--json"])[1])
    assert data["profile"]["trauma_informed"] is True
    assert data["profile"]["antidepressant"] is True
    assert data["profile"]["goals"] == ["dating", "self_compassion"]
    ids = {s["id"] for p in data["phases"] for s in p["steps"]}
    assert "prepare-prescriber-conversation" in ids


def test_goals_may_follow_one_goal_option(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(run(capsys, [*BASE, "--goal", "dating", "body_comfort", "--json"])[1])
    assert data["profile"]["goals"] == ["dating", "body_comfort"]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--life-stage", "teen", "--relationship", "single"], "life_stage"),
        (["--life-stage", "adult", "--relationship", "married"], "relationship"),
        ([*BASE, "--goal", "fame"], "goals"),
        ([*BASE, "--goal", "closeness_with_partner"], "needs a partner"),
        (["--relationship", "single"], "--life-stage"),
        ([*BASE, "--colour", "blue"], "--colour"),
    ],
)
def test_invalid_options_exit_2_with_a_message_and_no_stdout(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    code, out, err = run(capsys, [*argv, "--json"])
    assert code == 2
    assert out == ""
    assert needle in err
    assert err.startswith("attune plan: error:")


def test_invalid_value_message_lists_the_allowed_values(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, ["--life-stage", "teen", "--relationship", "single", "--json"])
    assert "emerging_adult, adult, midlife, later_life" in err


def test_without_json_prints_a_readable_outline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["--life-stage", "later_life", "--relationship", "widowed"])
    assert code == 0
    assert out.startswith("Plan for: later life, widowed")
    assert "Phase 1: Steadying the ground (weeks 1-" in out
    assert "  - Join a bereavement or widowed peer group" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ["--help"])
    assert code == 0
    assert "--life-stage" in out


def test_help_names_the_allowed_values(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    for value in ("later_life", "partnered_apart", "non_monogamous", "self_compassion"):
        assert value in out

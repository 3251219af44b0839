"""The `attune` command itself: help that names the clinical commands, quiet broken pipes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from attune.cli import PURE_COMMANDS, main


def test_help_lists_the_clinical_commands(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--help"])
    out = capsys.readouterr().out
    for name in PURE_COMMANDS:
        assert f"    {name} " in out
    assert "demo" in out  # the Django commands follow


def test_help_on_a_clinical_command_shows_its_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["help", "score"])
    assert exit_.value.code == 0
    assert "usage: attune score" in capsys.readouterr().out


def test_piping_into_a_reader_that_stops_early_prints_no_traceback() -> None:
    # `attune library list | head -c 1`: the reader closes the pipe after one byte.
    proc = subprocess.Popen(
        [sys.executable, "-m", "attune.cli", "library", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(1)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "BrokenPipeError" not in err and "Traceback" not in err


def test_help_read_by_head_prints_only_its_first_line(tmp_path: Path) -> None:
    # `attune --help | head -1`: Django's part of the help meets a closed pipe.
    env = {**os.environ, "ATTUNE_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "attune.cli", "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().decode().startswith("Usage: attune")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "BrokenPipeError" not in err and "Traceback" not in err

"""The `attune` command.

Scoring, screening, planning and the library run as pure Python (no database needed);
everything else is a Django management command (demo, serve, worker, user, token, ...).
"""

from __future__ import annotations

import importlib
import os
import sys

PURE_COMMANDS = {
    "score": "attune.clinical.instruments.cli",
    "screen-text": "attune.clinical.safety.cli",
    "plan": "attune.clinical.plans.cli",
    "library": "attune.library.cli",
}
PURE_SUMMARIES = {
    "score": "score a validated questionnaire from its answers",
    "screen-text": "screen text on stdin for risk to self and harm from others",
    "plan": "build a stepwise plan from life stage and relationship status",
    "library": "list or show the psychoeducation library",
}
HELP_WORDS = {"help", "--help", "-h"}


def _overview() -> str:
    lines = ["Usage: attune <command> [options]", "", "Clinical commands (no database needed):"]
    lines += [f"    {name:<12} {PURE_SUMMARIES[name]}" for name in PURE_COMMANDS]
    lines += ["", "Run 'attune <command> --help' for a command's options."]
    return "\n".join(lines) + "\n"


def _quiet_stdout() -> None:
    """The reader went away (`attune --help | head -1`): send what is left nowhere, so the
    interpreter's last flush cannot print a traceback, and stop quietly, as Unix tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _run_pure(name: str, args: list[str]) -> int:
    module = importlib.import_module(PURE_COMMANDS[name])
    code: int = module.main(args)
    return code


def main(argv: list[str] | None = None) -> None:
    """Every command, Django's too, stops quietly when its reader closes the pipe early."""
    try:
        try:
            _main(argv)
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)


def _main(argv: list[str] | None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in PURE_COMMANDS:
        sys.exit(_run_pure(args[0], args[1:]))
    if len(args) >= 2 and args[0] == "help" and args[1] in PURE_COMMANDS:
        sys.exit(_run_pure(args[1], ["--help"]))
    if not args or (len(args) == 1 and args[0] in HELP_WORDS):
        sys.stdout.write(_overview() + "\n")
        args = ["help"]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "attune.config.settings")
    from django.core.management import execute_from_command_line

    from attune.config.env import ConfigError

    try:
        execute_from_command_line(["attune", *args])
    except ConfigError as exc:
        sys.stderr.write(f"attune: configuration error: {exc}\n")
        sys.exit(2)


if __name__ == "__main__":
    main()

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


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in PURE_COMMANDS:
        module = importlib.import_module(PURE_COMMANDS[args[0]])
        sys.exit(module.main(args[1:]))
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

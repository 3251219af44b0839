from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from ._server import ensure_port_free, serve, start_worker


class Command(BaseCommand):
    help = "Serve attune (without demo data). Runs migrations first unless --no-migrate."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--threads", type=int, default=4)
        parser.add_argument(
            "--no-migrate", action="store_true", help="skip migrations (multi-process deploys)"
        )
        parser.add_argument(
            "--no-worker", action="store_true", help="do not start a task worker alongside"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        ensure_port_free(options["host"], options["port"])
        if not options["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        if not options["no_worker"]:
            start_worker()
        self.stdout.write(
            f"attune is listening on http://{options['host']}:{options['port']}/", ending="\n"
        )
        self.stdout.flush()
        serve(
            host=options["host"],
            port=options["port"],
            workers=options["workers"],
            threads=options["threads"],
        )

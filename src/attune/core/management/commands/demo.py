from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from attune.core.demo import DEMO_PASSWORD, demo_load

from ._server import ensure_port_free, serve, start_worker, use_base_url


class Command(BaseCommand):
    help = (
        "Migrate the embedded database, load demo data when it is empty, print the logins, serve."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2)

    def handle(self, *args: Any, **options: Any) -> None:
        ensure_port_free(options["host"], options["port"])
        call_command("migrate", interactive=False, verbosity=0)
        logins = demo_load()
        url = f"http://{options['host']}:{options['port']}/"
        use_base_url(url.rstrip("/"))
        w = self.stdout.write
        w(f"\nattune demo — data in {settings.DATA_DIR}")
        w(f"Open {url}  (every demo password: {DEMO_PASSWORD})\n")
        for login in logins:
            w(f"  {login.role:<12} {login.email:<32} {login.note}")
        w(
            "\nStaff sign in with a one-time code: add the secret above to an "
            "authenticator app, or run"
        )
        w("  attune mfa code --email <email>\n")
        self.stdout.flush()
        start_worker()
        serve(host=options["host"], port=options["port"], workers=options["workers"], threads=4)

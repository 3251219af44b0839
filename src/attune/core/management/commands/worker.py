from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background task worker (Huey: SQLite file by default, Redis with REDIS_URL)."

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("run_huey")

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attune.core.seed import CLIENTS_PER_CLINICIAN, SeedExists, seed


def _positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise ValueError(raw)
    return value


class Command(BaseCommand):
    help = "Write synthetic, reproducible clients with correlated check-in series (no real data)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--clients", type=_positive, default=50)
        parser.add_argument("--days", type=_positive, default=120)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--org", default="seed", help="organisation slug to put them in")
        parser.add_argument(
            "--per-clinician",
            type=_positive,
            default=CLIENTS_PER_CLINICIAN,
            help="clients in each clinician's caseload",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            result = seed(
                clients=options["clients"],
                days=options["days"],
                seed_value=options["seed"],
                org_slug=options["org"],
                per_clinician=options["per_clinician"],
            )
        except SeedExists as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"Seeded {result.clients} clients, {result.clinicians} clinicians and "
            f"{result.checkins} check-ins and {result.questionnaires} questionnaire results "
            f"in organisation {result.organisation.slug}."
        )

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attune.accounts.models import Organisation
from attune.clinical.instruments import get_instrument
from attune.clinical.instruments.errors import UnknownInstrumentError
from attune.workspace.outcomes import cohort_outcomes

LABELS = {
    "recovered": "recovered",
    "reliably_improved": "reliably improved",
    "no_reliable_change": "no reliable change",
    "reliably_deteriorated": "reliably deteriorated",
}


class Command(BaseCommand):
    help = (
        "Cohort outcomes: each client's change category from the first to the latest score "
        "of one questionnaire, counted across an organisation (numbers only, no names)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="organisation slug")
        parser.add_argument("--instrument", default="phq9")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        organisation = Organisation.objects.filter(slug=options["org"]).first()
        if organisation is None:
            raise CommandError(f"No organisation has the slug {options['org']!r}.")
        try:
            name = get_instrument(options["instrument"]).name
        except UnknownInstrumentError as exc:
            raise CommandError(str(exc)) from None
        result = cohort_outcomes(organisation, options["instrument"])
        counts = {category.value: n for category, n in result.categories.items()}
        if options["json"]:
            out = {
                "organisation": organisation.slug,
                "instrument": result.instrument,
                "clients": result.clients,
                "measured": result.measured,
                "baseline_only": result.baseline_only,
                "not_categorised": result.not_categorised,
                "categories": counts,
            }
            self.stdout.write(json.dumps(out, indent=2))
            return
        self.stdout.write(
            f"{name} outcomes in {organisation.slug}: {result.clients} clients, "
            f"{result.measured} with a baseline and a later score, "
            f"{result.baseline_only} with a baseline only."
        )
        for category, n in result.categories.items():
            self.stdout.write(
                f"  {LABELS[category.value]:<22} {n:>7}  {100 * result.share(category):5.1f} %"
            )
        if result.not_categorised:
            self.stdout.write(f"  no change rule for this instrument: {result.not_categorised}")

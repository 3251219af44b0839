from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.audit.services import audit_record
from attune.privacy.services import export_zip
from attune.questionnaires.export import client_bundle_json


class Command(BaseCommand):
    help = (
        "Export a person's records. `attune export fhir --email E` prints a FHIR R4 Bundle; "
        "`attune export all --email E --out FILE.zip` writes everything (JSON + FHIR)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("format", choices=["fhir", "all"])
        parser.add_argument("--email", required=True)
        parser.add_argument("--out", help="where to write the zip (for 'all'); required")

    def handle(self, *args: Any, **options: Any) -> None:
        client = User.objects.filter(email__iexact=options["email"].strip()).first()
        if client is None:
            raise CommandError(f"No account with the email {options['email']}.")
        if options["format"] == "all":
            if not options.get("out"):
                raise CommandError("--out FILE.zip is needed: the export is a zip file.")
            Path(options["out"]).write_bytes(export_zip(client))
            self.stdout.write(f"Wrote {options['out']}")
            return
        audit_record(
            action=AuditEvent.Action.READ,
            subject_uuid=client.uuid,
            object_type="questionnaires.fhir",
        )
        self.stdout.write(client_bundle_json(client))

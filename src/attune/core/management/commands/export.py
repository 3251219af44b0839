from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.audit.services import audit_record
from attune.questionnaires.export import client_bundle_json


class Command(BaseCommand):
    help = "Export a client's records. `attune export fhir --email E` prints a FHIR R4 Bundle."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("format", choices=["fhir"])
        parser.add_argument("--email", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        client = User.objects.filter(email__iexact=options["email"].strip()).first()
        if client is None:
            raise CommandError(f"No account with the email {options['email']}.")
        audit_record(
            action=AuditEvent.Action.READ,
            subject_uuid=client.uuid,
            object_type="questionnaires.fhir",
        )
        self.stdout.write(client_bundle_json(client))

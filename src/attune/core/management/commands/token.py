from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from attune.accounts import services
from attune.accounts.models import User


class Command(BaseCommand):
    help = "Personal API tokens: `attune token create --email E` prints a new token once."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="create a token; only its hash is stored")
        create.add_argument("--email", required=True)
        create.add_argument("--name", default="personal token")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(email__iexact=options["email"].strip(), is_active=True).first()
        if user is None:
            raise CommandError(f"No active user has the email {options['email']}.")
        try:
            raw = services.api_token_create(user=user, name=options["name"])
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stderr.write(
            "This token is shown once; store it safely. Use it as 'Authorization: Bearer <token>'."
        )
        self.stdout.write(raw)

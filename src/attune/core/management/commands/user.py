from __future__ import annotations

import sys
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from attune.accounts import services
from attune.accounts.models import Role


class Command(BaseCommand):
    help = "Manage people: `attune user create --email E --role R [--org SLUG] [--password-stdin]`."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="create a user with a role in an organisation")
        create.add_argument("--email", required=True)
        create.add_argument("--role", required=True, choices=Role.values)
        create.add_argument(
            "--org", help="organisation slug (created if new; default: the first one)"
        )
        create.add_argument("--name", default="", help="name to show")
        create.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from standard input (otherwise sign-in needs a reset)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        org = (
            services.organisation_get_or_create(slug=options["org"])
            if options["org"]
            else services.default_organisation()
        )
        password = sys.stdin.readline().rstrip("\n") if options["password_stdin"] else None
        if options["password_stdin"] and not password:
            raise CommandError("--password-stdin was given but standard input held no password.")
        if password:
            from django.contrib.auth.password_validation import validate_password

            try:
                validate_password(password)
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages)) from None
        try:
            user = services.user_create(
                email=options["email"],
                role=options["role"],
                organisation=org,
                password=password,
                display_name=options["name"],
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        self.stdout.write(f"created {user.email} as {options['role']} in {org.slug}")

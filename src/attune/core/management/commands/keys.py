from __future__ import annotations

from typing import Any

from cryptography.fernet import Fernet
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from attune.core.crypto import encrypted_fields, reencrypt


class Command(BaseCommand):
    help = (
        "Encryption keys: `generate` prints a new key; "
        "`reencrypt` rewrites every value with the newest key."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser(
            "generate", help="print a new Fernet key to put first in ATTUNE_ENCRYPTION_KEYS"
        )
        sub.add_parser("reencrypt", help="re-encrypt all stored free text with the newest key")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "generate":
            self.stdout.write(Fernet.generate_key().decode())
            return
        total = 0
        for model, names in encrypted_fields():
            total += reencrypt_model(model, names)
        self.stdout.write(f"re-encrypted {total} values with the newest key")


def reencrypt_model(model: Any, names: list[str], batch: int = 500) -> int:
    """Rewrite raw ciphertext column by column; plaintext is never written anywhere."""
    count = 0
    columns = [model._meta.get_field(n).column for n in names]
    table = model._meta.db_table
    pk_column = model._meta.pk.column
    from django.db import connection

    quote = connection.ops.quote_name
    select = (
        f"SELECT {quote(pk_column)}, {', '.join(quote(c) for c in columns)} FROM {quote(table)}"  # noqa: S608
    )
    with connection.cursor() as cursor:
        cursor.execute(select)
        rows = cursor.fetchall()
    for start in range(0, len(rows), batch):
        with transaction.atomic(), connection.cursor() as cursor:
            for pk, *values in rows[start : start + batch]:
                for column, value in zip(columns, values, strict=True):
                    if value:
                        update = f"UPDATE {quote(table)} SET {quote(column)} = %s"  # noqa: S608
                        cursor.execute(
                            f"{update} WHERE {quote(pk_column)} = %s", [reencrypt(value), pk]
                        )
                        count += 1
    return count

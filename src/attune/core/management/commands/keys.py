from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from attune.config.secrets import new_vapid_private_key, vapid_public_key
from attune.core.crypto import PREFIX, encrypted_fields, reencrypt


class Command(BaseCommand):
    help = (
        "Encryption keys: `generate` prints a new key; `vapid` prints a Web Push key pair; "
        "`reencrypt` rewrites every value with the newest key; `rotate` adds a new key to the "
        "key file, re-encrypts and checks that the old keys are no longer needed "
        "(`rotate --drop-old` then removes them)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser(
            "generate", help="print a new Fernet key to put first in ATTUNE_ENCRYPTION_KEYS"
        )
        sub.add_parser(
            "vapid", help="print a new Web Push key pair for ATTUNE_VAPID_PRIVATE/PUBLIC_KEY"
        )
        sub.add_parser("reencrypt", help="re-encrypt all stored free text with the newest key")
        rotate = sub.add_parser("rotate", help="the rotation drill, for keys kept in a file")
        rotate.add_argument(
            "--drop-old",
            action="store_true",
            help="after a rotation and a restart: keep only the newest key in the file",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "generate":
            self.stdout.write(Fernet.generate_key().decode())
            return
        if options["action"] == "vapid":
            private = new_vapid_private_key()
            self.stdout.write(f"ATTUNE_VAPID_PRIVATE_KEY={private}")
            self.stdout.write(f"ATTUNE_VAPID_PUBLIC_KEY={vapid_public_key(private)}")
            return
        if options["action"] == "rotate":
            self._rotate(drop_old=options["drop_old"])
            return
        self.stdout.write(f"re-encrypted {reencrypt_all()} values with the newest key")

    def _rotate(self, *, drop_old: bool) -> None:
        path = key_file()
        keys = list(settings.ATTUNE_ENCRYPTION_KEYS)
        if drop_old:
            check_newest_key_reads_everything(keys[0])
            path.write_text(keys[0] + "\n")
            self.stdout.write(f"{path} now holds only the newest key. Restart attune.")
            return
        new_keys = [Fernet.generate_key().decode(), *keys]
        path.write_text("\n".join(new_keys) + "\n")
        settings.ATTUNE_ENCRYPTION_KEYS = new_keys
        count = reencrypt_all()
        check_newest_key_reads_everything(new_keys[0])
        self.stdout.write(
            f"1. Added a new key to {path}.\n2. Re-encrypted {count} values with it; every "
            "value now opens with the new key alone.\n3. Restart attune so every process "
            "uses it, then run `attune keys rotate --drop-old` to remove the old keys."
        )


def _sql(*parts: str) -> str:
    """Raw SQL for reading and rewriting ciphertext without the field decrypting it. Every
    part is a keyword, a %s parameter marker, or a table/column name from model metadata quoted by
    the database backend: nothing a person typed is ever part of it."""
    return " ".join(parts)


def reencrypt_model(model: Any, names: list[str], batch: int = 500) -> int:
    """Rewrite raw ciphertext column by column; plaintext is never written anywhere."""
    count = 0
    columns = [model._meta.get_field(n).column for n in names]
    table = model._meta.db_table
    pk_column = model._meta.pk.column
    from django.db import connection

    quote = connection.ops.quote_name
    select = _sql(
        "SELECT", ", ".join(quote(c) for c in [pk_column, *columns]), "FROM", quote(table)
    )
    with connection.cursor() as cursor:
        cursor.execute(select)
        rows = cursor.fetchall()
    for start in range(0, len(rows), batch):
        with transaction.atomic(), connection.cursor() as cursor:
            for pk, *values in rows[start : start + batch]:
                for column, value in zip(columns, values, strict=True):
                    if value:
                        update = _sql(
                            "UPDATE",
                            quote(table),
                            "SET",
                            quote(column),
                            "= %s WHERE",
                            quote(pk_column),
                            "= %s",
                        )
                        cursor.execute(update, [reencrypt(value), pk])
                        count += 1
    return count


def reencrypt_all() -> int:
    return sum(reencrypt_model(model, names) for model, names in encrypted_fields())


def key_file() -> Path:
    """The file the keys are read from; a rotation cannot rewrite an environment variable."""
    named = os.environ.get("ATTUNE_ENCRYPTION_KEYS_FILE")
    if named:
        return Path(named)
    if os.environ.get("ATTUNE_ENCRYPTION_KEYS"):
        raise CommandError(
            "The keys come from the ATTUNE_ENCRYPTION_KEYS variable, which attune cannot "
            "change. Rotate by hand: `attune keys generate`, put the new key first in the "
            "variable and restart, run `attune keys reencrypt`, then remove the old keys and "
            "restart again. Or keep the keys in a file (ATTUNE_ENCRYPTION_KEYS_FILE)."
        )
    return Path(settings.DATA_DIR) / "encryption.key"


def check_newest_key_reads_everything(newest: str) -> None:
    """Every stored value must open with the newest key alone before older keys go."""
    only_new = MultiFernet([Fernet(newest.encode())])
    from django.db import connection

    quote = connection.ops.quote_name
    for model, names in encrypted_fields():
        meta: Any = model._meta
        columns = ", ".join(quote(meta.get_field(n).column) for n in names)
        with connection.cursor() as cursor:
            cursor.execute(_sql("SELECT", columns, "FROM", quote(meta.db_table)))
            for row in cursor.fetchall():
                for value in row:
                    if value:
                        try:
                            only_new.decrypt(value[len(PREFIX) :].encode("ascii"))
                        except InvalidToken:
                            raise CommandError(
                                f"A value in {model._meta.label} still needs an older key; "
                                "run `attune keys reencrypt` first."
                            ) from None

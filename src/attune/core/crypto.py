"""Encryption at rest for free text, with a key list that supports rotation.

Values are Fernet tokens (AES-128-CBC + HMAC-SHA256). The newest key in
ATTUNE_ENCRYPTION_KEYS encrypts; all listed keys decrypt. A value no key can open is
an error (DecryptionError), never silently shown as ciphertext.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models

PREFIX = "fernet:"


class DecryptionError(RuntimeError):
    """Stored ciphertext cannot be opened with any configured key."""


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in keys])


def current_fernet() -> MultiFernet:
    keys = tuple(settings.ATTUNE_ENCRYPTION_KEYS)
    if not keys:
        raise DecryptionError("No encryption key is configured (ATTUNE_ENCRYPTION_KEYS).")
    return _fernet(keys)


def encrypt(plaintext: str) -> str:
    return PREFIX + current_fernet().encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        raise DecryptionError("A stored value is not encrypted; refusing to read it as plaintext.")
    try:
        return current_fernet().decrypt(stored[len(PREFIX) :].encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise DecryptionError(
            "A stored value cannot be decrypted with any configured key: check "
            "ATTUNE_ENCRYPTION_KEYS (an old key may have been dropped too early)."
        ) from None


def reencrypt(stored: str) -> str:
    """Re-encrypt with the newest key (MultiFernet.rotate); plaintext never leaves memory."""
    decrypt(stored)  # raises a clear error for unreadable values
    token = current_fernet().rotate(stored[len(PREFIX) :].encode("ascii"))
    return PREFIX + token.decode("ascii")


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """A TextField stored encrypted. Not searchable or sortable by content, by design."""

    description = "Text encrypted at rest"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A TextField's max_length only sizes form widgets; enforce it in full_clean too, so
        # a service refuses a paste of a megabyte with a message naming the field.
        if self.max_length is not None:
            self.validators.append(MaxLengthValidator(self.max_length))

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        return decrypt(value)

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt(str(value))


def encrypted_fields() -> list[tuple[type[models.Model], list[str]]]:
    """Every concrete model with encrypted fields, for key rotation and tests."""
    from django.apps import apps

    found = []
    for model in apps.get_models():
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if names:
            found.append((model, names))
    return found

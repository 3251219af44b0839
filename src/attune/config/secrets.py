"""Where the secret key and the encryption keys come from.

Production (ATTUNE_ENV=production) refuses to start without real values from the
environment (or *_FILE). Everywhere else, missing values are generated once and kept
in the data folder with owner-only permissions, so `attune demo` needs nothing set.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.fernet import Fernet

from .env import ConfigError, env_list, env_str

_MIN_SECRET_LENGTH = 50


def _read_or_create(path: Path, make: str) -> str:
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(make)
    return make


def secret_key(*, production: bool, data_dir: Path) -> str:
    value = env_str("ATTUNE_SECRET_KEY")
    if production:
        if len(value) < _MIN_SECRET_LENGTH or value.startswith("django-insecure"):
            raise ConfigError(
                "ATTUNE_SECRET_KEY (or ATTUNE_SECRET_KEY_FILE) must be set to a random value of "
                f"at least {_MIN_SECRET_LENGTH} characters in production."
            )
        return value
    return value or _read_or_create(data_dir / "secret_key", secrets.token_urlsafe(64))


def encryption_keys(*, production: bool, data_dir: Path) -> list[str]:
    """Fernet keys, newest first. The newest encrypts; every key listed can decrypt."""
    keys = env_list("ATTUNE_ENCRYPTION_KEYS")
    if not keys:
        if production:
            raise ConfigError(
                "ATTUNE_ENCRYPTION_KEYS (or ATTUNE_ENCRYPTION_KEYS_FILE) must list at least one "
                "Fernet key in production; create one with `attune keys generate`."
            )
        keys = [_read_or_create(data_dir / "encryption.key", Fernet.generate_key().decode())]
    for index, key in enumerate(keys, start=1):
        try:
            Fernet(key.encode())
        except (ValueError, TypeError):
            raise ConfigError(
                f"Encryption key number {index} in ATTUNE_ENCRYPTION_KEYS is not a valid Fernet "
                "key (32 url-safe base64-encoded bytes)."
            ) from None
    return keys

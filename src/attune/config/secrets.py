"""Where the secret key, the encryption keys and the Web Push (VAPID) keys come from.

Production (ATTUNE_ENV=production) refuses to start without real values from the
environment (or *_FILE). Everywhere else, missing values are generated once and kept
in the data folder with owner-only permissions, so `attune demo` needs nothing set.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

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


@dataclass(frozen=True)
class VapidKeys:
    """The server's Web Push identity (RFC 8292): a P-256 key pair, base64url-encoded as
    browsers and push libraries take it (private: the 32-byte scalar; public: the 65-byte
    uncompressed point), and a contact the push services may write to."""

    private_key: str
    public_key: str
    subject: str


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_vapid_private_key() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    return _b64url(key.private_numbers().private_value.to_bytes(32, "big"))


def vapid_public_key(private_key: str) -> str:
    """The public key that belongs to a base64url private scalar; ValueError if malformed."""
    try:
        raw = _unb64url(private_key)
    except (ValueError, TypeError):
        raise ValueError("not base64url") from None
    if len(raw) != 32:  # a P-256 private scalar is 32 bytes
        raise ValueError("not 32 bytes")
    key = ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())
    point = key.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    return _b64url(point)


def vapid_keys(*, production: bool, data_dir: Path) -> VapidKeys | None:
    """Web Push keys. Production takes ATTUNE_VAPID_PRIVATE_KEY, ATTUNE_VAPID_PUBLIC_KEY and
    ATTUNE_VAPID_SUBJECT (all three, or none: then push reminders are off and a deploy
    check says so). Elsewhere a key is generated once into the data folder."""
    private = env_str("ATTUNE_VAPID_PRIVATE_KEY")
    public = env_str("ATTUNE_VAPID_PUBLIC_KEY")
    subject = env_str("ATTUNE_VAPID_SUBJECT")
    if production and not (private or public or subject):
        return None
    if not private:
        if production or public:
            raise ConfigError(
                "ATTUNE_VAPID_PRIVATE_KEY and ATTUNE_VAPID_PUBLIC_KEY must be set together; "
                "create a pair with `attune keys vapid`."
            )
        private = _read_or_create(data_dir / "vapid_private.key", new_vapid_private_key())
    try:
        derived = vapid_public_key(private)
    except ValueError:
        raise ConfigError(
            "ATTUNE_VAPID_PRIVATE_KEY is not a P-256 private key (32 bytes, base64url); "
            "create a pair with `attune keys vapid`."
        ) from None
    if public and public != derived:
        raise ConfigError(
            "ATTUNE_VAPID_PUBLIC_KEY does not belong to ATTUNE_VAPID_PRIVATE_KEY; set the pair "
            "printed together by `attune keys vapid`."
        )
    if production and not public:
        raise ConfigError(
            "ATTUNE_VAPID_PUBLIC_KEY must be set with ATTUNE_VAPID_PRIVATE_KEY in production."
        )
    if not subject:
        if production:
            raise ConfigError(
                "ATTUNE_VAPID_SUBJECT must name a contact for push services in production: "
                "mailto:someone@your.domain or https://your.domain."
            )
        subject = "mailto:no-reply@attune.invalid"
    if not subject.startswith(("mailto:", "https://")):
        raise ConfigError(
            f"ATTUNE_VAPID_SUBJECT must start with mailto: or https://, not {subject!r}."
        )
    return VapidKeys(private_key=private, public_key=derived, subject=subject)

"""Idempotency keys: a retried write returns the stored answer and stores nothing new.

The key row is written in the same transaction as the record it created, so an
acknowledged write and its key commit together or not at all (DESIGN.md, "Nothing lost").
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, models, transaction

from .crypto import EncryptedTextField


class IdempotencyKey(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    scope = models.CharField(max_length=60)
    request_hash = models.CharField(max_length=64)
    status = models.PositiveSmallIntegerField()
    # The answer may hold a client's own words: encrypted like every other free text.
    response = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "core"
        constraints = [
            models.UniqueConstraint(fields=["user", "scope", "key"], name="idempotency_key_once")
        ]

    def __str__(self) -> str:
        return f"idempotency key #{self.pk} ({self.scope})"


MAX_KEY_LENGTH = 200


class IdempotencyConflict(Exception):
    """The key was used before with a different request."""


@dataclass(frozen=True)
class Replay:
    status: int
    response: dict[str, Any]


def request_hash(payload: dict[str, Any]) -> str:
    """A keyed hash, so a short payload (a mood, a word) cannot be guessed from the hash."""
    canonical = json.dumps(payload, sort_keys=True, default=str, separators=(",", ":"))
    key = settings.SECRET_KEY.encode("utf-8")
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def find_replay(*, user: Any, scope: str, key: str, payload_hash: str) -> Replay | None:
    stored = IdempotencyKey.objects.filter(user=user, scope=scope, key=key).first()
    if stored is None:
        return None
    if stored.request_hash != payload_hash:
        raise IdempotencyConflict
    return Replay(stored.status, json.loads(stored.response))


def remember(
    *, user: Any, scope: str, key: str, payload_hash: str, status: int, response: dict[str, Any]
) -> None:
    """Call inside the transaction that wrote the record."""
    IdempotencyKey.objects.create(
        user=user,
        scope=scope,
        key=key,
        request_hash=payload_hash,
        status=status,
        response=json.dumps(response, cls=DjangoJSONEncoder),
    )


def replay_or_write(
    *,
    user: Any,
    scope: str,
    key: str,
    payload: dict[str, Any],
    write: Callable[[], dict[str, Any]],
    status: int = 201,
) -> Replay:
    """Answer a retry with the stored response, or run `write` and remember its answer.

    `write` runs in one transaction with the key, so both commit or neither does. Raises
    IdempotencyConflict when the key was used with a different payload; lets `write`'s own
    exceptions through.
    """
    digest = request_hash(payload)
    if key and (replay := find_replay(user=user, scope=scope, key=key, payload_hash=digest)):
        return replay
    try:
        with transaction.atomic():
            body = write()
            if key:
                remember(
                    user=user,
                    scope=scope,
                    key=key,
                    payload_hash=digest,
                    status=status,
                    response=body,
                )
    except IntegrityError:
        # A concurrent retry with the same key won the race: answer as it did.
        replay = find_replay(user=user, scope=scope, key=key, payload_hash=digest) if key else None
        if replay is None:
            raise
        return replay
    return Replay(status, body)

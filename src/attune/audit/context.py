"""The person and address behind the current request or command, for audit entries."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class AuditContext:
    actor_uuid: uuid.UUID | None
    ip: str | None
    via: str


_current: ContextVar[AuditContext] = ContextVar(
    "attune_audit_context",
    default=AuditContext(actor_uuid=None, ip=None, via="system"),  # noqa: B039 - frozen
)


def current() -> AuditContext:
    return _current.get()


@contextmanager
def acting(actor_uuid: uuid.UUID | None, ip: str | None, via: str) -> Iterator[None]:
    token = _current.set(AuditContext(actor_uuid=actor_uuid, ip=ip, via=via))
    try:
        yield
    finally:
        _current.reset(token)


def set_actor(actor_uuid: uuid.UUID, via: str) -> None:
    """Name the actor once authentication happens inside the request (API tokens)."""
    ctx = _current.get()
    _current.set(AuditContext(actor_uuid=actor_uuid, ip=ctx.ip, via=via))

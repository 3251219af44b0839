from __future__ import annotations

import uuid
from collections.abc import Iterable

from .context import current
from .models import AuditEvent


def audit_record(
    *,
    action: str,
    subject_uuid: uuid.UUID | None,
    object_type: str,
    object_id: object = "",
    fields: Iterable[str] = (),
    actor_uuid: uuid.UUID | None = None,
) -> AuditEvent:
    ctx = current()
    return AuditEvent.objects.create(
        actor_uuid=actor_uuid or ctx.actor_uuid,
        subject_uuid=subject_uuid,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        fields=sorted(fields),
        ip=ctx.ip,
        via=ctx.via,
    )


def audit_read(
    *, actor_uuid: uuid.UUID, subject_uuid: uuid.UUID, object_type: str, object_id: object = ""
) -> None:
    """Record a read of another person's clinical record; reading one's own is not logged."""
    if actor_uuid == subject_uuid:
        return
    audit_record(
        action=AuditEvent.Action.READ,
        subject_uuid=subject_uuid,
        object_type=object_type,
        object_id=object_id,
        actor_uuid=actor_uuid,
    )

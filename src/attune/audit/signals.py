"""Every change to a clinical record is audited, whichever code path made it."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from attune.core.records import ClinicalRecord

from .models import AuditEvent
from .services import audit_record


@receiver(post_save)
def audit_clinical_save(sender: type, instance: Any, created: bool, **kwargs: Any) -> None:
    if not isinstance(instance, ClinicalRecord):
        return
    fields = instance.changed_field_names() if not created else instance.field_names()
    if not created and not fields:
        return
    audit_record(
        action=AuditEvent.Action.CREATE if created else AuditEvent.Action.UPDATE,
        subject_uuid=instance.subject_uuid(),
        object_type=instance._meta.label_lower,
        object_id=instance.pk,
        fields=fields,
    )
    instance.remember_saved_values()


@receiver(post_delete)
def audit_clinical_delete(sender: type, instance: Any, **kwargs: Any) -> None:
    if isinstance(instance, ClinicalRecord):
        audit_record(
            action=AuditEvent.Action.DELETE,
            subject_uuid=instance.subject_uuid(),
            object_type=instance._meta.label_lower,
            object_id=instance.pk,
        )

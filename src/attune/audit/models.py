"""Who read or changed which clinical record, when, and from where.

Entries hold pseudonymous ids (the people's public UUIDs), model names, record ids and
the *names* of changed fields — never values, free text or health data — so the trail
can be kept after a person's account is erased.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        CREATE = "create", _("created")
        UPDATE = "update", _("changed")
        DELETE = "delete", _("deleted")
        READ = "read", _("viewed")
        GRANT = "grant", _("gave consent")
        REVOKE = "revoke", _("withdrew consent")
        SECURITY = "security", _("security event")

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor_uuid = models.UUIDField(null=True, blank=True, db_index=True)
    subject_uuid = models.UUIDField(null=True, blank=True, db_index=True)
    action = models.CharField(max_length=16, choices=Action.choices)
    object_type = models.CharField(max_length=80)
    object_id = models.CharField(max_length=64, blank=True)
    fields = models.JSONField(default=list, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    via = models.CharField(max_length=16, default="web")

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["subject_uuid", "action", "-at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"

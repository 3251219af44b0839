"""The base for every clinical record: owned by one client, audited on every change."""

from __future__ import annotations

import uuid
from typing import Any, Self

from django.conf import settings
from django.db import models

_UNSET = object()


class ClinicalRecord(models.Model):
    """A record about one client. Changes are audited by field name (never by value)."""

    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    _audit_ignore = frozenset({"created_at", "updated_at"})

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db: str | None, field_names: Any, values: Any) -> Self:
        instance = super().from_db(db, field_names, values)
        instance.remember_saved_values()
        return instance

    def _current_values(self) -> dict[str, Any]:
        # Only loaded values: touching a deferred field would query the database again.
        loaded = self.__dict__
        return {
            f.attname: loaded[f.attname]
            for f in self._meta.concrete_fields
            if f.name not in self._audit_ignore and f.attname in loaded
        }

    def remember_saved_values(self) -> None:
        self._saved_values = self._current_values()

    def field_names(self) -> list[str]:
        return [f.name for f in self._meta.concrete_fields if f.name not in self._audit_ignore]

    def changed_field_names(self) -> list[str]:
        before: dict[str, Any] = getattr(self, "_saved_values", {})
        by_attname = {f.attname: f.name for f in self._meta.concrete_fields}
        return [
            by_attname[name]
            for name, value in self._current_values().items()
            if before.get(name, _UNSET) != value
        ]

    def subject_uuid(self) -> uuid.UUID:
        from django.contrib.auth import get_user_model

        client = self._state.fields_cache.get("client")
        if client is not None and client.pk == self.client_id:
            found: uuid.UUID = client.uuid  # already loaded: no query per audited save
            return found
        user_model = get_user_model()
        return user_model.objects.values_list("uuid", flat=True).get(pk=self.client_id)

"""Clinician notes: a treating clinician's own working record about a client.

Who sees a note: the client's treating clinicians (active, consented care), and nobody
else. Not the client's partner, facilitators or admins, and not the client: a note is the
clinician's working record, kept in the clinician workspace only (it is never shown on a
client page or returned by the client's own API). Only its author may change or delete
it, and only while they still treat the client. The body is encrypted at rest; every read
is audited by the views, every change by ClinicalRecord.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord


class ClinicianNote(ClinicalRecord):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = EncryptedTextField()
    session_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["client", "session_date"])]

    def __str__(self) -> str:
        return f"clinician note #{self.pk}"

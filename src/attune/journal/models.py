"""A private journal. Everything the client writes (title, body, tags) is encrypted at rest.

An entry is private by default; the client may share one entry at a time with their
clinician(s) and take it back at any moment (``shared_with_clinician_at``). Partners never
see journal entries.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

from .prompts import Prompt, prompt_for

TAG_SEPARATOR = ","


class JournalEntry(ClinicalRecord):
    title = EncryptedTextField(blank=True, default="")
    body = EncryptedTextField()
    prompt_key = models.CharField(max_length=64, blank=True, default="")
    # Client-chosen free-text tags, comma-separated inside one encrypted value.
    tags = EncryptedTextField(blank=True, default="")
    shared_with_clinician_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "journal entries"
        indexes = [
            models.Index(fields=["client", "created_at"], name="journal_client_created"),
            models.Index(
                fields=["client", "shared_with_clinician_at"],
                condition=Q(shared_with_clinician_at__isnull=False),
                name="journal_client_shared",
            ),
        ]

    def __str__(self) -> str:
        return f"journal entry #{self.pk}"

    @property
    def tag_list(self) -> list[str]:
        return [tag for tag in (t.strip() for t in self.tags.split(TAG_SEPARATOR)) if tag]

    @property
    def prompt(self) -> Prompt | None:
        return prompt_for(self.prompt_key)

    @property
    def is_shared(self) -> bool:
        return self.shared_with_clinician_at is not None

    def screened_text(self) -> str:
        """What risk screening reads: every free-text field, each as its own paragraph."""
        return "\n\n".join(
            part for part in (self.title, self.body, ", ".join(self.tag_list)) if part
        )

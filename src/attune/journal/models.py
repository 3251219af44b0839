"""A private journal. Everything the client writes (title, body, tags) is encrypted at rest.

An entry is private by default; the client may share one entry at a time with the
clinician(s) in their care and take it back at any moment. Each share names its clinicians:
one grant per clinician in the consent ledger (``accounts.ConsentGrant``, kind "clinician",
scope ``journal_entry:<id>``), so a clinician whose care starts later sees the entry only
when the client shares it again. ``shared_with_clinician_at`` is when the entry was last
shared (None while private). Partners see an entry only through their own grant
(``partners``).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

from .prompts import Prompt, prompt_for

TAG_SEPARATOR = ","
CLINICIAN_ENTRY_SCOPE_PREFIX = "journal_entry:"


def clinician_entry_scope(entry_id: int) -> str:
    """The ledger scope of one entry shared with a clinician (same shape as a partner's)."""
    return f"{CLINICIAN_ENTRY_SCOPE_PREFIX}{entry_id}"


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

"""Existing shares name their clinicians in the consent ledger (issue 20).

Before this migration an entry was "shared with my clinician" through one timestamp,
``shared_with_clinician_at``, and every clinician in care could read it, including one
whose care started later. Now each share is one ``accounts.ConsentGrant`` per clinician
(kind "clinician", scope ``journal_entry:<id>``).

Decision: who an existing share names is knowable, because care relationships keep their
``started_at`` and ``ended_at``. So each shared entry names the clinicians whose care was
active at the moment it was shared (started at or before ``shared_with_clinician_at``, not
ended by then). A clinician whose care has ended since gets a grant already withdrawn at
that end (ending care withdraws every clinician grant). Clinicians whose care started after
the share are not named: the client shares again to include them. An entry shared when no
clinician was in care (which the app never allowed) becomes private.

Reversing deletes these grants; ``shared_with_clinician_at`` stays as it was (apart from
the never-allowed entries above, which stay private), so the old behaviour returns.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations
from django.db.models import Q

SCOPE_PREFIX = "journal_entry:"
TEXT_VERSION = "clinician-entry-v1"


def name_clinicians(apps: Any, schema_editor: Any) -> None:
    JournalEntry = apps.get_model("journal", "JournalEntry")
    CareRelationship = apps.get_model("accounts", "CareRelationship")
    ConsentGrant = apps.get_model("accounts", "ConsentGrant")
    for entry in JournalEntry.objects.filter(shared_with_clinician_at__isnull=False).iterator():
        shared_at = entry.shared_with_clinician_at
        cares = CareRelationship.objects.filter(
            client_id=entry.client_id, started_at__lte=shared_at
        ).filter(Q(ended_at__isnull=True) | Q(ended_at__gt=shared_at))
        named = set()
        for care in cares.order_by("started_at"):
            if care.clinician_id in named:
                continue
            named.add(care.clinician_id)
            ConsentGrant.objects.create(
                client_id=entry.client_id,
                grantee_id=care.clinician_id,
                kind="clinician",
                scope=f"{SCOPE_PREFIX}{entry.pk}",
                text_version=TEXT_VERSION,
                granted_at=shared_at,
                revoked_at=care.ended_at,
                revoked_by_id=care.ended_by_id if care.ended_at else None,
            )
        if not named:
            JournalEntry.objects.filter(pk=entry.pk).update(shared_with_clinician_at=None)


def forget_names(apps: Any, schema_editor: Any) -> None:
    ConsentGrant = apps.get_model("accounts", "ConsentGrant")
    ConsentGrant.objects.filter(kind="clinician", scope__startswith=SCOPE_PREFIX).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("journal", "0001_initial"),
    ]

    operations = [migrations.RunPython(name_clinicians, forget_names)]

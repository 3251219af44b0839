"""Reads of journal entries. Entries are encrypted, so tag filtering happens in Python."""

from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet

from attune.accounts.models import ConsentGrant, User

from .models import CLINICIAN_ENTRY_SCOPE_PREFIX, JournalEntry, clinician_entry_scope


def entries_of(client: User) -> list[JournalEntry]:
    """The client's own entries, newest first."""
    return list(JournalEntry.objects.filter(client=client).order_by("-created_at", "-pk"))


def with_tag(entries: list[JournalEntry], tag: str) -> list[JournalEntry]:
    """Entries carrying `tag` (any case); all of them when `tag` is blank."""
    wanted = " ".join(tag.split()).casefold()
    if not wanted:
        return entries
    return [e for e in entries if wanted in {t.casefold() for t in e.tag_list}]


def tags_in(entries: list[JournalEntry]) -> list[str]:
    """Every tag used in these entries, once each (first spelling wins), sorted."""
    found: dict[str, str] = {}
    for entry in entries:
        for tag in entry.tag_list:
            found.setdefault(tag.casefold(), tag)
    return [found[key] for key in sorted(found)]


def own_entry(client: User, entry_id: int) -> JournalEntry | None:
    return JournalEntry.objects.filter(client=client, pk=entry_id).first()


def _clinician_grants(client: User) -> QuerySet[ConsentGrant]:
    return ConsentGrant.objects.filter(
        client=client,
        kind=ConsentGrant.Kind.CLINICIAN,
        scope__startswith=CLINICIAN_ENTRY_SCOPE_PREFIX,
        revoked_at__isnull=True,
    )


def entry_grants(entry: JournalEntry) -> QuerySet[ConsentGrant]:
    """The clinicians this one entry is shared with now: one active ledger grant each."""
    return _clinician_grants(entry.client).filter(scope=clinician_entry_scope(entry.pk))


def shared_with(entry: JournalEntry) -> list[User]:
    """Whom the client shares this entry with now, by name (for the client's own page)."""
    return [
        grant.grantee
        for grant in entry_grants(entry).select_related("grantee").order_by("granted_at")
        if grant.grantee is not None
    ]


def shared_with_by_entry(client: User) -> dict[int, list[User]]:
    """Every shared entry of this client and whom it is shared with, in one query."""
    found: dict[int, list[User]] = {}
    for grant in _clinician_grants(client).select_related("grantee").order_by("granted_at"):
        if grant.grantee is not None:
            entry_id = int(grant.scope.removeprefix(CLINICIAN_ENTRY_SCOPE_PREFIX))
            found.setdefault(entry_id, []).append(grant.grantee)
    return found


def shared_entries_of(client: User, clinician: User) -> list[JournalEntry]:
    """What the client shares with this clinician right now, most recently shared first.

    Only entries the client shared naming this clinician: a clinician whose care started after
    an entry was shared does not see it until the client shares it again. Each entry carries
    ``shared_at``, when it was shared with this clinician."""
    since: dict[int, datetime] = {
        int(scope.removeprefix(CLINICIAN_ENTRY_SCOPE_PREFIX)): granted_at
        for scope, granted_at in _clinician_grants(client)
        .filter(grantee=clinician)
        .values_list("scope", "granted_at")
    }
    entries = list(JournalEntry.objects.filter(client=client, pk__in=since))
    for entry in entries:
        entry.shared_at = since[entry.pk]  # type: ignore[attr-defined]
    return sorted(entries, key=lambda e: (since[e.pk], e.pk), reverse=True)

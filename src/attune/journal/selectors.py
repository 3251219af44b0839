"""Reads of journal entries. Entries are encrypted, so tag filtering happens in Python."""

from __future__ import annotations

from django.db.models import QuerySet

from attune.accounts.models import User

from .models import JournalEntry


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


def shared_entries_of(client: User) -> QuerySet[JournalEntry]:
    """Only what the client is sharing right now, most recently shared first."""
    return JournalEntry.objects.filter(
        client=client, shared_with_clinician_at__isnull=False
    ).order_by("-shared_with_clinician_at", "-pk")

"""Journal rules: clean input, write entries, share them with clinicians, screen for risk.

Screening (``after_write``) runs after every create and edit and never blocks saving: the
entry is stored first, whatever it says (DESIGN.md, "Safety first" and "Nothing lost").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import consent_texts
from attune.accounts import selectors as people
from attune.accounts import services as accounts
from attune.accounts.models import ConsentGrant, Role, User
from attune.audit.models import AuditEvent
from attune.audit.services import audit_read, audit_record
from attune.safety.services import screen_and_respond

from . import selectors
from .models import TAG_SEPARATOR, JournalEntry, clinician_entry_scope
from .prompts import BY_KEY

logger = logging.getLogger(__name__)

TITLE_MAX = 120
BODY_MAX = 20_000
TAG_MAX = 30
TAGS_MAX = 10
EDITABLE_FIELDS = frozenset({"title", "body", "tags", "prompt_key"})
# Letters and digits in any script (\w is Unicode), spaces, hyphens and apostrophes.
_TAG_CHARACTERS = re.compile(r"^[\w' \-’]+$")


class NoClinician(Exception):
    """Sharing needs a clinician in active care; a self-guided client has none."""


@dataclass(frozen=True)
class Screening:
    """What screening found, without the words: the level and the support payload."""

    risk: str
    support: dict[str, Any] | None = None

    @property
    def needs_support(self) -> bool:
        return self.support is not None


@dataclass(frozen=True)
class Written:
    entry: JournalEntry
    screening: Screening


# Cleaning -------------------------------------------------------------------------------


def parse_tags(raw: str | Iterable[str] | None) -> list[str]:
    """Tags from "a, b" or ["a", "b"]: spaces tidied, duplicates (any case) dropped."""
    if raw is None:
        return []
    items = raw.split(TAG_SEPARATOR) if isinstance(raw, str) else [str(item) for item in raw]
    tags: list[str] = []
    seen: set[str] = set()
    for item in items:
        tag = " ".join(item.split())
        if not tag:
            continue
        if len(tag) > TAG_MAX:
            raise ValidationError(
                {"tags": _("Each tag can be up to %(n)s characters long.") % {"n": TAG_MAX}}
            )
        if not _TAG_CHARACTERS.match(tag):
            raise ValidationError(
                {
                    "tags": _(
                        "Tags can hold letters, numbers, spaces, hyphens and apostrophes; "
                        "separate tags with commas."
                    )
                }
            )
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    if len(tags) > TAGS_MAX:
        raise ValidationError({"tags": _("Please use up to %(n)s tags.") % {"n": TAGS_MAX}})
    return tags


def _clean(fields: dict[str, Any]) -> dict[str, str]:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(
            {name: _("This field is not part of a journal entry.") for name in sorted(unknown)}
        )
    errors: dict[str, str] = {}
    clean: dict[str, str] = {}
    if "title" in fields:
        title = " ".join(str(fields["title"] or "").split())
        if len(title) > TITLE_MAX:
            errors["title"] = _("A title can be up to %(n)s characters long.") % {"n": TITLE_MAX}
        clean["title"] = title
    if "body" in fields:
        body = str(fields["body"] or "").replace("\r\n", "\n").replace("\r", "\n").strip()
        if not body:
            errors["body"] = _("Please write something in your entry before saving.")
        elif len(body) > BODY_MAX:
            errors["body"] = _("An entry can be up to %(n)s characters long.") % {"n": BODY_MAX}
        clean["body"] = body
    if "tags" in fields:
        try:
            clean["tags"] = f"{TAG_SEPARATOR} ".join(parse_tags(fields["tags"]))
        except ValidationError as exc:
            errors.update({k: " ".join(v) for k, v in exc.message_dict.items()})
    if "prompt_key" in fields:
        key = str(fields["prompt_key"] or "").strip()
        if key and key not in BY_KEY:
            errors["prompt_key"] = _("That prompt is not in the library.")
        clean["prompt_key"] = key
    if errors:
        raise ValidationError(errors)
    return clean


# Writing --------------------------------------------------------------------------------


def _require_client(client: User) -> None:
    if Role.CLIENT not in people.roles_of(client):
        raise PermissionDenied(_("Only clients keep a journal."))


def entry_create(
    *,
    client: User,
    body: str,
    title: str = "",
    tags: str | Iterable[str] = "",
    prompt_key: str = "",
) -> Written:
    _require_client(client)
    fields = _clean({"title": title, "body": body, "tags": tags, "prompt_key": prompt_key})
    entry = JournalEntry(client=client, **fields)
    with transaction.atomic():
        entry.save()
    return Written(entry, after_write(entry))


def entry_update(*, client: User, entry: JournalEntry, **changes: Any) -> Written:
    if entry.client_id != client.pk:
        raise JournalEntry.DoesNotExist
    fields = _clean(changes)
    before = entry.screened_text()
    for name, value in fields.items():
        setattr(entry, name, value)
    with transaction.atomic():
        entry.save()
    return Written(entry, after_write(entry, before=before))


def entry_delete(*, client: User, entry: JournalEntry) -> None:
    if entry.client_id != client.pk:
        raise JournalEntry.DoesNotExist
    entry.delete()


# Sharing --------------------------------------------------------------------------------


def has_clinician(client: User) -> bool:
    return people.clinicians_of(client).exists()


@transaction.atomic
def entry_share(*, client: User, entry: JournalEntry) -> list[User]:
    """Share one entry with the clinicians in the client's care now: the client's explicit
    choice, one ledger grant per clinician named, audited. Clinicians who already have it keep
    their grant; a clinician whose care starts later needs a new share. Returns the clinicians
    newly named."""
    if entry.client_id != client.pk:
        raise JournalEntry.DoesNotExist
    clinicians = list(people.clinicians_of(client).order_by("pk"))
    if not clinicians:
        raise NoClinician
    already = set(selectors.entry_grants(entry).values_list("grantee_id", flat=True))
    named = [clinician for clinician in clinicians if clinician.pk not in already]
    for clinician in named:
        accounts.consent_grant(
            client=client,
            grantee=clinician,
            kind=ConsentGrant.Kind.CLINICIAN,
            scope=clinician_entry_scope(entry.pk),
            text_version=consent_texts.CLINICIAN_ENTRY_VERSION,
        )
    if named:
        entry.shared_with_clinician_at = timezone.now()
        entry.save(update_fields=["shared_with_clinician_at", "updated_at"])
        _audit_sharing(client, entry, AuditEvent.Action.GRANT)
    return named


@transaction.atomic
def entry_unshare(*, client: User, entry: JournalEntry) -> JournalEntry:
    """Take an entry back from every clinician: they stop seeing it with their next request."""
    if entry.client_id != client.pk:
        raise JournalEntry.DoesNotExist
    grants = list(selectors.entry_grants(entry))
    for grant in grants:
        accounts.consent_revoke(actor=client, grant=grant)
    if grants or entry.shared_with_clinician_at is not None:
        entry.shared_with_clinician_at = None
        entry.save(update_fields=["shared_with_clinician_at", "updated_at"])
    if grants:
        _audit_sharing(client, entry, AuditEvent.Action.REVOKE)
    return entry


def audit_clinician_read(viewer: User, client: User, entries: list[JournalEntry]) -> None:
    """A clinician read shared entries: one read event per entry, or one for the empty list."""
    ids: list[object] = [entry.pk for entry in entries] or [""]
    for object_id in ids:
        audit_read(
            actor_uuid=viewer.uuid,
            subject_uuid=client.uuid,
            object_type="journal.journalentry",
            object_id=object_id,
        )


def _audit_sharing(client: User, entry: JournalEntry, action: str) -> None:
    audit_record(
        action=action,
        subject_uuid=client.uuid,
        object_type="journal.journalentry",
        object_id=entry.pk,
        fields=["shared_with_clinician"],
        actor_uuid=client.uuid,
    )


# Risk screening -------------------------------------------------------------------------


def after_write(entry: JournalEntry, *, before: str | None = None) -> Screening:
    """Screen an entry's free text for suicide and self-harm language after every write.

    Any risk above "none" means the client is shown crisis resources at once; a concern that
    is new for this entry raises a RiskFlag (``safety.services.screen_and_respond``).
    Runs after the entry is saved, so nothing here can stop the client's words being kept.
    """
    try:
        with transaction.atomic():
            response = screen_and_respond(
                writer=entry.client,
                texts=[entry.screened_text()],
                source="journal",
                context="journal",
                before=None if before is None else [before],
                entry_key=f"journal.entry:{entry.pk}",
            )
        if response is None:
            return Screening("none")
        return Screening(response.level, response.support)
    except Exception:
        # Never let screening lose the entry; make the failure loud for the people running attune.
        logger.exception("Journal screening failed for entry %s", entry.pk)
        return Screening("none")

"""Workspace rules: clinician notes (author-only changes) and the audit of what is read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.audit.context import current
from attune.audit.models import AuditEvent

from .models import ClinicianNote

MAX_NOTE_LENGTH = 20_000


def _audit_read_events(viewer: User, reads: Iterable[tuple[User, str]]) -> None:
    """Read events written in one statement (a page must not gain a query per record type
    or per client); reading one's own record is not logged."""
    ctx = current()
    AuditEvent.objects.bulk_create(
        [
            AuditEvent(
                actor_uuid=viewer.uuid,
                subject_uuid=client.uuid,
                action=AuditEvent.Action.READ,
                object_type=object_type,
                ip=ctx.ip,
                via=ctx.via,
            )
            for client, object_type in reads
            if client.uuid != viewer.uuid
        ]
    )


def audit_reads(viewer: User, client: User, object_types: Iterable[str]) -> None:
    _audit_read_events(viewer, ((client, object_type) for object_type in object_types))


def audit_caseload_read(viewer: User, clients: Sequence[User], object_type: str) -> None:
    """One read event per client listed."""
    _audit_read_events(viewer, ((client, object_type) for client in clients))


def _clean(body: str, session_date: date | None, today: date) -> tuple[str, date | None]:
    text = (body or "").strip()
    if not text:
        raise ValidationError({"body": _("Please write the note before saving it.")})
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            {"body": _("A note can be at most %(n)s characters.") % {"n": MAX_NOTE_LENGTH}}
        )
    if session_date is not None and session_date > today:
        raise ValidationError({"session_date": _("A session date cannot be in the future.")})
    return text, session_date


def _require_treating(clinician: User, client: User) -> None:
    if not people.clinician_treats(clinician, client):
        raise PermissionDenied


def may_change(user: User, note: ClinicianNote) -> bool:
    return note.author_id == user.pk and people.clinician_treats(user, note.client)


@transaction.atomic
def note_add(
    *, author: User, client: User, body: str, session_date: date | None, today: date
) -> ClinicianNote:
    _require_treating(author, client)
    text, day = _clean(body, session_date, today)
    return ClinicianNote.objects.create(client=client, author=author, body=text, session_date=day)


@transaction.atomic
def note_edit(
    *, by: User, note: ClinicianNote, body: str, session_date: date | None, today: date
) -> ClinicianNote:
    if not may_change(by, note):
        raise PermissionDenied
    note.body, note.session_date = _clean(body, session_date, today)
    note.save(update_fields=["body", "session_date", "updated_at"])
    return note


@transaction.atomic
def note_delete(*, by: User, note: ClinicianNote) -> None:
    if not may_change(by, note):
        raise PermissionDenied
    note.delete()

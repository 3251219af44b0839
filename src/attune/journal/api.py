import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from ninja import Router, Status
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination, paginate

from attune.accounts import selectors as people
from attune.accounts.models import Role, User
from attune.api.schemas import ErrorOut
from attune.core import idempotency

from . import prompts, selectors, services
from .models import JournalEntry
from .schemas import EntryIn, EntryOut, EntryPatch, PromptOut

router = Router(tags=["journal"])
SCOPE = "journal.create"


def _client(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if Role.CLIENT not in people.roles_of(user):
        raise HttpError(403, "Only clients keep a journal.")
    return user


def _own(client: User, entry_id: int) -> JournalEntry:
    entry = selectors.own_entry(client, entry_id)
    if entry is None:
        raise HttpError(404, "Not found.")
    return entry


def _support(client: User, screening: services.Screening | None) -> dict[str, Any] | None:
    return screening.support if screening is not None else None


def entry_out(entry: JournalEntry, support: dict[str, Any] | None = None) -> dict[str, Any]:
    prompt = entry.prompt
    return {
        "id": entry.pk,
        "title": entry.title,
        "body": entry.body,
        "tags": entry.tag_list,
        "prompt": entry.prompt_key or None,
        "prompt_text": str(prompt.text) if prompt else None,
        "shared_with_clinician_at": entry.shared_with_clinician_at,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
        "support": support,
    }


def _errors(exc: ValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        fields = {
            ("prompt" if k == "prompt_key" else k): [str(m) for m in v]
            for k, v in exc.message_dict.items()
        }
        sentence = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in sorted(fields.items()))
        return {"detail": f"Please check {sentence}", "errors": fields}
    return {"detail": " ".join(exc.messages)}


@router.get("/journal/entries", response=list[EntryOut], summary="Your own entries, newest first")
@paginate(LimitOffsetPagination)
def list_entries(request: HttpRequest, tag: str = "") -> Any:
    client = _client(request)
    return [entry_out(e) for e in selectors.with_tag(selectors.entries_of(client), tag)]


@router.post(
    "/journal/entries",
    response={201: EntryOut, 422: ErrorOut},
    summary="Write an entry (idempotent with an Idempotency-Key header)",
)
def create_entry(request: HttpRequest, payload: EntryIn) -> Status[Any]:
    client = _client(request)
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > idempotency.MAX_KEY_LENGTH:
        return Status(422, {"detail": "Idempotency-Key must be at most 200 characters."})
    data = payload.dict()

    def write() -> dict[str, Any]:
        written = services.entry_create(
            client=client,
            title=data["title"],
            body=data["body"],
            tags=data["tags"],
            prompt_key=data["prompt"] or "",
        )
        # Only the id and the support payload are remembered with the key: the stored
        # answer is plain JSON, so the client's words must never be part of it (the payload
        # holds none: only help to offer).
        return {"id": written.entry.pk, "support": written.screening.support}

    try:
        answer = idempotency.replay_or_write(
            user=client, scope=SCOPE, key=key, payload=data, write=write
        )
    except idempotency.IdempotencyConflict:
        return Status(
            422, {"detail": "This Idempotency-Key was already used with a different entry."}
        )
    except ValidationError as exc:
        return Status(422, _errors(exc))
    entry = _own(client, answer.response["id"])
    support = answer.response.get("support")
    return Status(answer.status, entry_out(entry, support if isinstance(support, dict) else None))


@router.get(
    "/journal/entries/{entry_id}", response=EntryOut, summary="One of your own journal entries"
)
def get_entry(request: HttpRequest, entry_id: int) -> dict[str, Any]:
    return entry_out(_own(_client(request), entry_id))


@router.patch(
    "/journal/entries/{entry_id}",
    response={200: EntryOut, 422: ErrorOut},
    summary="Change one of your journal entries",
)
def update_entry(request: HttpRequest, entry_id: int, payload: EntryPatch) -> Status[Any]:
    client = _client(request)
    entry = _own(client, entry_id)
    try:
        with transaction.atomic():
            written = services.entry_update(
                client=client, entry=entry, **payload.dict(exclude_unset=True)
            )
    except ValidationError as exc:
        return Status(422, _errors(exc))
    return Status(200, entry_out(written.entry, _support(client, written.screening)))


@router.delete(
    "/journal/entries/{entry_id}",
    response={204: None},
    summary="Delete one of your journal entries for good",
)
def delete_entry(request: HttpRequest, entry_id: int) -> Status[None]:
    client = _client(request)
    services.entry_delete(client=client, entry=_own(client, entry_id))
    return Status(204, None)


@router.post(
    "/journal/entries/{entry_id}/share",
    response={200: EntryOut, 409: ErrorOut},
    summary="Share this one entry with your clinician(s)",
)
def share_entry(request: HttpRequest, entry_id: int) -> Status[Any]:
    client = _client(request)
    entry = _own(client, entry_id)
    try:
        services.entry_share(client=client, entry=entry)
    except services.NoClinician:
        return Status(
            409, {"detail": "You have no clinician in attune, so there is no one to share with."}
        )
    return Status(200, entry_out(entry))


@router.post(
    "/journal/entries/{entry_id}/unshare",
    response=EntryOut,
    summary="Make this entry private again; clinicians lose sight of it at once",
)
def unshare_entry(request: HttpRequest, entry_id: int) -> dict[str, Any]:
    client = _client(request)
    entry = _own(client, entry_id)
    services.entry_unshare(client=client, entry=entry)
    return entry_out(entry)


@router.get("/journal/prompts", response=list[PromptOut], summary="The journal prompt library")
def list_prompts(request: HttpRequest) -> list[dict[str, str]]:
    return [
        {
            "key": p.key,
            "category": p.category,
            "category_label": p.category_label,
            "text": str(p.text),
            "hint": str(p.hint),
        }
        for p in prompts.PROMPTS
    ]


@router.get(
    "/clients/{client_uuid}/journal",
    response=list[EntryOut],
    summary="Entries a client in your care is sharing with you right now (audited)",
)
@paginate(LimitOffsetPagination)
def client_journal(request: HttpRequest, client_uuid: uuid.UUID) -> Any:
    viewer: User = request.user  # type: ignore[assignment]
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    entries = selectors.shared_entries_of(client, viewer)
    services.audit_clinician_read(viewer, client, entries)
    return [entry_out(e) for e in entries]

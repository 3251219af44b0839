"""The support map over the API: the client's own map, and adding to it."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Router, Status
from ninja.errors import HttpError

from attune.accounts import selectors as people
from attune.accounts.models import Role, User
from attune.api.schemas import ErrorOut
from attune.core import idempotency

from . import selectors, services
from .models import SupportPerson
from .schemas import MapOut, PersonIn, PersonOut

router = Router(tags=["support"])
SCOPE = "support.person.create"


def _client(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if Role.CLIENT not in people.roles_of(user):
        raise HttpError(403, "Only clients keep a support map.")
    return user


def person_out(person: SupportPerson, support: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": person.pk,
        "name": person.name,
        "role": person.role,
        "ring": person.ring,
        "frequency": person.frequency,
        "helps": list(person.helps),
        "helps_note": person.helps_note,
        "phone": person.phone,
        "created_at": person.created_at,
        "updated_at": person.updated_at,
        "support": support,
    }


def _errors(exc: ValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        fields = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
        sentence = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in sorted(fields.items()))
        return {"detail": f"Please check {sentence}", "errors": fields}
    return {"detail": " ".join(exc.messages)}


@router.get("/support/people", response=MapOut, summary="Your support map and its gaps")
def list_people(request: HttpRequest) -> dict[str, Any]:
    client = _client(request)
    persons = selectors.people_of(client)
    return {
        "people": [person_out(p) for p in persons],
        "gaps": selectors.gaps_of(client, persons),
    }


@router.post(
    "/support/people",
    response={201: PersonOut, 422: ErrorOut},
    summary="Add someone to your map (idempotent with an Idempotency-Key header)",
)
def create_person(request: HttpRequest, payload: PersonIn) -> Status[Any]:
    client = _client(request)
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > idempotency.MAX_KEY_LENGTH:
        return Status(422, {"detail": "Idempotency-Key must be at most 200 characters."})
    data = payload.dict()

    def write() -> dict[str, Any]:
        written = services.person_create(client=client, **data)
        # Only the id and the support payload are remembered with the key, never the words.
        return {"id": written.person.pk, "support": written.support}

    try:
        answer = idempotency.replay_or_write(
            user=client, scope=SCOPE, key=key, payload=data, write=write
        )
    except idempotency.IdempotencyConflict:
        return Status(
            422, {"detail": "This Idempotency-Key was already used with a different person."}
        )
    except ValidationError as exc:
        return Status(422, _errors(exc))
    person = selectors.own_person(client, int(answer.response["id"]))
    if person is None:  # replayed after the person was taken off the map
        raise HttpError(404, "Not found.")
    support = answer.response.get("support")
    return Status(answer.status, person_out(person, support if isinstance(support, dict) else None))

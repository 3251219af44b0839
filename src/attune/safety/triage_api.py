"""Safety flags for the treating clinician over the API: the same rules as the pages
(``safety.triage``); everyone else gets 404, as if the client did not exist."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Path, Router, Schema, Status
from ninja.errors import HttpError

from attune.accounts import selectors as people
from attune.accounts.access import signed_in
from attune.accounts.models import User
from attune.api.schemas import ErrorOut

from . import triage
from .models import RiskFlag

router = Router(tags=["safety triage"])
DbId = Annotated[int, Path(ge=1, le=2**63 - 1)]


class FlagOut(Schema):
    id: int
    level: Literal["urgent", "high", "asked_positive"]
    concern: Literal["self", "others"]
    category: str
    category_label: str
    source: str
    created_at: datetime
    sentence: str | None = None
    asq_result: str | None = None
    asq_answers: dict[str, bool | None] | None = None
    open: bool
    disposition: Literal["followed_up", "not_a_concern", "escalated"] | None = None
    note: str | None = None
    acknowledged_at: datetime | None = None


class AskedOut(Schema):
    created_at: datetime
    source: str


class FlagsOut(Schema):
    sees_sentences: bool
    flags: list[FlagOut]
    asked_negative: list[AskedOut]


class DispositionIn(Schema):
    disposition: Literal["followed_up", "not_a_concern", "escalated"]
    note: str = Field(max_length=triage.NOTE_MAX)


def _client(request: HttpRequest, client_uuid: uuid.UUID) -> tuple[User, User]:
    viewer = signed_in(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    return viewer, client


@router.get(
    "/clients/{client_uuid}/flags",
    response={200: FlagsOut, 404: ErrorOut},
    summary="A client's safety flags, most urgent first (treating clinician, audited)",
)
def flags(request: HttpRequest, client_uuid: uuid.UUID) -> Status[Any]:
    viewer, client = _client(request, client_uuid)
    rows = triage.flag_rows(clinician=viewer, client=client)
    asked = triage.asked_negative(clinician=viewer, client=client)
    return Status(
        200,
        {
            "sees_sentences": triage.sees_sentences(viewer, client),
            "flags": [triage.as_dict(row) for row in rows],
            "asked_negative": [
                {"created_at": a.created_at, "source": a.source_label} for a in asked
            ],
        },
    )


@router.post(
    "/clients/{client_uuid}/flags/{flag_id}/disposition",
    response={200: FlagOut, 404: ErrorOut, 422: ErrorOut},
    summary="Record what you did about a flag: followed up, not a concern, or escalated",
)
def disposition(
    request: HttpRequest, client_uuid: uuid.UUID, flag_id: DbId, payload: DispositionIn
) -> Status[Any]:
    viewer, client = _client(request, client_uuid)
    flag = RiskFlag.objects.filter(client=client, pk=flag_id).first()
    if flag is None:
        raise HttpError(404, "Not found.")
    try:
        done = triage.flag_dispose(
            clinician=viewer, flag=flag, disposition=payload.disposition, note=payload.note
        )
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            errors = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
        else:
            errors = {"disposition": [str(m) for m in exc.messages]}
        detail = " ".join(m for msgs in errors.values() for m in msgs)
        return Status(422, {"detail": detail, "errors": errors})
    with_sentence = triage.sees_sentences(viewer, client)
    return Status(200, triage.as_dict(triage.row_of(done, with_sentence)))

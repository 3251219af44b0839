"""The private couple safety check over the API: the client's own latest check, and answering
it. Only the client themself: a partner, clinician or anyone else gets 403 (there is no way to
name another person's check here)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import ConfigDict

from attune.accounts import selectors as people
from attune.accounts.access import signed_in
from attune.accounts.models import Role, User
from attune.api.schemas import ErrorOut, Support
from attune.core import idempotency

from . import couple_check, selectors
from .models import CoupleCheck

router = Router(tags=["safety"])
SCOPE = "safety.couple_check"

CoupleAnswer = Literal["yes", "no", "not_sure", "prefer_not"]


class CoupleCheckIn(Schema):
    """The three answers, each "yes", "no", "not_sure" or "prefer_not". Only "yes" to
    ``feels_safe`` and "no" to ``pressured`` and ``monitored`` are clearly safe: any other
    answer is a concern."""

    model_config = ConfigDict(extra="forbid")

    feels_safe: CoupleAnswer
    pressured: CoupleAnswer
    monitored: CoupleAnswer


class CoupleCheckOut(Schema):
    id: int
    created_at: datetime
    feels_safe: CoupleAnswer
    pressured: CoupleAnswer
    monitored: CoupleAnswer
    concern: bool
    resolved_at: datetime | None = None
    clinician_told: bool


class CoupleCheckState(Schema):
    """``check`` is null when the client has not answered yet."""

    check: CoupleCheckOut | None = None
    couple_steps_paused: bool
    due: bool


class CoupleCheckAnswered(Schema):
    check: CoupleCheckOut
    concern: bool
    couple_steps_paused: bool
    support: Support | None = None


def _client(request: HttpRequest) -> User:
    user = signed_in(request)
    if Role.CLIENT not in people.roles_of(user):
        raise HttpError(403, "Only clients answer the couple safety check.")
    return user


def _out(check: CoupleCheck) -> dict[str, Any]:
    return {
        "id": check.pk,
        "created_at": check.created_at,
        "feels_safe": check.feels_safe,
        "pressured": check.pressured,
        "monitored": check.monitored,
        "concern": check.concern,
        "resolved_at": check.resolved_at,
        "clinician_told": check.flag_id is not None,
    }


@router.get(
    "/safety/couple-check",
    response={200: CoupleCheckState, 403: ErrorOut},
    summary="Your latest private couple safety check (null when none yet); only your own",
    description="Whether couple steps are paused (a concern stands) and whether the check is "
    "due (none in the last 90 days). Never shown to a partner.",
)
def latest(request: HttpRequest) -> Status[Any]:
    client = _client(request)
    check = selectors.latest_couple_check(client)
    return Status(
        200,
        {
            "check": _out(check) if check else None,
            "couple_steps_paused": check is not None and check.stands,
            "due": selectors.couple_check_due(client),
        },
    )


@router.post(
    "/safety/couple-check",
    response={201: CoupleCheckAnswered, 403: ErrorOut, 422: ErrorOut},
    summary="Answer the private couple safety check (idempotent with an Idempotency-Key)",
    description="Stores the answers. A concern (any answer that is not clearly safe) answers "
    "with the harm-from-others `support` block and pauses couple steps in the plan; the "
    "clinician is told only when the client chooses (on the result page). Nothing reaches "
    "the partner.",
)
def answer(request: HttpRequest, payload: CoupleCheckIn) -> Status[Any]:
    client = _client(request)
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > idempotency.MAX_KEY_LENGTH:
        return Status(422, {"detail": "Idempotency-Key must be at most 200 characters."})
    data = payload.dict()

    def write() -> dict[str, Any]:
        recorded = couple_check.couple_check_record(client=client, answers=data)
        return {"id": recorded.check.pk, "support": recorded.support}

    try:
        answer = idempotency.replay_or_write(
            user=client, scope=SCOPE, key=key, payload=data, write=write
        )
    except idempotency.IdempotencyConflict:
        return Status(
            422, {"detail": "This Idempotency-Key was already used with different answers."}
        )
    except ValidationError as exc:
        errors = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
        detail = "; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items())
        return Status(422, {"detail": f"Please check {detail}", "errors": errors})
    check = CoupleCheck.objects.get(client=client, pk=answer.response["id"])
    support = answer.response.get("support")
    return Status(
        answer.status,
        {
            "check": _out(check),
            "concern": check.concern,
            "couple_steps_paused": selectors.couple_concern_stands(client),
            "support": support if isinstance(support, dict) else None,
        },
    )

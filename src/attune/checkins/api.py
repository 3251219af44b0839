import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination, paginate

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.api.schemas import ErrorOut
from attune.api.types import Day
from attune.audit.services import audit_read
from attune.core import idempotency
from attune.safety.services import remember_support

from . import selectors, services
from .models import CheckIn
from .schemas import CheckinConflict, CheckinIn, CheckinOut, CheckinPatch, ClientCheckinOut

router = Router(tags=["check-ins"])
SCOPE = "checkins.create"


class DateRange(Schema):
    date_from: Day | None = None
    date_to: Day | None = None


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def checkin_out(checkin: CheckIn, *, with_note: bool = True) -> dict[str, Any]:
    skipped = {"sleep_hours"} if with_note else {"sleep_hours", "note"}
    return {
        "id": checkin.pk,
        "date": checkin.day.isoformat(),
        **{
            name: getattr(checkin, name) for name in services.EDITABLE_FIELDS if name not in skipped
        },
        "sleep_hours": float(checkin.sleep_hours) if checkin.sleep_hours is not None else None,
        "nourishment": checkin.nourishment or None,
        "backfilled": checkin.backfilled,
        "edited_later": checkin.edited_later,
        "created_at": checkin.created_at.isoformat(),
        "updated_at": checkin.updated_at.isoformat(),
    }


def _with_support(checkin: CheckIn, request: HttpRequest | None = None) -> dict[str, Any]:
    """A saved check-in, with crisis resources when its new words suggest risk.

    Sent from attune's own pages (the browser session, not a token), for example a check-in
    that waited on a phone while offline: the next page the person opens shows the same
    crisis response as the form would have, even when the phone sent it in the background.
    """
    out = checkin_out(checkin)
    safety = getattr(checkin, "safety", None)
    if safety is not None:
        out["support"] = safety.support
        if request is not None and "authorization" not in request.headers:
            remember_support(request, safety)
    return out


def _errors(exc: ValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        fields = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
        names = ", ".join(sorted(fields))
        return {"detail": f"Please check: {names}.", "errors": fields}
    return {"detail": " ".join(exc.messages)}


def _conflict(existing: CheckIn) -> dict[str, Any]:
    return {
        "detail": f"There is already a check-in for {existing.day.isoformat()} (id {existing.pk}); "
        f"edit it with PATCH /api/v1/checkins/{existing.pk}.",
        "existing_id": existing.pk,
        "existing_url": f"/api/v1/checkins/{existing.pk}",
        # Without the private note: an offline queue keeps this on the phone until the person
        # chooses, and a phone can be shared. Whether there is one is enough to choose.
        "existing": checkin_out(existing, with_note=False),
        "existing_has_note": bool(existing.note),
    }


def _require_client(user: User) -> None:
    if "client" not in people.roles_of(user):
        raise HttpError(403, "Only clients keep check-ins.")


@router.post(
    "/checkins",
    response={200: CheckinOut, 201: CheckinOut, 409: CheckinConflict, 422: ErrorOut},
    summary="Record a day's check-in (idempotent with an Idempotency-Key header)",
    description=(
        "Never overwrites: a day that already has a check-in answers 409 with the server's "
        "version in `existing`, and nothing changes. An app that queued the check-in offline "
        "asks the person which one stays (theirs: PATCH `existing_url`; the server's: drop "
        "theirs). A retry with the same Idempotency-Key answers as the first send did."
    ),
)
def create_checkin(request: HttpRequest, payload: CheckinIn) -> Status[Any]:
    user = _user(request)
    _require_client(user)
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > idempotency.MAX_KEY_LENGTH:
        return Status(422, {"detail": "Idempotency-Key must be at most 200 characters."})
    data = payload.dict(exclude_unset=True)
    fields = {name: value for name, value in data.items() if name != "date"}

    def write() -> dict[str, Any]:
        saved = services.checkin_create(client=user, day=data["date"], **fields)
        return _with_support(saved, request)

    try:
        answer = idempotency.replay_or_write(
            user=user, scope=SCOPE, key=key, payload=data, write=write
        )
    except idempotency.IdempotencyConflict:
        return Status(
            422, {"detail": "This Idempotency-Key was already used with a different check-in."}
        )
    except services.CheckinExists as exists:
        # A concurrent retry with the same key may have won the race: answer as it did.
        digest = idempotency.request_hash(data)
        if key and (
            replay := idempotency.find_replay(user=user, scope=SCOPE, key=key, payload_hash=digest)
        ):
            return Status(replay.status, replay.response)
        return Status(409, _conflict(exists.existing))
    except ValidationError as exc:
        return Status(422, _errors(exc))
    return Status(answer.status, answer.response)


@router.get("/checkins", response=list[CheckinOut], summary="Your own check-ins, newest first")
@paginate(LimitOffsetPagination)
def list_checkins(request: HttpRequest, filters: Query[DateRange]) -> Any:
    return [
        checkin_out(c)
        for c in selectors.checkins_of(_user(request), filters.date_from, filters.date_to)
    ]


@router.get("/checkins/{checkin_id}", response=CheckinOut, summary="One of your own check-ins")
def get_checkin(request: HttpRequest, checkin_id: int) -> dict[str, Any]:
    checkin = selectors.own_checkin(_user(request), checkin_id)
    if checkin is None:
        raise HttpError(404, "Not found.")
    return checkin_out(checkin)


@router.patch(
    "/checkins/{checkin_id}",
    response={200: CheckinOut, 422: ErrorOut},
    summary="Change one of your check-ins; the change is marked as edited later",
)
def update_checkin(request: HttpRequest, checkin_id: int, payload: CheckinPatch) -> Status[Any]:
    user = _user(request)
    checkin = selectors.own_checkin(user, checkin_id)
    if checkin is None:
        raise HttpError(404, "Not found.")
    try:
        with transaction.atomic():
            services.checkin_update(
                client=user, checkin=checkin, **payload.dict(exclude_unset=True)
            )
    except ValidationError as exc:
        return Status(422, _errors(exc))
    return Status(200, _with_support(checkin, request))


@router.get(
    "/clients/{client_uuid}/checkins",
    response=list[ClientCheckinOut],
    summary="A client's check-ins, for their clinician (audited)",
)
@paginate(LimitOffsetPagination)
def client_checkins(request: HttpRequest, client_uuid: uuid.UUID, filters: Query[DateRange]) -> Any:
    viewer = _user(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="checkins.checkin")
    # The note is the client's alone ("only you can read this"): never read, never sent.
    found = selectors.checkins_of(client, filters.date_from, filters.date_to).defer("note")
    return [checkin_out(c, with_note=False) for c in found]

"""Values ratings, value-based actions and anchors of connection: the client's own records.

Only clients keep these (403 for anyone else); another client's ids answer 404. Writes accept
an Idempotency-Key; the stored replay holds only the record id, never the client's words.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from ninja import Query, Router, Status
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination, paginate

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.api.schemas import ErrorOut
from attune.checkins.services import client_today
from attune.core import idempotency

from . import selectors, services
from .models import DOMAINS, Anchor, Moment, ValueAction, ValuesRating
from .schemas import (
    ActionFilter,
    ActionIn,
    ActionOut,
    ActionPatch,
    AnchorIn,
    AnchorOut,
    MomentIn,
    MomentOut,
    RatingIn,
    RatingOut,
)

router = Router(tags=["values"])

FIELD_NAMES = {"scheduled_on": "date", "scheduled_time": "time", "suggestion": "suggested"}


def _client(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if "client" not in people.roles_of(user):
        raise HttpError(403, "Only clients keep values, steps and anchors.")
    return user


def _errors(exc: ValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        fields = {FIELD_NAMES.get(k, k): [str(m) for m in v] for k, v in exc.message_dict.items()}
        sentence = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in sorted(fields.items()))
        return {"detail": f"Please check {sentence}", "errors": fields}
    return {"detail": " ".join(exc.messages)}


def _support(written: services.Written) -> dict[str, Any] | None:
    return written.support


def _write(
    request: HttpRequest,
    user: User,
    *,
    scope: str,
    payload: dict[str, Any],
    write: Callable[[], dict[str, Any]],
    status: int = 201,
) -> idempotency.Replay | Status[Any]:
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > idempotency.MAX_KEY_LENGTH:
        return Status(422, {"detail": "Idempotency-Key must be at most 200 characters."})
    try:
        return idempotency.replay_or_write(
            user=user, scope=scope, key=key, payload=payload, write=write, status=status
        )
    except idempotency.IdempotencyConflict:
        return Status(
            422, {"detail": "This Idempotency-Key was already used with a different request."}
        )
    except ValidationError as exc:
        return Status(422, _errors(exc))


# Ratings --------------------------------------------------------------------------------


def rating_out(rating: ValuesRating) -> dict[str, Any]:
    return {
        "id": rating.pk,
        "date": rating.day,
        "ratings": {
            d: {
                "importance": rating.importance(d),
                "consistency": rating.consistency(d),
                "gap": rating.gap(d),
            }
            for d in DOMAINS
        },
        "created_at": rating.created_at,
        "updated_at": rating.updated_at,
    }


@router.get(
    "/values/ratings", response=list[RatingOut], summary="Your values ratings, newest first"
)
@paginate(LimitOffsetPagination)
def list_ratings(request: HttpRequest) -> Any:
    return [rating_out(r) for r in selectors.ratings_of(_client(request), limit=None)]


@router.post(
    "/values/ratings",
    response={200: RatingOut, 201: RatingOut, 404: ErrorOut, 422: ErrorOut},
    summary="Rate the ten areas for a day (replaces that day's rating if there is one)",
)
def create_rating(request: HttpRequest, payload: RatingIn) -> Status[Any]:
    user = _client(request)
    data = payload.dict()
    day = data["date"] or client_today(user)
    exists = selectors.rating_on(user, day) is not None

    def write() -> dict[str, Any]:
        rating, _created = services.rating_save(client=user, ratings=data["ratings"], day=day)
        return {"id": rating.pk}

    answer = _write(
        request,
        user,
        scope="valuework.rating",
        payload={**data, "date": day},
        write=write,
        status=200 if exists else 201,
    )
    if isinstance(answer, Status):
        return answer
    rating = ValuesRating.objects.filter(client=user, pk=answer.response["id"]).first()
    if rating is None:
        return Status(404, {"detail": "That rating no longer exists."})
    return Status(answer.status, rating_out(rating))


# Actions --------------------------------------------------------------------------------


def action_out(
    action: ValueAction, today: date, support: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "id": action.pk,
        "domain": action.domain,
        "action": action.action,
        "date": action.scheduled_on,
        "time": action.scheduled_time,
        "status": action.status,
        "invites_reschedule": selectors.invites_reschedule(action, today),
        "reflection": action.reflection,
        "created_at": action.created_at,
        "updated_at": action.updated_at,
        "support": support,
    }


@router.get("/values/actions", response=list[ActionOut], summary="Your value-based actions, by day")
@paginate(LimitOffsetPagination)
def list_actions(request: HttpRequest, filters: Query[ActionFilter]) -> Any:
    user = _client(request)
    qs = selectors.actions_of(user)
    if filters.status:
        qs = qs.filter(status=filters.status)
    today = client_today(user)
    return [action_out(a, today) for a in qs]


@router.post(
    "/values/actions",
    response={201: ActionOut, 404: ErrorOut, 422: ErrorOut},
    summary="Plan a small committed action in one area",
)
def create_action(request: HttpRequest, payload: ActionIn) -> Status[Any]:
    user = _client(request)
    data = payload.dict()

    def write() -> dict[str, Any]:
        written = services.action_create(
            client=user,
            domain=data["domain"],
            action=data["action"],
            scheduled_on=data["date"],
            scheduled_time=data["time"],
        )
        return {"id": written.record.pk, "support": _support(written)}

    answer = _write(request, user, scope="valuework.action", payload=data, write=write)
    if isinstance(answer, Status):
        return answer
    action = selectors.own_action(user, answer.response["id"])
    if action is None:
        return Status(404, {"detail": "That action no longer exists."})
    support = answer.response.get("support")
    return Status(answer.status, action_out(action, client_today(user), support))


@router.patch(
    "/values/actions/{action_id}",
    response={200: ActionOut, 422: ErrorOut},
    summary="Change, mark done or not yet (with a reflection), or reschedule an action",
)
def update_action(request: HttpRequest, action_id: int, payload: ActionPatch) -> Status[Any]:
    user = _client(request)
    action = selectors.own_action(user, action_id)
    if action is None:
        raise HttpError(404, "Not found.")
    renames = {"date": "scheduled_on", "time": "scheduled_time"}
    fields = {renames.get(k, k): v for k, v in payload.dict(exclude_unset=True).items()}
    for name in ("domain", "action", "status", "reflection"):
        if name in fields and fields[name] is None:
            return Status(422, {"detail": f"Please check {name}: it cannot be empty (null)."})
    try:
        with transaction.atomic():
            written = services.action_update(client=user, record=action, **fields)
    except ValidationError as exc:
        return Status(422, _errors(exc))
    return Status(200, action_out(action, client_today(user), _support(written)))


# Anchors --------------------------------------------------------------------------------


def anchor_out(
    anchor: Anchor, recent: int, support: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "id": anchor.pk,
        "suggested": anchor.suggestion or None,
        "name": anchor.label,
        "active": anchor.active,
        "moments_last_28_days": recent,
        "created_at": anchor.created_at,
        "support": support,
    }


def _recent(user: User, anchor: Anchor) -> int:
    today = client_today(user)
    return anchor.moments.filter(day__gte=selectors.window_start(today), day__lte=today).count()


@router.get(
    "/values/anchors",
    response=list[AnchorOut],
    summary="Your anchors of connection, with moments in the last 4 weeks",
)
def list_anchors(request: HttpRequest) -> Any:
    user = _client(request)
    counts = dict(selectors.anchor_counts(user, client_today(user)))
    return [anchor_out(a, counts.get(a, 0)) for a in selectors.anchors_of(user)]


@router.post(
    "/values/anchors",
    response={200: AnchorOut, 201: AnchorOut, 404: ErrorOut, 422: ErrorOut},
    summary='Adopt a suggested anchor ({"suggested": …}) or add your own ({"name": …})',
)
def create_anchor(request: HttpRequest, payload: AnchorIn) -> Status[Any]:
    user = _client(request)
    data = payload.dict()
    if (data["suggested"] is None) == (data["name"] is None):
        return Status(
            422,
            {
                "detail": "Please check suggested, name: give exactly one of the two.",
                "errors": {
                    "suggested": ["give this or name, not both"],
                    "name": ["give this or suggested, not both"],
                },
            },
        )
    if data["suggested"] is not None:
        existing = Anchor.objects.filter(
            client=user, suggestion=data["suggested"], active=True
        ).first()
        anchor = existing or services.anchor_adopt(client=user, suggestion=data["suggested"])
        return Status(200 if existing else 201, anchor_out(anchor, _recent(user, anchor)))

    def write() -> dict[str, Any]:
        written = services.anchor_create(client=user, name=data["name"])
        return {"id": written.record.pk, "support": _support(written)}

    answer = _write(request, user, scope="valuework.anchor", payload=data, write=write)
    if isinstance(answer, Status):
        return answer
    created = selectors.own_anchor(user, answer.response["id"])
    if created is None:
        return Status(404, {"detail": "That anchor no longer exists."})
    support = answer.response.get("support")
    return Status(answer.status, anchor_out(created, _recent(user, created), support))


def moment_out(moment: Moment, support: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": moment.pk,
        "anchor_id": moment.anchor_id,
        "date": moment.day,
        "note": moment.note,
        "who_with": moment.who_with,
        "created_at": moment.created_at,
        "support": support,
    }


@router.post(
    "/values/anchors/{anchor_id}/moments",
    response={201: MomentOut, 404: ErrorOut, 422: ErrorOut},
    summary="Note a moment when one of your anchors happened",
)
def create_moment(request: HttpRequest, anchor_id: int, payload: MomentIn) -> Status[Any]:
    user = _client(request)
    anchor = selectors.own_anchor(user, anchor_id)
    if anchor is None:
        raise HttpError(404, "Not found.")
    data = payload.dict()

    def write() -> dict[str, Any]:
        written = services.moment_log(
            client=user,
            anchor=anchor,
            day=data["date"],
            note=data["note"],
            who_with=data["who_with"],
        )
        return {"id": written.record.pk, "support": _support(written)}

    answer = _write(
        request,
        user,
        scope="valuework.moment",
        payload={**data, "anchor_id": anchor_id},
        write=write,
    )
    if isinstance(answer, Status):
        return answer
    moment = selectors.own_moment(user, answer.response["id"])
    if moment is None:
        return Status(404, {"detail": "That moment no longer exists."})
    return Status(answer.status, moment_out(moment, answer.response.get("support")))

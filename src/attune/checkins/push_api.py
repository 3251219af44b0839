"""Push reminder subscriptions: a browser's Push API subscription, kept for its owner only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import ConfigDict

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.api.schemas import ErrorOut

from . import push, selectors
from .models import PushSubscription

router = Router(tags=["reminders"])


class PushKeysIn(Schema):
    model_config = ConfigDict(extra="forbid")

    p256dh: str = Field(..., min_length=1, max_length=200)
    auth: str = Field(..., min_length=1, max_length=100)


class PushSubscriptionIn(Schema):
    """What the browser's ``PushSubscription.toJSON()`` gives, as it gives it."""

    model_config = ConfigDict(extra="forbid")

    endpoint: str = Field(..., min_length=1, max_length=2048)
    expirationTime: float | None = None  # noqa: N815 - the Push API's own name
    keys: PushKeysIn


class PushSubscriptionOut(Schema):
    id: int
    created_at: datetime
    last_success_at: datetime | None


class PushKeyOut(Schema):
    """``public_key`` is the applicationServerKey for ``pushManager.subscribe``; null when
    this server has no push keys (push reminders are off)."""

    public_key: str | None


def _client(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if "client" not in people.roles_of(user):
        raise HttpError(403, "Only clients get check-in reminders.")
    return user


def subscription_out(subscription: PushSubscription) -> dict[str, Any]:
    return {
        "id": subscription.pk,
        "created_at": subscription.created_at,
        "last_success_at": subscription.last_success_at,
    }


def _errors(exc: ValidationError) -> dict[str, Any]:
    fields = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
    return {"detail": f"Please check: {', '.join(sorted(fields))}.", "errors": fields}


@router.get(
    "/reminders/push-key",
    response=PushKeyOut,
    summary="The server's public key for subscribing a browser to push reminders",
)
def push_key(request: HttpRequest) -> dict[str, Any]:
    _client(request)
    return {"public_key": push.public_key() or None}


@router.get(
    "/reminders/push-subscriptions",
    response=list[PushSubscriptionOut],
    summary="Your browsers and phones that get push reminders",
)
def list_push_subscriptions(request: HttpRequest) -> list[dict[str, Any]]:
    client = _client(request)
    return [subscription_out(s) for s in selectors.push_subscriptions_of(client)]


@router.post(
    "/reminders/push-subscriptions",
    response={200: PushSubscriptionOut, 201: PushSubscriptionOut, 409: ErrorOut, 422: ErrorOut},
    summary="Get push reminders in this browser (send its Push API subscription); "
    "201 when new, 200 when this browser was already subscribed",
)
def create_push_subscription(request: HttpRequest, payload: PushSubscriptionIn) -> Status[Any]:
    client = _client(request)
    if not push.push_available():
        return Status(409, {"detail": "Push reminders are not set up on this server."})
    try:
        subscription, created = push.push_subscribe(
            client=client,
            endpoint=payload.endpoint,
            p256dh=payload.keys.p256dh,
            auth=payload.keys.auth,
        )
    except ValidationError as exc:
        return Status(422, _errors(exc))
    return Status(201 if created else 200, subscription_out(subscription))


@router.delete(
    "/reminders/push-subscriptions/{subscription_id}",
    response={204: None},
    summary="Stop push reminders to one of your browsers or phones",
)
def delete_push_subscription(request: HttpRequest, subscription_id: int) -> Status[None]:
    client = _client(request)
    subscription = selectors.own_push_subscription(client, subscription_id)
    if subscription is None:
        raise HttpError(404, "Not found.")
    push.push_unsubscribe(client=client, subscription=subscription)
    return Status(204, None)

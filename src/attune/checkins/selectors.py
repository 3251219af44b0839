from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from attune.accounts.models import User

from .models import CheckIn, PushSubscription


def checkins_of(
    client: User, date_from: date | None = None, date_to: date | None = None
) -> QuerySet[CheckIn]:
    qs = CheckIn.objects.filter(client=client).order_by("-day")
    if date_from:
        qs = qs.filter(day__gte=date_from)
    if date_to:
        qs = qs.filter(day__lte=date_to)
    return qs


def own_checkin(client: User, checkin_id: int) -> CheckIn | None:
    return CheckIn.objects.filter(client=client, pk=checkin_id).first()


def push_subscriptions_of(client: User) -> QuerySet[PushSubscription]:
    return PushSubscription.objects.filter(client=client).order_by("created_at", "pk")


def own_push_subscription(client: User, subscription_id: int) -> PushSubscription | None:
    return PushSubscription.objects.filter(client=client, pk=subscription_id).first()

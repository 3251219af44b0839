from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from attune.accounts.models import User

from .models import CheckIn


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

"""Reads of the safety app: the private couple safety check."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone

from attune.accounts.models import User
from attune.clinical.safety.couple_check import RECENT_DAYS

from .models import CoupleCheck


def latest_couple_check(client: User) -> CoupleCheck | None:
    return CoupleCheck.objects.filter(client=client).order_by("-created_at", "-pk").first()


def couple_concern_stands(client: User) -> bool:
    """The latest check found a concern and the client has not since resolved it (a new
    check without a concern is a newer latest check)."""
    latest = latest_couple_check(client)
    return latest is not None and latest.stands


def couple_check_due(client: User, now: datetime | None = None) -> bool:
    """No check in the last RECENT_DAYS days: ask before a partner link or a couple step."""
    since = (now or timezone.now()) - timedelta(days=RECENT_DAYS)
    return not CoupleCheck.objects.filter(client=client, created_at__gte=since).exists()

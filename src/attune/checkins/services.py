"""Check-in rules: one a day, never in the future, later edits and backfills marked."""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts.models import User

from .models import CHECKIN_FIELDS, CheckIn, CheckinReminder

MAX_BACKFILL_DAYS = 366
EDITABLE_FIELDS = frozenset(CHECKIN_FIELDS)


FREE_TEXT = ("win", "setback", "note")


class CheckinExists(Exception):
    def __init__(self, existing: CheckIn) -> None:
        super().__init__(f"check-in {existing.pk} exists for {existing.day}")
        self.existing = existing


def client_time_zone(client: User) -> zoneinfo.ZoneInfo:
    name = CheckinReminder.objects.filter(client=client).values_list("time_zone", flat=True).first()
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def client_today(client: User, now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(client_time_zone(client)).date()


def _normalise(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(
            {name: _("This field is not part of a check-in.") for name in unknown}
        )
    clean = dict(fields)
    if clean.get("sleep_hours") is not None:
        clean["sleep_hours"] = Decimal(str(round(float(clean["sleep_hours"]), 1)))
    for text in ("win", "setback", "note"):
        if text in clean:
            clean[text] = (clean[text] or "").strip()
    if clean.get("nourishment") is None and "nourishment" in clean:
        clean["nourishment"] = ""
    if "social_contact_kinds" in clean:
        clean["social_contact_kinds"] = sorted(set(clean["social_contact_kinds"] or []))
    return clean


def _check_day(client: User, day: date) -> date:
    today = client_today(client)
    if day > today:
        raise ValidationError({"date": _("A check-in cannot be for a day that has not come yet.")})
    if day < today - timedelta(days=MAX_BACKFILL_DAYS):
        raise ValidationError(
            {
                "date": _("A check-in can be added for up to %(n)s days back.")
                % {"n": MAX_BACKFILL_DAYS}
            }
        )
    return today


def checkin_create(*, client: User, day: date, **fields: Any) -> CheckIn:
    today = _check_day(client, day)
    existing = CheckIn.objects.filter(client=client, day=day).first()
    if existing is not None:
        raise CheckinExists(existing)
    checkin = CheckIn(client=client, day=day, backfilled=day < today, **_normalise(fields))
    checkin.full_clean(exclude=["client"], validate_unique=False)
    try:
        with transaction.atomic():
            checkin.save()
    except IntegrityError:
        raise CheckinExists(CheckIn.objects.get(client=client, day=day)) from None
    _screen(checkin)
    return checkin


def checkin_update(*, client: User, checkin: CheckIn, **fields: Any) -> CheckIn:
    if checkin.client_id != client.pk:
        raise CheckIn.DoesNotExist
    # What the stored check-in said: a bound ModelForm has already copied the new words onto
    # ``checkin``, so its attributes cannot tell what changed (the edit that showed only
    # "Saved" and raised no flag).
    stored = CheckIn.objects.filter(pk=checkin.pk).values(*FREE_TEXT).first() or {}
    before = [stored.get(name) or "" for name in FREE_TEXT]
    for name, value in _normalise(fields).items():
        setattr(checkin, name, value)
    if client_today(client) > checkin.day:
        checkin.edited_later = True
    checkin.full_clean(exclude=["client"], validate_unique=False)
    checkin.save()
    _screen(checkin, before)
    return checkin


def _screen(checkin: CheckIn, before: list[str] | None = None) -> None:
    """Screen the new words (win, setback, note); the response rides on the instance."""
    from attune.safety.services import screen_and_respond

    checkin.safety = screen_and_respond(  # type: ignore[attr-defined]
        writer=checkin.client,
        texts=[getattr(checkin, name) for name in FREE_TEXT],
        source="checkin",
        context="checkin",
        before=before,
        entry_key=f"checkins.checkin:{checkin.pk}",
    )

"""Daily check-ins: mood, three kinds of loneliness, longing, lifestyle, wins and setbacks.

The loneliness and longing items are attune's own 0–10 tracking items, not validated
scales (no validated measure of sexual loneliness exists; see shared/INSTRUMENTS.md).
"""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

ZERO_TO_TEN = [MinValueValidator(0), MaxValueValidator(10)]


class Nourishment(models.TextChoices):
    LOW = "low", _("Not much, or not well")
    OKAY = "okay", _("Some, on and off")
    GOOD = "good", _("Regular, nourishing meals")


# The ordinal levels attune.clinical.insights works with (0 low, 1 okay, 2 good).
NOURISHMENT_LEVEL: dict[str, int] = {"low": 0, "okay": 1, "good": 2}


class ContactKind(models.TextChoices):
    PARTNER = "partner", _("Partner")
    FAMILY = "family", _("Family")
    FRIENDS = "friends", _("Friends")
    COLLEAGUES = "colleagues", _("Colleagues or classmates")
    NEIGHBOURS = "neighbours", _("Neighbours or community")
    ONLINE = "online", _("Online")
    GROUP = "group", _("A group or circle")


# What a client fills in, in form order (the API uses the same names).
CHECKIN_FIELDS: tuple[str, ...] = (
    "mood",
    "sexual_loneliness",
    "emotional_loneliness",
    "social_loneliness",
    "longing_distress",
    "social_contacts",
    "social_contact_kinds",
    "sleep_hours",
    "sleep_quality",
    "activity_minutes",
    "nourishment",
    "win",
    "setback",
    "note",
)


class CheckIn(ClinicalRecord):
    day = models.DateField()
    mood = models.PositiveSmallIntegerField(validators=ZERO_TO_TEN)
    sexual_loneliness = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=ZERO_TO_TEN
    )
    emotional_loneliness = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=ZERO_TO_TEN
    )
    social_loneliness = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=ZERO_TO_TEN
    )
    longing_distress = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=ZERO_TO_TEN
    )
    social_contacts = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(500)]
    )
    social_contact_kinds = models.JSONField(default=list, blank=True)
    sleep_hours = models.DecimalField(
        max_digits=3,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(24)],
    )
    sleep_quality = models.PositiveSmallIntegerField(null=True, blank=True, validators=ZERO_TO_TEN)
    activity_minutes = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(1440)]
    )
    nourishment = models.CharField(max_length=8, choices=Nourishment.choices, blank=True)
    win = EncryptedTextField(blank=True)
    setback = EncryptedTextField(blank=True)
    note = EncryptedTextField(blank=True)
    backfilled = models.BooleanField(default=False)
    edited_later = models.BooleanField(default=False)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["client", "day"], name="one_checkin_per_day")
        ]
        indexes = [models.Index(fields=["client", "day"])]

    def __str__(self) -> str:
        return f"check-in #{self.pk} {self.day}"


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("%(value)s is not a known time zone."), params={"value": value}
        ) from None


class CheckinReminder(models.Model):
    """When and how a client would like a gentle reminder to check in."""

    client = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkin_reminder"
    )
    enabled = models.BooleanField(default=False)
    local_time = models.TimeField(default="20:00")
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])
    last_sent_on = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["enabled"], condition=Q(enabled=True), name="reminder_enabled")
        ]

    def __str__(self) -> str:
        return f"reminder #{self.pk}"


class CalendarFeed(models.Model):
    """A private, revocable iCalendar address. Only a hash of its token is stored."""

    client = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"calendar feed #{self.pk}"


class PushSubscription(models.Model):
    """A browser or phone that receives push reminders (the Push API's subscription).

    The endpoint is a capability address (whoever holds it can send to the device) and the
    keys encrypt what is sent, so all three are encrypted at rest; ``endpoint_hash`` finds a
    subscription again when the same browser subscribes twice.
    """

    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="push_subscriptions"
    )
    endpoint = EncryptedTextField(max_length=2048)
    p256dh = EncryptedTextField(max_length=200)
    auth = EncryptedTextField(max_length=100)
    endpoint_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_success_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"push subscription #{self.pk}"

"""Peer circles: facilitated groups whose members know each other only by display names.

A member's real name and email never leave the accounts app for circle pages, the API or
circle emails: everything shown to anyone in a circle goes through ``CircleMember``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from attune.accounts.models import Organisation, TokenInvitation
from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

# The group agreements every member sees and agrees to on joining. Never edit a published
# version: add a new one and point AGREEMENTS_VERSION at it.
AGREEMENTS_VERSION = "circle-agreements-v1"
AGREEMENTS = (
    _("Confidentiality: what is shared in the circle stays in the circle."),
    _("Speak from your own experience: say “I”, not “you” or “everyone”."),
    _("No advice unless someone asks for it."),
    _("You may pass: nobody has to speak, post or answer a prompt."),
)
OUTCOMES_VERSION = "circle-outcomes-v1"


class Circle(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    topic = EncryptedTextField(_("topic"))
    size_limit = models.PositiveSmallIntegerField(_("most members"), default=8)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"circle #{self.pk}"


class CircleInvitation(TokenInvitation):
    """Only the SHA-256 of the link's token is kept; the email is cleared once accepted."""

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="invitations")
    inviter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    email = models.EmailField(blank=True)

    class Meta(TokenInvitation.Meta):
        pass

    def __str__(self) -> str:
        return f"circle invitation #{self.pk}"


class CircleMember(models.Model):
    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="circle_memberships"
    )
    display_name = models.CharField(_("display name"), max_length=40)
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["display_name"]
        constraints = [
            models.UniqueConstraint(fields=["circle", "user"], name="circle_member_once"),
            # A pseudonym stays with its first holder, so nobody can post under it later.
            models.UniqueConstraint(
                "circle", Lower("display_name"), name="circle_display_name_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def is_active(self) -> bool:
        return self.left_at is None and self.removed_at is None


class Meeting(models.Model):
    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(_("length in minutes"), default=60)
    agenda = EncryptedTextField(_("agenda"), blank=True)
    checkin_prompts = EncryptedTextField(_("check-in prompts"), blank=True)
    # Where to meet: a room, or a video link. Both are encrypted: they tell where members are.
    place = EncryptedTextField(_("place"), blank=True)
    video_url = EncryptedTextField(_("video link"), blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return f"meeting #{self.pk}"

    @property
    def prompt_list(self) -> list[str]:
        return [line.strip() for line in self.checkin_prompts.splitlines() if line.strip()]


class Attendance(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    present = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "user"], name="attendance_once")]

    def __str__(self) -> str:
        return f"attendance #{self.pk}"


class CirclePost(ClinicalRecord):
    """A reflection; ``client`` is its author. Risky words are held for the facilitator."""

    class Status(models.TextChoices):
        SHOWN = "shown", _("Shown")
        HELD = "held", _("Held for the facilitator")
        HIDDEN = "hidden", _("Hidden by the facilitator")

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="posts")
    member = models.ForeignKey(CircleMember, on_delete=models.CASCADE, related_name="posts")
    body = EncryptedTextField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.SHOWN)
    shown_at = models.DateTimeField(null=True, blank=True)
    moderated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["circle", "status", "shown_at"])]

    def __str__(self) -> str:
        return f"circle post #{self.pk}"


class PostReport(models.Model):
    post = models.ForeignKey(CirclePost, on_delete=models.CASCADE, related_name="reports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="report_once")]

    def __str__(self) -> str:
        return f"report #{self.pk}"

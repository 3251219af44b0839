"""What a linked partner sees and writes: weekly feedback and structured conversations.

Who owns what (this decides export and erasure, see attune.privacy):
* PartnerFeedback belongs to the partner who wrote it (`user`); the client sees it only
  when the partner shares it, their treating clinician sees it beside the client's ratings.
  What consent covers: the clinician sees a partner's ratings only while the link is active
  (``selectors.feedback_for_clinician``, the one read for every clinician view). When either
  person ends the link, the ratings leave the clinician's views as they leave the partner's
  and the client's; they stay in the partner's own export until the partner erases them.
  The wording agreed to says so (accounts.consent_texts "partner-link-v2", and the help text
  of the weekly feedback form).
* Conversation belongs to the client's side of the link (`client`) and is planned by both.
* ConversationSummary belongs to the person who wrote it (`user`); the other person sees it
  only when its author shares it.
Erasing a person removes what they wrote (cascade); a conversation goes with the client.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from attune.accounts.models import PartnerLink
from attune.core.crypto import EncryptedTextField

ZERO_TO_TEN = [MinValueValidator(0), MaxValueValidator(10)]


class Scope(models.TextChoices):
    LADDER = "ladder", _("Your plan's steps and how they are going")
    CONVERSATIONS = "conversations", _("Conversations you plan together")
    WEEKLY_SUMMARY = "weekly_summary", _("A short weekly summary (days checked in, steps done)")


class PartnerFeedback(models.Model):
    link = models.ForeignKey(PartnerLink, on_delete=models.CASCADE, related_name="feedback")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_feedback"
    )
    week_start = models.DateField()
    felt_connected = models.PositiveSmallIntegerField(validators=ZERO_TO_TEN)
    felt_heard = models.PositiveSmallIntegerField(validators=ZERO_TO_TEN)
    closeness_moments = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(50)], default=0
    )
    what_helped = EncryptedTextField(blank=True)
    note = EncryptedTextField(blank=True)
    shared_with_client = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-week_start"]
        constraints = [
            models.UniqueConstraint(fields=["link", "week_start"], name="one_feedback_per_week")
        ]

    def __str__(self) -> str:
        return f"partner feedback #{self.pk} ({self.week_start})"


class Conversation(models.Model):
    # Kept (without its link) if the partner erases their account: the client's own summary
    # stays theirs. Without an active link nobody sees it in attune; it stays in their export.
    link = models.ForeignKey(
        PartnerLink, on_delete=models.SET_NULL, null=True, related_name="conversations"
    )
    client = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(5), MaxValueValidator(180)], default=30
    )
    objective = EncryptedTextField()
    agenda = EncryptedTextField(blank=True)
    pause_word = EncryptedTextField()
    green_means = EncryptedTextField()
    amber_means = EncryptedTextField()
    red_means = EncryptedTextField()
    resume_how = EncryptedTextField()
    aftercare = EncryptedTextField(blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_at"]

    def __str__(self) -> str:
        return f"conversation #{self.pk}"


class ConversationSummary(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="summaries"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversation_summaries"
    )
    summary = EncryptedTextField()
    safety = models.PositiveSmallIntegerField(validators=ZERO_TO_TEN)
    closeness = models.PositiveSmallIntegerField(validators=ZERO_TO_TEN)
    shared = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["conversation", "user"], name="one_summary_each")
        ]

    def __str__(self) -> str:
        return f"conversation summary #{self.pk}"

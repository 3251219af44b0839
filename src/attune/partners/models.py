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
* QuietHold belongs to the client's side of the link: what the partner keeps seeing while
  the client has quietly paused or ended (a copy of the neutral view they had already seen).
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
    # No longer asked (issue 16): a count of "moments of closeness" read like a score of the
    # client. Kept for weeks written before, as written; new weeks leave it empty. Nobody is
    # shown it any more.
    closeness_moments = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(50)], null=True, blank=True, default=None
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
    # The safety agreement in force: blank until the other person first agrees to a proposal.
    pause_word = EncryptedTextField(blank=True)
    green_means = EncryptedTextField(blank=True)
    amber_means = EncryptedTextField(blank=True)
    red_means = EncryptedTextField(blank=True)
    resume_how = EncryptedTextField(blank=True)
    aftercare = EncryptedTextField(blank=True)
    agreed_at = models.DateTimeField(null=True, blank=True)
    agreed_by = models.ForeignKey(  # who confirmed the agreement in force
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # A proposed agreement (the first one, or a change): applies only when the other agrees.
    proposed_pause_word = EncryptedTextField(blank=True)
    proposed_green_means = EncryptedTextField(blank=True)
    proposed_amber_means = EncryptedTextField(blank=True)
    proposed_red_means = EncryptedTextField(blank=True)
    proposed_resume_how = EncryptedTextField(blank=True)
    proposed_aftercare = EncryptedTextField(blank=True)
    proposed_at = models.DateTimeField(null=True, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # A pause either person calls, without a reason; the person who called it resumes.
    paused_at = models.DateTimeField(null=True, blank=True)
    paused_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_at"]

    def __str__(self) -> str:
        return f"conversation #{self.pk}"

    @property
    def agreed(self) -> bool:
        return self.agreed_at is not None

    @property
    def has_proposal(self) -> bool:
        return self.proposed_at is not None

    @property
    def paused(self) -> bool:
        return self.paused_at is not None


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


class QuietHold(models.Model):
    """The client paused sharing, or ended the link, quietly: the partner's page keeps showing
    exactly what it showed at ``started_at`` (``snapshot``) and nothing after it, with no word
    that anything changed (PenzeyMoog 2021: no notification that reveals a choice to a
    controlling person). Open while ``released_at`` is empty."""

    link = models.ForeignKey(PartnerLink, on_delete=models.CASCADE, related_name="quiet_holds")
    started_at = models.DateTimeField()
    ended_link = models.BooleanField(default=False)
    # JSON of the partner's view at started_at; encrypted, since it tells of the plan.
    snapshot = EncryptedTextField()
    released_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["link"],
                condition=models.Q(released_at__isnull=True),
                name="one_open_quiet_hold_per_link",
            )
        ]

    def __str__(self) -> str:
        return f"quiet hold #{self.pk}"

"""A client's stepwise plan: the engine's plan as versioned JSON, the step log, proposals.

The plan itself comes from `attune.clinical.plans` (pure). It is stored encrypted because a
clinician may add custom steps in their own words. Every change makes a new PlanVersion
with its reason; nothing changes without a person approving it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord


class ClientPlan(ClinicalRecord):
    ACTIVE = "active"
    ENDED = "ended"

    status = models.CharField(
        max_length=8, choices=[(ACTIVE, _("Active")), (ENDED, _("Ended"))], default=ACTIVE
    )
    version = models.PositiveIntegerField(default=1)
    plan_json = EncryptedTextField()
    paused_steps = models.JSONField(default=list, blank=True)
    # The client's own goal, in their words (screened for risk like all free text).
    own_goal = EncryptedTextField(blank=True)
    started_on = models.DateField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["client"], condition=Q(status="active"), name="one_active_plan"
            )
        ]

    def __str__(self) -> str:
        return f"plan #{self.pk} v{self.version}"


class PlanVersion(ClinicalRecord):
    plan = models.ForeignKey(ClientPlan, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    plan_json = EncryptedTextField()
    reason = EncryptedTextField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "version"], name="one_row_per_version")
        ]

    def __str__(self) -> str:
        return f"plan #{self.plan_id} v{self.version}"


class Outcome(models.TextChoices):
    DONE = "done", _("Done")
    NOT_YET = "not_yet", _("Not yet")
    SETBACK = "setback", _("A setback")


class StepLog(ClinicalRecord):
    plan = models.ForeignKey(ClientPlan, on_delete=models.CASCADE, related_name="logs")
    step_id = models.CharField(max_length=80)
    outcome = models.CharField(max_length=8, choices=Outcome.choices)
    felt_safe = models.BooleanField()
    distress = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    reflection = EncryptedTextField(blank=True)
    logged_on = models.DateField()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"step log #{self.pk}"


class PlanProposal(ClinicalRecord):
    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"

    plan = models.ForeignKey(ClientPlan, on_delete=models.CASCADE, related_name="proposals")
    plan_version = models.PositiveIntegerField()
    step_id = models.CharField(max_length=80)
    kind = models.CharField(max_length=16)
    proposal_json = EncryptedTextField()
    status = models.CharField(
        max_length=9,
        choices=[(PENDING, _("Waiting")), (APPROVED, _("Approved")), (DECLINED, _("Declined"))],
        default=PENDING,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"proposal #{self.pk}"


class StepAnswer(ClinicalRecord):
    """The answer to a question a step asks before its instructions (consent.AsksFirst).

    Only a choice is stored, never free text; changing the answer updates this row.
    """

    THERAPIST_INVOLVED = "therapist_involved"
    EX_CONTACT_SAFE = "ex_contact_safe"
    QUESTIONS = [
        (THERAPIST_INVOLVED, _("Is a sex therapist or clinician involved?")),
        (EX_CONTACT_SAFE, _("Is contact with your ex safe for you?")),
    ]
    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"
    ANSWERS = [(YES, _("Yes")), (NO, _("No")), (NOT_SURE, _("Not sure"))]

    plan = models.ForeignKey(ClientPlan, on_delete=models.CASCADE, related_name="answers")
    step_id = models.CharField(max_length=80)
    question = models.CharField(max_length=24, choices=QUESTIONS)
    answer = models.CharField(max_length=8, choices=ANSWERS)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "step_id", "question"], name="one_answer_per_step_question"
            )
        ]

    def __str__(self) -> str:
        return f"step answer #{self.pk}"


class DeclineReason(models.TextChoices):
    DOESNT_FIT = "doesnt_fit", _("Doesn't fit me")
    NOT_NOW = "not_now", _("Not now")
    NOT_SAFE = "not_safe", _("Doesn't feel safe")


class StepDecline(ClinicalRecord):
    """A step the client declined, why, and the alternative the engine offered instead."""

    plan = models.ForeignKey(ClientPlan, on_delete=models.CASCADE, related_name="declines")
    step_id = models.CharField(max_length=80)
    step_title = EncryptedTextField()
    reason = models.CharField(max_length=10, choices=DeclineReason.choices)
    note = EncryptedTextField(blank=True)
    alternative_id = models.CharField(max_length=80, blank=True)
    version = models.PositiveIntegerField()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"step decline #{self.pk}"


class LifeChangeKind(models.TextChoices):
    RELATIONSHIP = "relationship", _("My relationship changed")
    LIFE_STAGE = "life_stage", _("A new stage of life")
    BEREAVEMENT = "bereavement", _("Someone close to me died")
    MEDICATION = "medication", _("My medication changed")
    GOALS = "goals", _("What I want from the plan changed")


class LifeChange(ClinicalRecord):
    """'My life changed': what changed, the client's optional words, and the version the
    rebuilt plan became. The clinician sees the kind and what changed, not the words."""

    plan = models.ForeignKey(ClientPlan, on_delete=models.CASCADE, related_name="life_changes")
    kind = models.CharField(max_length=12, choices=LifeChangeKind.choices)
    summary = EncryptedTextField()
    note = EncryptedTextField(blank=True)
    version = models.PositiveIntegerField()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"life change #{self.pk}"

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
    # Both are asked when a try is logged by hand. A step counted from its tool (one tap
    # after saving the tool's record) may leave them unanswered: None, never a guess.
    felt_safe = models.BooleanField(null=True, blank=True)
    distress = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    reflection = EncryptedTextField(blank=True)
    logged_on = models.DateField()
    # The tool the step was counted from ("article:<slug>", "trigger_map", ...); blank when
    # logged by hand on the step's page.
    via = models.CharField(max_length=80, blank=True, default="")

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


# --- maintenance after improvement (rules: attune.clinical.plans.maintenance) ---------------

# Long enough for a few sentences in the person's own words; refused above, naming the field.
RELAPSE_TEXT_MAX = 2000


class MaintenancePhase(ClinicalRecord):
    """A time in maintenance: lighter routines until it ends (a return to the full plan)."""

    IMPROVED = "improved"
    CLINICIAN = "clinician"
    CLIENT = "client"
    WHY = [
        (IMPROVED, _("Things have improved and stayed better")),
        (CLINICIAN, _("The clinician suggested it")),
        (CLIENT, _("The client chose it")),
    ]

    plan = models.ForeignKey(
        ClientPlan, on_delete=models.CASCADE, related_name="maintenance_phases"
    )
    why = models.CharField(max_length=9, choices=WHY)
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Means over the first four weeks of check-ins (0-10), what warning signs compare with.
    baseline_mood = models.FloatField(null=True, blank=True)
    baseline_sexual_loneliness = models.FloatField(null=True, blank=True)
    next_booster_on = models.DateField()
    booster_with_clinician = models.BooleanField(default=False)
    # The day the person said they notice one of their warning signs.
    named_sign_on = models.DateField(null=True, blank=True)
    # Questionnaire cadences before maintenance ({instrument: [cadence, every_days]}),
    # given back on a return to the full plan.
    earlier_cadences = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-started_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["client"], condition=Q(ended_on__isnull=True), name="one_open_maintenance"
            )
        ]

    def __str__(self) -> str:
        return f"maintenance #{self.pk}"


class RelapsePreventionPlan(ClinicalRecord):
    """The person's own plan for staying well: in their words, encrypted, screened."""

    warning_signs = EncryptedTextField(blank=True, max_length=RELAPSE_TEXT_MAX)
    what_helped = EncryptedTextField(blank=True, max_length=RELAPSE_TEXT_MAX)
    what_to_do = EncryptedTextField(blank=True, max_length=RELAPSE_TEXT_MAX)
    whom_to_call = EncryptedTextField(blank=True, max_length=RELAPSE_TEXT_MAX)
    when_to_come_back = EncryptedTextField(blank=True, max_length=RELAPSE_TEXT_MAX)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["client"], name="one_relapse_plan")]

    def __str__(self) -> str:
        return f"relapse-prevention plan #{self.pk}"


class BoosterCheck(ClinicalRecord):
    """A booster check done: the person looked back over their plan (with a clinician or not)."""

    phase = models.ForeignKey(MaintenancePhase, on_delete=models.CASCADE, related_name="boosters")
    done_on = models.DateField()
    with_clinician = models.BooleanField(default=False)
    reflection = EncryptedTextField(blank=True, max_length=RELAPSE_TEXT_MAX)

    class Meta:
        ordering = ["-done_on", "-pk"]

    def __str__(self) -> str:
        return f"booster check #{self.pk}"


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

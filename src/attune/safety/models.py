"""The client's safety plan (Stanley & Brown 2012) and an organisation's crisis lines.

Stanley B, Brown GK (2012). Safety Planning Intervention: a brief intervention to mitigate
suicide risk. Cognitive and Behavioral Practice 19:256–264. Six steps, in order: warning
signs; internal coping strategies; people and social settings that distract; family or
friends who can help resolve the crisis; professionals and agencies; making the
environment safe.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from attune.accounts.models import Organisation
from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

STEPS: tuple[tuple[str, Any, Any], ...] = (
    (
        "warning_signs",
        _("1. My warning signs"),
        _("Thoughts, feelings, situations or behaviours that tell me a crisis may be coming."),
    ),
    (
        "coping_strategies",
        _("2. Things I can do on my own"),
        _("Ways to take my mind off things without contacting anyone: a walk, music, a shower."),
    ),
    (
        "distractions",
        _("3. People and places that take my mind off things"),
        _("Names and numbers, or places where I can be around others."),
    ),
    (
        "help_people",
        _("4. People I can ask for help"),
        _("Family members or friends I can tell that I am struggling, with their numbers."),
    ),
    (
        "professionals",
        _("5. Professionals and services I can contact"),
        _("My clinician, my doctor, a crisis line, the nearest emergency department."),
    ),
    (
        "environment",
        _("6. Making my surroundings safer"),
        _("What I can put away, lock up or give to someone to keep while things are hard."),
    ),
)
STEP_FIELDS = tuple(name for name, _label, _help in STEPS)


class SafetyPlan(ClinicalRecord):
    warning_signs = EncryptedTextField(blank=True)
    coping_strategies = EncryptedTextField(blank=True)
    distractions = EncryptedTextField(blank=True)
    help_people = EncryptedTextField(blank=True)
    professionals = EncryptedTextField(blank=True)
    environment = EncryptedTextField(blank=True)
    reasons_for_living = EncryptedTextField(blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["client"], name="one_safety_plan")]

    def __str__(self) -> str:
        return f"safety plan #{self.pk}"

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in (*STEP_FIELDS, "reasons_for_living"))


class Helplines(models.Model):
    """An organisation's own helplines for one country, replacing attune's defaults."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    country = models.CharField(max_length=2)
    emergency = models.CharField(max_length=40)
    # [{"name": ..., "contact": ..., "note": ...}, ...]
    lines = models.JSONField(default=list)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class CrisisLines(Helplines):
    """An organisation's own crisis lines for a country, replacing attune's defaults."""

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "country"], name="one_set_per_country")
        ]

    def __str__(self) -> str:
        return f"crisis lines {self.country} #{self.pk}"


class HarmLines(Helplines):
    """An organisation's own lines for people harmed by others (domestic abuse, sexual
    assault) for a country, replacing attune's defaults (core/harm_lines.py)."""

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "country"], name="one_harm_set_per_country"
            )
        ]

    def __str__(self) -> str:
        return f"harm lines {self.country} #{self.pk}"


class RiskFlag(ClinicalRecord):
    """A safety signal for the client's clinicians.

    Raised by a questionnaire answer (PHQ-9 item 9 above 0), by words a person wrote
    (`safety.services.screen_and_respond`) or by a positive ASQ screen. One entry raises at
    most one open flag (``entry_key``). The matched sentence is kept encrypted and shown to
    the treating clinician only when the client agreed to it.
    """

    class Concern(models.TextChoices):
        SELF = "self", _("Risk to themselves")
        OTHERS = "others", _("Harm from others")

    class Level(models.TextChoices):
        URGENT = "urgent", _("Urgent")
        HIGH = "high", _("High")
        ASKED_POSITIVE = "asked_positive", _("Asked: positive")

    class Source(models.TextChoices):
        CHECKIN = "checkin", _("Check-in")
        JOURNAL = "journal", _("Journal")
        TRIGGER_MAP = "trigger_map", _("Trigger map")
        EXPERIMENT = "experiment", _("Experiment")
        VALUES = "values", _("Values")
        PLAN_LOG = "plan_log", _("Plan step log")
        PARTNER_FEEDBACK = "partner_feedback", _("Partner feedback")
        CONVERSATION_SUMMARY = "conversation_summary", _("Conversation summary")
        CIRCLE_REFLECTION = "circle_reflection", _("Circle reflection")
        QUESTIONNAIRE = "questionnaire", _("Questionnaire")
        COUPLE_CHECK = "couple_check", _("Private couple safety check")
        MEDICATION = "medication", _("Medication timeline")
        RELAPSE_PLAN = "relapse_plan", _("Relapse-prevention plan")
        BOOSTER_CHECK = "booster_check", _("Booster check")
        SUPPORT_MAP = "support_map", _("Support map")

    class AsqResult(models.TextChoices):
        NON_ACUTE_POSITIVE = "non_acute_positive", _("Non-acute positive")
        ACUTE_POSITIVE = "acute_positive", _("Acute positive")
        DECLINED = "declined", _("Declined to answer (counts as positive)")

    class Disposition(models.TextChoices):
        FOLLOWED_UP = "followed_up", _("Followed up")
        NOT_A_CONCERN = "not_a_concern", _("Not a concern")
        ESCALATED = "escalated", _("Escalated")

    administration = models.ForeignKey(
        "questionnaires.Administration",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.CharField(max_length=48)
    item_answer = models.PositiveSmallIntegerField(null=True, blank=True)
    concern = models.CharField(max_length=8, choices=Concern.choices, default=Concern.SELF)
    level = models.CharField(max_length=16, choices=Level.choices, default=Level.HIGH)
    category = models.CharField(max_length=64, blank=True)
    source = models.CharField(max_length=32, choices=Source.choices, blank=True)
    # Which entry raised it, e.g. "journal.entry:12": one open flag per entry.
    entry_key = models.CharField(max_length=64, blank=True, db_index=True)
    # The matched sentence: the client's words, so encrypted; shown only with consent.
    sentence = EncryptedTextField(blank=True)
    asq_answers = models.JSONField(null=True, blank=True)
    asq_result = models.CharField(max_length=24, choices=AsqResult.choices, blank=True)
    disposition = models.CharField(max_length=16, choices=Disposition.choices, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    # What the clinician did to follow up (or why it was not a concern): their words, so
    # encrypted.
    acknowledgement_note = EncryptedTextField(blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "questionnaires_riskflag"
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["client", "acknowledged_at"], name="questionnai_client__b30563_idx"
            )
        ]

    def __str__(self) -> str:
        return f"risk flag #{self.pk}"


class AsqScreen(ClinicalRecord):
    """One time a person was asked the ASQ questions in writing, and what came of it.

    A negative screen is kept too ("asked, negative"), without the words that prompted it.
    """

    class Result(models.TextChoices):
        NEGATIVE = "negative", _("Negative")
        NON_ACUTE_POSITIVE = "non_acute_positive", _("Non-acute positive")
        ACUTE_POSITIVE = "acute_positive", _("Acute positive")
        DECLINED = "declined", _("Declined to answer (counts as positive)")

    source = models.CharField(max_length=32, blank=True)
    entry_key = models.CharField(max_length=64, blank=True)
    result = models.CharField(max_length=24, choices=Result.choices)
    answers = models.JSONField(default=dict, blank=True)
    flag = models.ForeignKey(
        RiskFlag, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"asq screen #{self.pk}"


class CoupleCheck(ClinicalRecord):
    """One private couple safety check (attune.clinical.safety.couple_check) and its answers.

    Seen by the client and their treating clinician only: never by a partner. A concern
    stands until the client answers a new check without one or says it is resolved.
    """

    class Answer(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")
        NOT_SURE = "not_sure", _("Not sure")
        PREFER_NOT = "prefer_not", _("Prefer not to say")

    feels_safe = models.CharField(max_length=12, choices=Answer.choices)
    pressured = models.CharField(max_length=12, choices=Answer.choices)
    monitored = models.CharField(max_length=12, choices=Answer.choices)
    concern = models.BooleanField()
    resolved_at = models.DateTimeField(null=True, blank=True)
    # Raised only when the client chose to tell their clinician.
    flag = models.ForeignKey(
        RiskFlag, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"couple check #{self.pk}"

    @property
    def stands(self) -> bool:
        return self.concern and self.resolved_at is None

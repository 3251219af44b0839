"""The medication and side-effect timeline: what a client takes, each dose change, when they
stopped, and side effects they notice, rated 0-10 when they want.

Everything the client writes in words (the medicine's name, reasons, notes, an "other" side
effect) is encrypted at rest. Doses and dates are numbers and days, kept plain so the timeline
can be ordered and charted. Every row is a ``ClinicalRecord`` (owned by one client; changes
audited by field name).
"""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

DOSE_MAX = Decimal("100000")


class Unit(models.TextChoices):
    MG = "mg", _("mg")
    MCG = "mcg", _("micrograms (mcg)")
    G = "g", _("g")
    ML = "ml", _("ml")
    IU = "IU", _("IU (international units)")
    TABLET = "tablet", _("tablets")
    DROP = "drop", _("drops")


class PlanAnswer(models.TextChoices):
    """The client's answer to "Is this an antidepressant? Use this in your plan?"."""

    NOT_ASKED = "", _("not asked")
    YES = "yes", _("yes, use it in my plan")
    NO = "no", _("no")


class StopAnswer(models.TextChoices):
    """After the last antidepressant stops: keep the plan's medication steps or not."""

    NOT_ASKED = "", _("not asked")
    KEEP = "keep", _("keep them")
    REMOVE = "remove", _("take them out")


class Medication(ClinicalRecord):
    name = EncryptedTextField()
    dose = models.DecimalField(max_digits=10, decimal_places=3)  # the starting dose
    unit = models.CharField(max_length=8, choices=Unit.choices)
    started_on = models.DateField()
    stopped_on = models.DateField(null=True, blank=True)
    stop_reason = EncryptedTextField(blank=True, default="")
    note = EncryptedTextField(blank=True, default="")
    plan_answer = models.CharField(max_length=4, choices=PlanAnswer.choices, blank=True, default="")
    stop_answer = models.CharField(max_length=8, choices=StopAnswer.choices, blank=True, default="")

    class Meta:
        ordering = ["started_on", "pk"]
        indexes = [models.Index(fields=["client", "started_on"], name="medication_client_start")]

    def __str__(self) -> str:
        return f"medication #{self.pk}"

    @property
    def is_current(self) -> bool:
        return self.stopped_on is None


class DoseChange(ClinicalRecord):
    medication = models.ForeignKey(Medication, on_delete=models.CASCADE, related_name="changes")
    changed_on = models.DateField()
    dose = models.DecimalField(max_digits=10, decimal_places=3)
    unit = models.CharField(max_length=8, choices=Unit.choices)
    reason = EncryptedTextField(blank=True, default="")

    class Meta:
        ordering = ["changed_on", "pk"]

    def __str__(self) -> str:
        return f"dose change #{self.pk}"


class SideEffectKind(models.TextChoices):
    DESIRE = "desire", _("Sexual desire")
    AROUSAL = "arousal", _("Arousal")
    ORGASM = "orgasm", _("Orgasm")
    SLEEP = "sleep", _("Sleep")
    WEIGHT = "weight", _("Weight")
    BLUNTING = "blunting", _("Emotional blunting")
    OTHER = "other", _("Other")


class SideEffect(ClinicalRecord):
    """Something the client noticed, on a day; how strong (0 = not at all, 10 = very) only
    if they want to say. Optionally tied to one medicine."""

    medication = models.ForeignKey(
        Medication, on_delete=models.CASCADE, related_name="side_effects", null=True, blank=True
    )
    noticed_on = models.DateField()
    kind = models.CharField(max_length=10, choices=SideEffectKind.choices)
    other = EncryptedTextField(blank=True, default="")  # what "other" is, in their words
    rating = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(10)]
    )
    note = EncryptedTextField(blank=True, default="")

    class Meta:
        ordering = ["noticed_on", "pk"]
        indexes = [models.Index(fields=["client", "noticed_on"], name="side_effect_client_day")]

    def __str__(self) -> str:
        return f"side effect #{self.pk}"

    @property
    def label(self) -> str:
        if self.kind == SideEffectKind.OTHER and self.other:
            return str(self.other)
        return str(SideEffectKind(self.kind).label)

"""Questionnaire assignments, administrations (raw answers + score), and licences.

Risk flags live in `attune.safety.models` (table kept as ``questionnaires_riskflag``).

Scoring lives in `attune.clinical.instruments`; a stored administration keeps the raw
answers and the scoring version that produced its total, so a score can be recomputed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from attune.accounts.models import Organisation
from attune.clinical.instruments import INSTRUMENTS
from attune.clinical.instruments.schedule import MAX_EVERY_DAYS, Cadence, Schedule
from attune.core.records import ClinicalRecord

INSTRUMENT_CHOICES = [(i.id, i.name) for i in INSTRUMENTS.values()]
CADENCE_CHOICES = [
    (Cadence.ONCE.value, _("Once")),
    (Cadence.WEEKLY.value, _("Every week")),
    (Cadence.EVERY_N_DAYS.value, _("Every few days")),
    (Cadence.MONTHLY.value, _("Every month")),
]


class InstrumentLicence(models.Model):
    """An admin's record that the organisation holds permission to use an instrument."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    instrument = models.CharField(max_length=16, choices=INSTRUMENT_CHOICES)
    reference = models.CharField(max_length=200)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "instrument"], name="one_licence_per_instrument"
            )
        ]

    def __str__(self) -> str:
        return f"licence {self.instrument} #{self.pk}"


class Assignment(ClinicalRecord):
    """A questionnaire on a cadence for one client; assigned_by is empty when self-chosen."""

    instrument = models.CharField(max_length=16, choices=INSTRUMENT_CHOICES)
    cadence = models.CharField(max_length=16, choices=CADENCE_CHOICES)
    every_days = models.PositiveSmallIntegerField(null=True, blank=True)
    start_on = models.DateField()
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    active = models.BooleanField(default=True)
    remind = models.BooleanField(_("email me when it is ready"), default=True)
    last_reminded_for = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["client", "instrument"],
                condition=Q(active=True),
                name="one_active_assignment_per_instrument",
            ),
            models.CheckConstraint(
                condition=Q(every_days__isnull=True)
                | Q(every_days__gte=1, every_days__lte=MAX_EVERY_DAYS),
                name="every_days_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"assignment {self.instrument} #{self.pk}"

    @property
    def schedule(self) -> Schedule:
        return Schedule(self.start_on, Cadence(self.cadence), self.every_days)


class Administration(ClinicalRecord):
    """One completion (or a saved, unfinished start) of a questionnaire."""

    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"

    instrument = models.CharField(max_length=16, choices=INSTRUMENT_CHOICES)
    assignment = models.ForeignKey(
        Assignment, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(
        max_length=12,
        choices=[(IN_PROGRESS, _("Started")), (SUBMITTED, _("Submitted"))],
        default=IN_PROGRESS,
    )
    # Raw answer codes in item order; unanswered items of a saved start are null.
    answers = models.JSONField(default=list)
    total = models.FloatField(null=True, blank=True)
    band = models.CharField(max_length=32, blank=True)
    subscales = models.JSONField(default=dict)
    flags = models.JSONField(default=list)
    scoring_version = models.CharField(max_length=32, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_on = models.DateField(null=True, blank=True)  # in the client's own time zone

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["client", "instrument", "status", "submitted_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["client", "instrument"],
                condition=Q(status="in_progress"),
                name="one_unfinished_start_per_instrument",
            )
        ]

    def __str__(self) -> str:
        return f"administration {self.instrument} #{self.pk}"

    @property
    def total_number(self) -> int | float | None:
        if self.total is None:
            return None
        return int(self.total) if float(self.total).is_integer() else self.total

"""A guided body exercise done by a client, with distress rated before and after (0–10).

The distress ratings are attune's own 0–10 self-ratings (like a subjective units of
distress scale on a 0–10 range), not a validated instrument.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

from .catalogue import EXERCISES

ZERO_TO_TEN = [MinValueValidator(0), MaxValueValidator(10)]


def validate_known_exercise(value: str) -> None:
    if value not in EXERCISES:
        raise ValidationError(
            _("There is no exercise called %(value)s."), code="unknown", params={"value": value}
        )


class ExerciseSession(ClinicalRecord):
    exercise = models.SlugField(max_length=60, validators=[validate_known_exercise])
    distress_before = models.PositiveSmallIntegerField(validators=ZERO_TO_TEN)
    distress_after = models.PositiveSmallIntegerField(null=True, blank=True, validators=ZERO_TO_TEN)
    completed = models.BooleanField(default=False)
    stopped_early = models.BooleanField(default=False)
    note = EncryptedTextField(blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["client", "started_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(distress_before__lte=10), name="exercise_distress_before_0_10"
            ),
            models.CheckConstraint(
                condition=Q(distress_after__isnull=True) | Q(distress_after__lte=10),
                name="exercise_distress_after_0_10",
            ),
            models.CheckConstraint(
                condition=~Q(completed=True, stopped_early=True),
                name="exercise_completed_or_stopped",
            ),
        ]

    def __str__(self) -> str:
        return f"exercise session #{self.pk} {self.exercise}"

    @property
    def ended(self) -> bool:
        return self.finished_at is not None or self.completed or self.stopped_early

    @property
    def change(self) -> int | None:
        if self.distress_after is None:
            return None
        return self.distress_before - self.distress_after

"""Trigger map, behavioural experiments and the library reading list.

Facts: the trigger map's origin themes follow CLINICAL.md (early messages about
desirability, past betrayal, current relationship dynamics, cultural or religious messages,
body/health/ageing changes); behavioural experiments follow the cognitive-therapy format
(Bennett-Levy et al. 2004, Oxford Guide to Behavioural Experiments in Cognitive Therapy).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

ZERO_TO_HUNDRED = [MinValueValidator(0), MaxValueValidator(100)]


class Company(models.TextChoices):
    ALONE = "alone", _("Alone")
    PARTNER = "partner", _("With a partner")
    FRIENDS = "friends", _("With friends")
    FAMILY = "family", _("With family")
    COLLEAGUES = "colleagues", _("At work or study")
    STRANGERS = "strangers", _("Among strangers")
    ONLINE = "online", _("Online")
    OTHER = "other", _("Somewhere else")


class OriginTheme(models.TextChoices):
    EARLY_MESSAGES = "early_messages", _("Early messages about desirability")
    BETRAYAL = "betrayal", _("Past betrayal")
    RELATIONSHIP = "relationship", _("Current relationship dynamics")
    CULTURAL = "cultural", _("Cultural or religious messages")
    BODY = "body", _("Body, health or ageing changes")
    OTHER = "other", _("Something else")


# Longest text each field keeps, in characters: room for a full account, never a megabyte
# paste. The model, its forms and the API schemas all read these.
PLACE_MAX = 200
NOTE_MAX = 2000
TEXT_MAX = 4000
STORY_MAX = 8000


class Trigger(ClinicalRecord):
    """A moment when longing became painful, and the pause that followed."""

    occurred_at = models.DateTimeField()
    place = EncryptedTextField(blank=True, max_length=PLACE_MAX)
    company = models.CharField(max_length=12, choices=Company.choices)
    what_happened = EncryptedTextField(max_length=STORY_MAX)
    intensity_before = models.PositiveSmallIntegerField(validators=ZERO_TO_HUNDRED)
    body_sensations = EncryptedTextField(blank=True, max_length=NOTE_MAX)
    automatic_thought = EncryptedTextField(blank=True, max_length=NOTE_MAX)
    origin_theme = models.CharField(max_length=16, choices=OriginTheme.choices)
    compassionate_response = EncryptedTextField(blank=True, max_length=TEXT_MAX)
    intensity_after = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=ZERO_TO_HUNDRED
    )

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        indexes = [models.Index(fields=["client", "occurred_at"])]

    def __str__(self) -> str:
        return f"trigger #{self.pk}"

    @property
    def paused(self) -> bool:
        return bool(self.compassionate_response) and self.intensity_after is not None


class Experiment(ClinicalRecord):
    """A small, attainable test of a belief, and what it taught."""

    PLANNED = "planned"
    DONE = "done"

    belief = EncryptedTextField(max_length=TEXT_MAX)
    belief_before = models.PositiveSmallIntegerField(validators=ZERO_TO_HUNDRED)
    prediction = EncryptedTextField(max_length=TEXT_MAX)
    plan = EncryptedTextField(max_length=TEXT_MAX)
    safety_behaviours = EncryptedTextField(blank=True, max_length=NOTE_MAX)
    planned_on = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=8, choices=[(PLANNED, _("Planned")), (DONE, _("Done"))], default=PLANNED
    )
    outcome = EncryptedTextField(blank=True, max_length=TEXT_MAX)
    learned = EncryptedTextField(blank=True, max_length=TEXT_MAX)
    belief_after = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=ZERO_TO_HUNDRED
    )
    next_experiment = EncryptedTextField(blank=True, max_length=NOTE_MAX)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"experiment #{self.pk}"


class ArticleRead(models.Model):
    client = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    slug = models.SlugField(max_length=80)
    read_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["client", "slug"], name="read_once")]

    def __str__(self) -> str:
        return f"read {self.slug}"


class ArticleAssignment(ClinicalRecord):
    slug = models.SlugField(max_length=80)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["client", "slug"], name="assigned_once")]

    def __str__(self) -> str:
        return f"assigned {self.slug}"

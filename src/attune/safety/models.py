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


class CrisisLines(models.Model):
    """An organisation's own crisis lines for a country, replacing attune's defaults."""

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
        constraints = [
            models.UniqueConstraint(fields=["organisation", "country"], name="one_set_per_country")
        ]

    def __str__(self) -> str:
        return f"crisis lines {self.country} #{self.pk}"

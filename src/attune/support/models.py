"""The support-network map: the people and places that hold a client.

Everything the client writes (a name or nickname, what someone helps with in their own
words, a phone number) is encrypted at rest. The map is private to the client; they may
share it with the clinicians in their care, one consent-ledger grant per clinician (kind
"clinician", scope ``support_map``), and take it back at any moment.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

# The consent-ledger scope of "my clinician sees my support map".
SHARE_SCOPE = "support_map"


class Role(models.TextChoices):
    FRIEND = "friend", _("Friend")
    FAMILY = "family", _("Family")
    PARTNER = "partner", _("Partner")
    PEER = "peer", _("Peer (someone who has been there too)")
    PROFESSIONAL = "professional", _("Professional")
    GROUP = "group", _("Group")
    ONLINE = "online", _("Online community")


class Ring(models.IntegerChoices):
    INNER = 1, _("Closest")
    MIDDLE = 2, _("Close")
    OUTER = 3, _("Further out")


class Frequency(models.TextChoices):
    DAILY = "daily", _("Most days")
    WEEKLY = "weekly", _("Every week or so")
    MONTHLY = "monthly", _("Every month or so")
    RARELY = "rarely", _("Now and then")


class Help(models.TextChoices):
    LISTEN = "listen", _("Listens when I need to talk")
    NIGHT = "night", _("I could call them at night or in a hard moment")
    DO_THINGS = "do_things", _("We do things together")
    PRACTICAL = "practical", _("Practical help")
    MENTAL_HEALTH = "mental_health", _("Knows about my mental health")
    BELONGING = "belonging", _("I feel I belong there")


class SupportPerson(ClinicalRecord):
    name = EncryptedTextField(_("name or nickname"))
    role = models.CharField(_("who they are to you"), max_length=16, choices=Role.choices)
    ring = models.PositiveSmallIntegerField(
        _("how close"),
        choices=Ring.choices,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
    )
    frequency = models.CharField(
        _("how often you are in touch"), max_length=8, choices=Frequency.choices
    )
    helps = models.JSONField(_("what they help with"), default=list, blank=True)
    helps_note = EncryptedTextField(_("in your own words"), blank=True, default="")
    phone = EncryptedTextField(_("phone number"), blank=True, default="")

    class Meta:
        ordering = ["ring", "created_at", "pk"]
        verbose_name = "support person"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ring__gte=1, ring__lte=3), name="support_ring_1_3"
            )
        ]

    def __str__(self) -> str:
        return f"support person #{self.pk}"

    @property
    def help_labels(self) -> list[str]:
        labels = dict(Help.choices)
        return [str(labels[key]) for key in self.helps if key in labels]

    def screened_text(self) -> str:
        """What risk screening reads: the client's own words, each as its own paragraph."""
        return "\n\n".join(part for part in (self.name, self.helps_note) if part)

"""Values, value-based action plans and non-sexual anchors of connection.

The ten life areas are those of the Valued Living Questionnaire (Wilson, Sandoz, Kitchens &
Roberts 2010, The Psychological Record 60:249-272): each is rated 1-10 for how important it is
and for how consistently the person lived by it in the past week. attune words its own
questions around those areas; the gap (importance minus consistency) points to where a small
committed action might matter most. attune does not compute the VLQ composite score.

The suggested anchors (shared humour, empathetic listening, collaborative problem solving)
come from the model attune implements (shared/CLINICAL.md, "Meaning").
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord

ONE_TO_TEN = [MinValueValidator(1), MaxValueValidator(10)]


class Domain(models.TextChoices):
    """The VLQ's ten life areas, in the questionnaire's order (Wilson et al. 2010)."""

    FAMILY = "family", _("Family (other than a couple relationship or parenting)")
    INTIMATE = "intimate", _("Marriage, couple or intimate relationships")
    PARENTING = "parenting", _("Parenting")
    FRIENDS = "friends", _("Friendships and social life")
    WORK = "work", _("Work")
    EDUCATION = "education", _("Education and training")
    RECREATION = "recreation", _("Recreation and fun")
    SPIRITUALITY = "spirituality", _("Spirituality")
    COMMUNITY = "community", _("Citizenship and community life")
    SELF_CARE = "self_care", _("Physical self-care (diet, exercise, sleep)")


DOMAINS: tuple[str, ...] = tuple(Domain.values)

# Short names for charts and narrow tables.
SHORT_NAMES = {
    "family": _("Family"),
    "intimate": _("Intimate relationships"),
    "parenting": _("Parenting"),
    "friends": _("Friends and social life"),
    "work": _("Work"),
    "education": _("Education"),
    "recreation": _("Recreation and fun"),
    "spirituality": _("Spirituality"),
    "community": _("Community life"),
    "self_care": _("Physical self-care"),
}


def rating_field(domain: str, kind: str) -> str:
    return f"{domain}_{kind}"


class ValuesRating(ClinicalRecord):
    """One day's ratings of the ten areas: importance and past-week consistency, 1-10 each."""

    day = models.DateField()
    family_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    family_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    intimate_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    intimate_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    parenting_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    parenting_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    friends_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    friends_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    work_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    work_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    education_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    education_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    recreation_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    recreation_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    spirituality_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    spirituality_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    community_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    community_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    self_care_importance = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)
    self_care_consistency = models.PositiveSmallIntegerField(validators=ONE_TO_TEN)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["client", "day"], name="one_values_rating_per_day"),
            *(
                models.CheckConstraint(
                    condition=Q(
                        **{f"{rating_field(d, k)}__gte": 1, f"{rating_field(d, k)}__lte": 10}
                    ),
                    name=f"values_{d}_{k}_1_to_10",
                )
                for d in DOMAINS
                for k in ("importance", "consistency")
            ),
        ]

    def __str__(self) -> str:
        return f"values rating #{self.pk} {self.day}"

    def importance(self, domain: str) -> int:
        return int(getattr(self, rating_field(domain, "importance")))

    def consistency(self, domain: str) -> int:
        return int(getattr(self, rating_field(domain, "consistency")))

    def gap(self, domain: str) -> int:
        """Importance minus consistency: above 0 means living it less than it matters."""
        return self.importance(domain) - self.consistency(domain)


class ValueStatement(ClinicalRecord):
    """The client's own words for how they want to show up in one area. Private."""

    domain = models.CharField(max_length=16, choices=Domain.choices)
    text = EncryptedTextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["client", "domain"], name="one_statement_per_domain")
        ]

    def __str__(self) -> str:
        return f"value statement #{self.pk} ({self.domain})"


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Done")
    NOT_YET = "not_yet", _("Not yet")


class ValueAction(ClinicalRecord):
    """A small committed action in one area, on a day. "Not yet" is a status, never a verdict."""

    domain = models.CharField(max_length=16, choices=Domain.choices)
    action = EncryptedTextField()
    scheduled_on = models.DateField()
    scheduled_time = models.TimeField(null=True, blank=True)
    status = models.CharField(
        max_length=8, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    reflection = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["scheduled_on", "scheduled_time", "pk"]
        indexes = [models.Index(fields=["client", "scheduled_on"])]

    def __str__(self) -> str:
        return f"value action #{self.pk} {self.scheduled_on}"


class SuggestedAnchor(models.TextChoices):
    SHARED_HUMOUR = "shared_humour", _("Shared humour")
    EMPATHETIC_LISTENING = "empathetic_listening", _("Empathetic listening")
    COLLABORATIVE_PROBLEM_SOLVING = (
        "collaborative_problem_solving",
        _("Collaborative problem solving"),
    )


SUGGESTION_TEXT = {
    "shared_humour": _("Laughing together: a joke, a story, a silly moment shared with someone."),
    "empathetic_listening": _(
        "Listening to someone with full attention, or being listened to that way."
    ),
    "collaborative_problem_solving": _(
        "Working something out with someone: a plan, a puzzle, a practical task."
    ),
}


class Anchor(ClinicalRecord):
    """A non-sexual anchor of connection: a suggested one adopted, or the client's own."""

    suggestion = models.CharField(max_length=32, choices=SuggestedAnchor.choices, blank=True)
    name = EncryptedTextField(blank=True)  # the client's own anchor; empty for a suggestion
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["client", "suggestion"],
                condition=~Q(suggestion=""),
                name="adopt_each_suggested_anchor_once",
            )
        ]

    def __str__(self) -> str:
        return f"anchor #{self.pk}"

    @property
    def label(self) -> str:
        if self.suggestion:
            return str(SuggestedAnchor(self.suggestion).label)
        return str(self.name)


class Moment(ClinicalRecord):
    """A moment an anchor of connection happened."""

    anchor = models.ForeignKey(Anchor, on_delete=models.CASCADE, related_name="moments")
    day = models.DateField()
    note = EncryptedTextField(blank=True)
    who_with = EncryptedTextField(blank=True)

    class Meta:
        ordering = ["-day", "-pk"]
        indexes = [models.Index(fields=["client", "day"])]

    def __str__(self) -> str:
        return f"moment #{self.pk} {self.day}"

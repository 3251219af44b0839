from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from attune.accounts.models import LifeStage, RelationshipStatus
from attune.clinical.plans.vocab import Pillar

from .models import Outcome

PILLAR_LABELS = {
    "foundations": _("Foundations: sleep, activity, routine, daily contact"),
    "self_compassion": _("Self-compassion"),
    "values": _("Values and anchors"),
    "social": _("Social connection"),
    "communication": _("Communication"),
    "embodiment": _("Closeness and the body"),
    "body_regulation": _("Calming the body"),
    "learning": _("Learning"),
}


class PlanStartForm(forms.Form):
    life_stage = forms.ChoiceField(label=_("Life stage"), choices=LifeStage.choices)
    relationship = forms.ChoiceField(label=_("Relationship"), choices=RelationshipStatus.choices)
    trauma_informed = forms.BooleanField(
        label=_("Go gently: a slower pace, calming the body before any exposure step"),
        required=False,
    )
    antidepressant = forms.BooleanField(
        label=_("Taking an antidepressant (adds reading and a prescriber conversation)"),
        required=False,
    )


class StepLogForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("How did it go?"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    felt_safe = forms.TypedChoiceField(
        label=_("Did it feel safe enough?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    distress = forms.IntegerField(
        label=_("How distressing was it, 0–100?"),
        min_value=0,
        max_value=100,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "step": 5}),
    )
    reflection = forms.CharField(
        label=_("What did you notice or learn? (optional)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class StepCountForm(forms.Form):
    """The one-tap confirmation that counts a step from its tool; how it felt is optional."""

    decision = forms.ChoiceField(choices=[("count", _("Count it")), ("skip", _("Not now"))])
    felt_safe = forms.TypedChoiceField(
        label=_("Did it feel safe enough?"),
        choices=[("", _("Not said")), ("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
    )
    distress = forms.IntegerField(
        label=_("How distressing was it, 0–100?"), min_value=0, max_value=100, required=False
    )
    next = forms.CharField(required=False, max_length=2000)


class CustomStepForm(forms.Form):
    phase = forms.ChoiceField(label=_("Phase"))
    title = forms.CharField(label=_("Title"), max_length=120)
    pillar = forms.ChoiceField(
        label=_("Pillar"), choices=[(p.value, PILLAR_LABELS[p.value]) for p in Pillar]
    )
    difficulty = forms.IntegerField(label=_("Expected distress, 0–100"), min_value=0, max_value=100)
    how = forms.CharField(label=_("How to do it"), widget=forms.Textarea(attrs={"rows": 3}))
    notice = forms.CharField(
        label=_("What to notice"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, phases: list[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["phase"].choices = phases  # type: ignore[attr-defined]

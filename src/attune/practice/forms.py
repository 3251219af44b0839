from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Experiment, Trigger


def _percent(label: Any, help_text: Any = "") -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=100,
        help_text=help_text,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "step": 5}),
    )


class TriggerForm(forms.ModelForm):  # type: ignore[type-arg]
    intensity_before = _percent(
        _("How painful was the longing, 0–100?"), _("0 is not at all, 100 is the most ever.")
    )

    class Meta:
        model = Trigger
        fields = [
            "occurred_at",
            "company",
            "place",
            "what_happened",
            "intensity_before",
            "body_sensations",
            "automatic_thought",
            "origin_theme",
        ]
        labels = {
            "occurred_at": _("When was it?"),
            "company": _("Were you alone or with someone?"),
            "place": _("Where were you? (optional)"),
            "what_happened": _("What happened?"),
            "body_sensations": _("What did you notice in your body? (optional)"),
            "automatic_thought": _("What did the self-critical voice say? (optional)"),
            "origin_theme": _("Where might that voice come from?"),
        }
        help_texts = {
            "automatic_thought": _("Write it the way it sounded, without arguing with it yet."),
            "origin_theme": _("A best guess is enough. You can change it later."),
        }
        widgets = {
            "occurred_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "company": forms.RadioSelect,
            "origin_theme": forms.RadioSelect,
            "what_happened": forms.Textarea(attrs={"rows": 3}),
            "body_sensations": forms.Textarea(attrs={"rows": 2}),
            "automatic_thought": forms.Textarea(attrs={"rows": 2}),
            "place": forms.TextInput,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Radio buttons start with nothing chosen: no "---------" option, pre-selected.
        for name in ("company", "origin_theme"):
            field = self.fields[name]
            field.choices = [  # type: ignore[attr-defined]
                choice
                for choice in field.choices  # type: ignore[attr-defined]
                if choice[0] != ""
            ]


class PauseForm(forms.Form):
    compassionate_response = forms.CharField(
        label=_("What would you say to a dear friend who felt this?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
    )
    intensity_after = _percent(_("How painful is the longing now, 0–100?"))


class ExperimentPlanForm(forms.ModelForm):  # type: ignore[type-arg]
    belief_before = _percent(_("How strongly do you believe it right now, 0–100 %?"))

    class Meta:
        model = Experiment
        fields = [
            "belief",
            "belief_before",
            "prediction",
            "plan",
            "safety_behaviours",
            "planned_on",
        ]
        labels = {
            "belief": _("The belief to test"),
            "prediction": _("What do you predict will happen?"),
            "plan": _("The experiment: one small, doable step"),
            "safety_behaviours": _("Safety behaviours you will try to drop (optional)"),
            "planned_on": _("When will you try it? (optional)"),
        }
        help_texts = {
            "belief": _("For example: “If I say I'd like more closeness, they will pull away.”"),
            "plan": _("Small enough that you could do it this week."),
            "safety_behaviours": _(
                "Things you do to feel safer that stop you learning, like changing the subject."
            ),
        }
        widgets = {
            "belief": forms.Textarea(attrs={"rows": 2}),
            "prediction": forms.Textarea(attrs={"rows": 2}),
            "plan": forms.Textarea(attrs={"rows": 2}),
            "safety_behaviours": forms.Textarea(attrs={"rows": 2}),
            "planned_on": forms.DateInput(attrs={"type": "date"}),
        }


class ExperimentResultForm(forms.ModelForm):  # type: ignore[type-arg]
    belief_after = _percent(_("How strongly do you believe it now, 0–100 %?"))

    class Meta:
        model = Experiment
        fields = ["outcome", "learned", "belief_after", "next_experiment"]
        labels = {
            "outcome": _("What actually happened?"),
            "learned": _("What did you learn?"),
            "next_experiment": _("A next experiment (optional)"),
        }
        widgets = {
            "outcome": forms.Textarea(attrs={"rows": 3}),
            "learned": forms.Textarea(attrs={"rows": 3}),
            "next_experiment": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["outcome"].required = True
        self.fields["learned"].required = True

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from attune.accounts.models import LifeStage, RelationshipStatus, SexualFocus, YesNoUnsaid
from attune.clinical.plans.profile import GOAL_FITS, Goal, Relationship, goals_for
from attune.clinical.plans.vocab import Pillar

from .models import DeclineReason, LifeChangeKind, Outcome

GOAL_LABELS = {
    "more_daily_contact": _("More everyday contact with people"),
    "vulnerability_in_conversation": _("Being more open in conversation"),
    "closeness_with_partner": _("Closeness with my partner"),
    "dating": _("Meeting someone to date"),
    "self_compassion": _("Being kinder to myself"),
    "body_comfort": _("Feeling at home in my body"),
    "meaning_and_values": _("A life that follows what matters to me"),
    "friendship_and_belonging": _("Friendship and belonging"),
    "less_shame": _("Less shame"),
    "full_life_without_sex": _("A life that feels full without sex"),
    "talking_about_needs": _("Talking about what I need"),
    "sexual_closeness": _("Sexual closeness, at my own pace"),
}
RANKS = [("", _("Not for now"))] + [(str(n), str(n)) for n in range(1, len(Goal) + 1)]

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
    sexual_focus = forms.ChoiceField(
        label=_("Where does sex sit in what you want? (optional)"),
        choices=[("", _("Skip this question")), *SexualFocus.choices],
        required=False,
        help_text=_(
            "A full life does not need sex: if it is not part of what you want, the plan "
            "will not steer you towards it."
        ),
    )
    disability = forms.ChoiceField(
        label=_("A disability or long-term illness? (optional)"),
        choices=[("", _("Skip this question")), *YesNoUnsaid.choices],
        required=False,
    )
    lgbtq = forms.ChoiceField(
        label=_("Are you LGBTQ+? (optional)"),
        choices=[("", _("Skip this question")), *YesNoUnsaid.choices],
        required=False,
    )


class GoalsForm(forms.Form):
    """Each goal that fits gets a place: 1 for the most important; "Not for now" leaves it
    out. Works without JavaScript."""

    own_goal = forms.CharField(
        label=_("A goal of your own, in your words (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only you and a clinician you are in care with can read this."),
    )

    def __init__(
        self, relationship: str, *args: Any, chosen: tuple[str, ...] = (), **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.goal_fields: list[str] = []
        fitting = goals_for(Relationship(relationship))
        for value in fitting:
            name = f"rank_{value}"
            rank = str(chosen.index(value) + 1) if value in chosen else ""
            self.fields[name] = forms.ChoiceField(
                label=GOAL_LABELS[value], choices=RANKS, required=False, initial=rank
            )
            self.goal_fields.append(name)
        self.order_fields([*self.goal_fields, "own_goal"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        ranked = [
            (int(data[name]), i, name.removeprefix("rank_"))
            for i, name in enumerate(self.goal_fields)
            if data.get(name)
        ]
        if not ranked:
            raise forms.ValidationError(_("Choose at least one goal (give it a number)."))
        data["goals"] = [goal for _rank, _i, goal in sorted(ranked)]
        return data


class StartGoalsForm(forms.Form):
    """Goals chosen at plan start, beside the start form: every goal with a place (1 for the
    most important; "Not for now" leaves it out), all optional. None chosen: the plan starts
    from goals that fit the person's situation, and they can choose at any time after."""

    own_goal = forms.CharField(
        label=_("A goal of your own, in your words (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only you and a clinician you are in care with can read this."),
    )

    def __init__(self, *args: Any, own_goal: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.goal_fields: list[str] = []
        for goal in Goal:
            name = f"rank_{goal.value}"
            self.fields[name] = forms.ChoiceField(
                label=GOAL_LABELS[goal.value], choices=RANKS, required=False
            )
            self.goal_fields.append(name)
        if not own_goal:  # a clinician starting the plan does not write the client's words
            del self.fields["own_goal"]
        self.order_fields(self.goal_fields)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        ranked = [
            (int(data[name]), i, name.removeprefix("rank_"))
            for i, name in enumerate(self.goal_fields)
            if data.get(name)
        ]
        data["goals"] = [goal for _rank, _i, goal in sorted(ranked)]
        return data

    def fits(self, relationship: str) -> bool:
        """Refuse goals that need a partner when the relationship has none, naming each."""
        status = Relationship(relationship)
        for goal in self.cleaned_data["goals"]:
            if status not in GOAL_FITS.get(Goal(goal), frozenset([status])):
                self.add_error(
                    f"rank_{goal}",
                    _("This goal is for people with a partner; choose it when that fits."),
                )
        return not self.errors


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why set this step aside?"),
        choices=DeclineReason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything you would like to add? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class LifeChangeForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What changed?"), choices=LifeChangeKind.choices, widget=forms.RadioSelect
    )
    life_stage = forms.ChoiceField(label=_("Life stage now"), choices=LifeStage.choices)
    relationship = forms.ChoiceField(
        label=_("Relationship now"), choices=RelationshipStatus.choices
    )
    antidepressant = forms.BooleanField(label=_("Taking an antidepressant now"), required=False)
    note = forms.CharField(
        label=_("Anything you would like to say about it? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
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

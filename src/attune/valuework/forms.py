from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from . import services
from .models import DOMAINS, Domain, SuggestedAnchor, rating_field

RATING_CHOICES = [(i, str(i)) for i in range(1, 11)]
RATING_ERRORS = {
    "required": _("Choose a number from 1 to 10."),
    "invalid_choice": _("Choose a number from 1 to 10."),
}
DAY_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_WIDGET = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")

IMPORTANCE_QUESTION = _("How important is this area to you?")
CONSISTENCY_QUESTION = _("How consistently did you live by it in the past week?")


class RatingScale(forms.TypedChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            choices=RATING_CHOICES,
            coerce=int,
            empty_value=None,
            widget=forms.RadioSelect,
            error_messages=RATING_ERRORS,
            **kwargs,
        )


class RatingForm(forms.Form):
    """Twenty 1-10 answers: importance and past-week consistency for each of the ten areas."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for domain in DOMAINS:
            self.fields[rating_field(domain, "importance")] = RatingScale(label=IMPORTANCE_QUESTION)
            self.fields[rating_field(domain, "consistency")] = RatingScale(
                label=CONSISTENCY_QUESTION
            )

    def areas(self) -> list[tuple[str, str, forms.BoundField, forms.BoundField]]:
        return [
            (
                domain,
                str(Domain(domain).label),
                self[rating_field(domain, "importance")],
                self[rating_field(domain, "consistency")],
            )
            for domain in DOMAINS
        ]

    def ratings(self) -> dict[str, dict[str, int]]:
        return {
            d: {
                "importance": self.cleaned_data[rating_field(d, "importance")],
                "consistency": self.cleaned_data[rating_field(d, "consistency")],
            }
            for d in DOMAINS
        }


class StatementsForm(forms.Form):
    def __init__(self, *args: Any, order: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for domain in order or list(DOMAINS):
            self.fields[f"statement_{domain}"] = forms.CharField(
                label=Domain(domain).label,
                required=False,
                max_length=services.MAX_STATEMENT,
                widget=forms.Textarea(attrs={"rows": 3}),
                strip=True,
            )

    def texts(self) -> dict[str, str]:
        """Only the areas the request carried: a field left out is kept, not erased."""
        return {
            name.removeprefix("statement_"): value
            for name, value in self.cleaned_data.items()
            if name in self.data
        }


class ActionForm(forms.Form):
    domain = forms.ChoiceField(
        label=_("Which area of your life is this for?"), choices=Domain.choices
    )
    action = forms.CharField(
        label=_("The small step you will take"),
        max_length=services.MAX_ACTION,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            'Small and specific works best: "Text Sam to ask how the move went", '
            '"Ten minutes of stretching before bed".'
        ),
        error_messages={"required": _("Please write the step you have in mind.")},
    )
    scheduled_on = forms.DateField(
        label=_("On which day?"),
        widget=DAY_WIDGET,
        error_messages={"required": _("Choose a day."), "invalid": _("Enter a date.")},
    )
    scheduled_time = forms.TimeField(
        label=_("At what time? (optional)"), required=False, widget=TIME_WIDGET
    )


class ReflectionForm(forms.Form):
    reflection = forms.CharField(
        label=_("A few words about it (optional, private)"),
        required=False,
        max_length=services.MAX_REFLECTION,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class NotYetForm(ReflectionForm):
    reschedule_to = forms.DateField(
        label=_("Want to pick a new day? (optional)"),
        required=False,
        widget=DAY_WIDGET,
        error_messages={"invalid": _("Enter a date.")},
    )
    reschedule_time = forms.TimeField(
        label=_("At what time? (optional)"), required=False, widget=TIME_WIDGET
    )


class RescheduleForm(forms.Form):
    scheduled_on = forms.DateField(
        label=_("New day"),
        widget=DAY_WIDGET,
        error_messages={"required": _("Choose a day."), "invalid": _("Enter a date.")},
    )
    scheduled_time = forms.TimeField(
        label=_("At what time? (optional)"), required=False, widget=TIME_WIDGET
    )


class AdoptForm(forms.Form):
    suggestion = forms.ChoiceField(choices=SuggestedAnchor.choices)


class AnchorForm(forms.Form):
    name = forms.CharField(
        label=_("Name your own anchor"),
        max_length=services.MAX_ANCHOR_NAME,
        help_text=_('For example "cooking with my brother" or "the Tuesday walking group".'),
        error_messages={"required": _("Please give your anchor a name.")},
    )


class MomentForm(forms.Form):
    day = forms.DateField(
        label=_("When?"),
        widget=DAY_WIDGET,
        error_messages={"required": _("Choose a day."), "invalid": _("Enter a date.")},
    )
    who_with = forms.CharField(
        label=_("Who with? (optional)"), required=False, max_length=services.MAX_WHO_WITH
    )
    note = forms.CharField(
        label=_("What happened? (optional, private)"),
        required=False,
        max_length=services.MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

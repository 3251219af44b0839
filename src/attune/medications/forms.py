"""Web forms: they parse what was typed; the services decide what is acceptable."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Medication, SideEffectKind, Unit

_DATE = {"type": "date"}
_DATE_ERRORS = {"invalid": _("Please give a date written as YYYY-MM-DD.")}
_DOSE_ERRORS = {
    "invalid": _("Please give the dose as a number, such as 50 or 2.5."),
    "required": _("Please give the dose."),
}


class MedicationForm(forms.Form):
    name = forms.CharField(
        label=_("Medicine"),
        max_length=services.NAME_MAX,
        help_text=_("Type its name; common names are suggested as you type."),
        widget=forms.TextInput(attrs={"list": "medicine-names", "autocomplete": "off"}),
        error_messages={"required": _("Please write the medicine's name.")},
    )
    dose = forms.DecimalField(label=_("Dose"), min_value=0, error_messages=_DOSE_ERRORS)
    unit = forms.ChoiceField(label=_("Unit"), choices=Unit.choices)
    started_on = forms.DateField(
        label=_("Started on"), widget=forms.DateInput(attrs=_DATE), error_messages=_DATE_ERRORS
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=services.NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Anything you want to remember, such as who prescribed it."),
    )


class DoseChangeForm(forms.Form):
    date = forms.DateField(
        label=_("Day of the change"),
        widget=forms.DateInput(attrs=_DATE),
        error_messages=_DATE_ERRORS,
    )
    dose = forms.DecimalField(label=_("New dose"), min_value=0, error_messages=_DOSE_ERRORS)
    unit = forms.ChoiceField(label=_("Unit"), choices=Unit.choices)
    reason = forms.CharField(
        label=_("Why it changed (optional)"),
        required=False,
        max_length=services.REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class StopForm(forms.Form):
    date = forms.DateField(
        label=_("Day you stopped"),
        widget=forms.DateInput(attrs=_DATE),
        error_messages=_DATE_ERRORS,
    )
    reason = forms.CharField(
        label=_("Why (optional)"),
        required=False,
        max_length=services.REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class SideEffectForm(forms.Form):
    date = forms.DateField(
        label=_("Day you noticed it"),
        widget=forms.DateInput(attrs=_DATE),
        error_messages=_DATE_ERRORS,
    )
    kind = forms.ChoiceField(
        label=_("What you noticed"), choices=SideEffectKind.choices, widget=forms.RadioSelect
    )
    other = forms.CharField(
        label=_("If other: what, in a few words"),
        required=False,
        max_length=services.OTHER_MAX,
    )
    rating = forms.TypedChoiceField(
        label=_("How strong, 0 (not at all) to 10 (very) — only if you want to say"),
        choices=[("", _("I'd rather not rate it"))] + [(str(n), str(n)) for n in range(11)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    medication = forms.TypedChoiceField(
        label=_("With which medicine (optional)"), coerce=int, empty_value=None, required=False
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=services.NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, medications: list[Medication], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["medication"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", _("Not tied to one medicine"))] + [
            (str(m.pk), m.name) for m in medications
        ]


class PlanQuestionForm(forms.Form):
    medication = forms.IntegerField(required=False, min_value=1)
    answer = forms.ChoiceField(
        choices=[("yes", "yes"), ("no", "no"), ("keep", "keep"), ("remove", "remove")]
    )

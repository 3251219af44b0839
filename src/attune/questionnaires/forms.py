from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from attune.clinical.instruments import Instrument
from attune.clinical.instruments.wording import Wording

from .models import CADENCE_CHOICES


class QuestionnaireForm(forms.Form):
    """One radio group per item; every item is needed to submit, none to save for later."""

    def __init__(self, instrument: Instrument, wording: Wording, *args: Any, **kwargs: Any):
        self.finishing = kwargs.pop("finishing", True)
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        for item, text in zip(instrument.items, wording.items, strict=True):
            choices = [
                (option.code, option.label if option.label is not None else str(option.code))
                for option in text.options
            ]
            self.fields[f"item_{item.number}"] = forms.TypedChoiceField(
                label=text.text,
                choices=choices,
                coerce=int,
                empty_value=None,
                required=self.finishing,
                widget=forms.RadioSelect,
                error_messages={"required": _("Please choose an answer for this question.")},
            )

    def answers(self) -> list[int | None]:
        return [self.cleaned_data.get(f"item_{item.number}") for item in self.instrument.items]


class AssignmentForm(forms.Form):
    instrument = forms.ChoiceField(label=_("Questionnaire"))
    cadence = forms.ChoiceField(label=_("How often"), choices=CADENCE_CHOICES)
    every_days = forms.IntegerField(
        label=_("Days apart (for 'every few days')"), required=False, min_value=1, max_value=365
    )
    start_on = forms.DateField(label=_("Starting"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, instruments: list[tuple[str, str]], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].choices = instruments  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("cadence") == "every_n_days" and not data.get("every_days"):
            self.add_error("every_days", _("Say how many days apart."))
        if data.get("cadence") != "every_n_days":
            data["every_days"] = None
        return data


class LicenceForm(forms.Form):
    instrument = forms.ChoiceField(label=_("Questionnaire"))
    reference = forms.CharField(
        label=_("Where the permission is recorded"),
        max_length=200,
        help_text=_("For example the date and sender of the authors' permission letter."),
    )

    def __init__(self, instruments: list[tuple[str, str]], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].choices = instruments  # type: ignore[attr-defined]

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Frequency, Help, Ring, Role


class PersonForm(forms.Form):
    name = forms.CharField(
        label=_("Name or nickname"),
        max_length=services.NAME_MAX,
        help_text=_("Whatever you call them. Only you see this unless you share your map."),
        error_messages={"required": _("Please write a name or a nickname.")},
    )
    role = forms.ChoiceField(
        label=_("Who they are to you"),
        choices=Role.choices,
        error_messages={"required": _("Choose who they are to you from the list.")},
    )
    ring = forms.TypedChoiceField(
        label=_("How close"),
        choices=Ring.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how close: 1 (closest) to 3 (further out).")},
    )
    frequency = forms.ChoiceField(
        label=_("How often you are in touch"),
        choices=Frequency.choices,
        error_messages={"required": _("Choose how often you are in touch.")},
    )
    helps = forms.MultipleChoiceField(
        label=_("What they help with"),
        choices=Help.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    helps_note = forms.CharField(
        label=_("In your own words (optional)"),
        required=False,
        max_length=services.NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        required=False,
        max_length=40,
        help_text=_("Only if you want it to hand, e.g. to copy into your safety plan."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )

    def person_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.fields}

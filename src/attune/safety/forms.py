from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from attune.core.crisis import COUNTRY_CHOICES

from .models import STEPS


class SafetyPlanForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, label, help_text in STEPS:
            self.fields[name] = forms.CharField(
                label=label,
                help_text=help_text,
                required=False,
                max_length=4000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
        self.fields["reasons_for_living"] = forms.CharField(
            label=_("What matters most to me and is worth living for (optional)"),
            required=False,
            max_length=4000,
            widget=forms.Textarea(attrs={"rows": 2}),
        )


class CrisisLinesForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), choices=COUNTRY_CHOICES)
    emergency = forms.CharField(
        label=_("Emergency number"),
        max_length=40,
        help_text=_("One number, or two joined by “or”, for example: 112 or 999"),
    )
    lines = forms.CharField(
        label=_("Helplines, one per line: name | number or website | note"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "For example: Samaritans | 116 123 | free, 24/7. The middle part is a phone "
            "number, a text code with its keyword (Shout | text SHOUT to 85258) or a web "
            "address starting https://."
        ),
    )

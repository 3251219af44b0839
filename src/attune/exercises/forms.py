from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .services import NOTE_MAX_LENGTH

SCALE_CHOICES = [(i, str(i)) for i in range(11)]
LOW_ANCHOR = _("calm, no distress")
HIGH_ANCHOR = _("the most distress you can imagine")
FINISHED = "finished"
STOPPED = "stopped"


class ScaleField(forms.TypedChoiceField):
    def __init__(self, *, required: bool, **kwargs: Any) -> None:
        super().__init__(
            choices=SCALE_CHOICES,
            coerce=int,
            empty_value=None,
            required=required,
            widget=forms.RadioSelect,
            error_messages={
                "required": _("Please choose a number from 0 to 10."),
                "invalid_choice": _("Please choose a whole number from 0 to 10."),
            },
            **kwargs,
        )


class StartForm(forms.Form):
    distress_before = ScaleField(
        required=True, label=_("How distressed do you feel right now? 0–10")
    )
    submission_key = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)


class EndForm(forms.Form):
    distress_after = ScaleField(required=False, label=_("How distressed do you feel now? 0–10"))
    note = forms.CharField(
        required=False,
        max_length=NOTE_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Anything you noticed? (optional, private)"),
        help_text=_("Only you can read this. It is stored encrypted."),
    )
    outcome = forms.ChoiceField(
        choices=[(FINISHED, _("I've finished")), (STOPPED, _("I stopped early"))],
        initial=FINISHED,
        required=False,
    )

    def clean_outcome(self) -> str:
        return STOPPED if self.cleaned_data.get("outcome") == STOPPED else FINISHED

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        needs_rating = cleaned.get("outcome") == FINISHED and "distress_after" not in self.errors
        if needs_rating and cleaned.get("distress_after") is None:
            self.add_error(
                "distress_after",
                _("Please choose how distressed you feel now, from 0 to 10."),
            )
        return cleaned

    @property
    def stopped_early(self) -> bool:
        return self.cleaned_data.get("outcome") == STOPPED

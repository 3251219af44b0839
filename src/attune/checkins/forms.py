from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CHECKIN_FIELDS, CheckIn, CheckinReminder, ContactKind, Nourishment

SCALE_CHOICES = [(i, str(i)) for i in range(11)]

# Each 0–10 item: (question, low anchor, high anchor). attune's own tracking items.
SCALES: dict[str, tuple[Any, Any, Any]] = {
    "mood": (_("How has your mood been today?"), _("very low"), _("very good")),
    "sexual_loneliness": (
        _("How sexually alone have you felt today — missing sexual closeness or touch?"),
        _("not at all"),
        _("very much"),
    ),
    "emotional_loneliness": (
        _("How much have you missed a close bond with someone who really knows you?"),
        _("not at all"),
        _("very much"),
    ),
    "social_loneliness": (
        _("How much have you missed a wider circle of people to belong with?"),
        _("not at all"),
        _("very much"),
    ),
    "longing_distress": (
        _("How painful has longing felt today?"),
        _("not painful"),
        _("very painful"),
    ),
    "sleep_quality": (_("How well did you sleep last night?"), _("very poorly"), _("very well")),
}


class ScaleField(forms.TypedChoiceField):
    def __init__(self, *, required: bool = False, **kwargs: Any) -> None:
        super().__init__(
            choices=SCALE_CHOICES,
            coerce=int,
            empty_value=None,
            required=required,
            widget=forms.RadioSelect,
            **kwargs,
        )


class CheckinForm(forms.ModelForm):  # type: ignore[type-arg]
    mood = ScaleField(required=True, label=SCALES["mood"][0])
    sexual_loneliness = ScaleField(label=SCALES["sexual_loneliness"][0])
    emotional_loneliness = ScaleField(label=SCALES["emotional_loneliness"][0])
    social_loneliness = ScaleField(label=SCALES["social_loneliness"][0])
    longing_distress = ScaleField(label=SCALES["longing_distress"][0])
    sleep_quality = ScaleField(label=SCALES["sleep_quality"][0])
    social_contact_kinds = forms.MultipleChoiceField(
        choices=ContactKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Who with? (optional)"),
    )
    nourishment = forms.ChoiceField(
        choices=Nourishment.choices,
        required=False,
        widget=forms.RadioSelect,
        label=_("How have you eaten today?"),
    )

    class Meta:
        model = CheckIn
        fields = list(CHECKIN_FIELDS)
        labels = {
            "social_contacts": _(
                "How many real moments of contact with people did you have today?"
            ),
            "sleep_hours": _("Hours of sleep last night"),
            "activity_minutes": _("Minutes of movement or activity today"),
            "win": _("A small win today (optional)"),
            "setback": _("A setback (optional)"),
            "note": _("Anything else on your mind? (optional, private)"),
        }
        help_texts = {
            "social_contacts": _(
                "A chat, a call, a shared meal — anything that felt like contact."
            ),
            "win": _("Anything counts: a walk, a message you sent, getting through a hard moment."),
            "setback": _(
                "Setbacks are part of growth. What happened, and what might you try next time?"
            ),
            "note": _("Only you can read this, unless you choose to share it."),
        }
        widgets = {
            "social_contacts": forms.NumberInput(
                attrs={"min": 0, "max": 500, "inputmode": "numeric"}
            ),
            "sleep_hours": forms.NumberInput(
                attrs={"min": 0, "max": 24, "step": 0.5, "inputmode": "decimal"}
            ),
            "activity_minutes": forms.NumberInput(
                attrs={"min": 0, "max": 1440, "inputmode": "numeric"}
            ),
            "win": forms.Textarea(attrs={"rows": 2}),
            "setback": forms.Textarea(attrs={"rows": 2}),
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_nourishment(self) -> str:
        return str(self.cleaned_data.get("nourishment") or "")

    def scale_fields(self) -> list[tuple[forms.BoundField, Any, Any]]:
        return [(self[name], low, high) for name, (_q, low, high) in SCALES.items()]


class ReminderForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = CheckinReminder
        fields = ["enabled", "local_time", "time_zone"]
        labels = {
            "enabled": _("Send me a gentle email reminder each day"),
            "local_time": _("At what time?"),
            "time_zone": _("Your time zone"),
        }
        help_texts = {"time_zone": _("For example Europe/London or America/Toronto.")}
        widgets = {"local_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}


class QuickCheckinForm(forms.Form):
    """Mood and sexual loneliness in two taps (the home page and the installed app's start).

    Mood is checked by the view only when saving: "Add more" may go on with nothing chosen.
    """

    mood = ScaleField(label=SCALES["mood"][0])
    sexual_loneliness = ScaleField(label=SCALES["sexual_loneliness"][0])
    date = forms.DateField(required=False, widget=forms.HiddenInput)

    def scale_fields(self) -> list[tuple[forms.BoundField, Any, Any]]:
        return [
            (self[name], SCALES[name][1], SCALES[name][2]) for name in ("mood", "sexual_loneliness")
        ]


def quick_form(day: date) -> QuickCheckinForm:
    return QuickCheckinForm(prefix="quick", initial={"date": day})

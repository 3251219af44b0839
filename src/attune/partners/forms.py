from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Conversation, ConversationSummary, PartnerFeedback
from .services import CONVERSATION_FIELDS, FEEDBACK_FIELDS

_TEXT = {"rows": 3}


class FeedbackForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = PartnerFeedback
        fields = list(FEEDBACK_FIELDS)
        labels = {
            "felt_connected": _("This week I felt connected to them (0 = not at all, 10 = very)"),
            "felt_heard": _("This week I felt heard by them (0 = not at all, 10 = fully)"),
            "closeness_moments": _("Moments of closeness this week (how many)"),
            "what_helped": _("What helped"),
            "note": _("Anything else (optional)"),
            "shared_with_client": _("Let them read this week's feedback"),
        }
        help_texts = {
            "shared_with_client": _(
                "Their clinician, if they have one, sees your feedback beside their own "
                "ratings while you are linked; if the link ends, the clinician no longer sees "
                "it. They see it only if you tick this."
            ),
        }
        widgets = {
            "felt_connected": forms.NumberInput(attrs={"min": 0, "max": 10}),
            "felt_heard": forms.NumberInput(attrs={"min": 0, "max": 10}),
            "closeness_moments": forms.NumberInput(attrs={"min": 0, "max": 50}),
            "what_helped": forms.Textarea(attrs=_TEXT),
            "note": forms.Textarea(attrs=_TEXT),
        }


class ConversationForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Conversation
        fields = list(CONVERSATION_FIELDS)
        labels = {
            "starts_at": _("When"),
            "duration_minutes": _("How long (minutes)"),
            "objective": _("One clear objective"),
            "agenda": _("A short agenda"),
            "pause_word": _("Pause word"),
            "green_means": _("Green means"),
            "amber_means": _("Amber means"),
            "red_means": _("Red means"),
            "resume_how": _("How we resume after a pause"),
            "aftercare": _("Aftercare"),
        }
        help_texts = {
            "pause_word": _("Either of you says it and you both stop, no questions asked."),
            "red_means": _("Agree on a signal without words for it too, such as a raised hand."),
        }
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "duration_minutes": forms.NumberInput(attrs={"min": 5, "max": 180}),
            "objective": forms.TextInput(),
            "agenda": forms.Textarea(attrs=_TEXT),
            "pause_word": forms.TextInput(),
            "green_means": forms.TextInput(),
            "amber_means": forms.TextInput(),
            "red_means": forms.TextInput(),
            "resume_how": forms.Textarea(attrs=_TEXT),
            "aftercare": forms.Textarea(attrs=_TEXT),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        starts_at = self.fields["starts_at"]
        assert isinstance(starts_at, forms.DateTimeField)
        starts_at.input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        if not self.instance.pk:
            self.initial.setdefault("green_means", _("All good, keep going"))
            self.initial.setdefault("amber_means", _("Slow down and check in with me"))
            self.initial.setdefault("red_means", _("Stop at once; we pause"))
            self.initial.setdefault(
                "resume_how",
                _("A break of at least 20 minutes, then we come back to it within 24 hours."),
            )


class SummaryForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = ConversationSummary
        fields = ["summary", "safety", "closeness", "shared"]
        labels = {
            "summary": _("What I heard, what I said, what I want to remember"),
            "safety": _("How safe it felt (0 = not at all, 10 = completely)"),
            "closeness": _("How close I felt (0 = not at all, 10 = very)"),
            "shared": _("Let the other person read my summary"),
        }
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 5}),
            "safety": forms.NumberInput(attrs={"min": 0, "max": 10}),
            "closeness": forms.NumberInput(attrs={"min": 0, "max": 10}),
        }

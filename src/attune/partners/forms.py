from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Conversation, ConversationSummary, PartnerFeedback
from .services import (
    CONVERSATION_FIELDS,
    FEEDBACK_FIELDS,
    REQUIRED_AGREEMENT,
    agreement_proposed,
)

_TEXT = {"rows": 3}


class FeedbackForm(forms.ModelForm):  # type: ignore[type-arg]
    """About the partner's own week (how connected and heard they felt, what helped them);
    never a count of anything the client did, which would read as a score of them."""

    class Meta:
        model = PartnerFeedback
        fields = list(FEEDBACK_FIELDS)
        labels = {
            "felt_connected": _("This week I felt connected to them (0 = not at all, 10 = very)"),
            "felt_heard": _("This week I felt heard by them (0 = not at all, 10 = fully)"),
            "what_helped": _("What helped you this week"),
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

        error_messages = {
            "pause_word": {"required": _("Agree on a pause word before you start.")},
            "duration_minutes": {
                "min_value": _("A conversation lasts at least 5 minutes."),
                "max_value": _("A conversation lasts at most 180 minutes (three hours)."),
            },
        }

    def __init__(self, *args: object, viewer: object = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        starts_at = self.fields["starts_at"]
        assert isinstance(starts_at, forms.DateTimeField)
        starts_at.input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        # The model's 5–180 minutes, in the input too (the field's own floor would say 0).
        self.fields["duration_minutes"].widget.attrs.update({"min": 5, "max": 180})
        for name in REQUIRED_AGREEMENT:
            self.fields[name].required = True
        # Editing starts from the agreement in force, or from your own suggestion waiting
        # (or the first one, before anything is agreed).
        record = self.instance
        if record.pk and record.has_proposal:
            mine = getattr(viewer, "pk", None) == record.proposed_by_id
            if mine or not record.agreed:
                for name, value in agreement_proposed(record).items():
                    self.initial[name] = value
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

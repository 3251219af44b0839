from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from . import services


class CircleForm(forms.Form):
    topic = forms.CharField(label=_("Topic"), max_length=services.TOPIC_MAX)
    size_limit = forms.IntegerField(
        label=_("Most members"),
        min_value=services.SIZE_MIN,
        max_value=services.SIZE_MAX,
        initial=8,
    )


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address to invite"),
        help_text=_("Used only to send the invitation; it is removed once they join."),
    )


class JoinForm(forms.Form):
    display_name = forms.CharField(
        label=_("Your display name in this circle"),
        max_length=services.NAME_MAX,
        help_text=_("A pseudonym is fine. Nobody in the circle sees your real name or email."),
    )
    agreed = forms.BooleanField(
        label=_("I have read the group agreements and agree to them"),
        error_messages={"required": _("Please agree to the group agreements to join.")},
    )


class MeetingForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Starts at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    duration_minutes = forms.IntegerField(
        label=_("Length in minutes"), min_value=15, max_value=240, initial=60
    )
    agenda = forms.CharField(
        label=_("Agenda"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    checkin_prompts = forms.CharField(
        label=_("Check-in prompts (one a line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    place = forms.CharField(
        label=_("Place (optional)"),
        help_text=_("A room and address members can find; only members see it."),
        required=False,
        max_length=services.PLACE_MAX,
    )
    video_url = forms.CharField(
        label=_("Video link (optional)"),
        help_text=_("A full https:// address; only members see it."),
        required=False,
        max_length=500,
        widget=forms.URLInput(),
    )


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Your reflection"),
        max_length=services.POST_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Please write something before posting.")},
    )


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are you reporting this? (optional)"),
        required=False,
        max_length=services.REASON_MAX,
    )

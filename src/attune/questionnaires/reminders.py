"""Email a client once when a questionnaire opens; never again for the same occurrence."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from attune.checkins.services import client_today
from attune.clinical.instruments.schedule import due
from attune.core.branding import brand_of, sender_for

from .models import Administration, Assignment


def send_questionnaire_reminders() -> int:
    sent = 0
    assignments = Assignment.objects.filter(
        active=True, remind=True, client__is_active=True
    ).select_related("client")
    for assignment in assignments:
        today = client_today(assignment.client)
        last = (
            Administration.objects.filter(
                client=assignment.client,
                instrument=assignment.instrument,
                status=Administration.SUBMITTED,
            )
            .order_by("-submitted_on")
            .values_list("submitted_on", flat=True)
            .first()
        )
        open_now = due(assignment.schedule, today, last)
        if open_now is None or assignment.last_reminded_for == open_now.due_on:
            continue
        if _claim(assignment, open_now.due_on):
            _send(assignment)
            sent += 1
    return sent


def _claim(assignment: Assignment, due_on: date) -> bool:
    # Only one worker's update matches, so only one email goes out per occurrence.
    return bool(
        Assignment.objects.filter(pk=assignment.pk)
        .filter(Q(last_reminded_for__isnull=True) | Q(last_reminded_for__lt=due_on))
        .update(last_reminded_for=due_on)
    )


def _send(assignment: Assignment) -> None:
    url = settings.BASE_URL + reverse("questionnaire_list")
    send_mail(
        subject=_("A short questionnaire is ready when you are"),
        message=_(
            "Hello,\n\nA short questionnaire is ready in %(app)s whenever suits you:\n%(url)s\n\n"
            "It helps you and anyone supporting you see how things are changing. "
            "There is no deadline.\n\nYou can turn these emails off on your Questionnaires page."
        )
        % {"url": url, "app": brand_of(assignment.client).name},
        from_email=sender_for(assignment.client),
        recipient_list=[assignment.client.email],
    )

"""Emails for partners. They never carry clinical content: no names of steps, no ratings,
no words anyone wrote — only that something is waiting in attune."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from attune.accounts.models import User
from attune.core.branding import brand_of, sender_for

from . import selectors
from .models import Conversation, PartnerFeedback

REMIND_BEFORE = timedelta(hours=24)


def _send(subject: str, body: str, people: list[User], **values: str) -> None:
    """One email each, under the name each person chose for attune (core.branding); the
    subject and body name it through %(app)s."""
    for person in people:
        app = {"app": brand_of(person).name, **values}
        send_mail(
            subject=subject % app,
            message=body % app,
            from_email=sender_for(person),
            recipient_list=[person.email],
        )


@db_task(retries=3, retry_delay=60)  # type: ignore[untyped-decorator]
def notify_feedback_shared(feedback_id: int) -> None:
    feedback = PartnerFeedback.objects.select_related("link__client").filter(pk=feedback_id)
    found = feedback.first()
    if found is None or not found.shared_with_client:
        return
    url = settings.BASE_URL + "/partners/"
    _send(
        _("Something new is waiting for you in %(app)s"),
        _("Your partner shared their weekly reflection with you. Sign in to read it: %(url)s"),
        [found.link.client],
        url=url,
    )


def send_due_conversation_reminders() -> int:
    """One reminder to both people when a planned conversation is less than a day away."""
    now = timezone.now()
    due = (
        Conversation.objects.filter(
            reminder_sent_at__isnull=True,
            starts_at__gt=now,
            starts_at__lte=now + REMIND_BEFORE,
        )
        .filter(
            # A link ended quietly keeps its partner's reminders (their view reads as before).
            Q(link__status="active")
            | Q(link__quiet_holds__ended_link=True, link__quiet_holds__released_at__isnull=True)
        )
        .select_related("link__client", "link__partner")
        .distinct()
    )
    sent = 0
    for conversation in due:
        with transaction.atomic():
            claimed = Conversation.objects.filter(
                pk=conversation.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
        link = conversation.link
        if not claimed or link is None:
            continue
        # A plan that tells of harm from others is the client's alone (safety.harm).
        withheld = selectors.withheld_conversations([conversation])
        recipients = [link.client] + ([] if withheld else [link.partner])
        if link.status != "active":  # ended quietly: the client ended it, so not them
            recipients = [] if withheld else [link.partner]
        if not recipients:
            continue
        url = settings.BASE_URL + f"/conversations/{conversation.pk}/"
        _send(
            _("%(app)s conversation"),
            _("A reminder: you planned a conversation. Details are in %(app)s: %(url)s"),
            recipients,
            url=url,
        )
        sent += 1
    return sent


@db_periodic_task(crontab(minute="*/10"))  # type: ignore[untyped-decorator]
def send_conversation_reminders() -> None:
    send_due_conversation_reminders()

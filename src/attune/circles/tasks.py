"""Circle emails. None holds a reflection's words, the topic, or anyone's name."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from attune.accounts.models import User
from attune.core.branding import brand_of, sender_for
from attune.core.crypto import decrypt

from .models import CircleInvitation, CircleMember, CirclePost, Meeting
from .selectors import active_members

DIGEST_EVERY = timedelta(days=1)
REMIND_AHEAD = timedelta(hours=24)


def _send(template: str, context: dict[str, object], to: str) -> None:
    person = User.objects.filter(email__iexact=to).first()  # None for an invitee
    context = {**context, "app": brand_of(person).name}
    send_mail(
        subject=render_to_string(f"circles/email/{template}_subject.txt", context).strip(),
        message=render_to_string(f"circles/email/{template}_message.txt", context),
        from_email=sender_for(person),
        recipient_list=[to],
    )


@db_task(retries=3, retry_delay=60)  # type: ignore[untyped-decorator]
def send_circle_invitation(invitation_id: int, sealed_token: str) -> None:
    """`sealed_token` is the link's token encrypted: the task queue never holds it readable."""
    invitation = CircleInvitation.objects.filter(pk=invitation_id).first()
    if invitation is None or not invitation.is_open:
        return
    url = settings.BASE_URL + reverse("circle_join", args=[decrypt(sealed_token)])
    _send("invitation", {"url": url, "expires_at": invitation.expires_at}, invitation.email)


def meeting_reminders() -> int:
    """One reminder per meeting, to every current member, within a day of it starting."""
    moment = timezone.now()
    due = Meeting.objects.filter(
        reminder_sent_at__isnull=True,
        cancelled_at__isnull=True,
        starts_at__gt=moment,
        starts_at__lte=moment + REMIND_AHEAD,
    )
    sent = 0
    for meeting in due:
        claimed = Meeting.objects.filter(pk=meeting.pk, reminder_sent_at__isnull=True).update(
            reminder_sent_at=moment
        )
        if not claimed:
            continue
        url = settings.BASE_URL + reverse("circle_detail", args=[meeting.circle_id])
        for member in active_members(meeting.circle).select_related("user"):
            _send("reminder", {"url": url, "starts_at": meeting.starts_at}, member.user.email)
            sent += 1
    return sent


def reflection_digests() -> int:
    """At most one email a day per member, saying only how many new reflections wait."""
    now = timezone.now()
    sent = 0
    members = CircleMember.objects.filter(left_at__isnull=True, removed_at__isnull=True)
    for member in members.select_related("user"):
        if member.last_digest_at and now - member.last_digest_at < DIGEST_EVERY:
            continue
        since = max(member.last_digest_at or member.joined_at, member.joined_at)
        count = (
            CirclePost.objects.filter(
                circle_id=member.circle_id, status=CirclePost.Status.SHOWN, shown_at__gt=since
            )
            .exclude(member=member)
            .count()
        )
        if not count:
            continue
        member.last_digest_at = now
        member.save(update_fields=["last_digest_at"])
        url = settings.BASE_URL + reverse("circle_detail", args=[member.circle_id])
        _send("digest", {"url": url, "count": count}, member.user.email)
        sent += 1
    return sent


@db_periodic_task(crontab(minute="*/15"))  # type: ignore[untyped-decorator]
def send_meeting_reminders() -> None:
    meeting_reminders()


@db_periodic_task(crontab(minute="20"))  # type: ignore[untyped-decorator]
def send_reflection_digests() -> None:
    reflection_digests()

"""Daily check-in reminders, sent once per client per local day, gently: by email when the
person asked for email, and as a push reminder to each browser they subscribed (checkins.push)."""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.core.branding import brand_of, sender_for

from .models import CheckIn, CheckinReminder, PushSubscription


def _local_now(reminder: CheckinReminder, now: datetime) -> datetime:
    try:
        return now.astimezone(zoneinfo.ZoneInfo(reminder.time_zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return now


def send_due_reminders(now: datetime | None = None) -> int:
    """Send every reminder whose time has come today; safe to run from several workers."""
    now = now or timezone.now()
    sent = 0
    wanted = Q(enabled=True) | Q(client__push_subscriptions__isnull=False)
    for reminder in (
        CheckinReminder.objects.filter(wanted, client__is_active=True)
        .distinct()
        .select_related("client")
    ):
        local = _local_now(reminder, now)
        today = local.date()
        if local.time() < reminder.local_time or reminder.last_sent_on == today:
            continue
        if CheckIn.objects.filter(client=reminder.client, day=today).exists():
            continue
        if not _weekly_due(reminder, today):
            continue
        # Claim the day first: only one worker's update matches, so only one reminder goes out.
        claimed = (
            CheckinReminder.objects.filter(pk=reminder.pk)
            .filter(Q(last_sent_on__isnull=True) | Q(last_sent_on__lt=today))
            .update(last_sent_on=today)
        )
        if claimed:
            _send(reminder)
            sent += 1
    return sent


def _weekly_due(reminder: CheckinReminder, today: date) -> bool:
    """In maintenance (plans/maintenance.py) a check-in is asked for once a week."""
    from attune.plans.maintenance import checkin_due  # plans build on check-ins

    return checkin_due(reminder.client, today)


def _send(reminder: CheckinReminder) -> None:
    from .tasks import send_push_reminder  # tasks import this module

    for subscription_id in PushSubscription.objects.filter(client=reminder.client).values_list(
        "pk", flat=True
    ):
        send_push_reminder(subscription_id)
    if reminder.enabled:
        _send_email(reminder)


def _send_email(reminder: CheckinReminder) -> None:
    url = settings.BASE_URL + reverse("checkin_today")
    send_mail(
        subject=_("A minute for yourself"),
        message=_(
            "Hello,\n\nIf you have a minute, %(app)s is here for today's check-in:\n%(url)s\n\n"
            "No pressure — you can check in any day, or skip today.\n\n"
            "You can change or stop these reminders on your Reminders page."
        )
        % {"url": url, "app": brand_of(reminder.client).name},
        from_email=sender_for(reminder.client),
        recipient_list=[reminder.client.email],
    )

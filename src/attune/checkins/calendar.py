"""A private iCalendar feed of check-in reminders, behind a revocable token.

Calendars are often visible to others (shared devices, work calendars), so events say
only "attune check-in" or "attune: step 1 for this week" — nothing about mood, loneliness,
touch or health.
"""

from __future__ import annotations

import secrets
import zoneinfo
from datetime import datetime, time, timedelta

from django.utils import timezone
from icalendar import Alarm, Calendar, Event

from attune.accounts.models import User
from attune.accounts.services import hash_token
from attune.core.branding import brand_of
from attune.core.calendar_ids import opaque_uid
from attune.core.vtimezone import vtimezone

from .models import CalendarFeed, CheckinReminder


def active_feed(client: User) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(client=client, revoked_at__isnull=True).first()


def feed_revoke(*, client: User) -> None:
    CalendarFeed.objects.filter(client=client, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def feed_create(*, client: User) -> str:
    """A new address; any earlier one stops working. Returns the raw token once."""
    feed_revoke(client=client)
    raw = secrets.token_urlsafe(32)
    CalendarFeed.objects.create(client=client, token_hash=hash_token(raw))
    return raw


def feed_owner(raw: str) -> User | None:
    feed = (
        CalendarFeed.objects.select_related("client")
        .filter(token_hash=hash_token(raw), revoked_at__isnull=True, client__is_active=True)
        .first()
    )
    return feed.client if feed else None


def render_feed(client: User) -> bytes:
    reminder = CheckinReminder.objects.filter(client=client).first()
    at = reminder.local_time if reminder else time(20, 0)
    zone = zoneinfo.ZoneInfo(reminder.time_zone if reminder else "UTC")
    start = datetime.combine(timezone.now().astimezone(zone).date(), at, tzinfo=zone)

    from attune.plans.maintenance import open_phase  # plans build on check-ins, not the reverse

    # In maintenance a check-in is asked for once a week, on the weekday the phase began.
    phase = open_phase(client)
    if phase is not None:
        start = datetime.combine(phase.started_on, at, tzinfo=zone)
    name = brand_of(client).name  # the name the person chose for attune (core.branding)
    cal = Calendar()
    cal.add("prodid", "-//attune//check-in reminders//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    event = Event()
    event.add("uid", opaque_uid("checkin", client.uuid))
    event.add("summary", f"{name} check-in")
    event.add("description", "A minute to notice how you are today.")
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=5))
    event.add("dtstamp", timezone.now())
    event.add("rrule", {"freq": "weekly" if phase is not None else "daily"})
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{name} check-in")
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    from attune.accounts.selectors import roles_of
    from attune.partners.calendar import conversation_events
    from attune.plans.calendar import week_events  # plans build on check-ins, not the reverse

    if "client" in roles_of(client):  # a partner's feed holds only their conversations
        cal.add_component(event)
    for step_event in week_events(client):
        cal.add_component(step_event)
    for conversation in conversation_events(client):
        cal.add_component(conversation)
    # Always the person's own zone, with a yearly rule calendar apps read right; it also
    # keeps a feed with no events a valid calendar (RFC 5545 wants one component at least).
    own_zone = vtimezone(str(zone), since=start.year - 1)
    if own_zone is not None:
        cal.add_component(own_zone)
    cal.add_missing_timezones()  # any other zone (none today), or one with no stated rule
    return bytes(cal.to_ical())

"""This week's plan steps as calendar events. Neutral words only: calendars are often seen
by others, so an event never names the step (which could say "touch" or "loneliness")."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from icalendar import Event

from attune.accounts.models import User
from attune.checkins.services import client_today
from attune.core.branding import brand_of
from attune.core.calendar_ids import opaque_uid

from . import services


def week_events(client: User) -> list[Event]:
    record = services.active_plan(client)
    if record is None:
        return []
    today = client_today(client)
    week, steps = services.this_week(record, today)
    week_start = record.started_on + timedelta(days=7 * (week - 1))
    name = brand_of(client).name
    events = []
    for number, step in enumerate(steps, start=1):
        event = Event()
        event.add("uid", opaque_uid("plan", record.pk, week, step.id))
        event.add("summary", f"{name}: step {number} for this week")
        event.add("description", f"Open {name} to see this week's step.")
        event.add("dtstart", week_start)
        event.add("dtend", week_start + timedelta(days=7))
        event.add("dtstamp", timezone.now())
        event.add("transp", "TRANSPARENT")
        events.append(event)
    return events

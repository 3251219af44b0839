"""Planned conversations as calendar events, in both people's feeds. Neutral words only:
the event says "attune conversation" and nothing of the objective, agenda or pause word."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from icalendar import Alarm, Event

from attune.accounts.models import User
from attune.core.branding import brand_of
from attune.core.calendar_ids import opaque_uid

from . import selectors


def conversation_events(user: User) -> list[Event]:
    name = brand_of(user).name
    events = []
    recent = timezone.now() - timedelta(days=30)
    for conversation in selectors.conversations_for(user).filter(starts_at__gte=recent):
        event = Event()
        event.add("uid", opaque_uid("conversation", conversation.pk))
        event.add("summary", f"{name} conversation")
        event.add("description", f"Open {name} to see your plan for it.")
        event.add("dtstart", conversation.starts_at)
        event.add("duration", timedelta(minutes=conversation.duration_minutes))
        event.add("dtstamp", timezone.now())
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{name} conversation")
        alarm.add("trigger", timedelta(hours=-1))
        event.add_component(alarm)
        events.append(event)
    return events

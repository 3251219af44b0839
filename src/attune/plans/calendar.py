"""This week's plan steps as calendar events. Neutral words only: calendars are often seen
by others, so an event never names the step (which could say "touch" or "loneliness").

In maintenance the feed follows the lighter routine: the few steps the person keeps up
(plans/maintenance.py), once a week, instead of a full week of the plan."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Event

from attune.accounts.models import User
from attune.checkins.services import client_today
from attune.core.branding import brand_of
from attune.core.calendar_ids import opaque_uid

from . import maintenance, services


def _event(uid: str, summary: str, description: str, start: date) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("description", description)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=7))
    event.add("dtstamp", timezone.now())
    event.add("transp", "TRANSPARENT")
    return event


def week_events(client: User) -> list[Event]:
    record = services.active_plan(client)
    if record is None:
        return []
    today = client_today(client)
    name = brand_of(client).name
    phase = maintenance.open_phase(client)
    if phase is not None:
        week = (today - phase.started_on).days // 7
        week_start = phase.started_on + timedelta(days=7 * week)
        return [
            _event(
                opaque_uid("plan-keep-up", record.pk, week, step.id),
                _("%(app)s: step %(number)s to keep up this week")
                % {"app": name, "number": number},
                _("Open %(app)s to see the steps you keep up.") % {"app": name},
                week_start,
            )
            for number, step in enumerate(maintenance.keep_up_steps(record), start=1)
        ]
    week, steps = services.this_week(record, today)
    week_start = record.started_on + timedelta(days=7 * (week - 1))
    return [
        _event(
            opaque_uid("plan", record.pk, week, step.id),
            _("%(app)s: step %(number)s for this week") % {"app": name, "number": number},
            _("Open %(app)s to see this week's step.") % {"app": name},
            week_start,
        )
        for number, step in enumerate(steps, start=1)
    ]

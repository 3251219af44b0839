"""What the timeline pages show: the chart of dose changes beside mood, sexual loneliness and
(where licensed) ASEX totals, its table alternative, and the one-page prescriber summary.

Reads only; every sentence goes through gettext.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from statistics import mean
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from attune.accounts.models import User
from attune.charts import Marker, MarkerShape, Series, line_chart
from attune.core.html import trusted_svg

from . import selectors
from .models import Unit
from .selectors import DayScores, Event, Timeline

WIDTH = 360
MIN_WINDOW_DAYS = 84  # twelve weeks at least
MAX_WINDOW_DAYS = 731  # two years at most
LEAD_IN_DAYS = 14  # check-ins before the first event, for comparison
AROUND_DAYS = 14  # the prescriber summary compares the fortnight before and after a change
MOOD_STYLE, SEXUAL_STYLE, ASEX_STYLE = 0, 1, 2
_SHAPES: dict[str, MarkerShape] = {"started": "square", "changed": "diamond", "stopped": "cross"}


def short_day(day: date) -> str:
    return date_format(day, "j M")


def long_day(day: date) -> str:
    return date_format(day, "j F Y")


def dose_text(dose: Decimal | None, unit: str) -> str:
    if dose is None:
        return ""
    number = f"{dose.normalize():f}"
    units = {
        Unit.TABLET: _("tablet(s)"),
        Unit.DROP: _("drop(s)"),
    }
    return f"{number} {units.get(unit, unit)}"  # type: ignore[call-overload]


def event_sentence(event: Event) -> str:
    """One event in plain words, e.g. "Sertraline: dose changed from 50 mg to 100 mg"."""
    name = event.name or _("A medicine")
    if event.kind == "started":
        return _("%(name)s: started at %(dose)s") % {
            "name": name,
            "dose": dose_text(event.dose, event.unit),
        }
    if event.kind == "changed":
        return _("%(name)s: dose changed from %(before)s to %(after)s") % {
            "name": name,
            "before": dose_text(event.previous_dose, event.previous_unit),
            "after": dose_text(event.dose, event.unit),
        }
    if event.kind == "stopped":
        return _("%(name)s: stopped (last dose %(dose)s)") % {
            "name": name,
            "dose": dose_text(event.previous_dose, event.previous_unit),
        }
    rating = (
        _("%(n)s out of 10") % {"n": event.rating} if event.rating is not None else _("no rating")
    )
    if event.name:
        return _("Noticed: %(what)s, %(rating)s (with %(name)s)") % {
            "what": event.label,
            "rating": rating,
            "name": event.name,
        }
    return _("Noticed: %(what)s, %(rating)s") % {"what": event.label, "rating": rating}


def _marker_label(event: Event) -> str:
    name = event.name or _("A medicine")
    if event.kind == "started":
        return _("%(name)s started") % {"name": name}
    if event.kind == "changed":
        return _("%(name)s dose changed") % {"name": name}
    return _("%(name)s stopped") % {"name": name}


def window(today: date, events: list[Event]) -> tuple[date, date]:
    start = today - timedelta(days=MIN_WINDOW_DAYS - 1)
    if events:
        start = min(start, events[0].day - timedelta(days=LEAD_IN_DAYS))
    return max(start, today - timedelta(days=MAX_WINDOW_DAYS - 1)), today


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _cell(value: int | None) -> str:
    return "—" if value is None else str(value)


def chart(client: User, line: Timeline, today: date, *, prefix: str = "meds") -> dict[str, Any]:
    """The dose-change chart(s) with the table alternative (newest day first)."""
    start, end = window(today, line.events)
    scores = selectors.daily_scores(client, start=start, end=end, asex=line.asex_shown)
    medicine_events = [e for e in line.events if e.kind != "side_effect" and start <= e.day <= end]
    markers = [Marker(e.day, _marker_label(e), shape=_SHAPES[e.kind]) for e in medicine_events]
    mood = Series(
        _("Mood"),
        [(d, s.mood) for d, s in scores.items() if s.mood is not None],
        max_gap_days=1,
        style=MOOD_STYLE,
    )
    sexual = Series(
        _("Sexual loneliness (attune's own item, not validated)"),
        [(d, s.sexual_loneliness) for d, s in scores.items() if s.sexual_loneliness is not None],
        max_gap_days=1,
        style=SEXUAL_STYLE,
    )
    common = {
        "x_start": start,
        "x_end": end,
        "width": WIDTH,
        "tick_format": lambda day, unit: short_day(day),
        "date_format": long_day,
        "markers": markers,
    }
    checkin_svg = line_chart(
        [mood, sexual],
        title=_("Medicine changes beside mood and sexual loneliness"),
        desc=_(
            "Daily check-in answers from 0 to 10. Dashed upright lines mark the days a "
            "medicine was started, its dose changed or it was stopped."
        ),
        y_min=0,
        y_max=10,
        no_data=_("No check-ins in this period"),
        chart_id=f"{prefix}-checkins",
        **common,  # type: ignore[arg-type]
    )
    asex_svg = None
    if line.asex_shown:
        asex = Series(
            _("ASEX total"),
            [(d, s.asex_total) for d, s in scores.items() if s.asex_total is not None],
            marker="circle",
            style=ASEX_STYLE,
        )
        asex_svg = trusted_svg(
            line_chart(
                [asex],
                title=_("Medicine changes beside ASEX totals"),
                desc=_(
                    "Arizona Sexual Experiences Scale totals from 5 to 30 (higher means more "
                    "difficulty). Dashed upright lines mark medicine changes."
                ),
                y_min=5,
                y_max=30,
                no_data=_("No ASEX answers in this period"),
                chart_id=f"{prefix}-asex",
                **common,  # type: ignore[arg-type]
            )
        )
    by_day: dict[date, list[str]] = {}
    for event in line.events:
        if start <= event.day <= end:
            by_day.setdefault(event.day, []).append(event_sentence(event))
    days = sorted(set(by_day) | set(scores), reverse=True)
    headers = [_("What happened"), _("Mood"), _("Sexual loneliness")]
    if line.asex_shown:
        headers.append(_("ASEX total"))
    rows = []
    for day in days:
        day_scores = scores.get(day, DayScores(day))
        cells = [
            "; ".join(by_day.get(day, [])) or "—",
            _cell(day_scores.mood),
            _cell(day_scores.sexual_loneliness),
        ]
        if line.asex_shown:
            cells.append(_cell(day_scores.asex_total))
        rows.append((long_day(day), cells))
    return {
        "svg": trusted_svg(checkin_svg),
        "asex_svg": asex_svg,
        "headers": headers,
        "rows": rows,
        "start": start,
        "end": end,
    }


def _around(scores: dict[date, DayScores], day: date, attr: str) -> dict[str, str | int]:
    before = [
        getattr(s, attr)
        for d, s in scores.items()
        if day - timedelta(days=AROUND_DAYS) <= d < day and getattr(s, attr) is not None
    ]
    after = [
        getattr(s, attr)
        for d, s in scores.items()
        if day <= d < day + timedelta(days=AROUND_DAYS) and getattr(s, attr) is not None
    ]
    return {
        "before": _number(mean(before)) if before else "—",
        "before_n": len(before),
        "after": _number(mean(after)) if after else "—",
        "after_n": len(after),
    }


def prescriber_summary(client: User, today: date) -> dict[str, Any]:
    """What changed and when, side effects noticed, and check-ins around each change."""
    line = selectors.timeline(client)
    scores = selectors.daily_scores(client, asex=line.asex_shown)
    medicines = []
    for medication in line.medications:
        dose, unit = selectors.current_dose(medication)
        events = [
            {
                "day": long_day(e.day),
                "sentence": event_sentence(e),
                "reason": e.reason,
                "mood": _around(scores, e.day, "mood") if e.kind != "started" else None,
                "sexual": (
                    _around(scores, e.day, "sexual_loneliness") if e.kind != "started" else None
                ),
            }
            for e in line.events
            if e.medication_id == medication.pk and e.kind != "side_effect"
        ]
        medicines.append(
            {
                "name": medication.name,
                "current": medication.is_current,
                "dose": dose_text(dose, unit),
                "started": long_day(medication.started_on),
                "stopped": long_day(medication.stopped_on) if medication.stopped_on else "",
                "events": events,
            }
        )
    effects = [
        {
            "day": long_day(e.day),
            "what": e.label,
            "rating": "—" if e.rating is None else str(e.rating),
            "medicine": e.name,
            "note": e.reason,
        }
        for e in reversed(line.events)
        if e.kind == "side_effect"
    ]
    asex = [(long_day(d), s.asex_total) for d, s in scores.items() if s.asex_total is not None]
    return {
        "medicines": medicines,
        "effects": effects,
        "asex": asex[-6:][::-1],
        "asex_shown": line.asex_shown,
        "made_on": long_day(today),
        "around_days": AROUND_DAYS,
    }

"""The client overview: the thread view (PHQ-9 beside three kinds of loneliness), scores with
reliable-change markers and the expected-improvement band, check-in summary, plan status,
shared journal titles, trigger themes (counts only) and clinician notes.

Reads only; the view audits what is read (`READ_TYPES`).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from attune.accounts.models import User
from attune.charts import Marker, MarkerShape, Series, chart_table_rows, line_chart
from attune.checkins.models import CheckIn
from attune.clinical import insights, progress
from attune.clinical.instruments.change import TALKING_THERAPIES_RULES
from attune.clinical.triggers import TriggerPoint, patterns
from attune.core.html import trusted_svg
from attune.journal import selectors as journal_selectors
from attune.journal.models import JournalEntry
from attune.plans import maintenance
from attune.plans import services as plans
from attune.plans.models import PlanProposal, StepLog
from attune.practice.models import Company, OriginTheme, Trigger
from attune.questionnaires import presenting as q_presenting
from attune.questionnaires import selectors as q_selectors
from attune.questionnaires.models import Administration
from attune.safety.models import RiskFlag

from . import presenting, selectors

WIDTH = 360
MIN_WINDOW_DAYS = 84  # twelve weeks at least
MAX_WINDOW_DAYS = 366
SUMMARY_DAYS = 28
JOURNAL_SHOWN = 10
READ_TYPES = (
    "checkins.checkin",
    "questionnaires.administration",
    "safety.riskflag",
    "plans.clientplan",
    "practice.trigger",
    "workspace.cliniciannote",
    "partners.partnerfeedback",
)
LONELINESS: tuple[tuple[insights.Metric, str], ...] = (
    ("sexual_loneliness", "Sexual loneliness"),
    ("emotional_loneliness", "Emotional loneliness"),
    ("social_loneliness", "Social loneliness"),
)


def _safe(svg: str) -> SafeString:
    return trusted_svg(svg)


def _short(day: date) -> str:
    return _short_in(day, get_language())


@lru_cache(maxsize=4096)
def _short_in(day: date, language: str | None) -> str:
    # The chart axes try every day of the window as a tick label before choosing the
    # spacing; formatting is the slow part, and the same days come back on every request.
    return date_format(day, "j M")


def _long(day: date) -> str:
    return date_format(day, "j F Y")


def _daily(row: CheckIn) -> insights.DailyCheckin:
    return insights.DailyCheckin(
        day=row.day,
        mood=row.mood,
        sexual_loneliness=row.sexual_loneliness,
        emotional_loneliness=row.emotional_loneliness,
        social_loneliness=row.social_loneliness,
        has_win=bool(row.win),
        has_setback=bool(row.setback),
    )


def _phq9_points(history: list[Administration]) -> list[tuple[date, int]]:
    """One PHQ-9 total per day (the day's last), oldest first."""
    by_day: dict[date, int] = {}
    for record in history:
        if record.submitted_on is not None and record.total is not None:
            by_day[record.submitted_on] = int(record.total)
    return sorted(by_day.items())


def window(today: date, phq9: list[tuple[date, int]]) -> tuple[date, date]:
    """Twelve weeks, stretched back to the PHQ-9 baseline (at most a year)."""
    start = today - timedelta(days=MIN_WINDOW_DAYS - 1)
    if phq9:
        start = min(start, phq9[0][0])
    return max(start, today - timedelta(days=MAX_WINDOW_DAYS - 1)), today


def _loneliness_chart(days: list[insights.DailyCheckin], start: date, end: date) -> dict[str, Any]:
    weeks = insights.weekly_summaries(days, start=start, end=end) if days else []
    series = [
        Series(
            _(label),
            [(max(w.week_start, start), w.metrics[metric].mean) for w in weeks],
            max_gap_days=7,
        )
        for metric, label in LONELINESS
    ]
    svg = line_chart(
        series,
        title=_("Sexual, emotional and social loneliness, weekly means"),
        desc=_(
            "Each point is the mean of the week's check-in answers, from 0 to 10; a gap is a "
            "week without that answer."
        ),
        y_min=0,
        y_max=10,
        no_data=_("No check-ins in this period"),
        x_start=start,
        x_end=end,
        width=WIDTH,
        tick_format=lambda day, unit: _short(day),
        date_format=_long,
        chart_id="overview-loneliness",
    )
    rows = chart_table_rows(series, date_format=_long)
    return {
        "svg": _safe(svg),
        "headers": [s.label for s in series],
        "rows": [(day, cells) for day, cells in rows if any(c != "—" for c in cells)],
    }


def _phq9_chart(phq9: list[tuple[date, int]], start: date, end: date) -> dict[str, Any]:
    shown = [(d, t) for d, t in phq9 if start <= d <= end]
    scores = Series(_("PHQ-9"), shown, marker="circle")
    series = [scores]
    markers: list[Marker] = []
    change_cells: dict[date, str] = {}
    bands: dict[date, progress.ExpectedBand] = {}
    reliable = TALKING_THERAPIES_RULES["phq9"].reliable_change
    if phq9:
        baseline_day, baseline = phq9[0]
        days = sorted(
            {baseline_day + timedelta(days=7 * k) for k in range(0, 60)} | {d for d, _t in phq9}
        )
        in_range = [d for d in days if start <= d <= end and d >= baseline_day]
        bands = {
            d: progress.expected_band(baseline, progress.weeks_between(baseline_day, d))
            for d in in_range
        }
        series.append(
            Series(
                _("Expected (attune's assumption)"),
                [(d, b.expected) for d, b in bands.items()],
                marker="none",
            )
        )
        series.append(
            Series(
                _("Upper edge of the band"),
                [(d, b.high) for d, b in bands.items()],
                marker="none",
            )
        )
        for day, total in phq9[1:]:
            shape: MarkerShape
            if total - baseline >= reliable:
                label, shape = _("Reliably worse than the baseline"), "triangle"
            elif baseline - total >= reliable:
                label, shape = _("Reliably better than the baseline"), "square"
            else:
                change_cells[day] = _("no reliable change")
                continue
            change_cells[day] = label
            if start <= day <= end:
                markers.append(Marker(day, label, value=total, shape=shape))
    svg = line_chart(
        series,
        title=_("PHQ-9 over time, with the expected-improvement band"),
        desc=_(
            "PHQ-9 totals from 0 to 27 beside attune's expected curve from the first score "
            "and the upper edge of its band (expected plus 6 points). Ringed points changed "
            "reliably (6 points or more) from the baseline."
        ),
        y_min=0,
        y_max=27,
        markers=markers,
        no_data=_("No PHQ-9 scores in this period"),
        x_start=start,
        x_end=end,
        width=WIDTH,
        tick_format=lambda day, unit: _short(day),
        date_format=_long,
        chart_id="overview-phq9",
    )
    rows = []
    for day, total in reversed(shown):
        band = bands.get(day) if phq9 else None
        rows.append(
            (
                _long(day),
                [
                    presenting.number(total),
                    presenting.number(round(band.expected, 1)) if band else "—",
                    presenting.number(round(band.high, 1)) if band else "—",
                    change_cells.get(day, _("baseline")),
                ],
            )
        )
    return {
        "svg": _safe(svg),
        "headers": [
            _("PHQ-9"),
            _("Expected"),
            _("Upper edge of the band"),
            _("Change from the baseline"),
        ],
        "rows": rows,
    }


def _thread(
    rows: list[CheckIn], phq9: list[tuple[date, int]], start: date, end: date
) -> dict[str, Any]:
    days = [_daily(r) for r in rows]
    view = insights.thread_view(days, phq9, start=start, end=end)
    return {
        "loneliness": _loneliness_chart(days, start, end),
        "phq9": _phq9_chart(phq9, start, end),
        "mood_sentence": presenting.closeness_sentence(view.mood_link, _("mood")),
        "phq9_sentence": presenting.closeness_sentence(view.phq9_link, _("PHQ-9 scores")),
    }


def _checkin_summary(rows: list[CheckIn], today: date) -> dict[str, Any]:
    start = today - timedelta(days=SUMMARY_DAYS - 1)
    recent = [_daily(r) for r in rows if r.day >= start]
    weeks = insights.weekly_summaries(recent, start=start, end=today) if recent else []
    return {
        "logged": len(recent),
        "days": SUMMARY_DAYS,
        "weeks": [
            {
                "start": w.week_start if w.week_start >= start else start,
                "logged": w.days_logged,
                "counted": w.days_counted,
                "mood": presenting.number(w.metrics["mood"].mean),
                "sexual": presenting.number(w.metrics["sexual_loneliness"].mean),
                "wins": w.wins,
                "setbacks": w.setbacks,
            }
            for w in reversed(weeks)
        ],
    }


def _scores(summaries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for summary in summaries:
        latest = summary["latest"]
        change = q_presenting.change_since(summary["first"], latest)
        out.append(
            {
                "instrument": summary["instrument"].id,
                "name": summary["instrument"].name,
                "total": presenting.number(latest.total),
                "band": q_presenting.band_label(latest.band) if latest.band else "",
                "day": latest.submitted_on,
                "count": len(summary["history"]),
                "change": change,
            }
        )
    return out


def _plan(client: User, today: date) -> dict[str, Any] | None:
    record = plans.active_plan(client)
    if record is None:
        return None
    logs = StepLog.objects.filter(plan=record).values_list("step_id", "outcome", "logged_on")
    status = selectors.plan_progress(record, list(logs), today)
    pending = PlanProposal.objects.filter(plan=record, status=PlanProposal.PENDING)
    phase = maintenance.open_phase(client)
    if phase is None:
        _week, ready = plans.this_week(record, today)
        in_maintenance = None
    else:  # the lighter routine: the steps kept up, not a full week of the plan
        ready = maintenance.keep_up_steps(record)
        in_maintenance = {
            "phase": phase,
            "return_proposed": pending.filter(kind=maintenance.RETURN_TO_FULL).exists(),
        }
    return {
        "progress": status,
        "ready": [step.title for step in ready],
        "proposals": pending.count(),
        "maintenance": in_maintenance,
    }


def _triggers(client: User) -> dict[str, Any]:
    rows = Trigger.objects.filter(client=client).only(
        "occurred_at", "origin_theme", "company", "intensity_before", "intensity_after", "client"
    )
    found = patterns(
        [
            TriggerPoint(
                timezone.localtime(r.occurred_at),
                r.origin_theme,
                r.company,
                r.intensity_before,
                r.intensity_after,
            )
            for r in rows
        ]
    )
    themes, company = dict(OriginTheme.choices), dict(Company.choices)
    times = {
        "night": _("night (0–6)"),
        "morning": _("morning (6–12)"),
        "afternoon": _("afternoon (12–18)"),
        "evening": _("evening (18–24)"),
    }
    return {
        "total": found.total,
        "themes": [(themes.get(k, k), n) for k, n in found.by_theme],
        "company": [(company.get(k, k), n) for k, n in found.by_company],
        "times": [(times[k], n) for k, n in found.by_time_of_day],
        "pause": found.pause,
    }


def shared_entries(client: User, clinician: User) -> list[JournalEntry]:
    """Titles and dates of what the client shares with this clinician (the page shows no body)."""
    return journal_selectors.shared_entries_of(client, clinician)[:JOURNAL_SHOWN]


def build(client: User, today: date) -> dict[str, Any]:
    summaries = q_selectors.summaries(client)
    phq9_history: list[Administration] = next(
        (s["history"] for s in summaries if s["instrument"].id == "phq9"), []
    )
    phq9 = _phq9_points(phq9_history)
    start, end = window(today, phq9)
    # The private note is neither shown nor counted here: leave it encrypted in the database.
    rows = list(
        CheckIn.objects.filter(client=client, day__gte=start, day__lte=end)
        .defer("note")
        .order_by("day")
    )
    row = selectors.caseload_rows([client], today=today)[0]
    return {
        "client": client,
        "today": today,
        "row": row,
        "flags": [
            (
                kind,
                presenting.flag_label(kind),
                presenting.flag_help(kind, selectors.disengaged_days()),
            )
            for kind in row.flags
        ],
        "progress_sentence": presenting.progress_sentence(row.progress),
        "open_risks": [
            (flag, presenting.risk_reason(flag.reason))
            for flag in RiskFlag.objects.filter(client=client, acknowledged_at__isnull=True)
        ],
        "window": (start, end),
        "thread": _thread(rows, phq9, start, end),
        "checkins": _checkin_summary(rows, today),
        "scores": _scores(summaries),
        "plan": _plan(client, today),
        "triggers": _triggers(client),
    }

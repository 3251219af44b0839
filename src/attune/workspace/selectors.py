"""Reads for the clinician workspace.

The caseload is built with a fixed number of queries however many clients there are: one
query per table over all of the clinician's clients, grouped in Python (`caseload_rows`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import Count, Max, Min, Q, QuerySet
from django.utils import timezone

from attune.accounts.models import User
from attune.checkins.models import CheckIn
from attune.clinical import concordance, progress
from attune.clinical.instruments import get_instrument
from attune.clinical.instruments.change import ChangeCategory, change_category
from attune.clinical.instruments.errors import ChangeNotAvailableError, ScoreOutOfRangeError
from attune.clinical.plans import plan_from_dict
from attune.clinical.plans.model import Plan
from attune.clinical.plans.week import plan_week, ready_steps
from attune.plans.models import ClientPlan, StepLog
from attune.questionnaires.models import Administration, RiskFlag

from .flags import (
    DEFAULT_DESCENDING,
    DEFAULT_DISENGAGED_DAYS,
    FlagKind,
    SortKey,
    is_disengaged,
    ordered,
    urgency,
)
from .models import ClinicianNote

ENGAGEMENT_DAYS = 28


def disengaged_days() -> int:
    """ATTUNE_DISENGAGED_DAYS from settings (default 14); nonsense falls back to the default."""
    value = getattr(settings, "ATTUNE_DISENGAGED_DAYS", DEFAULT_DISENGAGED_DAYS)
    try:
        days = int(value)
    except (TypeError, ValueError):
        return DEFAULT_DISENGAGED_DAYS
    return days if days >= 1 else DEFAULT_DISENGAGED_DAYS


# --- rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    instrument: str
    name: str
    total: int | float | None
    band: str
    day: date | None
    count: int
    change: ChangeCategory | None  # first (baseline) to latest; None with one score


@dataclass(frozen=True)
class PlanProgress:
    week: int
    total_weeks: int
    completed: int
    total: int
    ready_this_week: int
    done_this_week: int


@dataclass(frozen=True)
class CaseloadRow:
    client: User
    phq9: Score | None
    other_scores: tuple[Score, ...]
    progress: progress.Progress
    last_checkin: date | None
    engagement_logged: int
    engagement_days: int
    last_activity: date | None
    days_quiet: int  # days since the last check-in or questionnaire (or since joining)
    plan: PlanProgress | None
    open_risk_flags: int
    deteriorated: tuple[str, ...]  # instrument ids with a reliable change for the worse
    flags: tuple[FlagKind, ...]

    @property
    def name(self) -> str:
        return str(self.client)

    @property
    def urgency(self) -> int:
        return urgency(self.flags)


@dataclass
class _Submitted:
    total: float | None
    band: str
    day: date | None
    at: datetime | None


def _number(total: float | None) -> int | float | None:
    if total is None:
        return None
    return int(total) if float(total).is_integer() else total


def change_between(
    instrument: str, first: float | None, last: float | None
) -> ChangeCategory | None:
    """The reliable-change category from one total to another, or None where none applies."""
    a, b = _number(first), _number(last)
    if a is None or b is None:
        return None
    try:
        return change_category(instrument, a, b)
    except (ChangeNotAvailableError, ScoreOutOfRangeError):
        return None


def _score(instrument: str, records: list[_Submitted]) -> Score:
    latest = records[-1]
    change = (
        change_between(instrument, records[0].total, latest.total) if len(records) > 1 else None
    )
    return Score(
        instrument=instrument,
        name=get_instrument(instrument).name,
        total=_number(latest.total),
        band=latest.band,
        day=latest.day,
        count=len(records),
        change=change,
    )


def _phq9_points(records: list[_Submitted]) -> list[tuple[date, int]]:
    return [
        (r.day, int(r.total))
        for r in records
        if r.day is not None and r.total is not None and 0 <= r.total <= progress.PHQ9_MAX
    ]


def _administrations(ids: list[int]) -> dict[int, dict[str, list[_Submitted]]]:
    grouped: dict[int, dict[str, list[_Submitted]]] = defaultdict(dict)
    rows = (
        Administration.objects.filter(client_id__in=ids, status=Administration.SUBMITTED)
        .order_by("client_id", "instrument", "submitted_at", "pk")
        .values_list("client_id", "instrument", "total", "band", "submitted_on", "submitted_at")
    )
    for client_id, instrument, total, band, day, at in rows:
        grouped[client_id].setdefault(instrument, []).append(_Submitted(total, band, day, at))
    return grouped


def _checkins(ids: list[int], today: date) -> dict[int, tuple[date, date, int]]:
    """Per client: (first check-in day, last check-in day, days logged in the window)."""
    start = today - timedelta(days=ENGAGEMENT_DAYS - 1)
    rows = (
        CheckIn.objects.filter(client_id__in=ids)
        .values("client_id")
        .annotate(
            first=Min("day"),
            last=Max("day"),
            recent=Count("pk", filter=Q(day__gte=start, day__lte=today)),
        )
        .order_by()
    )
    return {row["client_id"]: (row["first"], row["last"], row["recent"]) for row in rows}


def _open_flags(ids: list[int]) -> dict[int, int]:
    rows = (
        RiskFlag.objects.filter(client_id__in=ids, acknowledged_at__isnull=True)
        .values("client_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["client_id"]: row["n"] for row in rows}


def _discordant(ids: list[int], today: date) -> set[int]:
    """Clients whose partner's and own closeness views diverge (two queries for any caseload)."""
    from attune.partners.models import PartnerFeedback

    since = concordance.week_start(today) - timedelta(weeks=concordance.DISCORDANCE_WEEKS - 1)
    partner: dict[int, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for client_id, week, value in PartnerFeedback.objects.filter(
        link__client_id__in=ids, week_start__gte=since
    ).values_list("link__client_id", "week_start", "felt_connected"):
        partner[client_id][week].append(value)
    if not partner:
        return set()
    own: dict[int, list[tuple[date, int | None, int | None]]] = defaultdict(list)
    for client_id, day, emotional, sexual in CheckIn.objects.filter(
        client_id__in=list(partner), day__gte=since
    ).values_list("client_id", "day", "emotional_loneliness", "sexual_loneliness"):
        own[client_id].append((day, emotional, sexual))
    return {
        client_id
        for client_id, weeks in partner.items()
        if concordance.is_discordant(
            {week: round(sum(vs) / len(vs)) for week, vs in weeks.items()},
            concordance.client_closeness(own[client_id]),
            today,
        )
    }


def engine_plan(record: ClientPlan) -> Plan:
    return plan_from_dict(json.loads(record.plan_json))


def plan_progress(
    record: ClientPlan, logs: Iterable[tuple[str, str, date]], today: date
) -> PlanProgress:
    """Week of the plan, steps completed of all steps, and this plan-week's steps."""
    plan = engine_plan(record)
    week = plan_week((today - record.started_on).days)
    week_start = record.started_on + timedelta(days=7 * (week - 1))
    done = [(step, day) for step, outcome, day in logs if outcome == "done"]
    ready = ready_steps(plan, week, done_once={s for s, _d in done}, paused=record.paused_steps)
    return PlanProgress(
        week=week,
        total_weeks=plan.total_weeks,
        completed=len(set(plan.completed)),
        total=len(plan.steps),
        ready_this_week=len(ready),
        done_this_week=len({s for s, day in done if week_start <= day <= today}),
    )


def _plans(ids: list[int], today: date) -> dict[int, PlanProgress]:
    records = list(ClientPlan.objects.filter(client_id__in=ids, status=ClientPlan.ACTIVE))
    logs: dict[int, list[tuple[str, str, date]]] = defaultdict(list)
    for plan_id, step_id, outcome, day in StepLog.objects.filter(
        plan__client_id__in=ids, plan__status=ClientPlan.ACTIVE
    ).values_list("plan_id", "step_id", "outcome", "logged_on"):
        logs[plan_id].append((step_id, outcome, day))
    return {r.client_id: plan_progress(r, logs[r.pk], today) for r in records}


def _row(
    client: User,
    submitted: dict[str, list[_Submitted]],
    checkin: tuple[date, date, int] | None,
    open_flags: int,
    plan: PlanProgress | None,
    today: date,
    quiet_days: int,
    discordant: bool = False,
) -> CaseloadRow:
    scores = {instrument: _score(instrument, records) for instrument, records in submitted.items()}
    phq9 = scores.pop("phq9", None)
    assessed = progress.assess(_phq9_points(submitted.get("phq9", [])))
    first_checkin, last_checkin, logged = checkin if checkin else (None, None, 0)
    last_questionnaire = max((r[-1].day for r in submitted.values() if r[-1].day), default=None)
    last_activity = max((d for d in (last_checkin, last_questionnaire) if d), default=None)
    joined = timezone.localdate(client.date_joined)
    # A newcomer's first days read "3 of 3", not "3 of 28"; backfilled days count as a start.
    started = min(joined, first_checkin) if first_checkin else joined
    window = max(1, min(ENGAGEMENT_DAYS, (today - started).days + 1))
    deteriorated = tuple(
        s.instrument
        for s in ([phq9] if phq9 else []) + sorted(scores.values(), key=lambda s: s.name)
        if s.change is ChangeCategory.RELIABLY_DETERIORATED
    )
    flags = set()
    if open_flags:
        flags.add(FlagKind.RISK)
    if deteriorated:
        flags.add(FlagKind.DETERIORATION)
    if assessed.status is progress.Status.NOT_ON_TRACK:
        flags.add(FlagKind.NOT_ON_TRACK)
    if is_disengaged(last_activity, joined, today, quiet_days):
        flags.add(FlagKind.DISENGAGED)
    if discordant:
        flags.add(FlagKind.DISCORDANCE)
    return CaseloadRow(
        client=client,
        phq9=phq9,
        other_scores=tuple(sorted(scores.values(), key=lambda s: s.name)),
        progress=assessed,
        last_checkin=last_checkin,
        engagement_logged=min(logged, window),
        engagement_days=window,
        last_activity=last_activity,
        days_quiet=(today - (last_activity or joined)).days,
        plan=plan,
        open_risk_flags=open_flags,
        deteriorated=deteriorated,
        flags=ordered(flags),
    )


def caseload_rows(
    clients: Sequence[User], *, today: date | None = None, quiet_days: int | None = None
) -> list[CaseloadRow]:
    """One row per client, in the order given; at most seven queries for any number of clients."""
    today = today or timezone.localdate()
    quiet = quiet_days or disengaged_days()
    ids = [c.pk for c in clients]
    if not ids:
        return []
    submitted = _administrations(ids)
    checkins = _checkins(ids, today)
    open_flags = _open_flags(ids)
    plans = _plans(ids, today)
    discordant = _discordant(ids, today)
    return [
        _row(
            client,
            submitted.get(client.pk, {}),
            checkins.get(client.pk),
            open_flags.get(client.pk, 0),
            plans.get(client.pk),
            today,
            quiet,
            client.pk in discordant,
        )
        for client in clients
    ]


# --- sorting and filtering -----------------------------------------------------------------


def _latest_phq9(row: CaseloadRow) -> float | None:
    return None if row.phq9 is None or row.phq9.total is None else float(row.phq9.total)


def sort_rows(
    rows: list[CaseloadRow], key: SortKey, descending: bool | None = None
) -> list[CaseloadRow]:
    """Rows sorted by `key`; ties keep name order. Missing values always go last."""
    reverse = DEFAULT_DESCENDING[key] if descending is None else descending
    by_name = sorted(rows, key=lambda r: (r.name.casefold(), r.client.pk), reverse=False)
    if key is SortKey.NAME:
        return by_name[::-1] if reverse else by_name
    if key is SortKey.FLAGS:
        return sorted(by_name, key=lambda r: r.urgency, reverse=reverse)
    if key is SortKey.PHQ9:
        known = [(r, _latest_phq9(r)) for r in by_name]
        scored = sorted(
            ((r, v) for r, v in known if v is not None), key=lambda pair: pair[1], reverse=reverse
        )
        return [r for r, _v in scored] + [r for r, v in known if v is None]
    # Last activity: a client with none yet counts as quiet since joining.
    return sorted(by_name, key=lambda r: r.days_quiet, reverse=not reverse)


def filter_rows(
    rows: list[CaseloadRow], *, only_flagged: bool = False, kind: FlagKind | None = None
) -> list[CaseloadRow]:
    if kind is not None:
        return [r for r in rows if kind in r.flags]
    if only_flagged:
        return [r for r in rows if r.flags]
    return rows


# --- one client ------------------------------------------------------------------------------


def notes_of(client: User) -> QuerySet[ClinicianNote]:
    return ClinicianNote.objects.filter(client=client).select_related("author")


def note_of(client: User, note_id: int) -> ClinicianNote | None:
    return notes_of(client).filter(pk=note_id).first()


def last_session_date(client: User) -> date | None:
    found: date | None = (
        ClinicianNote.objects.filter(client=client, session_date__isnull=False)
        .aggregate(last=Max("session_date"))
        .get("last")
    )
    return found

"""Reads for the clinician workspace.

The caseload is built with a fixed number of queries however many clients there are: one
query per table over all of the clinician's clients, grouped in Python (`caseload_rows`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta, tzinfo
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.db.models import Count, F, Max, OuterRef, Q, QuerySet, RowRange, Subquery, Window
from django.db.models.functions import FirstValue, LastValue, RowNumber
from django.utils import timezone

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.checkins.models import CheckIn
from attune.clinical import concordance, progress
from attune.clinical.instruments import get_instrument
from attune.clinical.instruments.change import ChangeCategory, change_category
from attune.clinical.instruments.errors import ChangeNotAvailableError, ScoreOutOfRangeError
from attune.clinical.plans import plan_from_dict
from attune.clinical.plans.model import Plan
from attune.clinical.plans.week import plan_week, ready_steps
from attune.plans.models import ClientPlan, PlanProposal, StepLog
from attune.questionnaires.models import Administration
from attune.safety.models import RiskFlag

from .flags import (
    DEFAULT_DESCENDING,
    DEFAULT_DISENGAGED_DAYS,
    URGENT_WEIGHT,
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
    # Plan proposals waiting for the clinician's decision ("plan decision waiting").
    decisions_waiting: int = 0


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
    # Open flags marked urgent (an acute ASQ answer, or what the screen judged most urgent).
    urgent_risk_flags: int = 0

    @property
    def name(self) -> str:
        return str(self.client)

    @property
    def urgency(self) -> int:
        """Any urgent flag outranks every other combination of flags (issue 15)."""
        return urgency(self.flags) + (URGENT_WEIGHT if self.urgent_risk_flags else 0)


@dataclass(frozen=True)
class _Submitted:
    total: float | None
    band: str
    day: date | None


@dataclass(frozen=True)
class _History:
    """One instrument of one client: the first and latest submitted score and how many."""

    first: _Submitted
    latest: _Submitted
    count: int


def _number(total: float | None) -> int | float | None:
    if total is None:
        return None
    return int(total) if float(total).is_integer() else total


@lru_cache(maxsize=4096)  # a pure function of small whole numbers: a caseload repeats them
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


def _score(instrument: str, history: _History) -> Score:
    latest = history.latest
    change = (
        change_between(instrument, history.first.total, latest.total) if history.count > 1 else None
    )
    return Score(
        instrument=instrument,
        name=get_instrument(instrument).name,
        total=_number(latest.total),
        band=latest.band,
        day=latest.day,
        count=history.count,
        change=change,
    )


# One window for every column: each client's instrument, oldest first (submitted_at, then
# pk), the frame the whole partition, so the database sorts once.
_PER_INSTRUMENT = [F("client_id"), F("instrument")]
_OLDEST = [F("submitted_at").asc(), F("pk").asc()]


def first_and_latest(queryset: QuerySet[Administration]) -> QuerySet[Administration]:
    """One row per (client, instrument) with its first and latest score and the count.

    Window functions keep a long history in the database: a client with two years of
    fortnightly scores sends one row, not fifty (docs/benchmarks.md)."""

    def over(expression: Any) -> Window:
        return Window(
            expression,
            partition_by=_PER_INSTRUMENT,
            order_by=_OLDEST,
            frame=RowRange(start=None, end=None),
        )

    return (
        queryset.annotate(
            position=over(RowNumber()),
            scores=over(Count("pk")),
            first_total=over(FirstValue("total")),
            first_band=over(FirstValue("band")),
            first_day=over(FirstValue("submitted_on")),
            latest_total=over(LastValue("total")),
            latest_band=over(LastValue("band")),
            latest_day=over(LastValue("submitted_on")),
        )
        .filter(position=1)
        .order_by()
    )


_HISTORY_FIELDS = (
    "client_id",
    "instrument",
    "scores",
    "first_total",
    "first_band",
    "first_day",
    "latest_total",
    "latest_band",
    "latest_day",
)


_POINT_FIELDS = ("client_id", "scores", "first_total", "first_day", "latest_total", "latest_day")


def _administrations(ids: list[int]) -> dict[int, dict[str, _History]]:
    grouped: dict[int, dict[str, _History]] = defaultdict(dict)
    submitted = Administration.objects.filter(client_id__in=ids, status=Administration.SUBMITTED)
    for row in first_and_latest(submitted).values_list(*_HISTORY_FIELDS):
        client_id, instrument = row[0], row[1]
        grouped[client_id][instrument] = _History(
            first=_Submitted(*row[3:6]), latest=_Submitted(*row[6:9]), count=row[2]
        )
    return grouped


def _phq9_points(ids: list[int]) -> dict[int, list[tuple[date, int]]]:
    """Per client, the first and latest PHQ-9 that can be placed on the expected curve (a
    day and a total in range): all that `progress.assess` reads."""
    valid = Administration.objects.filter(
        client_id__in=ids,
        status=Administration.SUBMITTED,
        instrument="phq9",
        submitted_on__isnull=False,
        total__gte=0,
        total__lte=progress.PHQ9_MAX,
    )
    points: dict[int, list[tuple[date, int]]] = {}
    for client_id, count, first_total, first_day, latest_total, latest_day in first_and_latest(
        valid
    ).values_list(*_POINT_FIELDS):
        first_point = (first_day, int(first_total))
        points[client_id] = (
            [first_point, (latest_day, int(latest_total))] if count > 1 else [first_point]
        )
    return points


def _checkins(ids: list[int], today: date) -> dict[int, tuple[date, date, int]]:
    """Per client: (first check-in day, last check-in day, days logged in the window).

    Three index look-ups per client on (client, day), so the cost follows the caseload and
    the 28-day window, not the length of everyone's history (docs/benchmarks.md)."""
    start = today - timedelta(days=ENGAGEMENT_DAYS - 1)
    own = CheckIn.objects.filter(client_id=OuterRef("pk")).order_by()
    recent = (
        own.filter(day__gte=start, day__lte=today)
        .values("client_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rows = (
        User.objects.filter(pk__in=ids)
        .annotate(
            first=Subquery(own.order_by("day").values("day")[:1]),
            last=Subquery(own.order_by("-day").values("day")[:1]),
            recent=Subquery(recent),
        )
        .order_by()
        .values_list("pk", "first", "last", "recent")
    )
    return {pk: (first, last, recent or 0) for pk, first, last, recent in rows if first is not None}


def _open_flags(ids: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    """Open flags per client, and how many of them are urgent (one query)."""
    rows = list(
        RiskFlag.objects.filter(client_id__in=ids, acknowledged_at__isnull=True)
        .values("client_id")
        .annotate(n=Count("pk"), urgent=Count("pk", filter=Q(level=RiskFlag.Level.URGENT)))
        .order_by()
    )
    return (
        {row["client_id"]: row["n"] for row in rows},
        {row["client_id"]: row["urgent"] for row in rows if row["urgent"]},
    )


def _discordant(ids: list[int], today: date) -> set[int]:
    """Clients whose partner's and own closeness views diverge (two queries for any caseload)."""
    from attune.partners.models import PartnerFeedback

    since = concordance.week_start(today) - timedelta(weeks=concordance.DISCORDANCE_WEEKS - 1)
    partner: dict[int, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    # Only links active now, as partners.selectors.feedback_for_clinician: ratings from an
    # ended link no longer reach the clinician.
    active = people.active_partner_links().filter(client_id__in=ids)
    for client_id, week, value in PartnerFeedback.objects.filter(
        link__in=active, week_start__gte=since
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
    waiting = dict(
        PlanProposal.objects.filter(plan__in=records, status=PlanProposal.PENDING)
        .order_by()
        .values("plan_id")
        .annotate(n=Count("pk"))
        .values_list("plan_id", "n")
    )
    return {
        r.client_id: replace(
            plan_progress(r, logs[r.pk], today), decisions_waiting=waiting.get(r.pk, 0)
        )
        for r in records
    }


def _row(
    client: User,
    submitted: dict[str, _History],
    phq9_points: list[tuple[date, int]],
    checkin: tuple[date, date, int] | None,
    open_flags: int,
    plan: PlanProgress | None,
    today: date,
    quiet_days: int,
    zone: tzinfo,
    discordant: bool = False,
) -> CaseloadRow:
    scores = {instrument: _score(instrument, history) for instrument, history in submitted.items()}
    phq9 = scores.pop("phq9", None)
    assessed = progress.assess(phq9_points)
    first_checkin, last_checkin, logged = checkin if checkin else (None, None, 0)
    last_questionnaire = max(
        (h.latest.day for h in submitted.values() if h.latest.day), default=None
    )
    last_activity = max((d for d in (last_checkin, last_questionnaire) if d), default=None)
    joined = client.date_joined.astimezone(zone).date()
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
    zone = timezone.get_current_timezone()
    submitted = _administrations(ids)
    phq9_points = _phq9_points(ids)
    checkins = _checkins(ids, today)
    open_flags, urgent = _open_flags(ids)
    plans = _plans(ids, today)
    discordant = _discordant(ids, today)
    rows = [
        _row(
            client,
            submitted.get(client.pk, {}),
            phq9_points.get(client.pk, []),
            checkins.get(client.pk),
            open_flags.get(client.pk, 0),
            plans.get(client.pk),
            today,
            quiet,
            zone,
            client.pk in discordant,
        )
        for client in clients
    ]
    return [
        replace(row, urgent_risk_flags=urgent[row.client.pk]) if row.client.pk in urgent else row
        for row in rows
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

import uuid
from datetime import date, datetime
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError

from attune.accounts import selectors as people
from attune.accounts.models import Role, User
from attune.api.schemas import ErrorOut
from attune.checkins.services import client_today

from . import prep, selectors, services
from .flags import FlagKind, SortKey
from .selectors import CaseloadRow, Score

router = Router(tags=["clinician workspace"])


class CaseloadQuery(Schema):
    sort: SortKey = SortKey.FLAGS
    order: Literal["asc", "desc"] | None = None
    flag: FlagKind | None = None
    flagged: bool = False


class CaseloadScoreOut(Schema):
    instrument: str
    name: str
    total: int | float | None
    band: str
    date: date | None
    count: int
    change: str | None


class ProgressOut(Schema):
    status: str
    baseline: int | None
    latest: int | None
    weeks: float | None
    expected: float | None
    band_low: float | None
    band_high: float | None


class PlanOut(Schema):
    week: int
    total_weeks: int
    steps_completed: int
    steps_total: int
    ready_this_week: int
    done_this_week: int
    decisions_waiting: int = Field(0, description="plan proposals waiting for a decision")


class EngagementOut(Schema):
    days_logged: int
    window_days: int


class CaseloadRowOut(Schema):
    client_uuid: uuid.UUID
    name: str
    flags: list[FlagKind]
    open_risk_flags: int
    reliably_deteriorated: list[str]
    phq9: CaseloadScoreOut | None
    phq9_progress: ProgressOut
    latest_scores: list[CaseloadScoreOut]
    last_checkin: date | None
    engagement: EngagementOut
    last_activity: date | None
    days_since_activity: int
    plan: PlanOut | None
    overview_url: str


class CaseloadOut(Schema):
    disengaged_days: int
    total: int
    rows: list[CaseloadRowOut]


class ScoreChangeOut(Schema):
    instrument: str
    name: str
    before: int | float | None
    before_date: date | None
    after: int | float | None
    after_date: date | None
    difference: float | None
    answered: int
    change: str | None


class WrittenOut(Schema):
    date: date
    text: str
    source: str


class RiskEventOut(Schema):
    id: int
    raised_at: datetime
    reason: str
    description: str
    acknowledged_at: datetime | None


class StepOut(Schema):
    date: date
    step_id: str
    title: str
    outcome: str
    distress: int | None = Field(description="0-100; null when counted from the step's tool")
    felt_safe: bool | None


class ValueOut(Schema):
    date: date
    area: str
    action: str
    status: str


class SessionPrepOut(Schema):
    client_uuid: uuid.UUID
    since: date
    until: date
    checkin_days: int
    score_changes: list[ScoreChangeOut]
    phq9_progress: ProgressOut | None
    wins: list[WrittenOut]
    setbacks: list[WrittenOut]
    risk_events: list[RiskEventOut]
    steps_done: list[StepOut]
    steps_not_yet: list[StepOut]
    values_done: list[ValueOut]
    values_not_yet: list[ValueOut]


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _score(score: Score | None) -> dict[str, Any] | None:
    if score is None:
        return None
    return {
        "instrument": score.instrument,
        "name": score.name,
        "total": score.total,
        "band": score.band,
        "date": score.day,
        "count": score.count,
        "change": score.change.value if score.change else None,
    }


def _progress(result: Any) -> dict[str, Any]:
    band = result.band
    return {
        "status": result.status.value,
        "baseline": result.baseline,
        "latest": result.latest,
        "weeks": round(band.weeks, 2) if band else None,
        "expected": round(band.expected, 2) if band else None,
        "band_low": round(band.low, 2) if band else None,
        "band_high": round(band.high, 2) if band else None,
    }


def caseload_row_out(row: CaseloadRow) -> dict[str, Any]:
    plan = row.plan
    return {
        "client_uuid": row.client.uuid,
        "name": row.name,
        "flags": [kind.value for kind in row.flags],
        "open_risk_flags": row.open_risk_flags,
        "reliably_deteriorated": list(row.deteriorated),
        "phq9": _score(row.phq9),
        "phq9_progress": _progress(row.progress),
        "latest_scores": [_score(s) for s in row.other_scores],
        "last_checkin": row.last_checkin,
        "engagement": {"days_logged": row.engagement_logged, "window_days": row.engagement_days},
        "last_activity": row.last_activity,
        "days_since_activity": row.days_quiet,
        "plan": None
        if plan is None
        else {
            "week": plan.week,
            "total_weeks": plan.total_weeks,
            "steps_completed": plan.completed,
            "steps_total": plan.total,
            "ready_this_week": plan.ready_this_week,
            "done_this_week": plan.done_this_week,
            "decisions_waiting": plan.decisions_waiting,
        },
        "overview_url": f"/clients/{row.client.uuid}/overview/",
    }


@router.get(
    "/caseload",
    response={200: CaseloadOut, 403: ErrorOut},
    summary="The clinician's caseload with flags (audited per client)",
)
def caseload(request: HttpRequest, filters: Query[CaseloadQuery]) -> Status[Any]:
    viewer = _user(request)
    if Role.CLINICIAN not in people.roles_of(viewer):
        raise HttpError(403, "Only clinicians have a caseload.")
    clients = list(people.clients_of(viewer))
    rows = selectors.caseload_rows(clients)
    services.audit_caseload_read(viewer, clients, "workspace.caseload")
    descending = None if filters.order is None else filters.order == "desc"
    shown = selectors.sort_rows(
        selectors.filter_rows(rows, only_flagged=filters.flagged, kind=filters.flag),
        filters.sort,
        descending,
    )
    return Status(
        200,
        {
            "disengaged_days": selectors.disengaged_days(),
            "total": len(rows),
            "rows": [caseload_row_out(r) for r in shown],
        },
    )


def _prep_out(report: prep.SessionPrep) -> dict[str, Any]:
    def step(entry: prep.StepEntry) -> dict[str, Any]:
        return {
            "date": entry.day,
            "step_id": entry.step_id,
            "title": entry.title,
            "outcome": entry.outcome,
            "distress": entry.distress,
            "felt_safe": entry.felt_safe,
        }

    def value(entry: prep.ValueEntry) -> dict[str, Any]:
        return {
            "date": entry.day,
            "area": entry.area,
            "action": entry.action,
            "status": entry.status,
        }

    def written(entry: prep.Written) -> dict[str, Any]:
        return {"date": entry.day, "text": entry.text, "source": entry.source}

    return {
        "client_uuid": report.client.uuid,
        "since": report.since,
        "until": report.until,
        "checkin_days": report.checkin_days,
        "score_changes": [
            {
                "instrument": s.instrument,
                "name": s.name,
                "before": s.before,
                "before_date": s.before_day,
                "after": s.after,
                "after_date": s.after_day,
                "difference": s.difference,
                "answered": s.answered,
                "change": s.category.value if s.category else None,
            }
            for s in report.scores
        ],
        "phq9_progress": _progress(report.phq9_progress) if report.phq9_progress else None,
        "wins": [written(w) for w in report.wins],
        "setbacks": [written(s) for s in report.setbacks],
        "risk_events": [
            {
                "id": e.flag_id,
                "raised_at": e.raised_at,
                "reason": e.reason,
                "description": e.words,
                "acknowledged_at": e.acknowledged_at,
            }
            for e in report.risk_events
        ],
        "steps_done": [step(s) for s in report.steps_done],
        "steps_not_yet": [step(s) for s in report.steps_not_yet],
        "values_done": [value(v) for v in report.values_done],
        "values_not_yet": [value(v) for v in report.values_not_yet],
    }


@router.get(
    "/clients/{client_uuid}/session-prep",
    response={200: SessionPrepOut, 404: ErrorOut, 422: ErrorOut},
    summary="What happened since a date (default: the last session), for a treating clinician",
)
def session_prep(request: HttpRequest, client_uuid: uuid.UUID, since: str = "") -> Status[Any]:
    viewer = _user(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    today = client_today(client)
    try:
        chosen = prep.parse_since(since, today)
    except prep.SinceError as exc:
        return Status(
            422, {"detail": f"Please check since: {exc}", "errors": {"since": [str(exc)]}}
        )
    report = prep.build(client, chosen or prep.default_since(client, today), today)
    services.audit_reads(viewer, client, prep.READ_TYPES)
    return Status(200, _prep_out(report))

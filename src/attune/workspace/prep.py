"""Session prep: what happened between `since` and today, for the next session.

Score changes (with reliable-change words), wins and setbacks from check-ins, plan steps
done / not yet / setbacks, value-based actions done / not yet, and every risk flag raised in
the range, acknowledged or not. A step's reflection and value statements stay private to
the client (as on the plan and values pages); check-in wins and setbacks are shown, as on
the clinician's check-in page. Partner feedback has no model yet, so it has no section.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from attune.accounts.models import User
from attune.checkins.models import CheckIn
from attune.clinical import progress
from attune.clinical.instruments import get_instrument
from attune.clinical.instruments.change import ChangeCategory
from attune.clinical.plans import plan_from_dict
from attune.plans.models import ClientPlan, Outcome, StepLog
from attune.questionnaires.models import Administration
from attune.safety.models import RiskFlag
from attune.valuework.models import ActionStatus, Domain, ValueAction
from attune.valuework.selectors import invites_reschedule

from . import presenting, selectors

DEFAULT_DAYS = 14
# What a session prep reads, for the audit trail.
READ_TYPES = (
    "checkins.checkin",
    "questionnaires.administration",
    "safety.riskflag",
    "plans.steplog",
    "valuework.valueaction",
    "workspace.cliniciannote",
    "partners.partnerfeedback",
)


class SinceError(ValueError):
    """`since` is not a usable date; the message says why, in words a person can act on."""


def default_since(client: User, today: date) -> date:
    """The last session date written in a clinician note, else two weeks ago."""
    last = selectors.last_session_date(client)
    if last is not None and last <= today:
        return last
    return today - timedelta(days=DEFAULT_DAYS)


def parse_since(raw: str | None, today: date) -> date | None:
    """A YYYY-MM-DD date not after today; None when nothing was asked for."""
    text = (raw or "").strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise SinceError(
            _("“%(value)s” is not a date written as YYYY-MM-DD (for example %(example)s).")
            % {"value": text[:40], "example": today.isoformat()}
        ) from None
    if day > today:
        raise SinceError(
            _("%(value)s is in the future; a summary can only look back.") % {"value": text}
        )
    return day


@dataclass(frozen=True)
class ScoreChange:
    instrument: str
    name: str
    before: int | float | None  # the last score before `since`, else the first in range
    before_day: date | None
    after: int | float | None  # the latest score in range
    after_day: date | None
    answered: int  # times answered in range
    category: ChangeCategory | None

    @property
    def difference(self) -> float | None:
        if self.before is None or self.after is None or self.before_day == self.after_day:
            return None
        return float(self.after) - float(self.before)

    @property
    def words(self) -> str:
        if self.difference is None:
            return _("one score, nothing to compare yet")
        return presenting.change_words(self.category) or _("change cannot be judged reliably")


@dataclass(frozen=True)
class Written:
    day: date
    text: str
    source: str  # "checkin" or "plan"


@dataclass(frozen=True)
class RiskEvent:
    flag_id: int
    raised_at: datetime
    reason: str
    words: str
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class StepEntry:
    day: date
    step_id: str
    title: str
    outcome: str
    distress: int | None  # None: counted from the step's tool without saying how it felt
    felt_safe: bool | None


@dataclass(frozen=True)
class ValueEntry:
    day: date
    area: str
    action: str
    status: str  # "done" or "not_yet"


@dataclass
class SessionPrep:
    client: User
    since: date
    until: date
    checkin_days: int
    scores: list[ScoreChange] = field(default_factory=list)
    phq9_progress: progress.Progress | None = None
    wins: list[Written] = field(default_factory=list)
    setbacks: list[Written] = field(default_factory=list)
    risk_events: list[RiskEvent] = field(default_factory=list)
    steps_done: list[StepEntry] = field(default_factory=list)
    steps_not_yet: list[StepEntry] = field(default_factory=list)
    values_done: list[ValueEntry] = field(default_factory=list)
    values_not_yet: list[ValueEntry] = field(default_factory=list)
    has_plan: bool = False

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1


def _number(total: float | None) -> int | float | None:
    if total is None:
        return None
    return int(total) if float(total).is_integer() else total


def _scores(client: User, since: date, until: date) -> tuple[list[ScoreChange], progress.Progress]:
    by_instrument: dict[str, list[Administration]] = defaultdict(list)
    for record in Administration.objects.filter(
        client=client, status=Administration.SUBMITTED, submitted_on__lte=until
    ).order_by("submitted_at", "pk"):
        by_instrument[record.instrument].append(record)
    changes = []
    for instrument, records in sorted(by_instrument.items()):
        inside = [r for r in records if r.submitted_on and r.submitted_on >= since]
        if not inside:
            continue
        before = [r for r in records if r.submitted_on and r.submitted_on < since]
        start = before[-1] if before else inside[0]
        end = inside[-1]
        category = None
        if start is not end:
            category = selectors.change_between(instrument, start.total, end.total)
        changes.append(
            ScoreChange(
                instrument=instrument,
                name=get_instrument(instrument).name,
                before=_number(start.total),
                before_day=start.submitted_on,
                after=_number(end.total),
                after_day=end.submitted_on,
                answered=len(inside),
                category=category,
            )
        )
    phq9 = [
        (r.submitted_on, int(r.total))
        for r in by_instrument.get("phq9", [])
        if r.submitted_on is not None and r.total is not None
    ]
    return changes, progress.assess(phq9)


def _checkins(prep: SessionPrep) -> None:
    rows = CheckIn.objects.filter(
        client=prep.client, day__gte=prep.since, day__lte=prep.until
    ).order_by("day")
    prep.checkin_days = 0
    for row in rows:
        prep.checkin_days += 1
        if row.win:
            prep.wins.append(Written(row.day, row.win, "checkin"))
        if row.setback:
            prep.setbacks.append(Written(row.day, row.setback, "checkin"))


def _steps(prep: SessionPrep) -> None:
    logs = list(
        StepLog.objects.filter(
            client=prep.client, logged_on__gte=prep.since, logged_on__lte=prep.until
        )
        .select_related("plan")
        .defer("reflection")
        .order_by("logged_on", "pk")
    )
    titles: dict[int, dict[str, str]] = {}
    for log in logs:
        if log.plan_id not in titles:
            plan = plan_from_dict(json.loads(log.plan.plan_json))
            titles[log.plan_id] = {step.id: step.title for step in plan.steps}
        title = titles[log.plan_id].get(log.step_id, log.step_id)
        entry = StepEntry(
            log.logged_on, log.step_id, title, log.outcome, log.distress, log.felt_safe
        )
        if log.outcome == Outcome.DONE:
            prep.steps_done.append(entry)
        elif log.outcome == Outcome.NOT_YET:
            prep.steps_not_yet.append(entry)
        else:
            prep.setbacks.append(
                Written(
                    log.logged_on,
                    _("Plan step “%(title)s”: a setback (distress %(distress)s of 100).")
                    % {"title": title, "distress": log.distress},
                    "plan",
                )
            )
    prep.setbacks.sort(key=lambda w: w.day)
    prep.has_plan = ClientPlan.objects.filter(client=prep.client, status=ClientPlan.ACTIVE).exists()


def _values(prep: SessionPrep) -> None:
    actions = ValueAction.objects.filter(
        client=prep.client, scheduled_on__gte=prep.since, scheduled_on__lte=prep.until
    ).defer("reflection")
    labels = dict(Domain.choices)
    for action in actions:
        area = str(labels.get(action.domain, action.domain))
        if action.status == ActionStatus.DONE:
            prep.values_done.append(ValueEntry(action.scheduled_on, area, action.action, "done"))
        elif invites_reschedule(action, prep.until):
            prep.values_not_yet.append(
                ValueEntry(action.scheduled_on, area, action.action, "not_yet")
            )


def _risks(prep: SessionPrep) -> None:
    flags = RiskFlag.objects.filter(
        client=prep.client,
        created_at__date__gte=prep.since,
        created_at__date__lte=prep.until,
    ).order_by("created_at", "pk")
    prep.risk_events = [
        RiskEvent(f.pk, f.created_at, f.reason, presenting.risk_reason(f.reason), f.acknowledged_at)
        for f in flags
    ]


def build(client: User, since: date, until: date) -> SessionPrep:
    prep = SessionPrep(client=client, since=since, until=until, checkin_days=0)
    prep.scores, prep.phq9_progress = _scores(client, since, until)
    _checkins(prep)
    _steps(prep)
    _values(prep)
    _risks(prep)
    return prep


def period_words(prep: SessionPrep) -> str:
    return _("From %(since)s to %(until)s (%(days)s days).") % {
        "since": date_format(prep.since, "j F Y"),
        "until": date_format(prep.until, "j F Y"),
        "days": prep.days,
    }

"""Maintenance after improvement: moving a plan to a lighter routine and back.

The rules (when a plan is ready, what counts as a warning sign) are pure and live in
`attune.clinical.plans.maintenance`; this module stores and checks permission. In
maintenance a person checks in about weekly, answers questionnaires monthly, does a booster
check about monthly, and keeps a relapse-prevention plan in their own words. When check-ins
show warning signs the engine proposes a return to the full plan as a `PlanProposal` (kind
`RETURN_TO_FULL`) that the person or their clinician decides, like every other proposal.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.clinical.instruments.schedule import Cadence
from attune.clinical.plans import maintenance as rules
from attune.clinical.plans.model import Step
from attune.questionnaires import services as questionnaires
from attune.questionnaires.models import Administration, Assignment
from attune.safety.services import SafetyResponse, screen_and_respond

from . import services
from .models import BoosterCheck, ClientPlan, MaintenancePhase, PlanProposal, RelapsePreventionPlan

RETURN_TO_FULL = "return_to_full"
RETURN_STEP_ID = "maintenance"
# After a return is declined, the engine waits this long before asking again.
ASK_AGAIN_AFTER_DAYS = 14
# Questionnaires asked more often than monthly become monthly in maintenance.
LIGHTER_THAN = frozenset({Cadence.WEEKLY.value, Cadence.EVERY_N_DAYS.value})
MAINTENANCE_QUESTIONNAIRE = "phq9"
BOOSTER_MAX_DAYS_AHEAD = 365
RELAPSE_FIELDS = ("warning_signs", "what_helped", "what_to_do", "whom_to_call", "when_to_come_back")


# --- reading ------------------------------------------------------------------------------


def open_phase(client: User) -> MaintenancePhase | None:
    return MaintenancePhase.objects.filter(client=client, ended_on__isnull=True).first()


def clients_in_maintenance(client_ids: list[int]) -> dict[int, MaintenancePhase]:
    """Client id -> their open maintenance phase, in one query (the caseload's groups)."""
    phases = MaintenancePhase.objects.filter(client_id__in=client_ids, ended_on__isnull=True)
    return {phase.client_id: phase for phase in phases}


def relapse_plan_of(client: User) -> RelapsePreventionPlan | None:
    return RelapsePreventionPlan.objects.filter(client=client).first()


def _points(
    client: User, limit: int | None = None, since: date | None = None
) -> list[rules.CheckinPoint]:
    rows = CheckIn.objects.filter(client=client).order_by("-day")
    if since is not None:
        rows = rows.filter(day__gte=since)
    values = rows.values_list("day", "mood", "sexual_loneliness")
    chosen = values[:limit] if limit else values
    return [rules.CheckinPoint(day, mood, lonely) for day, mood, lonely in chosen][::-1]


def _first_points(client: User) -> list[rules.CheckinPoint]:
    """Check-ins of the first four weeks of tracking (what the baseline is made of)."""
    first = CheckIn.objects.filter(client=client).order_by("day").values_list("day", flat=True)
    start = first.first()
    if start is None:
        return []
    end = start + timedelta(days=rules.WINDOW_DAYS)
    rows = CheckIn.objects.filter(client=client, day__lt=end).order_by("day")
    return [
        rules.CheckinPoint(*row) for row in rows.values_list("day", "mood", "sexual_loneliness")
    ]


def readiness_for(client: User, today: date | None = None) -> rules.Readiness:
    today = today or client_today(client)
    phq9 = list(
        Administration.objects.filter(
            client=client,
            instrument="phq9",
            status=Administration.SUBMITTED,
            submitted_on__isnull=False,
            total__isnull=False,
        ).values_list("submitted_on", "total")
    )
    lonely = CheckIn.objects.filter(client=client, sexual_loneliness__isnull=False)
    readings = [
        rules.Reading(day, value)
        for day, value in lonely.values_list("day", "sexual_loneliness")
        if value is not None
    ]
    scores = [(day, int(total)) for day, total in phq9 if day is not None and total is not None]
    return rules.readiness(scores, readings, today)


def keep_up_steps(record: ClientPlan) -> list[Step]:
    done = record.logs.filter(outcome="done").values_list("step_id", flat=True)
    return rules.keep_up_steps(services.engine_plan(record), set(done), record.paused_steps)


def checkin_due(client: User, today: date | None = None) -> bool:
    """Is a check-in asked for today? Daily on the full plan; weekly in maintenance."""
    today = today or client_today(client)
    since = today - timedelta(days=6) if open_phase(client) else today
    return not CheckIn.objects.filter(client=client, day__gte=since, day__lte=today).exists()


def may_see(viewer: User, client: User) -> bool:
    return viewer.pk == client.pk or people.clinician_treats(viewer, client)


# --- moving to maintenance and back ---------------------------------------------------------


def _lighten_questionnaires(by: User, client: User, today: date) -> dict[str, Any]:
    """Make frequent questionnaires monthly and make sure the PHQ-9 is asked monthly; return
    what was there before, so a return to the full plan can give it back."""
    earlier: dict[str, Any] = {}
    active = {a.instrument: a for a in Assignment.objects.filter(client=client, active=True)}
    for instrument, assignment in active.items():
        if assignment.cadence in LIGHTER_THAN:
            earlier[instrument] = [assignment.cadence, assignment.every_days]
            questionnaires.assignment_set(
                by=by,
                client=client,
                instrument_id=instrument,
                cadence=Cadence.MONTHLY.value,
                start_on=today,
            )
    if MAINTENANCE_QUESTIONNAIRE not in active:
        try:
            questionnaires.assignment_set(
                by=by,
                client=client,
                instrument_id=MAINTENANCE_QUESTIONNAIRE,
                cadence=Cadence.MONTHLY.value,
                start_on=today,
            )
        except ValidationError:
            return earlier  # not offered by this organisation
        earlier[MAINTENANCE_QUESTIONNAIRE] = None
    return earlier


def _restore_questionnaires(by: User, client: User, earlier: dict[str, Any], today: date) -> None:
    for instrument, before in earlier.items():
        current = Assignment.objects.filter(client=client, instrument=instrument, active=True)
        if current.exclude(cadence=Cadence.MONTHLY.value).exists():
            continue  # changed by hand since: leave the newer choice alone
        if before is None:
            for assignment in current:
                questionnaires.assignment_stop(by=by, assignment=assignment)
            continue
        cadence, every_days = before
        try:
            questionnaires.assignment_set(
                by=by,
                client=client,
                instrument_id=instrument,
                cadence=cadence,
                every_days=every_days,
                start_on=today,
            )
        except ValidationError:
            continue  # no longer offered; nothing to give back


def _new_version(record: ClientPlan, reason: str, by: User | None) -> None:
    plan = services.engine_plan(record)
    services._commit(record, replace(plan, version=plan.version + 1), reason, by)


@transaction.atomic
def maintenance_start(*, by: User, client: User) -> MaintenancePhase:
    """Move the client's active plan to maintenance: by the client, or a treating clinician."""
    clinician = people.clinician_treats(by, client)
    if by.pk != client.pk and not clinician:
        raise PermissionDenied
    record = services.active_plan(client)
    if record is None:
        raise ValidationError({"plan": _("There is no plan to move to maintenance yet.")})
    if open_phase(client) is not None:
        raise ValidationError({"plan": _("The plan is already in maintenance.")})
    today = client_today(client)
    if clinician:
        why = MaintenancePhase.CLINICIAN
    elif readiness_for(client, today).ready:
        why = MaintenancePhase.IMPROVED
    else:
        why = MaintenancePhase.CLIENT
    baseline = rules.baseline_of(_first_points(client))
    phase = MaintenancePhase.objects.create(
        client=client,
        plan=record,
        why=why,
        started_on=today,
        started_by=by,
        baseline_mood=baseline.mood,
        baseline_sexual_loneliness=baseline.sexual_loneliness,
        next_booster_on=rules.next_booster(today),
        earlier_cadences=_lighten_questionnaires(by, client, today),
    )
    _new_version(
        record,
        _("Moved to maintenance: a lighter routine, a relapse-prevention plan and booster checks."),
        by,
    )
    return phase


@transaction.atomic
def maintenance_end(*, by: User, client: User) -> None:
    """Back to the full plan: the client or a treating clinician may choose it at any time."""
    if by.pk != client.pk and not people.clinician_treats(by, client):
        raise PermissionDenied
    phase = open_phase(client)
    if phase is None:
        raise ValidationError({"plan": _("The plan is not in maintenance.")})
    today = client_today(client)
    phase.ended_on = today
    phase.ended_by = by
    phase.save(update_fields=["ended_on", "ended_by", "updated_at"])
    _restore_questionnaires(by, client, phase.earlier_cadences, today)
    PlanProposal.objects.filter(
        plan=phase.plan, kind=RETURN_TO_FULL, status=PlanProposal.PENDING
    ).update(status=PlanProposal.DECLINED, decided_at=timezone.now())
    _new_version(phase.plan, _("Back to the full plan, with more support for a while."), by)


def return_decided(*, by: User, proposal: PlanProposal) -> None:
    """An approved proposal to return (called by `services.proposal_decide`)."""
    maintenance_end(by=by, client=proposal.plan.client)


# --- warning signs --------------------------------------------------------------------------


def _asked_recently(record: ClientPlan, today: date) -> bool:
    since = timezone.now() - timedelta(days=ASK_AGAIN_AFTER_DAYS)
    return (
        record.proposals.filter(kind=RETURN_TO_FULL)
        .filter(
            Q(status=PlanProposal.PENDING) | Q(status=PlanProposal.DECLINED, decided_at__gte=since)
        )
        .exists()
    )


def warning_check(client: User) -> PlanProposal | None:
    """After a check-in (or a named warning sign): propose a return when the signs show."""
    phase = open_phase(client)
    if phase is None:
        return None
    today = client_today(client)
    baseline = rules.Baseline(phase.baseline_mood, phase.baseline_sexual_loneliness)
    # Only check-ins made in maintenance: the days before it are what it started from.
    points = _points(client, rules.NEAR_RUN * 2, since=phase.started_on)
    signs = rules.warning_signs(baseline, points, today, named_sign_on=phase.named_sign_on)
    record = phase.plan
    if not signs.propose_return or _asked_recently(record, today):
        return None
    if signs.named_sign:
        reason = _(
            "You noticed one of your warning signs. Acting early is what your plan is for: "
            "would you like to go back to the full plan, with more support, for a while?"
        )
    else:
        reason = _(
            "Your last few check-ins look more like the time you started. Ups and downs are "
            "part of staying well, and noticing them early helps: would you like to go back "
            "to the full plan, with more support, for a while?"
        )
    plan = services.engine_plan(record)
    return PlanProposal.objects.create(
        client=client,
        plan=record,
        plan_version=plan.version,
        step_id=RETURN_STEP_ID,
        kind=RETURN_TO_FULL,
        proposal_json=json.dumps({"kind": RETURN_TO_FULL, "reason": reason}, sort_keys=True),
    )


@transaction.atomic
def named_sign_noticed(*, client: User) -> PlanProposal | None:
    """The client says they notice one of the warning signs in their plan."""
    phase = open_phase(client)
    if phase is None:
        raise ValidationError({"plan": _("The plan is not in maintenance.")})
    phase.named_sign_on = client_today(client)
    phase.save(update_fields=["named_sign_on", "updated_at"])
    return warning_check(client)


# --- the relapse-prevention plan and booster checks ------------------------------------------


@transaction.atomic
def relapse_plan_save(
    *, client: User, fields: dict[str, str]
) -> tuple[RelapsePreventionPlan, SafetyResponse | None]:
    """Save the client's own relapse-prevention plan; the new words are screened."""
    unknown = set(fields) - set(RELAPSE_FIELDS)
    if unknown:
        raise ValidationError(
            {name: [_("Not part of a relapse-prevention plan.")] for name in sorted(unknown)}
        )
    plan = relapse_plan_of(client) or RelapsePreventionPlan(client=client)
    before = [getattr(plan, name) or "" for name in RELAPSE_FIELDS] if plan.pk else None
    for name, value in fields.items():
        setattr(plan, name, (value or "").strip())
    plan.updated_by = client
    plan.full_clean(exclude=["client", "updated_by"], validate_unique=False)
    plan.save()
    safety = screen_and_respond(
        writer=client,
        texts=[getattr(plan, name) for name in RELAPSE_FIELDS],
        source="relapse_plan",
        context="journal",
        before=before,
        entry_key=f"plans.relapsepreventionplan:{plan.pk}",
    )
    return plan, safety


@transaction.atomic
def booster_done(
    *, client: User, reflection: str = "", with_clinician: bool = False
) -> tuple[BoosterCheck, SafetyResponse | None]:
    phase = open_phase(client)
    if phase is None:
        raise ValidationError({"plan": _("The plan is not in maintenance.")})
    today = client_today(client)
    check = BoosterCheck(
        client=client,
        phase=phase,
        done_on=today,
        with_clinician=with_clinician,
        reflection=reflection.strip(),
    )
    check.full_clean(exclude=["client", "phase"])
    check.save()
    phase.next_booster_on = rules.next_booster(today)
    phase.booster_with_clinician = False
    phase.save(update_fields=["next_booster_on", "booster_with_clinician", "updated_at"])
    safety = screen_and_respond(
        writer=client,
        texts=[check.reflection],
        source="booster_check",
        context="journal",
        entry_key=f"plans.boostercheck:{check.pk}",
    )
    return check, safety


@transaction.atomic
def booster_schedule(*, by: User, client: User, on: date) -> MaintenancePhase:
    """A treating clinician books the next booster as a session with them."""
    if not people.clinician_treats(by, client):
        raise PermissionDenied
    phase = open_phase(client)
    if phase is None:
        raise ValidationError({"plan": _("The plan is not in maintenance.")})
    today = client_today(client)
    if not today <= on <= today + timedelta(days=BOOSTER_MAX_DAYS_AHEAD):
        raise ValidationError({"on": _("Choose a day from today to a year ahead.")})
    phase.next_booster_on = on
    phase.booster_with_clinician = True
    phase.save(update_fields=["next_booster_on", "booster_with_clinician", "updated_at"])
    return phase

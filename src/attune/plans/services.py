"""Plan rules: starting a plan, logging steps, proposals and approvals, clinician edits.

Every change goes through `_commit`, which stores a new version with its reason. The
engine (`attune.clinical.plans`) builds plans and proposes changes; it never stores.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.clinical.plans import (
    Phase,
    Plan,
    PlanError,
    ProfileError,
    Step,
    apply_proposal,
    build_plan,
    checkin_signals,
    log_entry,
    make_profile,
    plan_from_dict,
    plan_to_dict,
    propose_changes,
    validate_plan,
)
from attune.clinical.plans.adapt import CHECKIN_RUN
from attune.clinical.plans.builder import with_safety
from attune.clinical.plans.choice import ChoiceError, decline_step, pillar_weights, rebuild_plan
from attune.clinical.plans.profile import GOAL_FITS, Goal, Profile
from attune.clinical.plans.profile import SexualFocus as EngineFocus
from attune.clinical.plans.serialize import proposal_from_dict, proposal_to_dict
from attune.clinical.plans.vocab import Pillar
from attune.clinical.plans.week import plan_week, reading_steps, ready_steps
from attune.safety.selectors import couple_concern_stands
from attune.safety.services import screen_and_respond

from . import tools
from .models import (
    ClientPlan,
    DeclineReason,
    LifeChange,
    LifeChangeKind,
    PlanProposal,
    PlanVersion,
    StepAnswer,
    StepDecline,
    StepLog,
)

MAX_DIFFICULTY = 100
# The attune tool a clinician's custom step links to, by pillar.
CUSTOM_STEP_TOOL = {
    "foundations": "checkin",
    "self_compassion": "trigger_map",
    "values": "action_plan",
    "social": "action_plan",
    "communication": "conversation",
    "embodiment": "journal",
    "body_regulation": "exercise:extended_exhale",
    "learning": "journal",
}


# --- reading ------------------------------------------------------------------------------


def active_plan(client: User) -> ClientPlan | None:
    return ClientPlan.objects.filter(client=client, status=ClientPlan.ACTIVE).first()


def engine_plan(record: ClientPlan) -> Plan:
    return plan_from_dict(json.loads(record.plan_json))


def done_once(record: ClientPlan) -> set[str]:
    """Steps logged as done at least once."""
    return set(
        StepLog.objects.filter(plan=record, outcome="done").values_list("step_id", flat=True)
    )


def this_week(record: ClientPlan, today: date) -> tuple[int, list[Step]]:
    """The week number and its practice steps (reading steps never take these slots)."""
    plan = engine_plan(record)
    week = plan_week((today - record.started_on).days)
    done = done_once(record)
    # The pillars the client weighs most (ranked goals, fewer declines) come first.
    weights = pillar_weights(plan.profile, plan.declined)
    return week, ready_steps(
        plan, week, done_once=done, paused=record.paused_steps, weights=weights
    )


def to_read(record: ClientPlan, today: date) -> list[Step]:
    """Reading steps that are open now: read when you like, outside this week's steps."""
    plan = engine_plan(record)
    week = plan_week((today - record.started_on).days)
    return reading_steps(plan, week, done_once=done_once(record), paused=record.paused_steps)


def may_decide(user: User, record: ClientPlan) -> bool:
    """A treating clinician decides; a self-guided client decides for themself."""
    if people.clinician_treats(user, record.client):
        return True
    return user.pk == record.client_id and not people.clinicians_of(record.client).exists()


# --- starting -----------------------------------------------------------------------------


@transaction.atomic
def plan_start(
    *,
    by: User,
    client: User,
    life_stage: str,
    relationship: str,
    trauma_informed: bool = False,
    antidepressant: bool = False,
    goals: list[str] | None = None,
    own_goal: str = "",
    sexual_focus: str | None = None,
    disability: bool | None = None,
    lgbtq: bool | None = None,
) -> ClientPlan:
    """Start a plan. The optional profile answers (sexual focus, disability, LGBTQ+) come
    from the client's profile unless given; goals are in the client's order."""
    if by.pk != client.pk and not people.clinician_treats(by, client):
        raise PermissionDenied
    stored = profile_answers(client)
    try:
        profile = make_profile(
            life_stage=life_stage,
            relationship=relationship,
            trauma_informed=trauma_informed,
            antidepressant=antidepressant,
            goals=goals,
            # Self-guided plans ask about a therapist before sensate stages III-IV.
            clinician_involved=by.pk != client.pk or people.clinicians_of(client).exists(),
            couple_steps_paused=couple_concern_stands(client),
            sexual_focus=engine_focus(sexual_focus)
            if sexual_focus is not None
            else stored["sexual_focus"],
            disability=stored["disability"] if disability is None else disability,
            lgbtq=stored["lgbtq"] if lgbtq is None else lgbtq,
        )
    except ProfileError as exc:
        raise ValidationError({getattr(exc, "field", "profile"): str(exc)}) from None
    ClientPlan.objects.filter(client=client, status=ClientPlan.ACTIVE).update(
        status=ClientPlan.ENDED
    )
    plan = build_plan(profile)
    record = ClientPlan.objects.create(
        client=client,
        plan_json=_dump(plan),
        version=plan.version,
        started_on=client_today(client),
        created_by=by,
    )
    _version(record, plan, _("Plan started."), by)
    if own_goal.strip():
        record.safety = _own_goal_save(record, own_goal)  # type: ignore[attr-defined]
    return record


def engine_focus(value: str) -> str:
    """The engine's SexualFocus for a profile answer ("" and "prefer not" are unsaid)."""
    return value if value in {f.value for f in EngineFocus} else EngineFocus.UNSAID.value


def profile_answers(client: User) -> dict[str, Any]:
    """The optional profile answers that shape the plan, as the engine reads them."""
    from attune.accounts.models import ClientProfile

    row = ClientProfile.objects.filter(client=client).first()
    if row is None:
        return {"sexual_focus": EngineFocus.UNSAID.value, "disability": False, "lgbtq": False}
    return {
        "sexual_focus": engine_focus(row.sexual_focus),
        "disability": row.disability == "yes",
        "lgbtq": row.lgbtq == "yes",
    }


def _own_goal_save(record: ClientPlan, text: str) -> Any:
    before = record.own_goal
    record.own_goal = text.strip()
    record.save(update_fields=["own_goal", "updated_at"])
    return screen_and_respond(
        writer=record.client,
        texts=[record.own_goal],
        before=[before],
        source="plan_log",
        context="journal",
        entry_key=f"plans.clientplan.own_goal:{record.pk}",
    )


def _rebuild_for_flag(
    client: User, *, flag: str, on: bool, reasons: tuple[str, str], by: User | None
) -> bool:
    """Rebuild the active plan with one profile flag set, as a new version that keeps what was
    done, declined and chosen instead (``_rebuilt``). Returns whether it changed."""
    record = active_plan(client)
    if record is None:
        return False
    plan = engine_plan(record)
    if getattr(plan.profile, flag) == on:
        return False
    reason = reasons[0] if on else reasons[1]
    changes: dict[str, Any] = {flag: on}
    profile = replace(plan.profile, **changes)
    _commit(record, _rebuilt(record, plan, profile, reason), reason, by)
    return True


@transaction.atomic
def plan_fit_couple_steps(*, client: User) -> bool:
    """Rebuild the active plan when the couple safety check's concern starts or ends: while
    it stands the engine offers individual steps instead of couple steps (profile
    ``couple_steps_paused``). Returns whether it changed.

    The reason stored with the version is neutral: it is the client's and their clinician's
    to read, and says nothing about the check.
    """
    reasons = (
        _("Steps you do on your own for now, in place of steps with a partner."),
        _("Steps with a partner are back in the plan."),
    )
    on = couple_concern_stands(client)
    return _rebuild_for_flag(client, flag="couple_steps_paused", on=on, reasons=reasons, by=None)


@transaction.atomic
def plan_set_antidepressant(*, client: User, on: bool) -> bool:
    """Turn the active plan's antidepressant flag on or off, as the client confirmed on their
    medication timeline (``medications``). Returns whether it changed; without a plan, nothing
    to change (the start form then offers the flag already ticked)."""
    reasons = (
        _("Steps about your antidepressant added, as you confirmed on your medication timeline."),
        _("Steps about antidepressants taken out, as you chose after stopping."),
    )
    return _rebuild_for_flag(client, flag="antidepressant", on=on, reasons=reasons, by=client)


def _dump(plan: Plan) -> str:
    return json.dumps(plan_to_dict(plan), sort_keys=True)


def _version(record: ClientPlan, plan: Plan, reason: str, by: User | None) -> None:
    PlanVersion.objects.create(
        client=record.client,
        plan=record,
        version=plan.version,
        plan_json=_dump(plan),
        reason=reason,
        changed_by=by,
    )


def _commit(record: ClientPlan, plan: Plan, reason: str, by: User | None) -> None:
    try:
        validate_plan(plan)
    except PlanError as exc:
        raise ValidationError(str(exc)) from None
    record.plan_json = _dump(plan)
    record.version = plan.version
    record.save(update_fields=["plan_json", "version", "paused_steps", "updated_at"])
    _version(record, plan, reason, by)
    # Proposals were made against an older version; they are re-derived from the log.
    record.proposals.filter(status=PlanProposal.PENDING).exclude(plan_version=plan.version).update(
        status=PlanProposal.DECLINED, decided_at=timezone.now()
    )


# --- the step log and proposals -----------------------------------------------------------


@transaction.atomic
def step_log(
    *,
    client: User,
    record: ClientPlan,
    step_id: str,
    outcome: str,
    felt_safe: bool,
    distress: int,
    reflection: str = "",
) -> StepLog:
    if record.client_id != client.pk:
        raise PermissionDenied
    plan = engine_plan(record)
    if not plan.has_step(step_id):
        raise ValidationError({"step_id": _("That step is not in your plan.")})
    try:
        log_entry(step_id, outcome, felt_safe=felt_safe, distress=distress)
    except ValueError as exc:
        raise ValidationError({"outcome": str(exc)}) from None
    entry = StepLog.objects.create(
        client=client,
        plan=record,
        step_id=step_id,
        outcome=outcome,
        felt_safe=felt_safe,
        distress=distress,
        reflection=reflection.strip(),
        logged_on=client_today(client),
    )
    proposals_refresh(record)
    entry.safety = screen_and_respond(  # type: ignore[attr-defined]
        writer=client,
        texts=[entry.reflection],
        source="plan_log",
        context="journal",
        entry_key=f"plans.steplog:{entry.pk}",
    )
    return entry


@transaction.atomic
def step_count(
    *,
    client: User,
    record: ClientPlan,
    step_id: str,
    since: datetime | None,
    felt_safe: bool | None = None,
    distress: int | None = None,
) -> StepLog:
    """Count a step as done from its tool, on the person's own confirmation.

    The tool must have been used: the step's article read, or a record saved in the tool at
    or after `since` (when the step was opened from the plan). How it felt is optional; what
    is not answered stays empty, never guessed.
    """
    if record.client_id != client.pk:
        raise PermissionDenied
    plan = engine_plan(record)
    if not plan.has_step(step_id):
        raise ValidationError({"step_id": _("That step is not in your plan.")})
    step = plan.step(step_id)
    if not tools.countable(step.tool):
        raise ValidationError({"step_id": _("This step is logged on its own page.")})
    article = step.tool.startswith(tools.ARTICLE)
    if not article and since is None:
        raise ValidationError({"step_id": _("Open the step from your plan first.")})
    if not tools.used_since(client, step.tool, since or timezone.now()):
        raise ValidationError({"step_id": _("Nothing is saved for this step yet.")})
    if distress is not None and not 0 <= distress <= MAX_DIFFICULTY:
        raise ValidationError({"distress": _("Distress is 0 to 100.")})
    entry: StepLog = StepLog.objects.create(
        client=client,
        plan=record,
        step_id=step_id,
        outcome="done",
        felt_safe=felt_safe,
        distress=distress,
        logged_on=client_today(client),
        via=step.tool,
    )
    proposals_refresh(record)
    return entry


def article_step_to_count(client: User, slug: str) -> Step | None:
    """The plan step that asks to read this article, when it is read and not yet counted."""
    record = active_plan(client)
    if record is None:
        return None
    plan = engine_plan(record)
    tool = f"{tools.ARTICLE}{slug}"
    done = done_once(record)
    for step in plan.steps:
        if step.tool != tool or step.id in done or step.id in plan.completed:
            continue
        if step.id in record.paused_steps:
            continue
        return step if tools.used_since(client, tool, timezone.now()) else None
    return None


def opened_step_to_count(client: User, page_tool: str, opened: tools.Opened) -> Step | None:
    """The step opened from the plan, once its tool has been used and it is not yet counted
    since it was opened."""
    if not tools.matches(page_tool, opened.tool):
        return None
    record = active_plan(client)
    if record is None:
        return None
    plan = engine_plan(record)
    if not plan.has_step(opened.step_id):
        return None
    step = plan.step(opened.step_id)
    if step.tool != opened.tool or not tools.used_since(client, step.tool, opened.at):
        return None
    counted = record.logs.filter(step_id=step.id, created_at__gte=opened.at).exists()
    return None if counted else step


def _signals(client: User) -> Any:
    recent = list(
        CheckIn.objects.filter(client=client)
        .order_by("-day")
        .values_list("mood", "longing_distress")[:CHECKIN_RUN]
    )[::-1]
    return checkin_signals(
        mood=[m for m, _l in recent if m is not None],
        longing_distress=[ld for _m, ld in recent if ld is not None],
    )


def proposals_refresh(record: ClientPlan) -> list[PlanProposal]:
    """Store the engine's proposals for this version that are not already waiting."""
    plan = engine_plan(record)
    # A step counted from its tool without saying how it felt has nothing for the rules to
    # weigh: it counts as done once, and is left out of the adaptation log.
    log = [
        log_entry(e.step_id, e.outcome, felt_safe=e.felt_safe, distress=e.distress)
        for e in record.logs.all()
        if plan.has_step(e.step_id) and e.felt_safe is not None and e.distress is not None
    ]
    waiting = set(
        record.proposals.filter(status=PlanProposal.PENDING).values_list("step_id", "kind")
    )
    created = []
    for proposal in propose_changes(plan, log, _signals(record.client)):
        if (proposal.step_id, proposal.kind.value) in waiting:
            continue
        created.append(
            PlanProposal.objects.create(
                client=record.client,
                plan=record,
                plan_version=plan.version,
                step_id=proposal.step_id,
                kind=proposal.kind.value,
                proposal_json=json.dumps(proposal_to_dict(proposal), sort_keys=True),
            )
        )
    return created


@transaction.atomic
def proposal_decide(
    *, by: User, proposal: PlanProposal, approve: bool, difficulty: int | None = None
) -> None:
    record = proposal.plan
    if not may_decide(by, record):
        raise PermissionDenied
    if proposal.status != PlanProposal.PENDING:
        raise ValidationError(_("This proposal was already decided."))
    proposal.status = PlanProposal.APPROVED if approve else PlanProposal.DECLINED
    proposal.decided_by = by
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_by", "decided_at", "updated_at"])
    if not approve:
        return
    if proposal.kind == "return_to_full":  # maintenance ends (plans/maintenance.py)
        from .maintenance import return_decided

        return_decided(by=by, proposal=proposal)
        return
    engine = proposal_from_dict(json.loads(proposal.proposal_json))
    if difficulty is not None and engine.new_step is not None:
        smaller = replace(engine.new_step, difficulty=_difficulty(difficulty))
        engine = replace(engine, new_step=smaller)
    try:
        plan = apply_proposal(engine_plan(record), engine)
    except PlanError as exc:
        raise ValidationError(str(exc)) from None
    _commit(record, plan, engine.reason, by)


# --- clinician edits ----------------------------------------------------------------------


def _require_editor(by: User, record: ClientPlan) -> None:
    if not may_decide(by, record):
        raise PermissionDenied


def _difficulty(value: int) -> int:
    if not 0 <= value <= MAX_DIFFICULTY:
        raise ValidationError({"difficulty": _("Difficulty is 0 to 100.")})
    return value


def _map_steps(plan: Plan, change: Any) -> Plan:
    phases = tuple(replace(phase, steps=tuple(change(phase.steps))) for phase in plan.phases)
    return replace(plan, phases=phases, version=plan.version + 1)


@transaction.atomic
def step_difficulty(*, by: User, record: ClientPlan, step_id: str, difficulty: int) -> None:
    _require_editor(by, record)
    value = _difficulty(difficulty)
    plan = engine_plan(record)
    if not plan.has_step(step_id):
        raise ValidationError({"step_id": _("That step is not in this plan.")})
    changed = _map_steps(
        plan, lambda steps: [replace(s, difficulty=value) if s.id == step_id else s for s in steps]
    )
    reason = _("Difficulty of “%(title)s” set to %(value)s.") % {
        "title": plan.step(step_id).title,
        "value": value,
    }
    _commit(record, changed, reason, by)


@transaction.atomic
def step_move(*, by: User, record: ClientPlan, step_id: str, direction: int) -> None:
    """Move a step one place up (-1) or down (+1) within its phase; prerequisites still hold."""
    _require_editor(by, record)
    plan = engine_plan(record)

    def move(steps: tuple[Step, ...]) -> list[Step]:
        items = list(steps)
        ids = [s.id for s in items]
        if step_id in ids:
            i = ids.index(step_id)
            j = i + direction
            if 0 <= j < len(items):
                items[i], items[j] = items[j], items[i]
        return items

    changed = _map_steps(plan, move)
    order = [s.id for s in changed.steps]
    for step in changed.steps:
        if any(order.index(p) > order.index(step.id) for p in step.prerequisites):
            raise ValidationError(_("A step cannot come before the steps it builds on."))
    title = plan.step(step_id).title
    earlier = _("Moved “%(title)s” earlier.")
    later = _("Moved “%(title)s” later.")
    reason = (earlier if direction < 0 else later) % {"title": title}
    _commit(record, changed, reason, by)


def _set_paused(
    record: ClientPlan, plan: Plan, step_id: str, *, paused: bool, reason: str, by: User
) -> None:
    current = [s for s in record.paused_steps if s != step_id]
    record.paused_steps = [*current, step_id] if paused else current
    _commit(record, replace(plan, version=plan.version + 1), reason, by)


@transaction.atomic
def step_pause(*, by: User, record: ClientPlan, step_id: str, paused: bool) -> None:
    _require_editor(by, record)
    plan = engine_plan(record)
    if not plan.has_step(step_id):
        raise ValidationError({"step_id": _("That step is not in this plan.")})
    title = plan.step(step_id).title
    reason = (_("Paused “%(title)s”.") if paused else _("Resumed “%(title)s”.")) % {"title": title}
    _set_paused(record, plan, step_id, paused=paused, reason=reason, by=by)


# --- questions a step asks first ----------------------------------------------------------

# Answers that set a step about an ex aside: contact is never pushed (CLINICAL.md, "Harm
# from others"; PenzeyMoog 2021).
SET_ASIDE_ANSWERS = frozenset({StepAnswer.NO, StepAnswer.NOT_SURE})


def step_answers(record: ClientPlan) -> dict[str, str]:
    """Step id -> the answer given to the question that step asks first."""
    return dict(StepAnswer.objects.filter(plan=record).values_list("step_id", "answer"))


def set_aside_for_safety(record: ClientPlan, answers: dict[str, str]) -> list[Step]:
    """Steps about an ex set aside because contact may not be safe."""
    plan = engine_plan(record)
    return [
        step
        for step in plan.steps
        if step.asks_first == StepAnswer.EX_CONTACT_SAFE
        and answers.get(step.id) in SET_ASIDE_ANSWERS
        and step.id in record.paused_steps
    ]


@transaction.atomic
def step_answer(*, client: User, record: ClientPlan, step_id: str, answer: str) -> StepAnswer:
    """Store the answer to the question a step asks first.

    For a step about an ex, "no" or "not sure" sets the step aside (the client's own choice,
    so no clinician approval is needed); "yes" brings it back.
    """
    if record.client_id != client.pk:
        raise PermissionDenied
    plan = engine_plan(record)
    if not plan.has_step(step_id):
        raise ValidationError({"step_id": _("That step is not in your plan.")})
    step = plan.step(step_id)
    if not step.asks_first:
        raise ValidationError({"step_id": _("This step has no question to answer first.")})
    if answer not in {value for value, _label in StepAnswer.ANSWERS}:
        raise ValidationError({"answer": _("Choose yes, no or not sure.")})
    row, _created = StepAnswer.objects.update_or_create(
        client=client,
        plan=record,
        step_id=step_id,
        question=step.asks_first,
        defaults={"answer": answer},
    )
    if step.asks_first == StepAnswer.EX_CONTACT_SAFE:
        aside = answer in SET_ASIDE_ANSWERS
        if aside != (step_id in record.paused_steps):
            reason = (
                _("Set aside “%(title)s”: contact may not be safe, and it is never required.")
                if aside
                else _("Brought back “%(title)s”: contact feels safe.")
            ) % {"title": step.title}
            _set_paused(record, plan, step_id, paused=aside, reason=reason, by=client)
    return row


@transaction.atomic
def step_add(
    *,
    by: User,
    record: ClientPlan,
    phase_key: str,
    title: str,
    pillar: str,
    difficulty: int,
    how: str,
    notice: str,
) -> Step:
    _require_editor(by, record)
    plan = engine_plan(record)
    if pillar not in {p.value for p in Pillar}:
        raise ValidationError({"pillar": _("Choose one of the plan's pillars.")})
    if not title.strip() or not how.strip():
        raise ValidationError({"title": _("A custom step needs a title and how to do it.")})
    if phase_key not in {phase.key for phase in plan.phases}:
        raise ValidationError({"phase": _("Choose a phase of this plan.")})
    existing = {s.id for s in plan.steps}
    number = 1
    while f"custom-{number}" in existing:
        number += 1
    step = Step(
        id=f"custom-{number}",
        title=title.strip(),
        pillar=Pillar(pillar),
        rung=1,
        difficulty=_difficulty(difficulty),
        prerequisites=(),
        how=how.strip(),
        notice=notice.strip(),
        tool=CUSTOM_STEP_TOOL[pillar],
        basis=_("Added by the clinician."),
    )
    reason = _("Added a custom step: “%(title)s”.") % {"title": step.title.strip()}
    return _append_step(record, plan, phase_key, step, reason, by)


def _append_step(
    record: ClientPlan, plan: Plan, phase_key: str, step: Step, reason: str, by: User
) -> Step:
    # A custom couple or body step carries the same consent wording as the engine's own.
    step = with_safety(step, None, plan.profile)
    phases = tuple(
        replace(phase, steps=(*phase.steps, step)) if phase.key == phase_key else phase
        for phase in plan.phases
    )
    changed: Plan = replace(plan, phases=phases, version=plan.version + 1)
    _commit(record, changed, reason, by)
    return step


def current_phase_key(record: ClientPlan, plan: Plan) -> str:
    """The phase this week falls in (the last phase once the plan's weeks have passed)."""
    week = plan_week((client_today(record.client) - record.started_on).days)
    for phase in plan.phases:
        if phase.first_week <= week <= phase.last_week:
            return phase.key
    return plan.phases[-1].key


@transaction.atomic
def step_add_by_client(
    *,
    client: User,
    record: ClientPlan,
    step_id: str,
    title: str,
    how: str,
    notice: str,
    tool: str,
    difficulty: int,
    basis: str,
) -> Step:
    """A client adds a step of their own choosing to their own active plan, in this week's
    phase (e.g. a gap in their support map turned into a step: ``support.services``).

    The same rules as a clinician's custom step: a title and how to do it, difficulty 0-100,
    an attune tool, consent wording for couple and body steps, and a new plan version with
    its reason (audited like every plan change). The caller names the step id, so the same
    step cannot be added twice. Pillar "social": a client's own steps widen connection."""
    if record.client_id != client.pk or record.status != ClientPlan.ACTIVE:
        raise PermissionDenied
    plan = engine_plan(record)
    if not title.strip() or not how.strip():
        raise ValidationError({"title": _("A step needs a title and how to do it.")})
    if step_id in {s.id for s in plan.steps}:
        raise ValidationError({"step": _("This step is already in your plan.")})
    step = Step(
        id=step_id,
        title=title.strip(),
        pillar=Pillar.SOCIAL,
        rung=1,
        difficulty=_difficulty(difficulty),
        prerequisites=(),
        how=how.strip(),
        notice=notice.strip(),
        tool=tool,
        basis=basis,
    )
    reason = _("You added a step: “%(title)s”.") % {"title": step.title}
    return _append_step(record, plan, current_phase_key(record, plan), step, reason, client)


def phase_of(plan: Plan, step_id: str) -> Phase | None:
    return next((p for p in plan.phases if any(s.id == step_id for s in p.steps)), None)


# --- the client's own choices: goals, declines, a life change -------------------------------


def _mine(client: User, record: ClientPlan) -> None:
    if record.client_id != client.pk:
        raise PermissionDenied


def _goal_list(raw: list[str]) -> list[Goal]:
    allowed = {g.value for g in Goal}
    bad = [g for g in raw if g not in allowed]
    if bad:
        raise ValidationError({"goals": _("Choose goals from the list.")})
    return [Goal(g) for g in dict.fromkeys(raw)]


def _rebuilt(record: ClientPlan, plan: Plan, profile: Profile, reason: str) -> Plan:
    fresh = rebuild_plan(plan, profile, reason)
    ids = {step.id for step in fresh.steps}
    record.paused_steps = [s for s in record.paused_steps if s in ids]
    return fresh


def goal_labels(goals: tuple[Goal, ...] | list[Goal]) -> str:
    from .forms import GOAL_LABELS

    return ", ".join(str(GOAL_LABELS[g.value]) for g in goals)


@transaction.atomic
def plan_goals_set(
    *, client: User, record: ClientPlan, goals: list[str], own_goal: str = ""
) -> Any:
    """The client chooses and orders their goals (and may add their own, in their words):
    the plan is rebuilt from them, keeping what was done and declined. Returns the safety
    response for the own goal's words, if any."""
    _mine(client, record)
    chosen = _goal_list(goals)
    if not chosen:
        raise ValidationError({"goals": _("Choose at least one goal.")})
    plan = engine_plan(record)
    status = plan.profile.relationship
    unfit = [g for g in chosen if status not in GOAL_FITS.get(g, frozenset([status]))]
    if unfit:
        raise ValidationError(
            {"goals": _("“%(goal)s” needs a partner.") % {"goal": goal_labels(unfit)}}
        )
    profile = replace(plan.profile, goals=frozenset(chosen), goal_order=tuple(chosen))
    safety = None
    if own_goal.strip() != record.own_goal:
        safety = _own_goal_save(record, own_goal) if own_goal.strip() else None
        if not own_goal.strip():
            record.own_goal = ""
            record.save(update_fields=["own_goal", "updated_at"])
    if profile == plan.profile:
        return safety
    reason = _("Your goals, most important first: %(goals)s.") % {"goals": goal_labels(chosen)}
    _commit(record, _rebuilt(record, plan, profile, reason), reason, client)
    return safety


@transaction.atomic
def step_decline(
    *, client: User, record: ClientPlan, step_id: str, reason: str, note: str = ""
) -> StepDecline:
    """The client declines a step: it leaves the plan, an alternative from another pillar
    takes its place, and that pillar weighs less from now on. Only the client themself."""
    _mine(client, record)
    if reason not in DeclineReason.values:
        raise ValidationError(
            {"reason": _("Choose doesnt_fit, not_now or not_safe.")}, code="invalid_choice"
        )
    plan = engine_plan(record)
    if not plan.has_step(step_id):
        raise ValidationError({"step_id": _("That step is not in your plan.")})
    title = plan.step(step_id).title
    # The alternative is offered in the week the client is in, not where the step was.
    week = plan_week((client_today(client) - record.started_on).days)
    try:
        changed = decline_step(plan, step_id, reason, week=week)
    except ChoiceError as exc:
        raise ValidationError({exc.field: str(exc)}) from None
    ids = {step.id for step in changed.steps}
    record.paused_steps = [s for s in record.paused_steps if s in ids]
    change = changed.history[-1]
    _commit(record, changed, change.reason, client)
    row = StepDecline.objects.create(
        client=client,
        plan=record,
        step_id=step_id,
        step_title=title,
        reason=reason,
        note=note.strip(),
        alternative_id=change.related_step_id or "",
        version=changed.version,
    )
    row.safety = screen_and_respond(  # type: ignore[attr-defined]
        writer=client,
        texts=[row.note],
        source="plan_log",
        context="journal",
        entry_key=f"plans.stepdecline:{row.pk}",
    )
    return row


def _label(choices: Any, value: str) -> str:
    return str(dict(choices).get(value, value))


@transaction.atomic
def plan_rebuild(
    *,
    client: User,
    record: ClientPlan,
    kind: str,
    life_stage: str,
    relationship: str,
    antidepressant: bool,
    note: str = "",
) -> LifeChange:
    """ "My life changed": the plan is rebuilt for the new situation as a new version; the
    history, steps done and declines are kept, and the reason says what changed."""
    from attune.accounts.models import LifeStage, RelationshipStatus
    from attune.accounts.services import profile_update

    _mine(client, record)
    if kind not in LifeChangeKind.values:
        raise ValidationError({"kind": _("Choose what changed.")})
    plan = engine_plan(record)
    old = plan.profile
    try:
        probe = make_profile(life_stage=life_stage, relationship=relationship)
    except ProfileError as exc:
        raise ValidationError({exc.field: str(exc)}) from None
    status = probe.relationship
    goals = [g for g in old.ordered_goals() if status in GOAL_FITS.get(g, frozenset([status]))]
    profile = replace(
        old,
        life_stage=probe.life_stage,
        relationship=status,
        antidepressant=antidepressant,
        goals=frozenset(goals) or probe.goals,
        goal_order=tuple(goals) or probe.goal_order,
    )
    changes = []
    if old.relationship is not status:
        changes.append(
            _("relationship: %(old)s → %(new)s")
            % {
                "old": _label(RelationshipStatus.choices, old.relationship.value),
                "new": _label(RelationshipStatus.choices, status.value),
            }
        )
    if old.life_stage is not profile.life_stage:
        changes.append(
            _("life stage: %(old)s → %(new)s")
            % {
                "old": _label(LifeStage.choices, old.life_stage.value),
                "new": _label(LifeStage.choices, profile.life_stage.value),
            }
        )
    if old.antidepressant != antidepressant:
        changes.append(
            _("now taking an antidepressant") if antidepressant else _("no antidepressant now")
        )
    summary = "; ".join(changes) or _("the same details, rebuilt afresh")
    reason = _("Rebuilt after a life change (%(kind)s): %(summary)s.") % {
        "kind": _label(LifeChangeKind.choices, kind),
        "summary": summary,
    }
    rebuilt = _rebuilt(record, plan, profile, reason)
    _commit(record, rebuilt, reason, client)
    profile_update(
        actor=client,
        client=client,
        life_stage=profile.life_stage.value,
        relationship_status=status.value,
    )
    row = LifeChange.objects.create(
        client=client,
        plan=record,
        kind=kind,
        summary=summary,
        note=note.strip(),
        version=rebuilt.version,
    )
    row.safety = screen_and_respond(  # type: ignore[attr-defined]
        writer=client,
        texts=[row.note],
        source="plan_log",
        context="journal",
        entry_key=f"plans.lifechange:{row.pk}",
    )
    return row

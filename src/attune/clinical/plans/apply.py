"""apply_proposal: the only way a plan changes. Returns a new version that records why."""

from __future__ import annotations

from dataclasses import replace

from attune.clinical.plans.adapt import Proposal, ProposalKind
from attune.clinical.plans.model import (
    Change,
    Declined,
    Phase,
    Plan,
    PlanError,
    Step,
    validate_plan,
)
from attune.clinical.plans.pacing import reschedule


class PlanChangeError(PlanError):
    """The proposal does not fit this plan version; nothing was changed."""


def renumber(phases: tuple[Phase, ...]) -> tuple[Phase, ...]:
    rungs: dict[str, int] = {}
    out: list[Phase] = []
    for phase in phases:
        steps: list[Step] = []
        for step in phase.steps:
            rungs[step.pillar] = rungs.get(step.pillar, 0) + 1
            steps.append(replace(step, rung=rungs[step.pillar]))
        out.append(replace(phase, steps=tuple(steps)))
    return tuple(out)


def _one_more_session(plan: Plan, step_id: str) -> tuple[Phase, ...]:
    return tuple(
        replace(
            phase,
            steps=tuple(
                replace(s, sessions=s.sessions + 1) if s.id == step_id else s for s in phase.steps
            ),
        )
        for phase in plan.phases
    )


def _insert_before(plan: Plan, target: Step, new: Step) -> tuple[Phase, ...]:
    out: list[Phase] = []
    for phase in plan.phases:
        steps: list[Step] = []
        for step in phase.steps:
            if step.id == target.id:
                steps.append(new)
                step = replace(step, prerequisites=(*step.prerequisites, new.id))
            steps.append(step)
        out.append(replace(phase, steps=tuple(steps)))
    return tuple(out)


def _swap(plan: Plan, old: Step, new: Step) -> tuple[Phase, ...]:
    """`new` takes `old`'s place; steps that built on `old` build on `new`."""
    out: list[Phase] = []
    for phase in plan.phases:
        steps: list[Step] = []
        for step in phase.steps:
            if step.id == old.id:
                steps.append(new)
                continue
            pres = tuple(dict.fromkeys(new.id if p == old.id else p for p in step.prerequisites))
            steps.append(replace(step, prerequisites=pres))
        out.append(replace(phase, steps=tuple(steps)))
    return tuple(out)


def _new_step(plan: Plan, new: Step | None) -> Step:
    if new is None:
        raise PlanChangeError("this proposal needs its new step")
    if plan.has_step(new.id):
        raise PlanChangeError(f"step {new.id!r} is already in this plan")
    return new


def _check(plan: Plan, proposal: Proposal) -> Step:
    if proposal.plan_version != plan.version:
        raise PlanChangeError(
            f"the proposal was made for version {proposal.plan_version}, "
            f"but the plan is at version {plan.version}"
        )
    if not plan.has_step(proposal.step_id):
        raise PlanChangeError(f"step {proposal.step_id!r} is not in this plan")
    if proposal.step_id in plan.completed:
        raise PlanChangeError(f"step {proposal.step_id!r} is already completed")
    return plan.step(proposal.step_id)


def _smaller(plan: Plan, step: Step, new: Step | None) -> tuple[Phase, ...]:
    if new is None:
        raise PlanChangeError("a smaller-step proposal needs its new step")
    if plan.has_step(new.id):
        raise PlanChangeError(f"step {new.id!r} is already in this plan")
    if new.pillar is not step.pillar or new.difficulty >= step.difficulty:
        raise PlanChangeError("a smaller step must share the pillar and be less difficult")
    return _insert_before(plan, step, new)


def apply_proposal(plan: Plan, proposal: Proposal) -> Plan:
    """A new plan version with the proposal applied and its reason in the history.

    `plan` itself is never modified (all plan data is immutable).
    """
    step = _check(plan, proposal)
    completed = plan.completed
    declined = plan.declined
    related: str | None = None
    version = plan.version + 1
    if proposal.kind is ProposalKind.DIFFERENT_STEP:
        # A different kind of step replaces this one; it is set aside, not offered again.
        new = _new_step(plan, proposal.new_step)
        phases = _swap(plan, step, new)
        related = new.id
        declined = (*declined, Declined(step.id, step.pillar, "not_safe", version, new.id))
    elif proposal.kind is ProposalKind.PAUSE_FIRST:
        new = _new_step(plan, proposal.new_step)
        phases = _insert_before(plan, step, new)
        related = new.id
    elif proposal.kind is ProposalKind.SMALLER_STEP:
        phases = _smaller(plan, step, proposal.new_step)
        related = proposal.new_step.id if proposal.new_step else None
    elif proposal.kind is ProposalKind.REPEAT:
        phases = _one_more_session(plan, step.id)
    else:
        if proposal.target_step_id is not None and not plan.has_step(proposal.target_step_id):
            raise PlanChangeError(f"step {proposal.target_step_id!r} is not in this plan")
        phases = plan.phases
        completed = (*completed, step.id)
        related = proposal.target_step_id
    change = Change(version, proposal.kind.value, step.id, proposal.reason, related)
    trauma = plan.profile.trauma_informed
    new_plan = replace(
        plan,
        phases=reschedule(renumber(phases), trauma_informed=trauma),
        version=version,
        completed=completed,
        history=(*plan.history, change),
        declined=declined,
    )
    validate_plan(new_plan)
    return new_plan

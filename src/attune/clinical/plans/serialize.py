"""Plans and proposals as plain JSON-ready data, and back (for storage and the CLI)."""

from __future__ import annotations

import json
from typing import Any

from attune.clinical.plans.adapt import Proposal, ProposalKind, Trigger
from attune.clinical.plans.builder import spec_for, with_safety
from attune.clinical.plans.model import (
    Change,
    Declined,
    Phase,
    Plan,
    PlanError,
    Step,
    validate_plan,
)
from attune.clinical.plans.profile import Profile, SexualFocus, make_profile
from attune.clinical.plans.vocab import Pillar

SCHEMA_VERSION = 1


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    data: dict[str, Any] = {
        "life_stage": profile.life_stage.value,
        "relationship": profile.relationship.value,
        "trauma_informed": profile.trauma_informed,
        "antidepressant": profile.antidepressant,
        # Most important first: the person's order, when they gave one.
        "goals": [goal.value for goal in profile.ordered_goals()],
        "clinician_involved": profile.clinician_involved,
    }
    # Only when set, so the `attune plan` JSON (which never sets it) keeps its shape.
    if profile.couple_steps_paused:
        data["couple_steps_paused"] = True
    if profile.sexual_focus is not SexualFocus.UNSAID:
        data["sexual_focus"] = profile.sexual_focus.value
    if profile.disability:
        data["disability"] = True
    if profile.lgbtq:
        data["lgbtq"] = True
    return data


def step_to_dict(step: Step) -> dict[str, Any]:
    return {
        "id": step.id,
        "title": step.title,
        "pillar": step.pillar.value,
        "rung": step.rung,
        "difficulty": step.difficulty,
        "prerequisites": list(step.prerequisites),
        "how": step.how,
        "notice": step.notice,
        "tool": step.tool,
        "exposure": step.exposure,
        "sessions": step.sessions,
        "basis": step.basis,
        "consent": step.consent,
        "referral": step.referral,
        "asks_first": step.asks_first,
    }


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    data = _plan_dict(plan)
    # Only once something was declined, so a freshly built plan keeps its shape.
    if plan.declined:
        data["declined"] = [
            {
                "step_id": d.step_id,
                "pillar": d.pillar.value,
                "reason": d.reason,
                "version": d.version,
                "alternative_id": d.alternative_id,
            }
            for d in plan.declined
        ]
    return data


def _plan_dict(plan: Plan) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "profile": profile_to_dict(plan.profile),
        "version": plan.version,
        "total_weeks": plan.total_weeks,
        "phases": [
            {
                "key": phase.key,
                "title": phase.title,
                "weeks": [phase.first_week, phase.last_week],
                "steps": [step_to_dict(step) for step in phase.steps],
            }
            for phase in plan.phases
        ],
        "completed": list(plan.completed),
        "history": [
            {
                "version": c.version,
                "kind": c.kind,
                "step_id": c.step_id,
                "reason": c.reason,
                "related_step_id": c.related_step_id,
            }
            for c in plan.history
        ],
    }


def plan_json(plan: Plan) -> str:
    """Stable JSON text: same plan, same bytes (ASCII only, fixed key order)."""
    return json.dumps(plan_to_dict(plan), indent=2) + "\n"


def step_from_dict(data: dict[str, Any]) -> Step:
    return Step(
        id=str(data["id"]),
        title=str(data["title"]),
        pillar=Pillar(data["pillar"]),
        rung=int(data["rung"]),
        difficulty=int(data["difficulty"]),
        prerequisites=tuple(str(p) for p in data["prerequisites"]),
        how=str(data["how"]),
        notice=str(data["notice"]),
        tool=str(data["tool"]),
        basis=str(data.get("basis", "")),
        sessions=int(data.get("sessions", 1)),
        consent=str(data.get("consent", "")),
        referral=str(data.get("referral", "")),
        asks_first=str(data.get("asks_first", "")),
    )


def _stored_step(data: dict[str, Any], profile: Profile) -> Step:
    """A stored step; one saved before steps carried consent wording gets it from the rules."""
    step = step_from_dict(data)
    if "consent" in data:
        return step
    return with_safety(step, spec_for(step.id, profile), profile)


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """Rebuild a stored plan; raises PlanError (or ProfileError) on anything malformed."""
    try:
        profile = make_profile(**data["profile"])
        phases = tuple(
            Phase(
                key=str(p["key"]),
                title=str(p["title"]),
                first_week=int(p["weeks"][0]),
                last_week=int(p["weeks"][1]),
                steps=tuple(_stored_step(s, profile) for s in p["steps"]),
            )
            for p in data["phases"]
        )
        history = tuple(
            Change(
                int(c["version"]),
                str(c["kind"]),
                str(c["step_id"]),
                str(c["reason"]),
                c.get("related_step_id"),
            )
            for c in data.get("history", [])
        )
        declined = tuple(
            Declined(
                str(d["step_id"]),
                Pillar(d["pillar"]),
                str(d["reason"]),
                int(d["version"]),
                d.get("alternative_id"),
            )
            for d in data.get("declined", [])
        )
        plan = Plan(
            profile=profile,
            phases=phases,
            version=int(data["version"]),
            completed=tuple(str(c) for c in data.get("completed", [])),
            history=history,
            declined=declined,
        )
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        if isinstance(exc, PlanError):
            raise
        raise PlanError(f"stored plan is malformed: {exc!r}") from exc
    validate_plan(plan)
    return plan


def proposal_to_dict(proposal: Proposal) -> dict[str, Any]:
    return {
        "kind": proposal.kind.value,
        "step_id": proposal.step_id,
        "trigger": proposal.trigger.value,
        "reason": proposal.reason,
        "plan_version": proposal.plan_version,
        "new_step": None if proposal.new_step is None else step_to_dict(proposal.new_step),
        "target_step_id": proposal.target_step_id,
    }


def proposal_from_dict(data: dict[str, Any]) -> Proposal:
    try:
        new = data.get("new_step")
        return Proposal(
            kind=ProposalKind(data["kind"]),
            step_id=str(data["step_id"]),
            trigger=Trigger(data["trigger"]),
            reason=str(data["reason"]),
            plan_version=int(data["plan_version"]),
            new_step=None if new is None else step_from_dict(new),
            target_step_id=data.get("target_step_id"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PlanError(f"stored proposal is malformed: {exc!r}") from exc


def outline(plan: Plan) -> str:
    """A readable text outline of the plan."""
    p = plan.profile
    flags = [
        name
        for name, on in (
            ("trauma-informed", p.trauma_informed),
            ("antidepressant", p.antidepressant),
        )
        if on
    ]
    stage, status = p.life_stage.value, p.relationship.value
    lines = [
        f"Plan for: {stage.replace('_', ' ')}, {status.replace('_', ' ')}",
        "Goals: " + ", ".join(g.value.replace("_", " ") for g in p.sorted_goals()),
        "Flags: " + (", ".join(flags) if flags else "none"),
        f"Length: {plan.total_weeks} weeks, {len(plan.steps)} steps (version {plan.version})",
    ]
    for number, phase in enumerate(plan.phases, start=1):
        lines += ["", f"Phase {number}: {phase.title} (weeks {phase.first_week}-{phase.last_week})"]
        for step in phase.steps:
            lines.append(f"  - {step.title}")
            lines.append(
                f"      {step.pillar.value}, rung {step.rung}, expected distress "
                f"{step.difficulty}/100, tool: {step.tool}"
            )
            if step.prerequisites:
                lines.append("      after: " + ", ".join(step.prerequisites))
    return "\n".join(lines) + "\n"

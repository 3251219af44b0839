"""build_plan: profile -> Plan. Deterministic: the same profile always gives the same plan."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from attune.clinical.plans.consent import asks_first_for, consent_for, referral_for
from attune.clinical.plans.content import catalogue
from attune.clinical.plans.model import Plan, PlanError, Step, validate_plan
from attune.clinical.plans.pacing import schedule
from attune.clinical.plans.profile import Profile
from attune.clinical.plans.spec import Gentler, StepSpec, gentler_key
from attune.clinical.plans.vocab import (
    EXPOSURE_PILLARS,
    PHASE_ORDER,
    PHASE_TITLES,
    Pillar,
)

# Steps about dating someone new: left out unless dating fits the person (Profile.wants_dating).
DATING_STEPS = frozenset(
    {
        "dating-profile",
        "first-message",
        "coffee-date",
        "profile-beyond-scripts",
        "honest-first-messages",
        "connection-first-date",
        "touch-on-dates-consent",
        "companion-wishes",
        "meet-someone-new",
        "readiness-check",
        "dating-within-agreements",
        "peer-circle-dating",
    }
)

FIRST_BREATH = "breath-extended-exhale"
TRAUMA_GROUNDING = "grounding-54321"
GENTLER_BASIS = "A smaller rung for a trauma-informed pace, before: {title}"


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _bridge(spec: StepSpec, gentler: Gentler, previous: int | None) -> StepSpec:
    """The gentler rung before `spec`: half-way down towards the previous rung, and at least
    five points easier than `spec` (never below zero)."""
    floor = min(previous, spec.difficulty) if previous is not None else 0
    difficulty = max(0, spec.difficulty - max(5, (spec.difficulty - floor) // 2))
    return StepSpec(
        key=gentler_key(spec.key),
        phase=spec.phase,
        pillar=spec.pillar,
        title=gentler.title,
        difficulty=difficulty,
        tool=spec.tool,
        how=gentler.how,
        notice=gentler.notice,
        after=spec.after,
        basis=GENTLER_BASIS.format(title=spec.title),
        sensate_stages=spec.sensate_stages,
        intimate=spec.intimate,
        asks_first=spec.asks_first,
    )


def _with_bridges(specs: Sequence[StepSpec]) -> list[StepSpec]:
    out: list[StepSpec] = []
    previous: int | None = None
    for spec in specs:
        if spec.pillar is Pillar.EMBODIMENT:
            if spec.gentler is not None:
                out.append(_bridge(spec, spec.gentler, previous))
            previous = spec.difficulty
        out.append(spec)
    return out


def _link(specs: Sequence[StepSpec], profile: Profile) -> list[StepSpec]:
    """Chain each exposure ladder rung to the one before; gate the first rung on regulation."""
    gate = (FIRST_BREATH, TRAUMA_GROUNDING) if profile.trauma_informed else (FIRST_BREATH,)
    last: dict[Pillar, str] = {}
    out: list[StepSpec] = []
    for spec in specs:
        after = spec.after
        if spec.pillar in EXPOSURE_PILLARS:
            after = (*after, last[spec.pillar]) if spec.pillar in last else (*gate, *after)
            last[spec.pillar] = spec.key
        out.append(replace(spec, after=_unique(after)))
    return out


def _check_order(specs: Sequence[StepSpec]) -> None:
    seen: set[str] = set()
    for spec in specs:
        if spec.key in seen:
            raise PlanError(f"content declares step {spec.key!r} twice")
        late = [key for key in spec.after if key not in seen]
        if late:
            raise PlanError(f"step {spec.key!r} needs {', '.join(late)} earlier in the plan")
        seen.add(spec.key)


def with_safety(step: Step, spec: StepSpec | None, profile: Profile) -> Step:
    """The step with its consent, referral and ask-first fields filled from consent.py."""
    stages = spec.sensate_stages if spec is not None else ()
    return replace(
        step,
        consent=consent_for(step.pillar, step.tool, profile),
        referral=referral_for(intimate=spec is not None and spec.intimate, sensate_stages=stages),
        asks_first=asks_first_for(
            declared=spec.asks_first if spec is not None else "",
            sensate_stages=stages,
            profile=profile,
        ),
    )


def spec_for(step_id: str, profile: Profile) -> StepSpec | None:
    """The content spec a step came from: its own, or the one its gentler/smaller rung is for."""
    by_key = {spec.key: spec for spec in ordered_specs(profile)}
    key = step_id
    while key not in by_key:
        for suffix in ("-gentler", "-smaller"):
            if suffix in key:
                key = key[: key.rindex(suffix)]
                break
        else:
            return None
    return by_key[key]


def _steps(specs: Sequence[StepSpec], profile: Profile) -> list[Step]:
    rungs: dict[Pillar, int] = {}
    out: list[Step] = []
    for spec in specs:
        rungs[spec.pillar] = rungs.get(spec.pillar, 0) + 1
        out.append(
            with_safety(
                Step(
                    id=spec.key,
                    title=spec.title,
                    pillar=spec.pillar,
                    rung=rungs[spec.pillar],
                    difficulty=spec.difficulty,
                    prerequisites=spec.after,
                    how=spec.how,
                    notice=spec.notice,
                    tool=spec.tool,
                    basis=spec.basis,
                    sessions=spec.sessions,
                ),
                spec,
                profile,
            )
        )
    return out


def is_sexual(spec: StepSpec) -> bool:
    """Touch, arousal or sex with someone else, or a sensate-focus stage past holding."""
    return spec.intimate or any(stage >= 1 for stage in spec.sensate_stages)


def fitting(specs: Sequence[StepSpec], profile: Profile) -> list[StepSpec]:
    """Leave out dating and sexual steps the person has not chosen (an asexual, celibate or
    low-desire person, or one for whom partnered sex is not possible, gets a plan whose
    success is not sexual); links to a left-out step are dropped with it."""
    kept = [
        spec
        for spec in specs
        if (profile.wants_dating or spec.key not in DATING_STEPS)
        and (profile.wants_sexual_steps or not is_sexual(spec))
    ]
    keys = {spec.key for spec in kept}
    return [replace(spec, after=tuple(a for a in spec.after if a in keys)) for spec in kept]


def ordered_specs(profile: Profile) -> list[StepSpec]:
    """The profile's specs in plan order, with trauma-informed bridges and links in place."""
    specs = sorted(fitting(catalogue(profile), profile), key=lambda s: PHASE_ORDER.index(s.phase))
    if profile.trauma_informed:
        specs = _with_bridges(specs)
    specs = _link(specs, profile)
    _check_order(specs)
    return specs


def build_plan(profile: Profile) -> Plan:
    specs = ordered_specs(profile)
    steps = _steps(specs, profile)
    pairs = list(zip(steps, specs, strict=True))
    by_phase = [
        (key.value, PHASE_TITLES[key], tuple(s for s, sp in pairs if sp.phase is key))
        for key in PHASE_ORDER
    ]
    phases = schedule([p for p in by_phase if p[2]], trauma_informed=profile.trauma_informed)
    plan = Plan(profile=profile, phases=phases)
    validate_plan(plan)
    return plan

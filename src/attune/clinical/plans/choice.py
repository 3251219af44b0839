"""The person's choices: declining a step (and what replaces it), pillar weights learnt from
goals and declines, and rebuilding the plan after a life change. Pure, like the rest.

Declining a step ("doesn't fit me", "not now", "not safe") takes it out of the plan, with the
dating or sexual steps that build on it; other steps that built on it keep their place and
build on what it built on. In its place the engine offers one step from ANOTHER pillar: the
pillar the person weighs most (their goals, ranked, raise a pillar; every decline lowers its
pillar), never a step they declined before. After "not safe" the alternative is a steadying
kind of step (calming the body, self-compassion, values, everyday foundations), never an
approach to other people or touch. When the last dating step goes, the steps that only
support dating (a dating safety plan, reading on safer sex and dating safety) go with it.

The alternative is offered NOW: someone who sets a step aside this week expects something in
its place this week, not in a phase months away. It takes the declined step's place when
that step's phase has begun, and otherwise opens the phase the person is in (the week they
are in); it builds on nothing, so it is ready at once. The one exception is an alternative
that is a later rung of a ladder (an approach pillar whose easier rungs are not done yet):
it joins that ladder after its easier rungs, so the ladder keeps its order.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from enum import StrEnum

from attune.clinical.plans import spec as cite
from attune.clinical.plans.apply import renumber
from attune.clinical.plans.builder import DATING_STEPS, build_plan, is_sexual, spec_for
from attune.clinical.plans.model import Change, Declined, Phase, Plan, PlanError, Step
from attune.clinical.plans.pacing import reschedule
from attune.clinical.plans.profile import GOAL_PILLARS, Profile, Relationship
from attune.clinical.plans.vocab import Pillar


class DeclineReason(StrEnum):
    DOESNT_FIT = "doesnt_fit"
    NOT_NOW = "not_now"
    NOT_SAFE = "not_safe"


class ChoiceError(PlanError):
    """A choice does not fit this plan; `field` names what was wrong. Nothing changed."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


GOAL_WEIGHT = 2
DECLINE_WEIGHT = 3
# Ties between pillars go to the steadier kinds of step first.
PILLAR_PREFERENCE: tuple[Pillar, ...] = (
    Pillar.SELF_COMPASSION,
    Pillar.VALUES,
    Pillar.SOCIAL,
    Pillar.FOUNDATIONS,
    Pillar.BODY_REGULATION,
    Pillar.COMMUNICATION,
    Pillar.EMBODIMENT,
    Pillar.LEARNING,
)
STEADYING = frozenset(
    {Pillar.BODY_REGULATION, Pillar.SELF_COMPASSION, Pillar.VALUES, Pillar.FOUNDATIONS}
)

# Client-facing history wording (plain data for translation, like adapt.WHY).
DECLINED_WHY: dict[DeclineReason, str] = {
    DeclineReason.DOESNT_FIT: "You said '{title}' doesn't fit you.",
    DeclineReason.NOT_NOW: "You said '{title}' is not for now.",
    DeclineReason.NOT_SAFE: "You said '{title}' does not feel safe. Safety comes first.",
}
DECLINED_THEN = " In its place: '{alt}'."
DECLINED_NONE = " It is out of the plan; nothing else had to change."


def pillar_weights(profile: Profile, declined: Sequence[Declined] = ()) -> dict[Pillar, int]:
    """Each pillar's weight: ranked goals raise their pillars (the first goal most), and each
    decline on a pillar lowers it."""
    weights = dict.fromkeys(Pillar, 0)
    goals = profile.ordered_goals()
    for rank, goal in enumerate(goals):
        for pillar in GOAL_PILLARS.get(goal, ()):
            weights[Pillar(pillar)] += GOAL_WEIGHT * (len(goals) - rank)
    for item in declined:
        weights[item.pillar] -= DECLINE_WEIGHT
    return weights


def ranked_pillars(weights: Mapping[Pillar, int]) -> list[Pillar]:
    return sorted(PILLAR_PREFERENCE, key=lambda p: (-weights[p], PILLAR_PREFERENCE.index(p)))


def _alt(
    key: str,
    pillar: Pillar,
    title: str,
    difficulty: int,
    tool: str,
    how: str,
    notice: str,
    basis: str,
) -> Step:
    return Step(
        id=key,
        title=title,
        pillar=pillar,
        rung=1,
        difficulty=difficulty,
        prerequisites=(),
        how=how,
        notice=notice,
        tool=tool,
        basis=basis,
    )


# Alternatives offered in place of a declined step: small, non-sexual, and fitting anyone.
ALTERNATIVES: tuple[Step, ...] = (
    _alt(
        "alt-kind-words",
        Pillar.SELF_COMPASSION,
        "Kind words for a hard moment",
        10,
        "journal",
        "Next time longing or loneliness is loud, write two lines: what is hard right now, "
        "and what you would say to a friend who felt the same.",
        "Whether the kind words land, even a little.",
        cite.SELF_COMPASSION,
    ),
    _alt(
        "alt-one-valued-action",
        Pillar.VALUES,
        "One small action for something you care about",
        10,
        "values",
        "Pick one thing that matters to you (learning, nature, helping, making things) and do "
        "one small action for it this week: ten minutes is enough.",
        "How it feels to spend time on what matters to you.",
        cite.VALUES,
    ),
    _alt(
        "alt-walk-with-someone",
        Pillar.SOCIAL,
        "A walk or a cuppa with someone you already know",
        20,
        "action_plan",
        "Suggest a short, easy meeting with someone you already feel at ease with: a walk, a "
        "coffee, a call while you both cook. Short is fine.",
        "How you feel afterwards compared with before.",
        cite.ACTIVATION,
    ),
    _alt(
        "alt-daylight-walk",
        Pillar.FOUNDATIONS,
        "Ten minutes outside in daylight",
        5,
        "action_plan",
        "Spend ten minutes outside in daylight on three days this week: a walk round the "
        "block, sitting in a park, a slow way to the shop.",
        "Your mood before and after.",
        cite.ACTIVATION,
    ),
    _alt(
        "alt-grounding-eyes-open",
        Pillar.BODY_REGULATION,
        "Grounding with eyes open: look, listen, touch",
        5,
        "exercise:grounding_54321",
        "With your eyes open, name five things you can see, four you can touch, three you can "
        "hear, two you can smell and one you can taste. Attention stays on the room, not "
        "inside the body.",
        "How quickly the room feels present again.",
        cite.TRAUMA_SENSITIVE,
    ),
    _alt(
        "alt-one-true-thing",
        Pillar.COMMUNICATION,
        "Tell someone one true thing about your week",
        20,
        "conversation",
        "In a conversation you are already having, share one true thing about your week: "
        "something that was hard, or something that pleased you.",
        "How they respond, and how it feels to be known a little more.",
        cite.SELF_DISCLOSURE,
    ),
    _alt(
        "alt-comfort-senses",
        Pillar.EMBODIMENT,
        "Comfort through the senses: warmth, texture, music",
        5,
        "exercise:mindful_sensuality",
        "Give yourself ten minutes of ordinary comfort and attend to it: a warm drink, a soft "
        "blanket, music you love.",
        "One moment of ease in your body.",
        "",
    ),
    _alt(
        "alt-read-loneliness",
        Pillar.LEARNING,
        "Read: social, emotional and sexual loneliness",
        5,
        "article:three-kinds-of-loneliness",
        "Read how the three kinds of loneliness differ and why each needs its own kind of "
        "connection.",
        "Which kind of loneliness is loudest for you now.",
        "",
    ),
)


def _declined_ids(plan: Plan) -> set[str]:
    return {d.step_id for d in plan.declined}


def alternative_for(plan: Plan, step: Step, reason: DeclineReason) -> Step | None:
    """A step from another pillar to offer in place of `step`, or None when none fits."""
    weights = pillar_weights(plan.profile, plan.declined)
    taken = {s.id for s in plan.steps} | _declined_ids(plan)
    for pillar in ranked_pillars(weights):
        if pillar is step.pillar:
            continue
        if reason is DeclineReason.NOT_SAFE and pillar not in STEADYING:
            continue
        for alt in ALTERNATIVES:
            if alt.pillar is pillar and alt.id not in taken:
                return alt
    return None


def _base_key(step_id: str) -> str:
    for suffix in ("-gentler", "-smaller"):
        if suffix in step_id:
            return step_id[: step_id.index(suffix)]
    return step_id


def _topic(plan: Plan, step: Step) -> str:
    """'dating', 'sexual' or '' for a step: declining one takes its kind built on it too."""
    if _base_key(step.id) in DATING_STEPS:
        return "dating"
    spec = spec_for(step.id, plan.profile)
    return "sexual" if spec is not None and is_sexual(spec) else ""


def _with_dependents(plan: Plan, step: Step) -> list[str]:
    """`step` and the steps of the same dating or sexual kind that build on it."""
    topic = _topic(plan, step)
    gone = [step.id]
    if not topic:
        return gone
    for later in plan.steps:
        builds_on = any(p in gone for p in later.prerequisites)
        if later.id not in gone and builds_on and _topic(plan, later) == topic:
            gone.append(later.id)
    return gone


# Steps that only support dating (its safety plan and reading): once no dating step is left
# in the plan, they have nothing to support and leave with the last one.
DATING_SUPPORT = frozenset({"dating-safety-plan", "read-safer-sex-and-dating-safety"})


def without_orphan_dating_support(
    phases: tuple[Phase, ...], profile: Profile, declined: Collection[str]
) -> tuple[Phase, ...]:
    """`phases` without the dating-support steps when the person declined dating steps and
    none is left (someone whose relationship status is dating keeps them: they are dating
    already)."""
    if profile.relationship is Relationship.DATING:
        return phases
    if not any(_base_key(i) in DATING_STEPS for i in declined):
        return phases
    ids = {s.id for p in phases for s in p.steps}
    if any(_base_key(i) in DATING_STEPS for i in ids):
        return phases
    orphans = ids & DATING_SUPPORT
    return remove_steps(phases, orphans) if orphans else phases


def remove_steps(phases: Sequence[Phase], gone: Collection[str]) -> tuple[Phase, ...]:
    """Phases without `gone`; a remaining step that built on a removed one builds on what
    the removed one built on."""
    requires = {s.id: s.prerequisites for p in phases for s in p.steps}

    def resolve(pre: str, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
        if pre not in gone:
            return (pre,)
        if pre in seen:
            return ()
        out: list[str] = []
        for inner in requires.get(pre, ()):
            out += resolve(inner, seen | {pre})
        return tuple(out)

    out: list[Phase] = []
    for phase in phases:
        steps = []
        for s in phase.steps:
            if s.id in gone:
                continue
            pres = tuple(dict.fromkeys(p for pre in s.prerequisites for p in resolve(pre)))
            steps.append(replace(s, prerequisites=pres))
        if steps:
            out.append(replace(phase, steps=tuple(steps)))
    return tuple(out)


def _insert_at(phases: Sequence[Phase], before: str, new: Step) -> tuple[Phase, ...]:
    out = []
    for phase in phases:
        steps: list[Step] = []
        for s in phase.steps:
            if s.id == before:
                steps.append(new)
            steps.append(s)
        out.append(replace(phase, steps=tuple(steps)))
    return tuple(out)


def _insert_after(phases: Sequence[Phase], after: str, new: Step) -> tuple[Phase, ...]:
    out = []
    for phase in phases:
        steps: list[Step] = []
        for s in phase.steps:
            steps.append(s)
            if s.id == after:
                steps.append(new)
        out.append(replace(phase, steps=tuple(steps)))
    return tuple(out)


def current_phase_key(phases: Sequence[Phase], week: int) -> str:
    """The phase `week` falls in: the last phase that has begun by then (the first phase
    before week 1, the last one once the plan's weeks have passed)."""
    started = [p for p in phases if p.first_week <= max(week, 1)]
    return (started[-1] if started else phases[0]).key


def _easier_rungs_to_do(plan: Plan, alternative: Step, gone: Collection[str]) -> list[Step]:
    """For an alternative on an approach ladder (social, communication, embodiment): the
    ladder's rungs from its start that are easier than it and not done yet. An alternative
    easier than every rung still to do is ready now; otherwise it is a later rung."""
    if not alternative.exposure:
        return []
    easier: list[Step] = []
    for s in plan.steps:
        if s.pillar is not alternative.pillar or s.id in gone or s.id in plan.completed:
            continue
        if s.difficulty >= alternative.difficulty:
            break
        easier.append(s)
    return easier


def _place(
    plan: Plan, phases: tuple[Phase, ...], step: Step, alternative: Step, week: int
) -> tuple[Phase, ...]:
    """`phases` (the declined steps already out) with the alternative placed: ready now,
    unless it is a later rung of a ladder."""
    gone = {s.id for s in plan.steps} - {s.id for p in phases for s in p.steps}
    easier = _easier_rungs_to_do(plan, alternative, gone)
    if easier:
        later_rung = replace(alternative, prerequisites=(easier[-1].id,))
        return _insert_after(phases, easier[-1].id, later_rung)
    declined_phase = next(p for p in plan.phases if any(s.id == step.id for s in p.steps))
    if declined_phase.first_week <= max(week, 1):
        # The declined step's phase has begun: the alternative takes its place, before the
        # step that followed it (or at the end of that phase).
        order = [s.id for s in declined_phase.steps]
        following = [i for i in order[order.index(step.id) + 1 :] if i not in gone]
        if following:
            return _insert_at(phases, following[0], alternative)
        key = declined_phase.key
        if any(p.key == key for p in phases):
            return tuple(
                replace(p, steps=(*p.steps, alternative)) if p.key == key else p for p in phases
            )
    key = current_phase_key(plan.phases, week)
    if not any(p.key == key for p in phases):
        key = phases[0].key
    return tuple(replace(p, steps=(alternative, *p.steps)) if p.key == key else p for p in phases)


def parse_reason(value: object) -> DeclineReason:
    allowed = [r.value for r in DeclineReason]
    if isinstance(value, str) and value in allowed:
        return DeclineReason(value)
    raise ChoiceError("reason", f"{value!r} is not one of {', '.join(allowed)}")


def decline_step(plan: Plan, step_id: str, reason: object, week: int = 1) -> Plan:
    """A new plan version without the declined step, with an alternative from another pillar
    offered now (when one fits: see the module's docstring for where it goes), the decline
    remembered, and the reason in the history. `week` is the plan week the person is in."""
    why = parse_reason(reason)
    if not plan.has_step(step_id):
        raise ChoiceError("step_id", f"{step_id!r} is not in this plan")
    if step_id in plan.completed:
        raise ChoiceError("step_id", f"{step_id!r} is already done")
    step = plan.step(step_id)
    alternative = alternative_for(plan, step, why)
    gone = _with_dependents(plan, step)
    phases = without_orphan_dating_support(
        remove_steps(plan.phases, gone), plan.profile, [*_declined_ids(plan), *gone]
    )
    if not phases:
        alternative = None
    if alternative is not None:
        phases = _place(plan, phases, step, alternative, week)
    version = plan.version + 1
    text = DECLINED_WHY[why].format(title=step.title)
    text += DECLINED_NONE if alternative is None else DECLINED_THEN.format(alt=alternative.title)
    alt_id = None if alternative is None else alternative.id
    declined = (*plan.declined, Declined(step.id, step.pillar, why.value, version, alt_id))
    declined += tuple(Declined(g, plan.step(g).pillar, why.value, version, None) for g in gone[1:])
    return replace(
        plan,
        phases=reschedule(renumber(phases), trauma_informed=plan.profile.trauma_informed),
        version=version,
        history=(*plan.history, Change(version, "declined", step.id, text, alt_id)),
        declined=declined,
    )


REBUILT = "rebuilt"


def rebuild_plan(plan: Plan, profile: Profile, reason: str) -> Plan:
    """The plan rebuilt for a changed profile (a life change, chosen goals): a new version
    that keeps the history, the steps already done, the declines (a declined step stays
    out) and the alternatives chosen in their place."""
    fresh = build_plan(profile)
    declined = _declined_ids(plan)
    phases = remove_steps(fresh.phases, {s.id for s in fresh.steps if s.id in declined})
    phases = without_orphan_dating_support(phases, profile, declined)
    present = {s.id for p in phases for s in p.steps}
    kept_alts = [
        replace(plan.step(d.alternative_id), prerequisites=())
        for d in plan.declined
        if d.alternative_id and plan.has_step(d.alternative_id) and d.alternative_id not in present
    ]
    if phases:
        # Each kept alternative is ready at once, unless it is a later rung of a ladder in
        # the rebuilt plan: then it follows that ladder's easier rungs again.
        for alt in reversed(kept_alts):
            so_far = replace(fresh, phases=phases, completed=plan.completed)
            easier = _easier_rungs_to_do(so_far, alt, ())
            if easier:
                later_rung = replace(alt, prerequisites=(easier[-1].id,))
                phases = _insert_after(phases, easier[-1].id, later_rung)
            else:
                phases = (replace(phases[0], steps=(alt, *phases[0].steps)), *phases[1:])
    else:
        kept_alts = []
    present |= {s.id for s in kept_alts}
    version = plan.version + 1
    return replace(
        fresh,
        phases=reschedule(renumber(phases), trauma_informed=profile.trauma_informed),
        version=version,
        completed=tuple(s for s in plan.completed if s in present),
        history=(*plan.history, Change(version, REBUILT, "", reason)),
        declined=plan.declined,
    )

"""Which steps belong to "this week": a short list, in plan order, that is ready to practise.

A step is ready when its phase has begun, it is not completed or paused, and each of its
prerequisites is completed or has been done at least once. At most WEEK_STEPS are shown, so
a week never looks like a wall of tasks. With pillar weights (the person's ranked goals and
declines, attune.clinical.plans.choice) the plan's next step keeps the first slot, a step
offered in place of one the person declined comes next, and the ready steps of the pillars
they weigh most take the others; within a pillar the plan's order (its ladder's rung order)
always holds.

`horizon` replaces "week 1 of about 47" with a humane view: this month's focus (the phases
the next four weeks touch) and what comes after, without a count of weeks to go.

Reading steps (a step whose tool is an article) never take one of those slots: reading is
something to do when you like, so `ready_steps` leaves them out by default and
`reading_steps` lists them on their own.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from attune.clinical.plans.model import Phase, Plan, Step
from attune.clinical.plans.vocab import Pillar

WEEK_STEPS = 3
READING_PREFIX = "article:"


def is_reading(step: Step) -> bool:
    return step.tool.startswith(READING_PREFIX)


MONTH_WEEKS = 4


@dataclass(frozen=True)
class Horizon:
    """This month's focus and what comes after (phase titles, in plan order)."""

    now: tuple[Phase, ...]
    after: tuple[Phase, ...]


def horizon(plan: Plan, week: int) -> Horizon:
    """The phases the four weeks from `week` touch (at least the current one), and the rest."""
    week = max(week, 1)
    end = week + MONTH_WEEKS - 1
    now = tuple(p for p in plan.phases if p.first_week <= end and p.last_week >= week)
    if not now and plan.phases:
        now = (plan.phases[-1],)
    after = tuple(p for p in plan.phases if p.first_week > end)
    return Horizon(now, after)


def ready_steps(
    plan: Plan,
    week: int,
    *,
    done_once: Collection[str] = (),
    paused: Collection[str] = (),
    limit: int = WEEK_STEPS,
    reading: bool = False,
    weights: Mapping[Pillar, int] | None = None,
) -> list[Step]:
    """Ready practice steps (or, with ``reading=True``, ready reading steps), in plan order."""
    settled = set(plan.completed) | set(done_once)
    ready: list[Step] = []
    for phase in plan.phases:
        if phase.first_week > max(week, 1):
            break
        for step in phase.steps:
            if step.id in plan.completed or step.id in paused:
                continue
            if is_reading(step) != reading:
                continue
            if all(p in settled for p in step.prerequisites):
                ready.append(step)
    if ready:
        # The plan's own next step keeps the first place; a step offered in place of one the
        # person set aside comes next until it is tried (they asked for something else now,
        # so it is shown now); the other slots go to the pillars the person weighs most.
        # Stable sorts: one pillar's steps keep their rung order.
        offered = {d.alternative_id for d in plan.declined if d.alternative_id} - settled
        rest = ready[1:]
        if weights:
            rest = sorted(rest, key=lambda s: -weights.get(s.pillar, 0))
        # On a ladder (an approach pillar) only its first ready rung may move up, so the
        # ladder's rung order holds.
        firsts: dict[Pillar, str] = {}
        for s in rest:
            firsts.setdefault(s.pillar, s.id)
        ahead = [
            s for s in rest if s.id in offered and (not s.exposure or firsts[s.pillar] == s.id)
        ]
        ready = [ready[0], *ahead, *(s for s in rest if s not in ahead)]
    return ready[:limit]


def reading_steps(
    plan: Plan,
    week: int,
    *,
    done_once: Collection[str] = (),
    paused: Collection[str] = (),
) -> list[Step]:
    """Reading steps whose phase has begun, to read when you like (no limit, no slots)."""
    return ready_steps(
        plan, week, done_once=done_once, paused=paused, limit=len(plan.steps), reading=True
    )


def plan_week(days_since_start: int) -> int:
    return max(days_since_start, 0) // 7 + 1

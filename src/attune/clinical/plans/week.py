"""Which steps belong to "this week": a short list, in plan order, that is ready to practise.

A step is ready when its phase has begun, it is not completed or paused, and each of its
prerequisites is completed or has been done at least once. At most WEEK_STEPS are shown, so
a week never looks like a wall of tasks.

Reading steps (a step whose tool is an article) never take one of those slots: reading is
something to do when you like, so `ready_steps` leaves them out by default and
`reading_steps` lists them on their own.
"""

from __future__ import annotations

from collections.abc import Collection

from attune.clinical.plans.model import Plan, Step

WEEK_STEPS = 3
READING_PREFIX = "article:"


def is_reading(step: Step) -> bool:
    return step.tool.startswith(READING_PREFIX)


def ready_steps(
    plan: Plan,
    week: int,
    *,
    done_once: Collection[str] = (),
    paused: Collection[str] = (),
    limit: int = WEEK_STEPS,
    reading: bool = False,
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

"""Which steps belong to "this week": a short list, in plan order, that is ready to practise.

A step is ready when its phase has begun, it is not completed or paused, and each of its
prerequisites is completed or has been done at least once. At most WEEK_STEPS are shown, so
a week never looks like a wall of tasks.
"""

from __future__ import annotations

from collections.abc import Collection

from attune.clinical.plans.model import Plan, Step

WEEK_STEPS = 3


def ready_steps(
    plan: Plan,
    week: int,
    *,
    done_once: Collection[str] = (),
    paused: Collection[str] = (),
    limit: int = WEEK_STEPS,
) -> list[Step]:
    settled = set(plan.completed) | set(done_once)
    ready: list[Step] = []
    for phase in plan.phases:
        if phase.first_week > max(week, 1):
            break
        for step in phase.steps:
            if step.id in plan.completed or step.id in paused:
                continue
            if all(p in settled for p in step.prerequisites):
                ready.append(step)
    return ready[:limit]


def plan_week(days_since_start: int) -> int:
    return max(days_since_start, 0) // 7 + 1

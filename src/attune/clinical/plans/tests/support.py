"""Shared helpers for the plan-engine tests."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from attune.clinical.plans import Plan, build_plan, make_profile
from attune.clinical.plans.profile import GOAL_FITS, Goal, LifeStage, Profile, Relationship
from attune.clinical.plans.vocab import EXPOSURE_PILLARS, Pillar

FLAGS = list(itertools.product([False, True], repeat=2))


def profile(
    stage: str,
    status: str,
    *,
    trauma: bool = False,
    meds: bool = False,
    goals: list[str] | None = None,
) -> Profile:
    return make_profile(
        life_stage=stage,
        relationship=status,
        trauma_informed=trauma,
        antidepressant=meds,
        goals=goals,
    )


def plan_for(
    stage: str,
    status: str,
    *,
    trauma: bool = False,
    meds: bool = False,
    goals: list[str] | None = None,
) -> Plan:
    return build_plan(profile(stage, status, trauma=trauma, meds=meds, goals=goals))


def every_profile() -> Iterator[Profile]:
    """Every life stage x relationship x flag combination, with default goals and with each
    fitting goal on its own."""
    for stage, status, (trauma, meds) in itertools.product(LifeStage, Relationship, FLAGS):
        goal_sets: list[list[str] | None] = [None]
        goal_sets += [
            [g.value] for g in Goal if status in GOAL_FITS.get(g, frozenset(Relationship))
        ]
        for goals in goal_sets:
            yield profile(stage.value, status.value, trauma=trauma, meds=meds, goals=goals)


def titles(plan: Plan) -> set[str]:
    return {step.title for step in plan.steps}


def jaccard(a: Plan, b: Plan) -> float:
    ta, tb = titles(a), titles(b)
    return len(ta & tb) / len(ta | tb)


def shared_fraction(a: Plan, b: Plan) -> float:
    """Shared titles as a fraction of the smaller plan (the stricter reading)."""
    ta, tb = titles(a), titles(b)
    return len(ta & tb) / min(len(ta), len(tb))


def embodiment_steps(plan: Plan) -> list[str]:
    return [s.id for s in plan.steps if s.pillar is Pillar.EMBODIMENT]


def first_index(plan: Plan, pillars: frozenset[Pillar]) -> int:
    return next(i for i, s in enumerate(plan.steps) if s.pillar in pillars)


EXPOSURE = EXPOSURE_PILLARS

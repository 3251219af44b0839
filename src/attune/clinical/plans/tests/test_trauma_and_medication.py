from __future__ import annotations

import itertools

from attune.clinical.plans import Plan, build_plan
from attune.clinical.plans.profile import Profile, make_profile
from attune.clinical.plans.tests.support import (
    EXPOSURE,
    embodiment_steps,
    every_profile,
    first_index,
    plan_for,
)
from attune.clinical.plans.vocab import Pillar

PROFILES = list(every_profile())


def _without_trauma(profile: Profile) -> Profile:
    return make_profile(
        life_stage=profile.life_stage,
        relationship=profile.relationship,
        trauma_informed=False,
        antidepressant=profile.antidepressant,
        goals=profile.goals,
    )


def test_trauma_informed_plans_regulate_the_body_before_any_exposure_step() -> None:
    for profile in (p for p in PROFILES if p.trauma_informed):
        plan = build_plan(profile)
        regulation = first_index(plan, frozenset({Pillar.BODY_REGULATION}))
        assert regulation < first_index(plan, EXPOSURE), profile
        assert plan.steps[0].id == "grounding-54321"


def test_every_exposure_step_in_a_trauma_informed_plan_depends_on_grounding() -> None:
    for profile in (p for p in PROFILES if p.trauma_informed):
        plan = build_plan(profile)
        requires = {s.id: set(s.prerequisites) for s in plan.steps}

        def reaches_grounding(step_id: str, requires: dict[str, set[str]] = requires) -> bool:
            stack, seen = [step_id], set[str]()
            while stack:
                node = stack.pop()
                if node == "grounding-54321":
                    return True
                if node not in seen:
                    seen.add(node)
                    stack.extend(requires[node])
            return False

        for step in plan.steps:
            if step.exposure:
                assert reaches_grounding(step.id), (profile, step.id)


def test_trauma_informed_embodiment_ladder_has_more_and_smaller_rungs() -> None:
    for profile in (p for p in PROFILES if p.trauma_informed):
        slow, usual = build_plan(profile), build_plan(_without_trauma(profile))
        assert len(embodiment_steps(slow)) > len(embodiment_steps(usual)), profile
        assert max(s.rung for s in slow.steps if s.pillar is Pillar.EMBODIMENT) > max(
            s.rung for s in usual.steps if s.pillar is Pillar.EMBODIMENT
        )

        def biggest_jump(plan: Plan) -> int:
            levels = [s.difficulty for s in plan.steps if s.pillar is Pillar.EMBODIMENT]
            return max((b - a for a, b in itertools.pairwise(levels)), default=0)

        assert biggest_jump(slow) <= biggest_jump(usual), profile


def test_trauma_informed_pace_is_slower() -> None:
    for profile in (p for p in PROFILES if p.trauma_informed):
        assert build_plan(profile).total_weeks > build_plan(_without_trauma(profile)).total_weeks


def test_trauma_informed_plan_adds_then_and_now_work_and_reading() -> None:
    ids = {s.id for s in plan_for("adult", "single", trauma=True).steps}
    assert {"then-and-now", "read-trauma-responses-and-the-present", "agency-agreement"} <= ids
    assert "sf-stage-1-turns-gentler" in {
        s.id for s in plan_for("adult", "partnered", trauma=True).steps
    }


def test_antidepressant_flag_adds_article_and_prescriber_conversation() -> None:
    for profile in (p for p in PROFILES if p.antidepressant):
        steps = {s.id: s for s in build_plan(profile).steps}
        read = steps["read-antidepressants-and-sexual-function"]
        assert read.tool == "article:antidepressants-and-sexual-function"
        assert read.pillar is Pillar.LEARNING
        prepare = steps["prepare-prescriber-conversation"]
        assert read.id in prepare.prerequisites
        assert "Never stop or change an antidepressant without your prescriber" in prepare.how


def test_without_antidepressant_flag_there_is_no_medication_step() -> None:
    for profile in (p for p in PROFILES if not p.antidepressant):
        ids = {s.id for s in build_plan(profile).steps}
        assert "prepare-prescriber-conversation" not in ids
        assert "read-antidepressants-and-sexual-function" not in ids

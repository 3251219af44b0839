from __future__ import annotations

from attune.clinical.plans import Plan, build_plan, make_profile
from attune.clinical.plans.week import plan_week, ready_steps


def _plan() -> Plan:
    return build_plan(make_profile(life_stage="adult", relationship="single"))


def test_first_week_offers_at_most_three_steps_without_unmet_prerequisites() -> None:
    plan = _plan()
    steps = ready_steps(plan, 1)
    assert 1 <= len(steps) <= 3
    assert all(not step.prerequisites for step in steps)


def test_doing_a_step_once_opens_the_steps_that_need_it() -> None:
    plan = _plan()
    first = ready_steps(plan, 1, limit=100)
    needing = [s for s in plan.steps if s.prerequisites and set(s.prerequisites) <= {first[0].id}]
    if needing:
        later = ready_steps(plan, plan.total_weeks, done_once={first[0].id}, limit=100)
        assert needing[0].id in {s.id for s in later}


def test_paused_steps_are_left_out() -> None:
    plan = _plan()
    first = ready_steps(plan, 1)[0]
    assert first.id not in {s.id for s in ready_steps(plan, 1, paused={first.id})}


def test_plan_week_counts_from_one() -> None:
    assert [plan_week(d) for d in (-3, 0, 6, 7, 14)] == [1, 1, 1, 2, 3]

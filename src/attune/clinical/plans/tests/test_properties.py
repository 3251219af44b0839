"""Property tests: invariants hold for any goal subset and any step log."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attune.clinical.plans import (
    LogEntry,
    Plan,
    Profile,
    ProposalKind,
    apply_proposal,
    build_plan,
    checkin_signals,
    log_entry,
    make_profile,
    propose_changes,
    validate_plan,
)
from attune.clinical.plans.profile import GOAL_FITS, Goal, LifeStage, Relationship


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    status = draw(st.sampled_from(list(Relationship)))
    fitting = [g for g in Goal if status in GOAL_FITS.get(g, frozenset(Relationship))]
    return make_profile(
        life_stage=draw(st.sampled_from(list(LifeStage))),
        relationship=status,
        trauma_informed=draw(st.booleans()),
        antidepressant=draw(st.booleans()),
        goals=draw(st.lists(st.sampled_from(fitting), unique=True)),
    )


@settings(max_examples=150, deadline=None, database=None)
@given(profiles())
def test_any_goal_subset_gives_a_valid_plan_of_at_least_12_steps_and_5_pillars(
    profile: Profile,
) -> None:
    plan = build_plan(profile)
    validate_plan(plan)
    assert len(plan.steps) >= 12
    assert len({s.pillar for s in plan.steps}) >= 5


@st.composite
def plan_and_log(draw: st.DrawFn) -> tuple[Plan, list[LogEntry]]:
    plan = build_plan(draw(profiles()))
    ids = [s.id for s in plan.steps]
    entries = draw(
        st.lists(
            st.builds(
                log_entry,
                st.sampled_from(ids),
                st.sampled_from(["done", "not_yet", "setback"]),
                felt_safe=st.booleans(),
                distress=st.integers(0, 100),
            ),
            max_size=12,
        )
    )
    return plan, entries


@settings(
    max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(plan_and_log(), st.lists(st.integers(0, 10), max_size=5))
def test_every_proposal_applies_to_a_valid_new_version(
    case: tuple[Plan, list[LogEntry]], mood: list[int]
) -> None:
    plan, log = case
    proposals = propose_changes(plan, log, checkin_signals(mood=mood))
    for proposal in proposals:
        assert proposal.reason
        new = apply_proposal(plan, proposal)
        validate_plan(new)
        assert new.version == plan.version + 1
        assert new.history[-1].reason == proposal.reason
        if proposal.kind is ProposalKind.SMALLER_STEP:
            assert proposal.new_step is not None
            assert proposal.new_step.difficulty < plan.step(proposal.step_id).difficulty
        elif proposal.new_step is not None:
            # Never the same step "more gently": a different kind of step (another tool).
            assert proposal.new_step.tool != plan.step(proposal.step_id).tool

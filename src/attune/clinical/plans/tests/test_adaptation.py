from __future__ import annotations

import re
from typing import Any

import pytest

from attune.clinical.plans import (
    AdaptationInputError,
    LogEntry,
    Plan,
    PlanChangeError,
    ProposalKind,
    Trigger,
    adapt,
    apply_proposal,
    checkin_signals,
    log_entry,
    propose_changes,
    validate_plan,
)
from attune.clinical.plans.tests.support import plan_for
from attune.clinical.plans.vocab import Pillar

SHAMING = re.compile(r"\bfail|should have|\bperform|\bmust\b", re.IGNORECASE)


def done(step_id: str, distress: int, safe: bool = True) -> LogEntry:
    return log_entry(step_id, "done", felt_safe=safe, distress=distress)


def setback(step_id: str, distress: int = 60) -> LogEntry:
    return log_entry(step_id, "setback", felt_safe=True, distress=distress)


def not_yet(step_id: str) -> LogEntry:
    return log_entry(step_id, "not_yet", felt_safe=True, distress=30)


@pytest.fixture
def couple() -> Plan:
    return plan_for("midlife", "partnered")


@pytest.fixture
def single() -> Plan:
    return plan_for("adult", "single")


def test_setback_proposes_a_smaller_easier_step_framed_as_learning(single: Plan) -> None:
    step = single.step("coffee-date")
    (proposal,) = propose_changes(single, [setback("coffee-date")])
    assert proposal.kind is ProposalKind.SMALLER_STEP
    assert proposal.trigger is Trigger.SETBACK
    assert proposal.step_id == "coffee-date"
    new = proposal.new_step
    assert new is not None
    assert new.difficulty < step.difficulty
    assert new.pillar is step.pillar
    assert not single.has_step(new.id)
    assert "not a verdict" in proposal.reason
    assert not SHAMING.search(proposal.reason)


def test_setback_uses_the_contents_own_gentler_rung_when_there_is_one(couple: Plan) -> None:
    (proposal,) = propose_changes(couple, [setback("sf-stage-1-turns")])
    assert proposal.new_step is not None
    assert proposal.new_step.id == "sf-stage-1-turns-gentler"
    assert proposal.new_step.title == "Stage I, clothed, hands, arms and back only"


def test_setback_on_a_step_without_gentler_rung_gets_a_generic_smaller_step(single: Plan) -> None:
    (proposal,) = propose_changes(single, [setback("invite-friend-out")])
    assert proposal.new_step is not None
    assert proposal.new_step.id == "invite-friend-out-smaller"
    assert proposal.new_step.title == "Smaller step: Invite a friend out"
    assert "shorter visit" in proposal.new_step.how


def test_setback_on_an_already_easy_step_proposes_a_repeat(single: Plan) -> None:
    (proposal,) = propose_changes(single, [setback("breath-extended-exhale", 30)])
    assert proposal.kind is ProposalKind.REPEAT
    assert proposal.new_step is None
    assert "once more" in proposal.reason


def test_after_two_smaller_steps_a_further_setback_proposes_a_repeat(single: Plan) -> None:
    plan = single
    for _ in range(2):
        (proposal,) = propose_changes(plan, [setback("invite-friend-out")])
        assert proposal.kind is ProposalKind.SMALLER_STEP
        plan = apply_proposal(plan, proposal)
    (proposal,) = propose_changes(plan, [setback("invite-friend-out")])
    assert proposal.kind is ProposalKind.REPEAT


def test_done_but_not_safe_gets_a_different_kind_of_step_not_an_advance(single: Plan) -> None:
    log = [done("coffee-date", 40), done("coffee-date", 30, safe=False)]
    (proposal,) = propose_changes(single, log)
    assert proposal.trigger is Trigger.NOT_SAFE
    assert proposal.kind is ProposalKind.PAUSE_FIRST
    assert proposal.new_step is not None and proposal.new_step.tool == "exercise:grounding_54321"
    assert "Safety comes first" in proposal.reason


def test_a_run_of_high_distress_gets_a_different_kind_of_step(single: Plan) -> None:
    log = [done("first-message", 80), done("first-message", 75)]
    (proposal,) = propose_changes(single, log)
    assert proposal.trigger is Trigger.HIGH_DISTRESS
    assert proposal.kind is ProposalKind.PAUSE_FIRST
    assert "80 and 75" in proposal.reason


def test_one_high_distress_attempt_alone_proposes_nothing(single: Plan) -> None:
    assert propose_changes(single, [done("first-message", 80)]) == ()


def test_not_yet_twice_is_softened(single: Plan) -> None:
    (proposal,) = propose_changes(single, [not_yet("interest-group"), not_yet("interest-group")])
    assert proposal.trigger is Trigger.NOT_YET_RUN
    assert proposal.kind is ProposalKind.SMALLER_STEP


def test_one_not_yet_proposes_nothing(single: Plan) -> None:
    assert propose_changes(single, [not_yet("interest-group")]) == ()


def test_two_safe_wins_with_falling_distress_propose_the_next_rung(couple: Plan) -> None:
    log = [done("sf-stage-1-turns", 50), done("sf-stage-1-turns", 30)]
    (proposal,) = propose_changes(couple, log)
    assert proposal.kind is ProposalKind.NEXT_RUNG
    assert proposal.trigger is Trigger.WINS
    assert proposal.target_step_id == "sf-stage-2-guiding"
    assert "Each small success counts" in proposal.reason


def test_wins_at_already_low_distress_also_propose_the_next_rung(single: Plan) -> None:
    log = [done("greetings-small-talk", 10), done("greetings-small-talk", 10)]
    (proposal,) = propose_changes(single, log)
    assert proposal.target_step_id == "interest-group"


def test_wins_without_falling_distress_propose_nothing(single: Plan) -> None:
    log = [done("greetings-small-talk", 50), done("greetings-small-talk", 50)]
    assert propose_changes(single, log) == ()


def test_top_of_a_ladder_proposes_keeping_it_as_practice(single: Plan) -> None:
    log = [done("revisit-values", 10), done("revisit-values", 5)]
    (proposal,) = propose_changes(single, log)
    assert proposal.kind is ProposalKind.NEXT_RUNG
    assert proposal.target_step_id is None
    assert "top of its ladder" in proposal.reason


def test_low_mood_run_softens_the_current_step(single: Plan) -> None:
    log = [done("interest-group", 40)]
    signals = checkin_signals(mood=[6, 3, 2, 3])
    (proposal,) = propose_changes(single, log, signals)
    assert proposal.trigger is Trigger.LOW_MOOD
    assert proposal.kind is ProposalKind.SMALLER_STEP
    assert "gentler pace is part of the plan" in proposal.reason


def test_painful_longing_run_softens_the_current_step(single: Plan) -> None:
    signals = checkin_signals(mood=[6, 6, 6], longing_distress=[7, 8, 9])
    (proposal,) = propose_changes(single, [done("interest-group", 40)], signals)
    assert proposal.trigger is Trigger.HIGH_LONGING


def test_low_mood_turns_a_next_rung_into_a_repeat(couple: Plan) -> None:
    log = [done("sf-stage-1-turns", 50), done("sf-stage-1-turns", 30)]
    (proposal,) = propose_changes(couple, log, checkin_signals(mood=[2, 2, 2]))
    assert proposal.kind is ProposalKind.REPEAT
    assert proposal.trigger is Trigger.LOW_MOOD


def test_mood_that_is_not_a_run_changes_nothing(single: Plan) -> None:
    log = [done("interest-group", 40)]
    assert propose_changes(single, log, checkin_signals(mood=[2, 2, 5])) == ()
    assert propose_changes(single, log, checkin_signals(mood=[2, 2])) == ()


def test_low_mood_without_any_step_log_proposes_nothing_here(single: Plan) -> None:
    assert propose_changes(single, [], checkin_signals(mood=[1, 1, 1])) == ()


def test_proposals_never_change_the_plan(single: Plan) -> None:
    before = plan_for("adult", "single")
    propose_changes(single, [setback("coffee-date"), done("greetings-small-talk", 10)])
    assert single == before
    assert single.version == 1
    assert single.history == ()


def test_proposals_are_deterministic_and_in_plan_order(single: Plan) -> None:
    log = [
        setback("coffee-date"),
        done("greetings-small-talk", 10),
        done("greetings-small-talk", 5),
    ]
    first = propose_changes(single, log)
    assert first == propose_changes(single, log)
    assert [p.step_id for p in first] == ["greetings-small-talk", "coffee-date"]


def test_applying_a_smaller_step_makes_a_new_version_with_its_reason(single: Plan) -> None:
    (proposal,) = propose_changes(single, [setback("coffee-date")])
    new_plan = apply_proposal(single, proposal)
    validate_plan(new_plan)
    assert single.version == 1 and not single.has_step("coffee-date-gentler")
    assert new_plan.version == 2
    change = new_plan.history[-1]
    assert (change.version, change.kind, change.step_id) == (2, "smaller_step", "coffee-date")
    assert change.reason == proposal.reason
    assert change.related_step_id == "coffee-date-gentler"
    ids = [s.id for s in new_plan.steps]
    assert ids.index("coffee-date-gentler") == ids.index("coffee-date") - 1
    assert "coffee-date-gentler" in new_plan.step("coffee-date").prerequisites
    embodiment = [s for s in new_plan.steps if s.pillar is Pillar.EMBODIMENT]
    assert [s.rung for s in embodiment] == list(range(1, len(embodiment) + 1))


def test_applying_a_repeat_adds_a_session_and_asks_for_one_more_win(single: Plan) -> None:
    (proposal,) = propose_changes(single, [setback("breath-extended-exhale", 30)])
    plan = apply_proposal(single, proposal)
    assert plan.step("breath-extended-exhale").sessions == 2
    two_wins = [done("breath-extended-exhale", 20), done("breath-extended-exhale", 10)]
    assert propose_changes(plan, two_wins)  # sessions 2 -> two wins suffice
    (again,) = propose_changes(plan, [setback("breath-extended-exhale", 30)])
    plan = apply_proposal(plan, again)
    assert propose_changes(plan, two_wins) == ()
    assert propose_changes(plan, [done("breath-extended-exhale", 30), *two_wins])


def test_applying_next_rung_completes_the_step_and_records_the_target(couple: Plan) -> None:
    log = [done("sf-stage-1-turns", 50), done("sf-stage-1-turns", 30)]
    (proposal,) = propose_changes(couple, log)
    plan = apply_proposal(couple, proposal)
    assert "sf-stage-1-turns" in plan.completed
    assert plan.history[-1].related_step_id == "sf-stage-2-guiding"
    assert propose_changes(plan, log) == ()


def test_a_win_on_the_smaller_step_leads_back_to_the_original(single: Plan) -> None:
    (proposal,) = propose_changes(single, [setback("coffee-date")])
    plan = apply_proposal(single, proposal)
    log = [done("coffee-date-gentler", 40), done("coffee-date-gentler", 20)]
    (win,) = propose_changes(plan, log)
    assert win.target_step_id == "coffee-date"


def test_a_stale_proposal_is_refused_and_changes_nothing(single: Plan) -> None:
    (first,) = propose_changes(single, [setback("coffee-date")])
    (second,) = propose_changes(single, [setback("first-message")])
    plan = apply_proposal(single, first)
    with pytest.raises(PlanChangeError, match="version 1"):
        apply_proposal(plan, second)
    assert plan.version == 2 and not plan.has_step("first-message-gentler")


def test_unknown_step_in_the_log_is_a_clear_error(single: Plan) -> None:
    with pytest.raises(AdaptationInputError, match="step_id"):
        propose_changes(single, [done("no-such-step", 10)])


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"felt_safe": True, "distress": 101}, "distress"),
        ({"felt_safe": True, "distress": -1}, "distress"),
        ({"felt_safe": "yes", "distress": 10}, "felt_safe"),
    ],
)
def test_out_of_range_log_values_name_the_field(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(AdaptationInputError, match=field):
        log_entry("coffee-date", "done", **kwargs)


def test_unknown_outcome_names_the_allowed_outcomes() -> None:
    with pytest.raises(AdaptationInputError, match="done, not_yet, setback"):
        log_entry("coffee-date", "failed", felt_safe=True, distress=10)


def test_out_of_range_checkins_name_the_field() -> None:
    with pytest.raises(AdaptationInputError, match="mood"):
        checkin_signals(mood=[11])
    with pytest.raises(AdaptationInputError, match="longing_distress"):
        checkin_signals(longing_distress=[-1])


def test_every_reason_and_smaller_step_text_is_free_of_shaming_words() -> None:
    texts = [
        *adapt.WHY.values(),
        *adapt.SMALLER_HINTS.values(),
        adapt.THEN_SMALLER,
        adapt.THEN_REPEAT,
        adapt.THEN_NEXT,
        adapt.THEN_TOP,
        adapt.SMALLER_TITLE,
        adapt.SMALLER_HOW,
        adapt.SMALLER_NOTICE,
    ]
    for text in texts:
        assert not SHAMING.search(text), text

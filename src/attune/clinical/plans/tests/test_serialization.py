from __future__ import annotations

import json

import pytest

from attune.clinical.plans import (
    PlanError,
    apply_proposal,
    log_entry,
    plan_from_dict,
    plan_json,
    plan_to_dict,
    propose_changes,
)
from attune.clinical.plans.serialize import proposal_from_dict, proposal_to_dict
from attune.clinical.plans.tests.support import plan_for


def test_a_plan_survives_a_round_trip_through_json() -> None:
    plan = plan_for("later_life", "widowed", trauma=True, meds=True)
    assert plan_from_dict(json.loads(plan_json(plan))) == plan


def test_a_changed_plan_keeps_its_history_through_a_round_trip() -> None:
    plan = plan_for("adult", "single")
    log = [log_entry("coffee-date", "setback", felt_safe=False, distress=80)]
    (proposal,) = propose_changes(plan, log)
    stored = proposal_to_dict(proposal)
    changed = apply_proposal(plan, proposal_from_dict(json.loads(json.dumps(stored))))
    again = plan_from_dict(json.loads(plan_json(changed)))
    assert again == changed
    assert again.history[-1].reason == proposal.reason


def test_json_output_is_ascii_and_has_the_contract_fields() -> None:
    data = plan_to_dict(plan_for("adult", "single"))
    assert plan_json(plan_for("adult", "single")).isascii()
    assert set(data) >= {"profile", "phases"}
    for phase in data["phases"]:
        assert {"title", "weeks", "steps"} <= set(phase)
        for step in phase["steps"]:
            required = {"id", "title", "pillar", "rung", "difficulty", "prerequisites"}
            assert required | {"how", "notice", "tool"} <= set(step)


def test_a_tampered_plan_with_a_dangling_prerequisite_is_refused() -> None:
    data = plan_to_dict(plan_for("adult", "single"))
    data["phases"][0]["steps"][1]["prerequisites"] = ["nowhere"]
    with pytest.raises(PlanError, match="nowhere"):
        plan_from_dict(data)


def test_a_tampered_plan_with_a_cycle_is_refused() -> None:
    data = plan_to_dict(plan_for("adult", "single"))
    steps = data["phases"][0]["steps"]
    steps[0]["prerequisites"] = [steps[1]["id"]]
    steps[1]["prerequisites"] = [steps[0]["id"]]
    with pytest.raises(PlanError, match="cycle"):
        plan_from_dict(data)


def test_a_stored_plan_missing_fields_is_refused() -> None:
    with pytest.raises(PlanError, match="malformed"):
        plan_from_dict({"profile": {"life_stage": "adult", "relationship": "single"}})

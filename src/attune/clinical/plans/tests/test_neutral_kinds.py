from __future__ import annotations

import itertools

from attune.clinical.plans.model import Step
from attune.clinical.plans.neutral import StepKind, step_kind
from attune.clinical.plans.profile import LifeStage, Relationship
from attune.clinical.plans.tests.support import plan_for
from attune.clinical.plans.vocab import Pillar


def _every_step() -> dict[str, Step]:
    steps: dict[str, Step] = {}
    for stage, status in itertools.product(LifeStage, Relationship):
        for trauma, meds in itertools.product([False, True], repeat=2):
            for step in plan_for(stage, status, trauma=trauma, meds=meds).steps:
                steps[step.id] = step
    return steps


def test_touch_and_sensuality_steps_are_called_closeness_or_conversation_only() -> None:
    touch = [s for s in _every_step().values() if s.pillar == Pillar.EMBODIMENT]
    assert {step_kind(s) for s in touch} == {StepKind.CLOSENESS, StepKind.CONVERSATION}
    assert {step_kind(s) for s in touch if s.tool != "conversation"} == {StepKind.CLOSENESS}


def test_medication_and_trauma_readings_are_just_reading_steps() -> None:
    plan = plan_for("adult", "partnered", trauma=True, meds=True)
    by_id = {step.id: step for step in plan.steps}
    assert step_kind(by_id["read-antidepressants-and-sexual-function"]) is StepKind.READING
    assert step_kind(by_id["read-trauma-responses-and-the-present"]) is StepKind.READING
    assert step_kind(by_id["prepare-prescriber-conversation"]) is StepKind.EVERYDAY
    assert step_kind(by_id["grounding-54321"]) is StepKind.BODY


def test_every_step_of_every_plan_has_a_kind() -> None:
    kinds = {step_kind(s) for s in _every_step().values()}
    assert kinds <= set(StepKind)
    assert {StepKind.READING, StepKind.CONVERSATION, StepKind.CLOSENESS} <= kinds

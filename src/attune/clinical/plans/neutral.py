"""What kind of step a step is, in words that reveal nothing private.

A partner (and anyone who glances at a partner's screen, email or calendar) sees a plan step
only as its kind: "a closeness step", "a reading step". Step titles can name medication,
trauma work or sexual touch, and some partners monitor or control (PenzeyMoog 2021, *Design
for Safety*: neutral names in shared views, calendars and emails; CLINICAL.md "Design for
safety"). The real title is shown only for a step the client chose to show.

The kind comes from the step's tool first (reading and conversations are recognisable
whatever their pillar), then from its pillar. It never depends on the title or the step id.
"""

from __future__ import annotations

from enum import StrEnum

from attune.clinical.plans.model import Step
from attune.clinical.plans.vocab import Pillar


class StepKind(StrEnum):
    READING = "reading"
    CONVERSATION = "conversation"
    CLOSENESS = "closeness"
    BODY = "body"
    CONNECTION = "connection"
    VALUES = "values"
    REFLECTION = "reflection"
    EVERYDAY = "everyday"


PILLAR_KINDS: dict[Pillar, StepKind] = {
    Pillar.FOUNDATIONS: StepKind.EVERYDAY,
    Pillar.SELF_COMPASSION: StepKind.REFLECTION,
    Pillar.VALUES: StepKind.VALUES,
    Pillar.SOCIAL: StepKind.CONNECTION,
    Pillar.COMMUNICATION: StepKind.CONVERSATION,
    # Touch, graded closeness and mindful sensuality: named only as "closeness".
    Pillar.EMBODIMENT: StepKind.CLOSENESS,
    # Breathing, relaxation and grounding.
    Pillar.BODY_REGULATION: StepKind.BODY,
    Pillar.LEARNING: StepKind.READING,
}


def step_kind(step: Step) -> StepKind:
    """The neutral kind of a step, from its tool and pillar only."""
    if step.tool.startswith("article:"):
        return StepKind.READING
    if step.tool == "conversation":
        return StepKind.CONVERSATION
    return PILLAR_KINDS[step.pillar]

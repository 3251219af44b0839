"""Step content, one module per part of the plan. Each function maps a profile to step specs."""

from __future__ import annotations

from attune.clinical.plans.content.closeness import closeness_steps
from attune.clinical.plans.content.connect import connect_steps
from attune.clinical.plans.content.ground import ground_steps
from attune.clinical.plans.content.groups import group_steps
from attune.clinical.plans.content.sustain import sustain_steps
from attune.clinical.plans.content.understand import understand_steps
from attune.clinical.plans.profile import Profile
from attune.clinical.plans.spec import StepSpec


def catalogue(profile: Profile) -> list[StepSpec]:
    """Every step for this profile, in phase order and, within a phase, in intended order."""
    return [
        *ground_steps(profile),
        *understand_steps(profile),
        *connect_steps(profile),
        *closeness_steps(profile),
        *sustain_steps(profile),
        *group_steps(profile),
    ]

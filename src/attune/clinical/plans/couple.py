"""Which plan steps are couple steps: the rule the safety check and the plan pages share.

A couple step is one the client does *with their partner*: a rung of the partner closeness
ladder (sensate focus and its long-distance and non-monogamous forms), a structured
conversation from the ladder for people with a partner, the monthly review together, or a
step that builds on one of them. Steps done alone (mindful
sensuality on one's own, the solo touch rungs, conversations with friends) are not, and
neither is anything in a plan for someone without a partner.

Some partners control, monitor or pressure the person attune serves (PenzeyMoog 2021,
*Design for Safety*; Stark 2007, *Coercive Control*). So a private safety check is asked
before the first couple step, and while a concern from that check stands the profile carries
``couple_steps_paused`` and the builder offers the individual steps instead
(content/closeness.py ``_ladder``, content/talk.py ``talk_steps``, content/sustain.py
``_ongoing``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from attune.clinical.plans.builder import build_plan
from attune.clinical.plans.model import Plan
from attune.clinical.plans.profile import Profile


@cache
def couple_step_ids(profile: Profile) -> frozenset[str]:
    """Ids of the steps done with the partner that a plan for this profile holds: exactly
    the steps that pausing couple steps takes out of the plan (the partner ladder, couple
    conversations, the monthly review together and what builds on them, with their gentler
    trauma-informed rungs). The content modules say which those are where they choose."""
    if not profile.with_partner:
        return frozenset()
    together = build_plan(replace(profile, couple_steps_paused=False))
    alone = build_plan(replace(profile, couple_steps_paused=True))
    return frozenset(step.id for step in together.steps) - {step.id for step in alone.steps}


def is_couple_step(profile: Profile, step_id: str) -> bool:
    return step_id in couple_step_ids(profile)


def couple_steps_in(plan: Plan) -> tuple[str, ...]:
    """The plan's couple steps, in plan order."""
    ids = couple_step_ids(plan.profile)
    return tuple(step.id for step in plan.steps if step.id in ids)

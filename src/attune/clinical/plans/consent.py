"""Consent at every step, referral to a doctor, and questions asked before a step.

The one place for these rules. A *body step* is any step on a body pillar (embodiment, body
regulation). A *couple step* is any step of a plan with a partner that approaches or touches
someone (the exposure pillars: social, communication, embodiment). Both carry the consent
wording in the step itself: either person may stop, no step is owed, and how to resume
(CLINICAL.md "Graded closeness": either may decline, go at the slower partner's pace, step
back when needed; Weiner & Avery-Clark 2014, 2017; DESIGN.md non-negotiable 7, "consent at
every step").

Steps that involve intimate touch, penetration or arousal carry the referral wording: pain,
bleeding, or erection/arousal difficulty that persists is a reason to see a doctor (NHS advice:
bleeding after sex, "seek advice from a GP or a sexual health clinic"; likewise for pain during
sex and erection problems that keep happening; checked 2026-12-07).
Sensate-focus stages III and IV ask first whether a sex therapist or clinician is involved
when the plan is self-guided or on the trauma-informed pace; steps about an ex ask first
whether contact is safe.
"""

from __future__ import annotations

from enum import StrEnum

from attune.clinical.plans.profile import Profile
from attune.clinical.plans.vocab import EXPOSURE_PILLARS, Pillar


class AsksFirst(StrEnum):
    """A question the person answers before the step's instructions are shown."""

    THERAPIST_INVOLVED = "therapist_involved"
    EX_CONTACT_SAFE = "ex_contact_safe"


BODY_PILLARS = frozenset({Pillar.EMBODIMENT, Pillar.BODY_REGULATION})
COUPLE_PILLARS = EXPOSURE_PILLARS
# Sensate-focus stages where genitals, orgasm or intercourse come in (CLINICAL.md).
THERAPIST_STAGES = frozenset({3, 4})
# Tools someone uses on their own: the step is done alone even inside a couple's plan.
_SOLO_TOOLS = frozenset({"checkin", "trigger_map", "journal", "values", "action_plan", "anchors"})

CONSENT_TOGETHER = (
    "Either person may stop at any moment, with a word or an agreed signal, and no reason "
    "is needed. No step is owed to anyone: not to a partner, not to a date, not to this "
    "plan. To resume, wait until you both want to, talk it through first, and start again "
    "from the last step that felt comfortable, or a gentler one."
)
CONSENT_ON_YOUR_OWN = (
    "You may stop at any moment, and no reason is needed. No step is owed to anyone, "
    "including a partner or this plan. To resume, come back when you want to and start from "
    "the last step that felt comfortable, or a gentler one."
)
REFERRAL = (
    "If touch or sex hurts, if there is bleeding you did not expect, or if difficulty with "
    "erection, arousal or lubrication keeps coming back, pause this step and see a GP, "
    "doctor or sexual-health clinic (NHS advice on pain during sex, bleeding after sex and "
    "erection problems). These problems are common and often treatable. If you take an "
    "antidepressant, mention it: it can affect desire and arousal (Serretti & Chiesa 2009)."
)


def is_body_step(pillar: Pillar) -> bool:
    return pillar in BODY_PILLARS


def is_couple_step(pillar: Pillar, profile: Profile) -> bool:
    return profile.with_partner and pillar in COUPLE_PILLARS


def _done_alone(tool: str) -> bool:
    return tool in _SOLO_TOOLS or tool.startswith(("exercise:", "article:"))


def consent_for(pillar: Pillar, tool: str, profile: Profile) -> str:
    """The consent wording a step carries, or "" when it is neither a couple nor a body step."""
    if not (is_body_step(pillar) or is_couple_step(pillar, profile)):
        return ""
    return CONSENT_ON_YOUR_OWN if _done_alone(tool) else CONSENT_TOGETHER


def referral_for(*, intimate: bool, sensate_stages: tuple[int, ...]) -> str:
    return REFERRAL if intimate or sensate_stages else ""


def asks_first_for(*, declared: str, sensate_stages: tuple[int, ...], profile: Profile) -> str:
    """The question to ask before the step, or ""."""
    if declared:
        return AsksFirst(declared).value
    needs_therapist = not profile.clinician_involved or profile.trauma_informed
    if needs_therapist and THERAPIST_STAGES.intersection(sensate_stages):
        return AsksFirst.THERAPIST_INVOLVED.value
    return ""

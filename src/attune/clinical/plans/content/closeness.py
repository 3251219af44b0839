"""Phase 4: graded closeness. Non-sexual first, touch later, each rung only as it feels safe."""

from __future__ import annotations

from dataclasses import replace

from attune.clinical.plans import spec as cite
from attune.clinical.plans.content.common import article
from attune.clinical.plans.content.ladders import (
    SINGLE_DATING_RUNGS,
    SINGLE_TOUCH_RUNGS,
    dating_rungs,
    mindful_sensuality,
    partner_ladder,
    separated_ladder,
    widowed_ladder,
)
from attune.clinical.plans.profile import Goal, Profile, Relationship
from attune.clinical.plans.spec import Gentler, StepSpec
from attune.clinical.plans.vocab import PhaseKey, Pillar

_P = PhaseKey.CLOSENESS
_R = Relationship


MOVEMENT = StepSpec(
    key="movement-for-pleasure",
    phase=_P,
    pillar=Pillar.EMBODIMENT,
    title="Move for enjoyment, not for how you look",
    difficulty=20,
    tool="exercise:mindful_sensuality",
    how="Twice this week, move in a way that feels good rather than useful: dancing in "
    "the kitchen, swimming, stretching, a slow walk. Attend to how it feels inside, "
    "not how it looks.",
    notice="Moments when your body feels like yours.",
    gentler=Gentler(
        "Two minutes of gentle stretching, at home",
        "Stretch slowly for two minutes somewhere private, stopping at the first "
        "sign of discomfort.",
        "One movement that feels pleasant.",
    ),
)


def _consent_article() -> StepSpec:
    return article(
        "consent-and-safe-language",
        _P,
        "Read: consent and safe language",
        "Read how consent is asked for and given in words and signals, why it can change at "
        "any moment, and how safe-language agreements work.",
        "Which words you would feel comfortable using yourself.",
    )


def _graded_article() -> StepSpec:
    return article(
        "graded-closeness-and-sensate-focus",
        _P,
        "Read: graded closeness and sensate focus",
        "Read how sensate focus moves from non-sexual touch to fuller intimacy in stages, "
        "with attention on sensation rather than on arousal or orgasm.",
        "What relief or worry the idea of going slowly brings up.",
        basis=cite.SENSATE_FOCUS,
    )


def _body_comfort(profile: Profile) -> list[StepSpec]:
    steps = [
        article(
            "body-oriented-practices",
            _P,
            "Read: body-oriented practices",
            "Read how breathing, movement and mindful attention to sensation help reconnect "
            "body and feeling.",
            "Which practice you are curious to try.",
        )
    ]
    if not profile.trauma_informed:
        steps.append(
            StepSpec(
                key="body-scan",
                phase=_P,
                pillar=Pillar.BODY_REGULATION,
                title="Body scan: noticing without judging",
                difficulty=15,
                tool="exercise:body_scan",
                how="Lie or sit comfortably and move attention slowly from toes to head for "
                "fifteen minutes, noticing each area without trying to change it.",
                notice="Where you feel at ease, and where attention wants to skip past.",
                after=("breath-extended-exhale",),
                basis="Body scan (Kabat-Zinn 1990).",
            )
        )
    return steps


def solo_ladder() -> list[StepSpec]:
    """The closeness rungs a person climbs on their own: offered to someone with a partner
    while couple steps are paused (attune.clinical.plans.couple)."""
    return [mindful_sensuality(), *SINGLE_TOUCH_RUNGS]


def single_touch_ladder(profile: Profile) -> list[StepSpec]:
    """Rungs 1-2 of the single-person hierarchy (with the sensuality practice before them),
    placed in the connection phase so the whole hierarchy runs in its rung order: touch
    first, then greetings, groups and invitations, then (when chosen) dating."""
    rungs = [mindful_sensuality(), *SINGLE_TOUCH_RUNGS]
    if profile.has(Goal.BODY_COMFORT):
        rungs.insert(1, MOVEMENT)
    return [replace(spec, phase=PhaseKey.CONNECT) for spec in rungs]


def _ladder(profile: Profile) -> list[StepSpec]:
    status = profile.relationship
    dating = profile.wants_dating
    if profile.with_partner and profile.couple_steps_paused:
        return solo_ladder()
    if profile.with_partner:
        return partner_ladder(profile)
    if status is _R.WIDOWED:
        return widowed_ladder(profile)
    if status is _R.SEPARATED:
        return separated_ladder(profile)
    if status is _R.DATING:
        return [mindful_sensuality(), *dating_rungs(profile)]
    # Rungs 1-2 sit in the connection phase (single_touch_ladder); 6-8 follow here.
    return list(SINGLE_DATING_RUNGS) if dating else []


def _needs_consent_reading(profile: Profile) -> bool:
    return (
        profile.relationship in (_R.DATING, _R.NON_MONOGAMOUS)
        or profile.wants_dating
        or profile.has(Goal.CLOSENESS_WITH_PARTNER)
    )


def closeness_steps(profile: Profile) -> list[StepSpec]:
    steps: list[StepSpec] = []
    if profile.has(Goal.BODY_COMFORT) or profile.trauma_informed:
        steps += _body_comfort(profile)
    if profile.with_partner and profile.has(Goal.CLOSENESS_WITH_PARTNER):
        steps.append(_graded_article())
    if _needs_consent_reading(profile):
        steps.append(_consent_article())
    ladder = _ladder(profile)
    if profile.has(Goal.BODY_COMFORT) and profile.relationship is not _R.SINGLE:
        ladder.insert(1, MOVEMENT)
    steps += ladder
    # It builds on the agreements conversation with each partner: a couple step.
    if (
        profile.relationship is _R.NON_MONOGAMOUS
        and profile.has(Goal.DATING)
        and not profile.couple_steps_paused
    ):
        steps.append(
            StepSpec(
                key="dating-within-agreements",
                phase=_P,
                pillar=Pillar.SOCIAL,
                title="Meet someone new within your agreements, connection first",
                difficulty=50,
                tool="experiment",
                how="Before a new date, check the agreements you have with current partners "
                "and tell them what you agreed to share. On the date, aim to learn about the "
                "person and notice how you feel with them; nothing has to follow.",
                notice="How you feel before, during and after, and what each partner needs.",
                after=("review-agreements",),
            )
        )
    return steps

"""Fixed vocabularies of the plan engine: pillars, phases, and the attune tools a step links to."""

from __future__ import annotations

from enum import StrEnum


class Pillar(StrEnum):
    FOUNDATIONS = "foundations"
    SELF_COMPASSION = "self_compassion"
    VALUES = "values"
    SOCIAL = "social"
    COMMUNICATION = "communication"
    EMBODIMENT = "embodiment"
    BODY_REGULATION = "body_regulation"
    LEARNING = "learning"


# Steps on these pillars approach other people or touch: they are the exposure steps.
EXPOSURE_PILLARS = frozenset({Pillar.SOCIAL, Pillar.COMMUNICATION, Pillar.EMBODIMENT})


class PhaseKey(StrEnum):
    GROUND = "ground"
    UNDERSTAND = "understand"
    CONNECT = "connect"
    CLOSENESS = "closeness"
    SUSTAIN = "sustain"


PHASE_ORDER: tuple[PhaseKey, ...] = tuple(PhaseKey)

PHASE_TITLES: dict[PhaseKey, str] = {
    PhaseKey.GROUND: "Steadying the ground",
    PhaseKey.UNDERSTAND: "Understanding your longing",
    PhaseKey.CONNECT: "Widening connection",
    PhaseKey.CLOSENESS: "Closeness at a pace that feels safe",
    PhaseKey.SUSTAIN: "Keeping what helps",
}

ARTICLE_SLUGS: tuple[str, ...] = (
    "depression-and-desire",
    "antidepressants-and-sexual-function",
    "three-kinds-of-loneliness",
    "consent-and-safe-language",
    "vulnerable-conversations",
    "trauma-responses-and-the-present",
    "cultural-scripts-about-desire",
    "accepting-fluctuating-desire",
    "sleep-activity-food-and-mood",
    "building-a-support-network",
    "body-oriented-practices",
    "what-to-expect-from-therapy",
    "self-compassion-for-longing",
    "graded-closeness-and-sensate-focus",
    # Written with issue 17 (library articles for the new groups).
    "asexuality-and-low-desire",
    "disability-illness-and-intimacy",
    "intimacy-in-later-life",
    "safer-sex-and-dating-safety",
    "lgbtq-belonging-and-minority-stress",
)

EXERCISES: tuple[str, ...] = (
    "box_breathing",
    "progressive_muscle_relaxation",
    "grounding_54321",
    "body_scan",
    "extended_exhale",
    "mindful_sensuality",
)

PLAIN_TOOLS: tuple[str, ...] = (
    "checkin",
    "trigger_map",
    "journal",
    "values",
    "action_plan",
    "anchors",
    "experiment",
    "conversation",
    "circle",
)

TOOLS: frozenset[str] = frozenset(
    (
        *PLAIN_TOOLS,
        *(f"exercise:{name}" for name in EXERCISES),
        *(f"article:{slug}" for slug in ARTICLE_SLUGS),
    )
)

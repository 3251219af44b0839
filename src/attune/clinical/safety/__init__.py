"""Pure-Python screening of free text for suicide and self-harm language and for harm from
others (no Django)."""

from attune.clinical.safety.screening import (
    CONTEXTS,
    SELF_BELIEF_CONTEXTS,
    HarmFromOthers,
    Match,
    Risk,
    ScreeningResult,
    Suppressed,
    UnknownContext,
    screen_text,
)

__all__ = [
    "CONTEXTS",
    "SELF_BELIEF_CONTEXTS",
    "HarmFromOthers",
    "Match",
    "Risk",
    "ScreeningResult",
    "Suppressed",
    "UnknownContext",
    "screen_text",
]

"""Pure-Python screening of free text for suicide and self-harm language (no Django)."""

from attune.clinical.safety.screening import Match, ScreeningResult, Suppressed, screen_text

__all__ = ["Match", "ScreeningResult", "Suppressed", "screen_text"]

"""Measuring the screen on a phrase set, shared by the evaluation tests."""

from __future__ import annotations

import re

from attune.clinical.safety import screen_text


def phrase_key(text: str) -> str:
    """A phrase without case, spaces or punctuation: how sets are compared for overlap."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def recall(texts: tuple[str, ...]) -> tuple[float, list[str]]:
    missed = [t for t in texts if screen_text(t).risk == "none"]
    return 1 - len(missed) / len(texts), missed


def fp_rate(texts: tuple[str, ...]) -> tuple[float, list[str]]:
    alarms = [t for t in texts if screen_text(t).risk != "none"]
    return len(alarms) / len(texts), alarms

"""How many weeks each phase gets.

A pace heuristic, not a clinical rule: a practice step (routine, reading, journalling) runs
alongside others and adds a third of a week; an exposure step (social, communication,
embodiment) adds a week, because it is repeated until distress falls. A trauma-informed pace
multiplies both by 1.5 and gives every phase at least two weeks. Clinicians adjust from there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

from attune.clinical.plans.model import Phase, Step

PRACTICE_WEEKS = Fraction(1, 3)
EXPOSURE_WEEKS = Fraction(1)
TRAUMA_FACTOR = Fraction(3, 2)
MIN_WEEKS = 1
TRAUMA_MIN_WEEKS = 2


def phase_length(steps: Sequence[Step], *, trauma_informed: bool) -> int:
    total = sum((EXPOSURE_WEEKS if s.exposure else PRACTICE_WEEKS for s in steps), Fraction(0))
    minimum = MIN_WEEKS
    if trauma_informed:
        total *= TRAUMA_FACTOR
        minimum = TRAUMA_MIN_WEEKS
    return max(minimum, math.ceil(total))


def schedule(
    phases: Sequence[tuple[str, str, tuple[Step, ...]]], *, trauma_informed: bool
) -> tuple[Phase, ...]:
    """Lay phases end to end from week 1."""
    out: list[Phase] = []
    week = 1
    for key, title, steps in phases:
        length = phase_length(steps, trauma_informed=trauma_informed)
        out.append(Phase(key, title, week, week + length - 1, steps))
        week += length
    return tuple(out)


def reschedule(phases: Sequence[Phase], *, trauma_informed: bool) -> tuple[Phase, ...]:
    return schedule([(p.key, p.title, p.steps) for p in phases], trauma_informed=trauma_informed)

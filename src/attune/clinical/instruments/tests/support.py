"""Helpers shared by the instrument tests."""

from __future__ import annotations

from fractions import Fraction

from attune.clinical.instruments import get_instrument
from attune.clinical.instruments.scoring import SCS_SF_REVERSE_BASE, SCS_SF_REVERSED_ITEMS


def answers_for_total(instrument_id: str, total: int) -> list[int]:
    """Answers that sum to `total`, filling items in order from their lowest code."""
    items = get_instrument(instrument_id).items
    answers = [item.min_code for item in items]
    remaining = total - sum(answers)
    assert remaining >= 0
    for index, item in enumerate(items):
        step = min(remaining, item.max_code - item.min_code)
        answers[index] += step
        remaining -= step
    assert remaining == 0, f"{instrument_id} cannot reach {total}"
    return answers


def scs_sf_answers_for_mean(mean: Fraction) -> list[int]:
    """Raw SCS-SF answers whose reverse-scored mean is exactly `mean`."""
    scored_sum = mean * 12
    assert scored_sum.denominator == 1
    scored = [1] * 12
    remaining = int(scored_sum) - 12
    for index in range(12):
        step = min(remaining, 4)
        scored[index] += step
        remaining -= step
    assert remaining == 0
    return [
        SCS_SF_REVERSE_BASE - value if number in SCS_SF_REVERSED_ITEMS else value
        for number, value in enumerate(scored, start=1)
    ]

"""One scoring function per instrument, all with the signature `(instrument, answers)`.

Answers arrive validated (right count, integers, codes in range) from `catalogue.score`.
Each scorer follows the rule published by the instrument's authors; the rules, with their
sources, are in shared/INSTRUMENTS.md and beside each declaration in `catalogue.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from .model import Answers, Band, Instrument, ScoreResult

SUICIDALITY_FLAG = "suicidality_item_positive"

# DJG-6 answer codes and item groups (De Jong Gierveld & Van Tilburg 2006, manual order).
DJG6_NO, DJG6_MORE_OR_LESS, DJG6_YES = 1, 2, 3
DJG6_EMOTIONAL_ITEMS = (1, 4, 6)
DJG6_SOCIAL_ITEMS = (2, 3, 5)

# ASEX dysfunction rules (McGahuey et al. 2000): any one of the three is enough.
ASEX_TOTAL_CUTOFF = 19
ASEX_SINGLE_ITEM_CUTOFF = 5
ASEX_MULTI_ITEM_CUTOFF = 4
ASEX_MULTI_ITEM_COUNT = 3

# SCS-SF (Raes et al. 2011; Neff's scoring key): negative items reversed for the total only.
SCS_SF_REVERSED_ITEMS = (1, 4, 8, 9, 11, 12)
SCS_SF_REVERSE_BASE = 6
SCS_SF_SUBSCALES: dict[str, tuple[int, int]] = {
    "self_kindness": (2, 6),
    "self_judgment": (11, 12),
    "common_humanity": (5, 10),
    "isolation": (4, 8),
    "mindfulness": (3, 7),
    "over_identification": (1, 9),
}

# WHO-5 (Topp et al. 2015): percentage score = raw score x 4.
WHO5_PERCENT_FACTOR = 4

# VQ (Smout et al. 2014) subscales.
VQ_SUBSCALES: dict[str, tuple[int, ...]] = {
    "progress": (3, 4, 5, 7, 9),
    "obstruction": (1, 2, 6, 8, 10),
}


def classify(bands: Sequence[Band], value: float) -> str:
    """The id of the one band whose range holds `value`."""
    for band in bands:
        if band.contains(value):
            return band.id
    msg = f"no band holds the value {value}"  # unreachable for validated answers
    raise AssertionError(msg)


def round2(value: Fraction) -> float:
    """Round an exact mean to 2 decimals, halves away from zero (as done by hand)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pick(answers: Answers, items: Iterable[int]) -> list[int]:
    """Answers for 1-based item numbers."""
    return [answers[number - 1] for number in items]


def critical_flags(instrument: Instrument, answers: Answers) -> list[str]:
    flags: list[str] = []
    for item, answer in zip(instrument.items, answers, strict=True):
        if item.critical_flag and answer > item.min_code and item.critical_flag not in flags:
            flags.append(item.critical_flag)
    return flags


def _result(
    instrument: Instrument,
    total: int | float | None,
    band: str | None,
    subscales: dict[str, int | float] | None = None,
    flags: list[str] | None = None,
) -> ScoreResult:
    return ScoreResult(
        instrument=instrument.id,
        total=total,
        band=band,
        subscales=subscales or {},
        flags=flags or [],
        scoring_version=instrument.scoring_version,
    )


def _banded_sum(instrument: Instrument, answers: Answers) -> ScoreResult:
    total = sum(answers)
    band = classify(instrument.bands, total)
    return _result(instrument, total, band, flags=critical_flags(instrument, answers))


def score_phq9(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Sum of 9 items (Kroenke, Spitzer & Williams 2001); item 9 > 0 flags, whatever the total."""
    return _banded_sum(instrument, answers)


def score_phq2(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Sum of 2 items; 3 or more screens positive (Kroenke, Spitzer & Williams 2003)."""
    return _banded_sum(instrument, answers)


def score_gad7(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Sum of 7 items (Spitzer et al. 2006)."""
    return _banded_sum(instrument, answers)


def score_ucla3(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Sum of 3 items coded 1-3 (Hughes et al. 2004)."""
    return _banded_sum(instrument, answers)


def score_csi4(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Sum of 4 items; below 13.5 is notable dissatisfaction (Funk & Rogge 2007)."""
    return _banded_sum(instrument, answers)


def score_who5(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Raw sum 0-25 as the total; bands are judged on the percentage (raw x 4)."""
    raw = sum(answers)
    percentage = raw * WHO5_PERCENT_FACTOR
    band = classify(instrument.bands, percentage)
    return _result(instrument, raw, band, {"percentage": percentage})


def score_djg6(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Dichotomous scoring from the authors' manual.

    The neutral answer ("more or less") counts toward loneliness on both subscales:
    emotional items score 1 for yes or more or less, social items for no or more or less.
    A reverse-scored sum of the raw codes would get this wrong.
    """
    emotional = sum(1 for a in pick(answers, DJG6_EMOTIONAL_ITEMS) if a != DJG6_NO)
    social = sum(1 for a in pick(answers, DJG6_SOCIAL_ITEMS) if a != DJG6_YES)
    total = emotional + social
    band = classify(instrument.bands, total)
    return _result(instrument, total, band, {"emotional": emotional, "social": social})


def asex_dysfunction(answers: Sequence[int]) -> bool:
    """The three alternative rules of McGahuey et al. (2000)."""
    return (
        sum(answers) >= ASEX_TOTAL_CUTOFF
        or any(a >= ASEX_SINGLE_ITEM_CUTOFF for a in answers)
        or sum(1 for a in answers if a >= ASEX_MULTI_ITEM_CUTOFF) >= ASEX_MULTI_ITEM_COUNT
    )


def score_asex(instrument: Instrument, answers: Answers) -> ScoreResult:
    band = "dysfunction" if asex_dysfunction(answers) else "no_dysfunction"
    return _result(instrument, sum(answers), band)


def score_scs_sf(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Total = mean of the 12 items after reversing the negative ones (6 - x).

    Subscales are 2-item means of the raw answers, as in Neff's scoring key: a higher
    `self_judgment` means more self-judgment. Reversal applies only to the total.
    """
    scored = [
        SCS_SF_REVERSE_BASE - answer if number in SCS_SF_REVERSED_ITEMS else answer
        for number, answer in enumerate(answers, start=1)
    ]
    mean = Fraction(sum(scored), len(scored))
    band = classify(instrument.bands, float(mean))
    subscales: dict[str, int | float] = {
        name: round2(Fraction(sum(pick(answers, items)), len(items)))
        for name, items in SCS_SF_SUBSCALES.items()
    }
    return _result(instrument, round2(mean), band, subscales)


def score_vq(instrument: Instrument, answers: Answers) -> ScoreResult:
    """Two subscale sums; the VQ has no total and no bands (Smout et al. 2014)."""
    subscales: dict[str, int | float] = {
        name: sum(pick(answers, items)) for name, items in VQ_SUBSCALES.items()
    }
    return _result(instrument, None, None, subscales)

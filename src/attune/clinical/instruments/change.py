"""Change over time between a client's first (baseline) and latest score on one instrument.

Two methods:

* Jacobson & Truax (1991), "Clinical significance: a statistical approach to defining
  meaningful change in psychotherapy research", J Consult Clin Psychol 59(1):12-19.
  SEM = SD * sqrt(1 - r); S_diff = sqrt(2) * SEM; RCI = (x2 - x1) / S_diff; the change is
  reliable when |RCI| > 1.96. Clinical cut-off (criterion c) =
  (SD_func * M_dys + SD_dys * M_func) / (SD_func + SD_dys). SD and r per instrument, with
  their sources, are in the catalogue (`Instrument.norms`).
* NHS Talking Therapies for anxiety and depression (NHS England manual; outcome
  definitions as published by NHS Digital) for PHQ-9 and GAD-7: caseness PHQ-9 >= 10,
  GAD-7 >= 8; reliable change 6 (PHQ-9) and 4 (GAD-7) points; recovery = a case at the
  start and below every cut-off at the end.

Category precedence (both methods), first match wins:
  1. reliably_deteriorated - reliable change in the worse direction (for the paired NHS
     rule: a measure reliably worse and none reliably better);
  2. recovered - reliable improvement that ends on the healthy side of the cut-off having
     started on the clinical side (NHS: "reliable recovery");
  3. reliably_improved - reliable change in the better direction;
  4. no_reliable_change - anything else, including mixed results on the paired rule.
Direction comes from the catalogue: for WHO-5, SCS-SF and CSI-4 a higher score is better.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .catalogue import get_instrument
from .errors import ChangeNotAvailableError, ScoreOutOfRangeError
from .model import ChangeNorms, Direction, Instrument, PopulationNorm, is_finite_number

RELIABLE_Z = 1.96  # two-tailed p < .05 (Jacobson & Truax 1991)


class ChangeCategory(StrEnum):
    RECOVERED = "recovered"
    RELIABLY_IMPROVED = "reliably_improved"
    NO_RELIABLE_CHANGE = "no_reliable_change"
    RELIABLY_DETERIORATED = "reliably_deteriorated"


def _category(improved: bool, deteriorated: bool, recovered: bool) -> ChangeCategory:
    if deteriorated:
        return ChangeCategory.RELIABLY_DETERIORATED
    if improved and recovered:
        return ChangeCategory.RECOVERED
    if improved:
        return ChangeCategory.RELIABLY_IMPROVED
    return ChangeCategory.NO_RELIABLE_CHANGE


# --- Jacobson & Truax ----------------------------------------------------------------------


def standard_error_of_measurement(sd: float, reliability: float) -> float:
    if sd <= 0 or not 0 <= reliability < 1:
        msg = f"SD must be positive and reliability in [0, 1), got SD {sd}, r {reliability}."
        raise ValueError(msg)
    return sd * math.sqrt(1 - reliability)


def standard_error_of_difference(sd: float, reliability: float) -> float:
    return math.sqrt(2) * standard_error_of_measurement(sd, reliability)


def reliable_change_index(baseline: float, latest: float, sd: float, reliability: float) -> float:
    """RCI = (latest - baseline) / S_diff; its sign is the raw direction of the score."""
    return (latest - baseline) / standard_error_of_difference(sd, reliability)


def reliable_change_threshold(sd: float, reliability: float) -> float:
    """Size of change a difference must exceed to be reliable: 1.96 * S_diff."""
    return RELIABLE_Z * standard_error_of_difference(sd, reliability)


def clinical_cutoff_c(functional: PopulationNorm, dysfunctional: PopulationNorm) -> float:
    """Criterion c: the point between the two populations weighted by their SDs."""
    f, d = functional, dysfunctional
    return (f.sd * d.mean + d.sd * f.mean) / (f.sd + d.sd)


def is_functional(score: float, cutoff: float, direction: Direction) -> bool:
    """Healthy side of the cut-off; a score equal to the cut-off counts as clinical."""
    if direction is Direction.LOWER_IS_BETTER:
        return score < cutoff
    return score > cutoff


@dataclass(frozen=True)
class ReliableChange:
    instrument: str
    baseline: float
    latest: float
    difference: float  # latest - baseline, raw direction
    rci: float  # raw direction: positive means the score went up
    reliable: bool
    improved: bool
    deteriorated: bool
    cutoff: float | None
    crossed_cutoff: bool
    category: ChangeCategory
    method: str = "jacobson_truax_1991"


def _checked_total(instrument: Instrument, value: float, what: str) -> float:
    low, high = instrument.total_range or (0, 0)
    if not is_finite_number(value) or not low <= value <= high:
        msg = f"The {what} {instrument.name} score {value!r} is outside {low} to {high}."
        raise ScoreOutOfRangeError(msg)
    return value


@dataclass(frozen=True)
class _Basis:
    direction: Direction
    sd: float
    reliability: float
    cutoff: float | None


def _basis(instrument: Instrument, norms: ChangeNorms | None) -> _Basis:
    if instrument.direction is None or instrument.total_range is None:
        msg = f"{instrument.name} has no total score, so its change is not categorised."
        raise ChangeNotAvailableError(msg)
    chosen = norms or instrument.norms
    if chosen.sd is None or chosen.reliability is None:
        msg = f"{instrument.name} has no SD and reliability on file for reliable change."
        raise ChangeNotAvailableError(msg)
    return _Basis(
        instrument.direction, chosen.sd.value, chosen.reliability.value, chosen.clinical_cutoff()
    )


def classify_change(
    instrument_id: str, baseline: float, latest: float, *, norms: ChangeNorms | None = None
) -> ReliableChange:
    """Jacobson-Truax category for one client on one instrument.

    `norms` overrides the catalogue's (for example a service's own clinical sample).
    Raises `ChangeNotAvailableError` where the instrument has no total or no SD and r.
    """
    instrument = get_instrument(instrument_id)
    basis = _basis(instrument, norms)
    first = _checked_total(instrument, baseline, "baseline")
    last = _checked_total(instrument, latest, "latest")
    rci = reliable_change_index(first, last, basis.sd, basis.reliability)
    reliable = abs(rci) > RELIABLE_Z
    better = rci < 0 if basis.direction is Direction.LOWER_IS_BETTER else rci > 0
    cutoff, direction = basis.cutoff, basis.direction
    crossed = cutoff is not None and (
        not is_functional(first, cutoff, direction) and is_functional(last, cutoff, direction)
    )
    improved, deteriorated = reliable and better, reliable and not better
    return ReliableChange(
        instrument=instrument.id,
        baseline=first,
        latest=last,
        difference=last - first,
        rci=rci,
        reliable=reliable,
        improved=improved,
        deteriorated=deteriorated,
        cutoff=cutoff,
        crossed_cutoff=crossed,
        category=_category(improved, deteriorated, crossed),
    )


def classify_history(
    instrument_id: str, totals: Sequence[float], *, norms: ChangeNorms | None = None
) -> ReliableChange:
    """Category from the first (baseline) and latest of a client's totals, oldest first."""
    if len(totals) < 2:
        msg = "Change needs at least two scores: a baseline and a later one."
        raise ChangeNotAvailableError(msg)
    return classify_change(instrument_id, totals[0], totals[-1], norms=norms)


# --- NHS Talking Therapies -----------------------------------------------------------------


@dataclass(frozen=True)
class TalkingTherapiesRule:
    caseness: int  # a case when the score is at or above this
    reliable_change: int  # reliable when the score moves by at least this


TALKING_THERAPIES_RULES: Mapping[str, TalkingTherapiesRule] = {
    "phq9": TalkingTherapiesRule(caseness=10, reliable_change=6),
    "gad7": TalkingTherapiesRule(caseness=8, reliable_change=4),
}


@dataclass(frozen=True)
class TalkingTherapiesOutcome:
    measures: tuple[str, ...]
    case_at_start: bool
    reliable_improvement: bool
    reliable_deterioration: bool
    recovery: bool | None  # None: not a case at the start, so recovery does not apply
    reliable_recovery: bool | None
    category: ChangeCategory
    method: str = "nhs_talking_therapies"


def talking_therapies_outcome(
    scores: Mapping[str, tuple[int, int]],
) -> TalkingTherapiesOutcome:
    """NHS Talking Therapies outcome from {"phq9": (first, last), "gad7": (first, last)}.

    Give one measure for the single-measure rule or both for the paired rule: a case if
    either is at or above its cut-off at the start; reliable improvement if either
    improves reliably and neither deteriorates reliably (and the mirror image for
    deterioration); recovery if a case at the start and below both cut-offs at the end.
    """
    if not scores or set(scores) - set(TALKING_THERAPIES_RULES):
        msg = "NHS Talking Therapies rules take PHQ-9 and/or GAD-7 scores only."
        raise ChangeNotAvailableError(msg)
    better: list[bool] = []
    worse: list[bool] = []
    case_start: list[bool] = []
    case_end: list[bool] = []
    for instrument_id, (first, last) in sorted(scores.items()):
        instrument = get_instrument(instrument_id)
        rule = TALKING_THERAPIES_RULES[instrument_id]
        _checked_total(instrument, first, "baseline")
        _checked_total(instrument, last, "latest")
        better.append(first - last >= rule.reliable_change)
        worse.append(last - first >= rule.reliable_change)
        case_start.append(first >= rule.caseness)
        case_end.append(last >= rule.caseness)
    improved = any(better) and not any(worse)
    deteriorated = any(worse) and not any(better)
    case_at_start = any(case_start)
    recovery = (not any(case_end)) if case_at_start else None
    reliable_recovery = (recovery and improved) if recovery is not None else None
    return TalkingTherapiesOutcome(
        measures=tuple(sorted(scores)),
        case_at_start=case_at_start,
        reliable_improvement=improved,
        reliable_deterioration=deteriorated,
        recovery=recovery,
        reliable_recovery=reliable_recovery,
        category=_category(improved, deteriorated, bool(reliable_recovery)),
    )


def change_category(instrument_id: str, baseline: float, latest: float) -> ChangeCategory | None:
    """The category shown per client and instrument, or None where it cannot be computed.

    PHQ-9 and GAD-7 use the NHS Talking Therapies rules (the thresholds services report
    on); every other instrument uses Jacobson-Truax with the catalogue's norms.
    """
    if instrument_id in TALKING_THERAPIES_RULES:
        if not (isinstance(baseline, int) and isinstance(latest, int)):
            msg = f"{instrument_id} scores are whole numbers, got {baseline!r}, {latest!r}."
            raise ScoreOutOfRangeError(msg)
        return talking_therapies_outcome({instrument_id: (baseline, latest)}).category
    try:
        return classify_change(instrument_id, baseline, latest).category
    except ChangeNotAvailableError:
        return None

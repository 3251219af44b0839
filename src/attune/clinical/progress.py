"""Not on track: an expected-improvement curve for PHQ-9 with a tolerance band.

Pure Python, standard library only.

The idea (routine outcome monitoring)
    Compare a client's latest score with the score a client starting at the same baseline
    would be expected to have by now; alert the clinician when the latest score lies above
    the expected curve's tolerance band. This is the "not on track" alert of Lambert and
    colleagues' OQ-45 feedback system: expected recovery curves by intake severity, built
    with a mixed model on the log of session number, with tolerance intervals around them
    (Finch, Lambert & Schaalje 2001, Clinical Psychology & Psychotherapy 8:231-242);
    feedback to therapists about not-on-track clients improved their outcomes (Lambert et
    al. 2001, Psychotherapy Research 11:49-68; meta-analysis: Lambert et al. 2003, Clinical
    Psychology: Science and Practice 10:288-301). Delgadillo et al. (2018, Lancet
    Psychiatry 5:564-572) used expected-recovery curves for PHQ-9 and GAD-7 in NHS
    talking-therapy services to alert therapists to not-on-track cases.

What attune computes (attune's own assumptions, NOT a published or validated curve)
    weeks     = days since the first (baseline) PHQ-9, divided by 7 (fractional).
    floor     = min(baseline, 5). Five is where the PHQ-9's "mild" band begins (Kroenke,
                Spitzer & Williams 2001); attune assumes improvement levels off there.
    expected  = floor + (baseline - floor) * (1 - ln(1 + w) / ln(1 + 20)) for w < 20,
                and the floor from week 20 on: a log-linear decline in the spirit of
                Finch et al.'s log(session) model, reaching the floor by week 20 (the
                longest usual high-intensity course in NHS Talking Therapies is about 20
                sessions; attune assumes one session a week).
    band      = expected ± 6 points, clipped to 0-27. Six points is the PHQ-9 reliable-change
                threshold used by NHS Talking Therapies (also in attune.clinical.instruments
                .change), so a client is flagged only when their latest score is worse than
                expected by more than a reliable change.
    flag      = "not on track" when the latest score is ABOVE the upper edge of the band
                (a score exactly on the edge is still on track).

The curve's shape, floor, 20-week horizon and band width were chosen by attune, not fitted
to outcome data; they are parameters (`CurveParams`) so a service can replace them with
curves estimated from its own data, as Finch et al. did.

Limits, said plainly
    * No case-mix adjustment: the curve depends on the baseline score only (no diagnosis,
      chronicity, medication, social circumstances, therapist or service effects).
    * Early weeks are noisy: a single PHQ-9 moves by several points from week to week, and
      some people improve late (latent-class studies in NHS talking therapies found a group
      with little change until about session six). No judgement is made before
      `MIN_WEEKS` (one week after baseline), and an alert is a prompt to look, never a
      verdict on the client.
    * Needs at least two scores: a baseline and a later one.
    * The baseline is the first PHQ-9 ever given in attune, which may not be the start of
      the current episode of care.
    * Weeks are calendar weeks, not sessions attended.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

PHQ9_MAX = 27
MIN_WEEKS = 1.0


@dataclass(frozen=True)
class CurveParams:
    """The shape of the expected curve. The defaults are attune's assumptions (see above)."""

    floor: float = 5.0  # the score improvement is assumed to level off at
    horizon_weeks: float = 20.0  # week by which the floor is reached
    tolerance: float = 6.0  # half-width of the band (PHQ-9 reliable change, NHS TT)
    max_score: float = PHQ9_MAX

    def __post_init__(self) -> None:
        numbers = (self.floor, self.horizon_weeks, self.tolerance, self.max_score)
        if not all(math.isfinite(n) for n in numbers):
            msg = "Curve parameters must be finite numbers."
            raise ValueError(msg)
        if not 0 <= self.floor <= self.max_score:
            msg = f"The floor must be between 0 and {self.max_score}, got {self.floor}."
            raise ValueError(msg)
        if self.horizon_weeks <= 0 or self.tolerance < 0:
            msg = "The horizon must be positive and the tolerance not negative."
            raise ValueError(msg)


PHQ9_CURVE = CurveParams()


class Status(StrEnum):
    INSUFFICIENT = "insufficient"  # fewer than two scores
    TOO_EARLY = "too_early"  # latest score less than MIN_WEEKS after the baseline
    ON_TRACK = "on_track"
    NOT_ON_TRACK = "not_on_track"


@dataclass(frozen=True)
class ExpectedBand:
    weeks: float
    low: float
    expected: float
    high: float

    def contains(self, score: float) -> bool:
        return self.low <= score <= self.high


@dataclass(frozen=True)
class Progress:
    status: Status
    baseline: int | None
    baseline_day: date | None
    latest: int | None
    latest_day: date | None
    band: ExpectedBand | None  # at the latest score's week; None when fewer than 2 scores

    @property
    def above_band_by(self) -> float | None:
        if self.band is None or self.latest is None:
            return None
        return self.latest - self.band.high


def _check_score(value: float, params: CurveParams, what: str) -> float:
    if not math.isfinite(value) or not 0 <= value <= params.max_score:
        msg = f"The {what} score must be between 0 and {params.max_score:g}, got {value!r}."
        raise ValueError(msg)
    return float(value)


def _check_weeks(weeks: float) -> float:
    if not math.isfinite(weeks) or weeks < 0:
        msg = f"Weeks since the baseline must be 0 or more, got {weeks!r}."
        raise ValueError(msg)
    return float(weeks)


def expected_score(baseline: float, weeks: float, params: CurveParams = PHQ9_CURVE) -> float:
    """The expected score `weeks` after a baseline score: never rises, never below 0."""
    start = _check_score(baseline, params, "baseline")
    elapsed = _check_weeks(weeks)
    floor = min(start, params.floor)
    if elapsed >= params.horizon_weeks:
        return floor
    remaining = 1 - math.log1p(elapsed) / math.log1p(params.horizon_weeks)
    # max(): guards rounding; min(): the curve never climbs above its starting point.
    return min(start, max(floor, floor + (start - floor) * remaining))


def expected_band(baseline: float, weeks: float, params: CurveParams = PHQ9_CURVE) -> ExpectedBand:
    expected = expected_score(baseline, weeks, params)
    return ExpectedBand(
        weeks=_check_weeks(weeks),
        low=max(0.0, expected - params.tolerance),
        expected=expected,
        high=min(params.max_score, expected + params.tolerance),
    )


def trajectory(
    baseline: float, weeks: Sequence[float], params: CurveParams = PHQ9_CURVE
) -> list[ExpectedBand]:
    """The band at each of `weeks` (e.g. for drawing the curve beside the scores)."""
    return [expected_band(baseline, w, params) for w in weeks]


def weeks_between(first: date, later: date) -> float:
    return (later - first).days / 7


def assess(scores: Sequence[tuple[date, int]], params: CurveParams = PHQ9_CURVE) -> Progress:
    """Judge the latest of a client's scores against the curve from their first.

    `scores` are (day, total) pairs, oldest first; the first is the baseline and the last
    the latest (several on one day keep their given order).
    """
    for _day, total in scores:
        _check_score(total, params, "PHQ-9")
    if len(scores) < 2:
        only = scores[0] if scores else None
        return Progress(
            Status.INSUFFICIENT,
            only[1] if only else None,
            only[0] if only else None,
            only[1] if only else None,
            only[0] if only else None,
            None,
        )
    (first_day, baseline), (last_day, latest) = scores[0], scores[-1]
    if last_day < first_day:
        msg = "Scores must be given oldest first."
        raise ValueError(msg)
    weeks = weeks_between(first_day, last_day)
    band = expected_band(baseline, weeks, params)
    if weeks < MIN_WEEKS:
        status = Status.TOO_EARLY
    elif latest > band.high:
        status = Status.NOT_ON_TRACK
    else:
        status = Status.ON_TRACK
    return Progress(status, baseline, first_day, latest, last_day, band)

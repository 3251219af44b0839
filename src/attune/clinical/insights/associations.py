"""Within-person associations between lifestyle and mood/loneliness, same day and next day.

* Pairs: same day (x_t, y_t), and next day (x_t, y_{t+1}) using only consecutive calendar
  days — a gap never pairs Monday's sleep with Thursday's mood.
* Within-person centring: each value minus the person's own mean of that metric (over
  every day it was recorded). For one person this changes neither r nor the slope (OLS
  has an intercept); it keeps the numbers on the within-person scale so they can later be
  pooled across clients without mixing in between-person differences.
* Reported: Pearson r with a Fisher-z 95% CI, the OLS slope with a t-based 95% CI
  (n - 2 df), and n. Nothing is estimated below MIN_PAIRS (14): the result is marked
  insufficient with its n.
* Limitation — autocorrelation: daily mood and loneliness resemble the previous day, so
  pairs are not independent and the plain CIs can be too narrow (false "patterns"). Each
  estimate therefore also carries an effective n from lag-1 autocorrelations (Bartlett
  1935; see stats.py) and CIs based on it. The client-facing label speaks of a direction
  only when the *adjusted* CI of r excludes 0. With 40 predictor/outcome/lag pairs per
  client some will look "clear" by chance (about 1 in 20 at 95%); this is screening for a
  conversation with a clinician, not evidence, and every label says "association, not cause".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Literal

from . import wording
from .estimate import Estimate, estimate
from .model import OUTCOMES, PREDICTORS, DailyCheckin, Outcome, Predictor, daily_values
from .stats import lag1_autocorrelation, mean

MIN_PAIRS = 14
Lag = Literal[0, 1]
LAGS: tuple[Lag, ...] = (0, 1)


class Status(StrEnum):
    OK = "ok"
    INSUFFICIENT = "insufficient"  # fewer than MIN_PAIRS pairs
    NO_VARIATION = "no_variation"  # x or y constant over the pairs: r undefined


@dataclass(frozen=True)
class Association:
    predictor: Predictor
    outcome: Outcome
    lag: Lag  # 0: same day; 1: predictor on day t, outcome on day t + 1
    n: int
    status: Status
    estimate: Estimate | None  # only when status is OK
    predictor_mean: float | None  # the person's means used for centring
    outcome_mean: float | None
    label: str


def _label(
    predictor: Predictor, outcome: Outcome, lag: Lag, n: int, needed: int, result: Estimate | None
) -> str:
    parts = {
        "predictor": wording.PREDICTOR_NOUN[predictor],
        "predictor_cap": wording.PREDICTOR_NOUN[predictor].capitalize(),
        "outcome": wording.OUTCOME_NOUN[outcome],
        "timing": wording.TIMING_NEXT_DAY if lag else wording.TIMING_SAME_DAY,
    }
    if n < needed:
        template = wording.ASSOCIATION_WAITING_NEXT_DAY if lag else wording.ASSOCIATION_WAITING
        return template.format(needed=needed, n=n, **parts)
    if result is None:
        return wording.ASSOCIATION_FLAT.format(**parts)
    if not result.clear:
        return wording.ASSOCIATION_UNCLEAR.format(**parts)
    lead = (wording.NEXT_DAY_LEAD if lag else wording.SAME_DAY_LEAD)[predictor]
    direction = wording.HIGHER if result.r > 0 else wording.LOWER
    return wording.ASSOCIATION_CLEAR.format(
        lead=lead, outcome=parts["outcome"], direction=direction
    )


def paired_values(
    xs: dict[date, float], ys: dict[date, float], lag: Lag
) -> list[tuple[float, float]]:
    """(x on day t, y on day t + lag) for every day t where both were recorded."""
    shift = timedelta(days=lag)
    return [(x, ys[day + shift]) for day, x in xs.items() if day + shift in ys]


def association(
    checkins: Iterable[DailyCheckin],
    predictor: Predictor,
    outcome: Outcome,
    lag: Lag,
    *,
    min_pairs: int = MIN_PAIRS,
) -> Association:
    checkins = list(checkins)
    return _associate(
        daily_values(checkins, predictor),
        daily_values(checkins, outcome),
        predictor,
        outcome,
        lag,
        min_pairs,
    )


def _associate(
    xs: dict[date, float],
    ys: dict[date, float],
    predictor: Predictor,
    outcome: Outcome,
    lag: Lag,
    min_pairs: int = MIN_PAIRS,
) -> Association:
    if min_pairs < MIN_PAIRS:
        msg = f"min_pairs may be raised, never lowered below {MIN_PAIRS}; got {min_pairs}."
        raise ValueError(msg)
    pairs = paired_values(xs, ys, lag)
    n = len(pairs)
    x_mean = mean(list(xs.values())) if xs else None
    y_mean = mean(list(ys.values())) if ys else None
    if n < min_pairs or x_mean is None or y_mean is None:
        label = _label(predictor, outcome, lag, n, min_pairs, None)
        return Association(
            predictor, outcome, lag, n, Status.INSUFFICIENT, None, x_mean, y_mean, label
        )
    result = estimate(
        [x - x_mean for x, _ in pairs],
        [y - y_mean for _, y in pairs],
        rho_x=lag1_autocorrelation(xs),
        rho_y=lag1_autocorrelation(ys),
    )
    status = Status.OK if result is not None else Status.NO_VARIATION
    label = _label(predictor, outcome, lag, n, min_pairs, result)
    return Association(predictor, outcome, lag, n, status, result, x_mean, y_mean, label)


def associations(checkins: Iterable[DailyCheckin]) -> list[Association]:
    """Every predictor × outcome × lag (4 × 5 × 2 = 40), in a stable order."""
    checkins = list(checkins)
    predictors = {p: daily_values(checkins, p) for p in PREDICTORS}
    outcomes = {o: daily_values(checkins, o) for o in OUTCOMES}
    return [
        _associate(predictors[p], outcomes[o], p, o, lag)
        for lag in LAGS
        for p in PREDICTORS
        for o in OUTCOMES
    ]

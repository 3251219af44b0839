"""The few statistics the insights need, in the standard library only (no numpy/scipy).

* Student's t quantiles are computed, not approximated: the t CDF is the regularised
  incomplete beta function, P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2) (Abramowitz & Stegun
  1964, 26.7.1 with 26.5.27), evaluated with the continued fraction of Press et al.,
  Numerical Recipes, 3rd ed. (2007), §6.4 (modified Lentz), and inverted by bisection to
  ~1e-12. Non-integer df (from an effective sample size) work too.
* Correlation CIs use Fisher's z: z = atanh(r), SE = 1/sqrt(n - 3), CI = tanh(z ± z_.975 SE)
  (Fisher 1921). Its normal approximation assumes independent pairs.
* Slopes are ordinary least squares with an intercept; CI = b ± t_(.975, n-2) · SE(b),
  SE(b) = sqrt(SSE / (n - 2) / Sxx).
* Autocorrelation: daily series are autocorrelated (today's mood resembles yesterday's),
  so pairs are not independent and both CIs above can be too narrow. We offer Bartlett's
  (1935) large-sample correction for two AR(1) series, as written by Bretherton et al.
  (1999, J Climate 12:1990-2009, eq. 31): n_eff = n (1 - ρx ρy) / (1 + ρx ρy), with ρ the
  lag-1 autocorrelation of each series. We never let n_eff exceed n (a negative product
  would increase it), so the adjustment can only widen intervals. The adjusted Fisher CI
  uses SE = 1/sqrt(n_eff - 3); the adjusted slope CI inflates SE(b) by sqrt(n / n_eff)
  (the AR(1) variance-inflation factor) and uses t with n_eff - 2 df. ρ estimated from a
  short series is noisy, so this is a rough guard, not an exact fix.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from statistics import NormalDist
from typing import NamedTuple

CONFIDENCE = 0.95
_TINY = 1e-300
_EPS = 3e-16


class Interval(NamedTuple):
    low: float
    high: float

    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


def mean(values: Sequence[float]) -> float:
    return math.fsum(values) / len(values)


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Numerical Recipes betacf: the continued fraction of I_x(a, b), modified Lentz."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        for aa in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + aa / c
            c = c if abs(c) > _TINY else _TINY
            h *= d * c
        if abs(d * c - 1.0) < _EPS:
            break
    return h


def regularized_beta(x: float, a: float, b: float) -> float:
    """I_x(a, b), the regularised incomplete beta function."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    if df <= 0:
        msg = f"Degrees of freedom must be positive, got {df}."
        raise ValueError(msg)
    tail = 0.5 * regularized_beta(df / (df + t * t), df / 2.0, 0.5)
    return 1.0 - tail if t > 0 else tail


@lru_cache(maxsize=4096)
def t_quantile(p: float, df: float) -> float:
    """The p-quantile of Student's t with df degrees of freedom (0 < p < 1)."""
    if not 0.0 < p < 1.0:
        msg = f"p must be strictly between 0 and 1, got {p}."
        raise ValueError(msg)
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if p == 0.5:
        return 0.0
    low, high = 0.0, max(1.0, 2.0 * NormalDist().inv_cdf(p))
    while t_cdf(high, df) < p:
        low, high = high, high * 2.0
    while high - low > 1e-12 * max(1.0, high):
        middle = (low + high) / 2.0
        if t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2.0


def normal_quantile(p: float) -> float:
    return NormalDist().inv_cdf(p)


def fisher_interval(r: float, n: float, confidence: float = CONFIDENCE) -> Interval | None:
    """Fisher-z CI of a Pearson r from n (or an effective n) pairs; None when n <= 3."""
    if n <= 3:
        return None
    if abs(r) >= 1.0:
        return Interval(r, r)
    half = normal_quantile(0.5 + confidence / 2.0) / math.sqrt(n - 3.0)
    z = math.atanh(r)
    return Interval(math.tanh(z - half), math.tanh(z + half))


@dataclass(frozen=True)
class LineFit:
    """OLS of y on x with an intercept, and Pearson r of the same pairs."""

    n: int
    slope: float
    intercept: float
    slope_se: float
    r: float


def fit_line(xs: Sequence[float], ys: Sequence[float]) -> LineFit | None:
    """None when x or y does not vary (r and the slope are then undefined)."""
    n = len(xs)
    if n != len(ys):
        msg = f"x and y must pair up, got {n} and {len(ys)} values."
        raise ValueError(msg)
    if n < 3:
        msg = f"A line needs at least 3 pairs, got {n}."
        raise ValueError(msg)
    mx, my = mean(xs), mean(ys)
    dx = [x - mx for x in xs]
    dy = [y - my for y in ys]
    sxx = math.fsum(d * d for d in dx)
    syy = math.fsum(d * d for d in dy)
    sxy = math.fsum(a * b for a, b in zip(dx, dy, strict=True))
    if sxx <= 0.0 or syy <= 0.0:
        return None
    slope = sxy / sxx
    sse = max(0.0, syy - slope * sxy)
    r = max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))
    return LineFit(n, slope, my - slope * mx, math.sqrt(sse / (n - 2) / sxx), r)


def slope_interval(
    fit: LineFit, n_effective: float | None = None, confidence: float = CONFIDENCE
) -> Interval | None:
    """t-based CI of the slope; with n_effective, the AR(1)-adjusted one (None if n_eff <= 2)."""
    n_eff = float(fit.n) if n_effective is None else n_effective
    if n_eff <= 2:
        return None
    se = fit.slope_se * math.sqrt(fit.n / n_eff)
    half = t_quantile(0.5 + confidence / 2.0, n_eff - 2.0) * se
    return Interval(fit.slope - half, fit.slope + half)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    fit = fit_line(xs, ys)
    return None if fit is None else fit.r


def lag1_autocorrelation(values: Mapping[date, float]) -> float | None:
    """Pearson r of each value with the next calendar day's; None with < 3 such pairs."""
    pairs = [
        (v, values[d + timedelta(days=1)])
        for d, v in values.items()
        if d + timedelta(days=1) in values
    ]
    if len(pairs) < 3:
        return None
    return pearson([a for a, _ in pairs], [b for _, b in pairs])


def effective_n(n: int, rho_x: float | None, rho_y: float | None) -> float:
    """Bartlett (1935) / Bretherton et al. (1999) n_eff, capped at n; unknown ρ counts as 0."""
    product = (rho_x or 0.0) * (rho_y or 0.0)
    if product <= 0.0:
        return float(n)
    return n * (1.0 - product) / (1.0 + product)

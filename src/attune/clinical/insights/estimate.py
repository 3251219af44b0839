"""One within-person estimate: Pearson r and OLS slope, each with a 95% CI, plain and
adjusted for autocorrelation (see stats.py for the methods and their limits)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .stats import Interval, effective_n, fisher_interval, fit_line, slope_interval

MIN_PAIRS_FOR_CI = 4  # Fisher's SE is 1/sqrt(n - 3)


@dataclass(frozen=True)
class Estimate:
    n: int
    r: float
    r_ci: Interval
    slope: float  # outcome units per predictor unit
    slope_ci: Interval
    n_effective: float
    r_ci_adjusted: Interval | None  # None when n_effective is too small for any CI
    slope_ci_adjusted: Interval | None

    @property
    def clear(self) -> bool:
        """Whether client-facing words may describe a direction: the *adjusted* CI of r
        excludes 0. We use the conservative interval for anything a client reads."""
        return self.r_ci_adjusted is not None and self.r_ci_adjusted.excludes_zero()


def estimate(
    xs: Sequence[float],
    ys: Sequence[float],
    *,
    rho_x: float | None = None,
    rho_y: float | None = None,
) -> Estimate | None:
    """None when x or y does not vary. rho_*: lag-1 autocorrelations (None: unknown, 0)."""
    if len(xs) < MIN_PAIRS_FOR_CI:
        msg = f"An estimate with a CI needs at least {MIN_PAIRS_FOR_CI} pairs, got {len(xs)}."
        raise ValueError(msg)
    fit = fit_line(xs, ys)
    if fit is None:
        return None
    n_eff = effective_n(fit.n, rho_x, rho_y)
    r_ci = fisher_interval(fit.r, fit.n)
    slope_ci = slope_interval(fit)
    assert r_ci is not None and slope_ci is not None  # n >= 4
    return Estimate(
        n=fit.n,
        r=fit.r,
        r_ci=r_ci,
        slope=fit.slope,
        slope_ci=slope_ci,
        n_effective=n_eff,
        r_ci_adjusted=fisher_interval(fit.r, n_eff),
        slope_ci_adjusted=slope_interval(fit, n_eff),
    )

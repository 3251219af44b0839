"""The stdlib statistics against published tables and hand-worked examples."""

from __future__ import annotations

import math

import pytest

from attune.clinical.insights.stats import (
    effective_n,
    fisher_interval,
    fit_line,
    lag1_autocorrelation,
    regularized_beta,
    slope_interval,
    t_cdf,
    t_quantile,
)

from .support import day

Z_975 = 1.959963984540054


@pytest.mark.parametrize(
    ("p", "df", "table"),
    [  # two-sided 95% and 90%/99% critical values, standard t tables
        (0.975, 1, 12.706205),
        (0.975, 2, 4.302653),
        (0.975, 5, 2.570582),
        (0.975, 12, 2.178813),
        (0.975, 14, 2.144787),
        (0.975, 30, 2.042272),
        (0.975, 100, 1.983972),
        (0.95, 10, 1.812461),
        (0.995, 3, 5.840909),
    ],
)
def test_t_quantile_matches_published_tables(p: float, df: float, table: float) -> None:
    assert t_quantile(p, df) == pytest.approx(table, abs=1e-6)


def test_t_quantile_approaches_the_normal_and_is_symmetric() -> None:
    assert t_quantile(0.975, 1e7) == pytest.approx(Z_975, abs=1e-5)
    assert t_quantile(0.025, 12) == pytest.approx(-t_quantile(0.975, 12))
    assert t_cdf(t_quantile(0.975, 7.5), 7.5) == pytest.approx(0.975, abs=1e-10)


def test_regularized_beta_known_values() -> None:
    assert regularized_beta(0.3, 1, 1) == pytest.approx(0.3)
    assert regularized_beta(0.5, 4.5, 4.5) == pytest.approx(0.5)
    assert regularized_beta(0.2, 2, 1) == pytest.approx(0.04)  # x^a when b = 1


def test_fisher_interval_hand_worked() -> None:
    # r = .5, n = 28: z = atanh(.5) = .549306, SE = 1/5, CI = tanh(z ± 1.959964 * .2)
    interval = fisher_interval(0.5, 28)
    assert interval is not None
    low, high = interval
    assert low == pytest.approx(0.156028, abs=1e-6)
    assert high == pytest.approx(0.735818, abs=1e-6)
    assert fisher_interval(0.5, 3) is None
    assert fisher_interval(1.0, 10) == (1.0, 1.0)


# x = 1..16, y = x + 2e with e = (1, -1, -1, 1) repeated: e sums to 0 and is orthogonal
# to x, so the slope is exactly 1, Sxx = 16 * 255 / 12 = 340, SSE = 4 * 16 = 64 and
# r = sqrt(340 / 404). SE(b) = sqrt(64 / 14 / 340) = .115954; t(.975, 14) = 2.144787.
XS = [float(i) for i in range(1, 17)]
ES = [1.0, -1.0, -1.0, 1.0] * 4
YS = [x + 2 * e for x, e in zip(XS, ES, strict=True)]


def test_line_fit_hand_worked() -> None:
    fit = fit_line(XS, YS)
    assert fit is not None
    assert fit.slope == pytest.approx(1.0)
    assert fit.intercept == pytest.approx(0.0)
    assert fit.r == pytest.approx(math.sqrt(340 / 404))
    assert fit.slope_se == pytest.approx(0.115954, abs=1e-6)
    interval = slope_interval(fit)
    assert interval is not None
    low, high = interval
    assert low == pytest.approx(1 - 0.248697, abs=1e-6)
    assert high == pytest.approx(1 + 0.248697, abs=1e-6)


def test_adjusted_slope_interval_widens_by_sqrt_n_over_n_eff_with_fewer_df() -> None:
    fit = fit_line(XS, YS)
    assert fit is not None
    interval = slope_interval(fit, 8.0)
    assert interval is not None
    high = interval.high
    half = t_quantile(0.975, 6.0) * 0.115954 * math.sqrt(16 / 8)
    assert high - 1 == pytest.approx(half, abs=1e-5)
    assert slope_interval(fit, 2.0) is None


def test_line_fit_is_undefined_without_variation() -> None:
    assert fit_line([1.0, 1.0, 1.0, 1.0], [1.0, 2.0, 3.0, 4.0]) is None
    with pytest.raises(ValueError, match="at least 3"):
        fit_line([1.0, 2.0], [1.0, 2.0])


def test_lag1_autocorrelation_pairs_only_consecutive_days() -> None:
    alternating = {day(i): float(i % 2) for i in range(10)}
    assert lag1_autocorrelation(alternating) == pytest.approx(-1.0)
    # Days 0, 2, 4, ... have no next-day neighbour: nothing to pair.
    assert lag1_autocorrelation({day(2 * i): float(i) for i in range(10)}) is None


def test_effective_n_follows_bartlett_and_never_exceeds_n() -> None:
    assert effective_n(100, 0.5, 0.5) == pytest.approx(100 * 0.75 / 1.25)
    assert effective_n(100, 0.5, -0.5) == 100
    assert effective_n(100, None, 0.9) == 100

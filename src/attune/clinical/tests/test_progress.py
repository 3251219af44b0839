from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attune.clinical.progress import (
    MIN_WEEKS,
    PHQ9_CURVE,
    CurveParams,
    Status,
    assess,
    expected_band,
    expected_score,
    trajectory,
)

START = date(2026, 1, 5)
baselines = st.integers(min_value=0, max_value=27)
weeks = st.floats(min_value=0, max_value=200, allow_nan=False, allow_infinity=False)


def _scores(*pairs: tuple[int, int]) -> list[tuple[date, int]]:
    """(week, total) pairs into dated scores."""
    return [(START + timedelta(weeks=w), total) for w, total in pairs]


# --- the curve ------------------------------------------------------------------------------


@given(baselines, weeks, weeks)
def test_expected_score_never_increases_over_time(baseline: int, a: float, b: float) -> None:
    early, late = sorted((a, b))
    assert expected_score(baseline, late) <= expected_score(baseline, early)


@given(baselines, weeks)
def test_expected_score_is_never_below_zero_nor_above_the_baseline(baseline: int, w: float) -> None:
    assert 0 <= expected_score(baseline, w) <= baseline


@given(baselines, weeks)
def test_band_contains_the_expected_score_and_stays_in_range(baseline: int, w: float) -> None:
    band = expected_band(baseline, w)
    assert band.contains(band.expected)
    assert 0 <= band.low <= band.expected <= band.high <= 27


@given(
    st.floats(min_value=0, max_value=27),
    weeks,
    st.floats(min_value=0, max_value=27),
    st.floats(min_value=1, max_value=60),
    st.floats(min_value=0, max_value=10),
)
def test_properties_hold_for_any_sensible_parameters(
    baseline: float, w: float, floor: float, horizon: float, tolerance: float
) -> None:
    params = CurveParams(floor=floor, horizon_weeks=horizon, tolerance=tolerance)
    band = expected_band(baseline, w, params)
    assert 0 <= band.low <= band.expected <= band.high <= 27
    assert expected_score(baseline, w + 1, params) <= band.expected


@given(baselines, st.integers(min_value=0, max_value=27), st.integers(min_value=1, max_value=40))
def test_a_worse_latest_score_is_never_more_on_track(baseline: int, latest: int, w: int) -> None:
    worse = min(27, latest + 1)
    first = assess(_scores((0, baseline), (w, latest))).status
    second = assess(_scores((0, baseline), (w, worse))).status
    if first is Status.NOT_ON_TRACK:
        assert second is Status.NOT_ON_TRACK


def test_curve_starts_at_the_baseline_and_reaches_the_floor_by_the_horizon() -> None:
    assert expected_score(18, 0) == 18
    assert expected_score(18, PHQ9_CURVE.horizon_weeks) == PHQ9_CURVE.floor
    assert expected_score(18, 100) == PHQ9_CURVE.floor
    # A low baseline is not expected to fall further: the floor is min(baseline, 5).
    assert expected_score(3, 10) == 3


def test_worked_example_matches_the_documented_formula() -> None:
    # 5 + 13 * (1 - ln 7 / ln 21) at week 6 for a baseline of 18.
    band = expected_band(18, 6)
    assert band.expected == pytest.approx(9.6910, abs=1e-3)
    assert band.high == pytest.approx(15.6910, abs=1e-3)
    assert band.low == pytest.approx(3.6910, abs=1e-3)


def test_trajectory_gives_one_band_per_week() -> None:
    bands = trajectory(20, [0, 1, 2, 4, 8])
    assert [b.weeks for b in bands] == [0, 1, 2, 4, 8]
    assert [b.expected for b in bands] == sorted((b.expected for b in bands), reverse=True)


@pytest.mark.parametrize(
    ("baseline", "w"), [(-1, 1), (28, 1), (float("nan"), 1), (10, -1), (10, float("inf"))]
)
def test_out_of_range_inputs_are_refused(baseline: float, w: float) -> None:
    with pytest.raises(ValueError, match="must be"):
        expected_band(baseline, w)


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="floor"):
        CurveParams(floor=30)
    with pytest.raises(ValueError, match="horizon"):
        CurveParams(horizon_weeks=0)


# --- planted trajectories -------------------------------------------------------------------


def test_a_client_who_improves_as_expected_is_on_track() -> None:
    result = assess(_scores((0, 18), (2, 15), (4, 12), (8, 9)))
    assert result.status is Status.ON_TRACK
    assert result.baseline == 18 and result.latest == 9


def test_a_client_who_stays_stuck_is_not_on_track_after_some_weeks() -> None:
    stuck = assess(_scores((0, 18), (4, 18), (8, 17), (12, 17)))
    assert stuck.status is Status.NOT_ON_TRACK
    assert stuck.band is not None and stuck.latest is not None
    assert stuck.latest > stuck.band.high
    assert stuck.above_band_by is not None and stuck.above_band_by > 0


def test_a_client_who_gets_worse_is_not_on_track() -> None:
    assert assess(_scores((0, 12), (3, 20))).status is Status.NOT_ON_TRACK


def test_only_the_baseline_and_latest_count() -> None:
    # A bad patch in the middle does not flag a client who has since recovered.
    assert assess(_scores((0, 16), (3, 26), (6, 8))).status is Status.ON_TRACK


def test_exactly_on_the_upper_edge_is_still_on_track() -> None:
    params = CurveParams(floor=5, horizon_weeks=1, tolerance=6)
    # From week 1 on the expected score is the floor (5); the edge is 11.
    assert assess(_scores((0, 15), (2, 11)), params).status is Status.ON_TRACK
    assert assess(_scores((0, 15), (2, 12)), params).status is Status.NOT_ON_TRACK


def test_one_score_is_not_enough() -> None:
    result = assess(_scores((0, 20)))
    assert result.status is Status.INSUFFICIENT
    assert result.band is None and result.latest == 20
    assert assess([]).status is Status.INSUFFICIENT


def test_no_judgement_in_the_first_week() -> None:
    scores = [(START, 10), (START + timedelta(days=int(MIN_WEEKS * 7) - 1), 25)]
    assert assess(scores).status is Status.TOO_EARLY


def test_scores_must_be_oldest_first_and_in_range() -> None:
    with pytest.raises(ValueError, match="oldest first"):
        assess(_scores((3, 10), (0, 12)))
    with pytest.raises(ValueError, match="between 0 and 27"):
        assess(_scores((0, 10), (3, 30)))

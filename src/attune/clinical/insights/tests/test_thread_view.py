"""The thread view: sexual loneliness beside mood and PHQ-9, and how closely they move."""

from __future__ import annotations

import statistics

import pytest

from attune.clinical.insights import Closeness, synthetic_series, thread_view
from attune.clinical.insights import wording as w
from attune.clinical.insights.estimate import Estimate
from attune.clinical.insights.stats import Interval
from attune.clinical.insights.thread import closeness

from .support import MONDAY, checkin, day, known

PATTERN_A = [1, -1, -1, 1]  # orthogonal to PATTERN_B, both centred, barely autocorrelated
PATTERN_B = [1, 1, -1, -1]


def test_days_are_aligned_with_gaps_and_phq9_on_its_day() -> None:
    series = [checkin(0, mood=5, sexual_loneliness=7), checkin(2, mood=4)]
    view = thread_view(series, [(day(1), 12)])
    assert [(d.day, d.sexual_loneliness, d.mood, d.phq9) for d in view.days] == [
        (day(0), 7, 5, None),
        (day(1), None, None, 12),
        (day(2), None, 4, None),
    ]


def test_weekly_means_by_iso_week() -> None:
    series = [checkin(0, mood=4, sexual_loneliness=6), checkin(3, mood=6), checkin(8, mood=2)]
    view = thread_view(series, [(day(2), 10), (day(5), 14)])
    first, second = view.weeks
    assert (first.week_start, first.days_logged) == (day(0), 2)
    assert (first.mood_mean, first.sexual_loneliness_mean, first.phq9_mean) == (5.0, 6.0, 12.0)
    assert (second.week_start, second.mood_mean, second.sexual_loneliness_mean) == (
        day(7),
        2.0,
        None,
    )


def test_fewer_than_14_shared_days_waits_with_n() -> None:
    view = thread_view([checkin(i, mood=i % 5, sexual_loneliness=i % 3) for i in range(10)])
    assert (view.mood_link.closeness, view.mood_link.n, view.mood_link.estimate) == (
        Closeness.INSUFFICIENT,
        10,
        None,
    )
    assert view.mood_link.sentence == (
        "How your sexual loneliness and your mood move together appears once there are 14 "
        "points with both (10 so far)."
    )
    assert view.phq9_link is None


def test_mirror_image_series_move_together_in_opposite_directions() -> None:
    series = [
        checkin(
            i, mood=5 + 2 * PATTERN_A[i % 4], sexual_loneliness=5 - 2 * PATTERN_A[i % 4] + (i % 2)
        )
        for i in range(40)
    ]
    link = thread_view(series).mood_link
    assert known(link.estimate).r < -0.3
    assert link.closeness is Closeness.TOGETHER
    assert link.sentence == w.THREAD_TOGETHER_OPPOSITE.format(other="your mood")


def test_unrelated_series_move_fairly_independently() -> None:
    series = [
        checkin(i, mood=5 + PATTERN_A[i % 4], sexual_loneliness=5 + PATTERN_B[i % 4])
        for i in range(60)
    ]
    link = thread_view(series).mood_link
    assert known(link.estimate).r == pytest.approx(0.0, abs=1e-12)
    assert link.closeness is Closeness.INDEPENDENT
    assert link.sentence == (
        "Your sexual loneliness and your mood have moved fairly independently — sexual "
        "loneliness seems to be its own thread."
    )


def fake(r: float, low: float, high: float) -> Estimate:
    ci = Interval(low, high)
    return Estimate(30, r, ci, r, ci, 30.0, ci, ci)


@pytest.mark.parametrize(
    ("r", "low", "high", "expected"),
    [
        (0.45, 0.10, 0.70, Closeness.TOGETHER),
        (-0.30, -0.55, -0.02, Closeness.TOGETHER),
        (0.20, 0.02, 0.40, Closeness.A_LITTLE),
        (0.05, -0.20, 0.30, Closeness.INDEPENDENT),
        (0.25, -0.05, 0.49, Closeness.INDEPENDENT),
        (0.25, -0.10, 0.55, Closeness.UNCLEAR),
        (0.40, -0.05, 0.70, Closeness.UNCLEAR),
    ],
)
def test_closeness_thresholds(r: float, low: float, high: float, expected: Closeness) -> None:
    assert closeness(fake(r, low, high)) is expected


def test_phq9_is_matched_to_the_trailing_week_of_sexual_loneliness() -> None:
    series = [checkin(i, mood=5, sexual_loneliness=(i // 7) + (i % 2)) for i in range(35)]
    phq9 = [(day(6), 4), (day(13), 6), (day(20), 9), (day(27), 11), (day(42), 20)]
    link = thread_view(series, phq9).phq9_link
    assert link is not None
    assert link.n == 4  # days 36-42 hold no check-in: the PHQ-9 on day 42 is dropped
    # Days 0-6 average 3/7, days 7-13 1 + 4/7, days 14-20 2 + 3/7, days 21-27 3 + 4/7.
    expected = statistics.correlation([3 / 7, 1 + 4 / 7, 2 + 3 / 7, 3 + 4 / 7], [4, 6, 9, 11])
    assert known(link.estimate).r == pytest.approx(expected)
    assert known(link.estimate).n_effective == 4  # no autocorrelation adjustment for PHQ-9


def test_fewer_than_four_phq9_points_wait() -> None:
    series = [checkin(i, mood=5, sexual_loneliness=i % 4) for i in range(30)]
    link = thread_view(series, [(day(6), 4), (day(13), 6), (day(20), 9)]).phq9_link
    assert link is not None
    assert (link.closeness, link.n) == (Closeness.INSUFFICIENT, 3)


def test_range_limits_everything_including_the_links() -> None:
    series = [checkin(i, mood=i % 7, sexual_loneliness=i % 5) for i in range(30)]
    view = thread_view(series, [(day(25), 5)], start=day(0), end=day(9))
    assert len(view.days) == 10
    assert view.mood_link.n == 10
    assert view.phq9_link is None


def test_invalid_phq9_total_is_refused() -> None:
    with pytest.raises(ValueError, match="0–27"):
        thread_view([], [(day(0), 28)])


def test_synthetic_client_gets_a_complete_view() -> None:
    view = thread_view(
        synthetic_series(5, 120, MONDAY), [(day(7 * k), 10 + k % 3) for k in range(1, 15)]
    )
    assert len(view.days) == 120
    assert view.mood_link.n >= 14
    assert view.phq9_link is not None
    assert view.phq9_link.n >= 4

"""Which exercises help most: the mean change in distress, checked with known numbers."""

from __future__ import annotations

import pytest

from attune.exercises.change import ExerciseChange, Rated, mean_change_by_exercise


def test_mean_change_is_before_minus_after_per_exercise_with_n() -> None:
    sessions = [
        Rated("box-breathing", 7, 4),  # 3
        Rated("box-breathing", 6, 5),  # 1
        Rated("box-breathing", 8, 3),  # 5  -> mean 3.0 over 3
        Rated("body-scan", 5, 6),  # -1
        Rated("body-scan", 4, 4),  # 0   -> mean -0.5 over 2
        Rated("grounding-5-4-3-2-1", 9, 7),  # 2 -> mean 2.0 over 1
    ]
    result = mean_change_by_exercise(sessions)
    assert result == [
        ExerciseChange("box-breathing", 3, 3.0, 7.0, 4.0),
        ExerciseChange("grounding-5-4-3-2-1", 1, 2.0, 9.0, 7.0),
        ExerciseChange("body-scan", 2, -0.5, 4.5, 5.0),
    ]


def test_sessions_without_an_after_rating_do_not_count() -> None:
    sessions = [
        Rated("box-breathing", 7, None),  # stopped early, no after rating
        Rated("box-breathing", 6, 4),
        Rated("mindful-sensuality", 5, None),
    ]
    result = mean_change_by_exercise(sessions)
    assert [(r.exercise, r.n, r.mean_change) for r in result] == [("box-breathing", 1, 2.0)]


def test_no_rated_sessions_means_no_rows() -> None:
    assert mean_change_by_exercise([]) == []
    assert mean_change_by_exercise([Rated("body-scan", 3, None)]) == []


def test_ties_put_the_better_supported_exercise_first() -> None:
    result = mean_change_by_exercise(
        [
            Rated("extended-exhale", 5, 3),
            Rated("box-breathing", 5, 3),
            Rated("box-breathing", 6, 4),
        ]
    )
    assert [(r.exercise, r.n) for r in result] == [("box-breathing", 2), ("extended-exhale", 1)]


def test_fractional_means_are_exact() -> None:
    result = mean_change_by_exercise(
        [Rated("body-scan", 10, 9), Rated("body-scan", 10, 8), Rated("body-scan", 0, 0)]
    )
    assert result[0].mean_change == pytest.approx(1.0)
    assert result[0].mean_after == pytest.approx(17 / 3)

from __future__ import annotations

from datetime import datetime

from attune.clinical.triggers import TriggerPoint, patterns, time_of_day


def _point(hour: int, theme: str, company: str, before: int, after: int | None) -> TriggerPoint:
    return TriggerPoint(datetime(2026, 11, 20, hour, 30), theme, company, before, after)


def test_pause_effect_uses_only_moments_with_both_ratings() -> None:
    result = patterns(
        [
            _point(22, "betrayal", "alone", 80, 50),
            _point(23, "betrayal", "alone", 60, 40),
            _point(9, "body", "partner", 90, None),
        ]
    )
    assert result.pause is not None
    assert (result.pause.n, result.pause.mean_before, result.pause.mean_after) == (2, 70, 45)
    assert result.pause.mean_drop == 25


def test_counts_are_most_common_first_and_times_of_day_in_order() -> None:
    result = patterns(
        [
            _point(22, "betrayal", "alone", 80, None),
            _point(7, "betrayal", "online", 60, None),
            _point(13, "body", "alone", 90, None),
        ]
    )
    assert result.by_theme == [("betrayal", 2), ("body", 1)]
    assert result.by_company[0] == ("alone", 2)
    assert result.by_time_of_day == [("morning", 1), ("afternoon", 1), ("evening", 1)]
    assert result.pause is None


def test_no_moments_means_nothing_to_show() -> None:
    empty = patterns([])
    assert (empty.total, empty.by_theme, empty.pause) == (0, [], None)


def test_time_of_day_edges() -> None:
    assert [time_of_day(datetime(2026, 1, 1, h)) for h in (0, 5, 6, 12, 18, 23)] == [
        "night",
        "night",
        "morning",
        "afternoon",
        "evening",
        "evening",
    ]

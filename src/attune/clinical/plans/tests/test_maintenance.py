"""The maintenance rules: when a plan is ready for it, and when check-ins suggest a return."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from attune.clinical.plans import maintenance as m
from attune.clinical.plans.tests.support import plan_for

START = date(2025, 1, 1)


def daily(first: date, values: list[int]) -> list[m.Reading]:
    return [m.Reading(first + timedelta(days=i), v) for i, v in enumerate(values)]


def eight_weeks(early: int, recent: int) -> tuple[list[m.Reading], date]:
    """Four weeks of check-ins at `early`, then four at `recent`; returns the readings and today."""
    readings = daily(START, [early] * 28 + [recent] * 28)
    return readings, readings[-1].day


# --- PHQ-9: reliable improvement (Jacobson & Truax) ------------------------------------------


def test_a_seven_point_fall_on_the_phq9_is_a_reliable_improvement() -> None:
    lonely, today = eight_weeks(7, 4)
    ready = m.readiness([(START, 16), (today, 9)], lonely, today)
    assert ready.phq9_improved
    assert ready.ready


def test_a_six_point_fall_is_not_yet_reliable_so_not_ready() -> None:
    # Threshold 1.96 * sqrt(2) * 5.5 * sqrt(1 - 0.84) = 6.1 points.
    lonely, today = eight_weeks(7, 4)
    ready = m.readiness([(START, 16), (today, 10)], lonely, today)
    assert not ready.phq9_improved
    assert not ready.ready


def test_an_old_phq9_does_not_count_even_when_it_improved() -> None:
    lonely, today = eight_weeks(7, 4)
    stale = today - timedelta(days=m.PHQ9_MAX_AGE_DAYS + 1)
    ready = m.readiness([(START, 16), (stale, 5)], lonely, today)
    assert ready.phq9 is not None and ready.phq9.improved
    assert not ready.phq9_recent
    assert not ready.ready


def test_scores_may_come_in_any_order() -> None:
    lonely, today = eight_weeks(7, 4)
    assert m.readiness([(today, 9), (START, 16)], lonely, today).ready


def test_one_phq9_is_not_enough_to_judge() -> None:
    lonely, today = eight_weeks(7, 4)
    ready = m.readiness([(START, 16)], lonely, today)
    assert ready.phq9 is None
    assert not ready.ready


# --- sexual loneliness: lower and sustained ------------------------------------------------


def test_loneliness_two_points_lower_over_four_weeks_counts() -> None:
    lonely, today = eight_weeks(7, 5)
    trend = m.loneliness_trend(lonely, today)
    assert trend.early_mean == 7
    assert trend.recent_mean == 5
    assert trend.lower_sustained


def test_loneliness_just_under_two_points_lower_does_not_count() -> None:
    readings = daily(START, [7] * 28 + [5] * 27 + [6])
    trend = m.loneliness_trend(readings, readings[-1].day)
    assert trend.recent_mean == pytest.approx(5 + 1 / 28)
    assert not trend.lower_sustained


def test_reliable_phq9_alone_is_not_ready_without_lower_loneliness() -> None:
    lonely, today = eight_weeks(7, 7)
    ready = m.readiness([(START, 16), (today, 8)], lonely, today)
    assert ready.phq9_improved
    assert not ready.ready


def test_too_few_check_ins_in_a_window_is_not_enough() -> None:
    early = daily(START, [8] * 28)
    recent = [m.Reading(START + timedelta(days=40 + 4 * i), 2) for i in range(m.MIN_READINGS - 1)]
    today = recent[-1].day
    trend = m.loneliness_trend(early + recent, today)
    assert trend.recent_count == m.MIN_READINGS - 1
    assert not trend.lower_sustained


def test_overlapping_windows_do_not_count_as_sustained() -> None:
    # Six weeks of tracking: the first and last four weeks share two weeks.
    readings = daily(START, [8] * 14 + [3] * 28)
    trend = m.loneliness_trend(readings, readings[-1].day)
    assert not trend.lower_sustained


def test_no_loneliness_readings_gives_no_means() -> None:
    trend = m.loneliness_trend([], START)
    assert trend.early_mean is None and trend.recent_mean is None
    assert not trend.lower_sustained


# --- warning signs -----------------------------------------------------------------------


BASE = m.Baseline(mood=3.0, sexual_loneliness=8.0)
TODAY = date(2025, 6, 30)


def weekly(values: list[tuple[int | None, int | None]]) -> list[m.CheckinPoint]:
    """Weekly check-ins ending today, oldest first: (mood, sexual loneliness)."""
    n = len(values)
    return [
        m.CheckinPoint(TODAY - timedelta(weeks=n - 1 - i), mood, lonely)
        for i, (mood, lonely) in enumerate(values)
    ]


def test_three_of_four_check_ins_back_near_baseline_propose_a_return() -> None:
    signs = m.warning_signs(BASE, weekly([(7, 7), (6, 3), (4, 4), (7, 8)]), TODAY)
    assert signs.near_baseline == 3
    assert signs.propose_return


def test_two_hard_weeks_of_four_do_not_propose_a_return() -> None:
    signs = m.warning_signs(BASE, weekly([(7, 3), (4, 3), (7, 7), (7, 3)]), TODAY)
    assert signs.near_baseline == 2
    assert not signs.propose_return


def test_low_mood_alone_counts_as_near_baseline() -> None:
    assert m.near_baseline(m.CheckinPoint(TODAY, 4, None), BASE)
    assert not m.near_baseline(m.CheckinPoint(TODAY, 5, None), BASE)


def test_loneliness_one_point_under_baseline_counts_but_two_does_not() -> None:
    assert m.near_baseline(m.CheckinPoint(TODAY, None, 7), BASE)
    assert not m.near_baseline(m.CheckinPoint(TODAY, None, 6), BASE)


def test_old_check_ins_are_not_warning_signs_now() -> None:
    old = [replace(p, day=p.day - timedelta(days=60)) for p in weekly([(2, 9)] * 4)]
    signs = m.warning_signs(BASE, old, TODAY)
    assert signs.looked_at == 0
    assert not signs.propose_return


def test_only_the_last_four_check_ins_are_looked_at() -> None:
    points = weekly([(2, 9), (2, 9), (7, 3), (7, 3), (2, 9)])
    signs = m.warning_signs(BASE, points, TODAY)
    assert signs.looked_at == 4
    assert signs.near_baseline == 2


def test_a_warning_sign_the_person_named_proposes_a_return_for_two_weeks() -> None:
    calm = weekly([(7, 3)] * 4)
    assert m.warning_signs(BASE, calm, TODAY, named_sign_on=TODAY - timedelta(days=13)).named_sign
    later = m.warning_signs(BASE, calm, TODAY, named_sign_on=TODAY - timedelta(days=14))
    assert not later.propose_return


def test_baseline_is_the_mean_of_the_first_four_weeks() -> None:
    points = [
        m.CheckinPoint(START + timedelta(days=i), 2 if i < 28 else 8, 9 if i < 28 else 1)
        for i in range(56)
    ]
    assert m.baseline_of(points) == m.Baseline(mood=2.0, sexual_loneliness=9.0)


def test_no_baseline_means_no_warning_from_check_ins() -> None:
    empty = m.Baseline(None, None)
    assert not m.warning_signs(empty, weekly([(0, 10)] * 4), TODAY).propose_return


# --- the lighter routine --------------------------------------------------------------------


def test_keep_up_steps_are_done_steps_gentlest_first_and_not_paused() -> None:
    plan = plan_for("adult", "single")
    chosen = plan.steps[:5]
    plan = replace(plan, completed=tuple(s.id for s in chosen))
    kept = m.keep_up_steps(plan, paused=[chosen[0].id])
    assert len(kept) == m.KEEP_UP_STEPS
    assert chosen[0] not in kept
    assert all(s in chosen for s in kept)
    assert [s.difficulty for s in kept] == sorted(s.difficulty for s in kept)


def test_nothing_to_keep_up_before_any_step_is_done() -> None:
    assert m.keep_up_steps(plan_for("adult", "single")) == []


def test_steps_logged_done_are_kept_up_too() -> None:
    plan = plan_for("adult", "single")
    assert m.keep_up_steps(plan, done=[plan.steps[0].id]) == [plan.steps[0]]


def test_boosters_come_every_four_weeks_and_never_closer_than_a_week() -> None:
    assert m.next_booster(START) == START + timedelta(weeks=4)
    with pytest.raises(ValueError, match="at least a week"):
        m.next_booster(START, 0)

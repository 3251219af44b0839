from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import pytest

from attune.charts import HEAT_STEPS, calendar_heatmap, heat_step

from .svgtools import parse, tag, with_class

WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def heatmap(values: Mapping[date, float | None], month: date, **kwargs: object) -> str:
    options: dict[str, object] = {
        "month": month,
        "title": "Mood this month",
        "desc": "D",
        "low": 0,
        "high": 10,
        "legend_low": "Low",
        "legend_high": "High",
    }
    options.update(kwargs)
    return calendar_heatmap(values, **options)


@pytest.mark.parametrize(
    ("month", "cells", "weeks"),
    [
        (date(2021, 2, 1), 28, 4),  # 28 days starting on a Monday
        (date(2026, 2, 1), 28, 5),  # 28 days starting on a Sunday
        (date(2024, 2, 1), 29, 5),  # leap February, Thursday
        (date(2024, 4, 1), 30, 5),  # 30 days, Monday
        (date(2024, 9, 1), 30, 6),  # 30 days, Sunday
        (date(2025, 3, 1), 31, 6),  # 31 days, Saturday
        (date(2025, 12, 1), 31, 5),  # 31 days, Monday
        (date(2025, 5, 1), 31, 5),  # 31 days, Thursday
    ],
)
def test_one_cell_per_day_in_monday_first_weeks(month: date, cells: int, weeks: int) -> None:
    root = parse(heatmap({}, month, weekday_labels=WEEKDAYS))
    days = with_class(root, "chart-day")
    assert len(days) == cells
    numbers = [next(el for el in g if tag(el) == "text").text for g in days]
    assert numbers == [str(n) for n in range(1, cells + 1)]
    rects = [next(el for el in g if tag(el) == "rect") for g in days]
    xs = sorted({float(r.get("x", "")) for r in rects})
    ys = sorted({float(r.get("y", "")) for r in rects})
    assert len(xs) == 7 if cells > 7 else True
    assert len(ys) == weeks
    first_x = float(rects[0].get("x", ""))
    assert xs.index(first_x) == month.weekday()


def test_any_day_of_the_month_selects_that_month() -> None:
    assert heatmap({}, date(2025, 3, 17)) == heatmap({}, date(2025, 3, 1))


def test_days_without_values_are_outlined_not_coloured() -> None:
    month = date(2025, 3, 1)
    values: dict[date, float | None] = {month: 0.0, month + timedelta(days=1): None}
    root = parse(heatmap(values, month))
    empty = with_class(root, "chart-day-empty")
    assert len(empty) == 30
    for group in empty:
        rect = next(el for el in group if tag(el) == "rect")
        assert rect.get("fill") == "#ffffff"
        assert rect.get("stroke-dasharray")
        assert rect.get("fill") not in HEAT_STEPS


def test_each_day_has_a_hover_title_with_date_and_value() -> None:
    month = date(2025, 3, 1)
    root = parse(heatmap({date(2025, 3, 2): 7.25}, month, no_value="not logged"))
    titles = [
        next(el for el in g if tag(el) == "title").text for g in with_class(root, "chart-day")
    ]
    assert titles[0] == "2025-03-01 · not logged"
    assert titles[1] == "2025-03-02 · 7.2"


def test_value_colour_follows_five_equal_steps() -> None:
    month = date(2025, 3, 1)
    values = {month + timedelta(days=i): v for i, v in enumerate([0, 1.99, 2, 5, 7.9, 8, 10, 12])}
    root = parse(heatmap(values, month))
    fills = [
        next(el for el in g if tag(el) == "rect").get("fill") for g in with_class(root, "chart-day")
    ]
    steps = [HEAT_STEPS.index(f or "") for f in fills[:8]]
    assert steps == [0, 0, 1, 2, 3, 4, 4, 4]


def test_heat_step_clamps_out_of_range_values() -> None:
    assert heat_step(-3, 0, 10) == 0
    assert heat_step(99, 0, 10) == 4


def test_days_after_today_are_marked_future_even_with_values() -> None:
    month = date(2025, 3, 1)
    values = {month + timedelta(days=i): 5.0 for i in range(31)}
    root = parse(heatmap(values, month, today=date(2025, 3, 20)))
    assert len(with_class(root, "chart-day-future")) == 11
    assert len(with_class(root, "chart-day-empty")) == 0


def test_legend_shows_caller_labels_and_optional_empty_entry() -> None:
    root = parse(heatmap({}, date(2025, 3, 1), legend_empty="No check-in"))
    legend = with_class(root, "chart-legend")[0]
    assert [el.text for el in legend if tag(el) == "text"] == ["Low", "High", "No check-in"]
    swatches = [el.get("fill") for el in legend if tag(el) == "rect"]
    assert swatches[:5] == list(HEAT_STEPS)


def test_weekday_header_is_optional_and_must_have_seven_names() -> None:
    root = parse(heatmap({}, date(2025, 3, 1), weekday_labels=WEEKDAYS))
    header = with_class(root, "chart-weekdays")[0]
    assert [el.text for el in header] == WEEKDAYS
    assert with_class(parse(heatmap({}, date(2025, 3, 1))), "chart-weekdays") == []
    with pytest.raises(ValueError, match="seven"):
        heatmap({}, date(2025, 3, 1), weekday_labels=WEEKDAYS[:5])


def test_low_must_be_below_high() -> None:
    with pytest.raises(ValueError, match="low < high"):
        heatmap({}, date(2025, 3, 1), low=5, high=5)


def test_heatmap_is_deterministic_and_ignores_other_months() -> None:
    month = date(2025, 3, 1)
    values = {month + timedelta(days=i): i * 0.3 for i in range(31)}
    noisy = {**values, date(2025, 4, 2): 9.0}
    assert heatmap(values, month) == heatmap(dict(reversed(list(noisy.items()))), month)

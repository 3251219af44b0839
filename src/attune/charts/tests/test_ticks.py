from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from attune.charts import Series, line_chart
from attune.charts.ticks import date_ticks, iso_tick, value_ticks

from .svgtools import parse, tag, with_class


def x_labels(start: date, span_days: int, width: float = 640) -> list[str]:
    points = [(start + timedelta(days=i), 5.0) for i in range(span_days + 1)]
    root = parse(
        line_chart(
            [Series("m", points)], title="t", desc="d", y_min=0, y_max=10, no_data="-", width=width
        )
    )
    axis = with_class(root, "chart-x-axis")[0]
    return [el.text or "" for el in axis if tag(el) == "text"]


def test_a_week_gets_a_tick_per_day() -> None:
    assert x_labels(date(2025, 6, 2), 6) == [f"06-{d:02d}" for d in range(2, 9)]


def test_four_weeks_get_monday_ticks() -> None:
    labels = x_labels(date(2025, 3, 1), 27)  # a Saturday
    assert labels == ["03-03", "03-10", "03-17", "03-24"]


def test_a_year_gets_month_ticks_and_two_years_quarter_ticks() -> None:
    year = x_labels(date(2024, 1, 1), 365)
    assert year == ["2024-01", "2024-03", "2024-05", "2024-07", "2024-09", "2024-11"]
    two_years = x_labels(date(2023, 5, 17), 730)
    assert two_years[:2] == ["2023-07", "2023-10"]
    assert all(label[5:] in ("01", "04", "07", "10") for label in two_years)


@pytest.mark.parametrize("span", [6, 13, 27, 89, 180, 364, 729])
@pytest.mark.parametrize("width", [320, 640])
def test_tick_labels_never_collide(span: int, width: float) -> None:
    start = date(2024, 11, 13)
    end = start + timedelta(days=span)

    def x_of(day: date) -> float:
        return (day - start).days / span * (width - 80)

    def label_width(text: str) -> float:
        return len(text) * 8.0

    ticks = date_ticks(start, end, x_of=x_of, label_width=label_width, fmt=iso_tick)
    assert len(ticks) >= 2
    for (a, la), (b, lb) in itertools.pairwise(ticks):
        assert x_of(b) - x_of(a) >= (label_width(la) + label_width(lb)) / 2
    assert all(start <= day <= end for day, _ in ticks)


def test_localised_tick_formatter_is_used_with_the_tick_unit() -> None:
    seen: list[str] = []

    def fmt(day: date, unit: str) -> str:
        seen.append(unit)
        return f"{unit}:{day.day}"

    start = date(2025, 1, 1)
    ticks = date_ticks(start, start + timedelta(days=400), x_of=lambda d: (d - start).days * 1.5,
                       label_width=lambda t: 40.0, fmt=fmt)  # fmt: skip
    assert {label.split(":")[0] for _, label in ticks} == {"month"}


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 10, [0, 2, 4, 6, 8, 10]),
        (0, 27, [0, 5, 10, 15, 20, 25]),
        (0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (-3, 3, [-2, 0, 2]),
        (0, 100, [0, 20, 40, 60, 80, 100]),
    ],
)
def test_value_ticks_are_round_and_within_range(
    low: float, high: float, expected: list[float]
) -> None:
    assert value_ticks(low, high) == pytest.approx(expected)

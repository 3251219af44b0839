from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from attune.charts import Band, Marker, Series, line_chart

from .svgtools import parse, path_points, plot_box, tag, with_class

D0 = date(2025, 3, 3)


def days(n: int) -> list[date]:
    return [D0 + timedelta(days=i) for i in range(n)]


def chart(series: list[Series], **kwargs: object) -> str:
    options: dict[str, object] = {
        "title": "T",
        "desc": "D",
        "y_min": 0,
        "y_max": 10,
        "no_data": "Nothing here yet",
    }
    options.update(kwargs)
    return line_chart(series, **options)


def series_path(svg: str, index: int = 0) -> str:
    group = with_class(parse(svg), f"chart-series-{index}")[0]
    return next(el for el in group if tag(el) == "path").get("d", "")


def test_none_values_break_the_line_into_separate_runs() -> None:
    values = [1, 2, None, 4, 5, None, None, 8, 9]
    svg = chart([Series("mood", list(zip(days(9), values, strict=True)))])
    path = series_path(svg)
    assert path.count("M") == 3
    assert path.count("L") == 3  # 1-2, 4-5, 8-9: no segment bridges a gap


def test_missing_days_break_the_line_when_max_gap_days_is_set() -> None:
    points = [(d, 5.0) for i, d in enumerate(days(10)) if i not in (3, 4)]
    assert series_path(chart([Series("m", points)])).count("M") == 1
    assert series_path(chart([Series("m", points, max_gap_days=1)])).count("M") == 2


def test_an_isolated_point_is_still_visible_as_a_dot() -> None:
    points: list[tuple[date, float | None]] = [(d, 5.0) for d in days(60)]
    points[30] = (points[30][0], None)
    points[32] = (points[32][0], None)  # day 31 stands alone
    root = parse(chart([Series("m", points), Series("n", points[25:40])]))
    dots = [el for el in with_class(root, "chart-series-0")[0] if tag(el) != "path"]
    assert [tag(el) for el in dots] == ["circle"]
    # the second series' lone point keeps that series' own shape, not just its colour
    second = [el for el in with_class(root, "chart-series-1")[0] if tag(el) != "path"]
    assert [tag(el) for el in second] == ["rect"]


def test_values_outside_the_y_range_are_clipped_to_the_plot() -> None:
    points = list(zip(days(4), [-5.0, 3.0, 30.0, 10.0], strict=True))
    svg = chart([Series("m", points, marker="none")])
    left, right, top, bottom = plot_box(parse(svg))
    ys = [y for _, y in path_points(series_path(svg))]
    assert ys[0] == pytest.approx(bottom)
    assert ys[2] == pytest.approx(top)
    assert ys[3] == pytest.approx(top)
    xs = [x for x, _ in path_points(series_path(svg))]
    assert all(left <= x <= right for x in xs)


def test_point_tooltips_keep_the_real_unclipped_value() -> None:
    svg = chart([Series("mood", [(D0, 30.0), (D0 + timedelta(days=1), 2.0)], marker="circle")])
    assert "mood · 2025-03-03 · 30" in svg


def test_bands_are_drawn_inside_the_plot_and_clipped_to_the_y_range() -> None:
    bands = [Band(-5, 3, "low"), Band(3, 7, "mid"), Band(7, 40, "high"), Band(50, 60, "off")]
    svg = chart([Series("m", [(d, 5.0) for d in days(5)])], bands=bands)
    root = parse(svg)
    left, right, top, bottom = plot_box(root)
    rects = [el for el in with_class(root, "chart-bands")[0] if tag(el) == "rect"]
    assert len(rects) == 3  # the band entirely above y_max is not drawn
    for rect in rects:
        x, y = float(rect.get("x", "")), float(rect.get("y", ""))
        w, h = float(rect.get("width", "")), float(rect.get("height", ""))
        assert left <= x and x + w <= right + 0.01
        assert top - 0.01 <= y and y + h <= bottom + 0.01
    assert sum(float(r.get("height", "")) for r in rects) == pytest.approx(bottom - top, abs=0.2)
    assert "mid" in svg and "off" not in svg


def test_invalid_band_is_refused() -> None:
    with pytest.raises(ValueError, match="low must be less than high"):
        chart([], bands=[Band(5, 5, "flat")])


def test_empty_input_shows_the_callers_no_data_text() -> None:
    for series in ([], [Series("m", [])], [Series("m", [(D0, None)])]):
        root = parse(chart(series, no_data="Your first check-in will show here"))
        texts = with_class(root, "chart-no-data")
        assert [t.text for t in texts] == ["Your first check-in will show here"]


def test_a_chart_with_data_has_no_no_data_text() -> None:
    root = parse(chart([Series("m", [(D0, 1.0)])]))
    assert with_class(root, "chart-no-data") == []


def test_output_is_deterministic_and_ids_differ_between_charts() -> None:
    series = [Series("a", [(d, i * 0.333) for i, d in enumerate(days(40))])]
    first, second = chart(series), chart(series)
    assert first == second
    other = chart([Series("b", [(D0, 1.0)])])
    assert parse(first).get("id") != parse(other).get("id")


def test_coordinates_use_at_most_one_decimal() -> None:
    svg = chart([Series("a", [(d, i / 7) for i, d in enumerate(days(13))], marker="none")])
    for value in path_points(series_path(svg)):
        for number in value:
            assert round(number, 1) == number


def test_each_series_has_its_own_dash_pattern_and_marker_shape() -> None:
    points = [(d, 5.0) for d in days(10)]
    svg = chart([Series("a", points), Series("b", points), Series("c", points)])
    root = parse(svg)
    dashes, shapes = set(), set()
    for index in range(3):
        group = with_class(root, f"chart-series-{index}")[0]
        path = next(el for el in group if tag(el) == "path")
        dashes.add(path.get("stroke-dasharray"))
        marker = next(el for el in group if el is not path)
        shapes.add((tag(marker), marker.get("d", "")[:1]))
    assert len(dashes) == 3
    assert len(shapes) == 3


def test_auto_markers_are_left_off_dense_daily_series() -> None:
    group = with_class(parse(chart([Series("a", [(d, 5.0) for d in days(365)])])), "chart-series-0")
    assert [tag(el) for el in group[0]] == ["path"]


def test_legend_lists_series_and_each_marker_label_once() -> None:
    points = [(d, 5.0) for d in days(20)]
    marks = [
        Marker(D0 + timedelta(days=5), "Reliable improvement", value=5),
        Marker(D0 + timedelta(days=9), "Reliable improvement", value=5),
        Marker(D0 + timedelta(days=2), "Plan started"),
    ]
    root = parse(chart([Series("Mood", points)], markers=marks))
    legend = with_class(root, "chart-legend")[0]
    labels = [el.text for el in legend if tag(el) == "text"]
    assert labels == ["Mood", "Reliable improvement", "Plan started"]
    assert len(with_class(root, "chart-markers")[0]) == 2
    assert len([el for el in with_class(root, "chart-events")[0] if tag(el) == "line"]) == 1


def test_points_outside_an_explicit_date_range_are_left_out() -> None:
    points = [(d, 5.0) for d in days(30)]
    svg = chart(
        [Series("m", points, marker="none")],
        x_start=D0 + timedelta(days=10),
        x_end=D0 + timedelta(days=19),
    )
    assert len(path_points(series_path(svg))) == 10


def test_a_single_day_chart_renders_one_centred_point() -> None:
    svg = chart([Series("m", [(D0, 4.0)])])
    left, right, _, _ = plot_box(parse(svg))
    dot = with_class(parse(svg), "chart-series-0")[0][1]
    assert float(dot.get("cx", "")) == pytest.approx((left + right) / 2, abs=0.1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"y_min": 5, "y_max": 5}, "y_min must be less than y_max"),
        ({"y_max": float("nan")}, "finite"),
        ({"width": 50}, "width"),
        ({"x_start": date(2025, 2, 1), "x_end": date(2025, 1, 1)}, "before"),
    ],
)
def test_bad_arguments_get_a_specific_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        chart([], **kwargs)


def test_duplicate_days_in_a_series_are_refused() -> None:
    with pytest.raises(ValueError, match="two points on 2025-03-03"):
        chart([Series("m", [(D0, 1.0), (D0, 2.0)])])


def test_nan_values_are_gaps_not_errors() -> None:
    values = [1.0, float("nan"), 3.0]
    assert (
        series_path(chart([Series("m", list(zip(days(3), values, strict=True)))])).count("M") == 2
    )


def test_many_long_legend_labels_wrap_and_keep_the_plot_readable() -> None:
    points = [(d, 5.0) for d in days(10)]
    many = [Series(f"A rather long series label number {i}", points) for i in range(6)]
    root = parse(chart(many))
    _, _, top, bottom = plot_box(root)
    assert bottom - top >= 100


def test_an_empty_chart_with_a_date_range_still_shows_its_dates() -> None:
    root = parse(chart([], x_start=D0, x_end=D0 + timedelta(days=6)))
    axis = with_class(root, "chart-x-axis")[0]
    assert len([el for el in axis if tag(el) == "text"]) == 7
    assert with_class(root, "chart-no-data")


def test_the_same_data_at_two_sizes_gets_two_ids() -> None:
    series = [Series("m", [(D0, 1.0)])]
    narrow, wide = parse(chart(series, width=360)), parse(chart(series, width=640))
    assert narrow.get("id") != wide.get("id")


def test_output_is_byte_identical_across_processes() -> None:
    code = (
        "from datetime import date;"
        "from attune.charts import Series, Band, line_chart, calendar_heatmap;"
        "s=[Series('a',[(date(2025,1,d),d/3) for d in range(1,29)]),"
        "Series('b',[(date(2025,1,d),None if d%5==0 else 9-d/4) for d in range(1,29)])];"
        "print(line_chart(s,title='t',desc='d',y_min=0,y_max=10,no_data='-',"
        "bands=[Band(0,4,'x')]));"
        "print(calendar_heatmap({date(2025,1,d):d/3 for d in range(1,20)},month=date(2025,1,1),"
        "title='t',desc='d',low=0,high=10,legend_low='l',legend_high='h'))"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1

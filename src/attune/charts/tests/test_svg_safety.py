from __future__ import annotations

from datetime import date, timedelta

import pytest

from attune.charts import Band, Marker, Series, calendar_heatmap, line_chart
from attune.charts.svg import element, escape

from .svgtools import all_text, parse, tag

HOSTILE = '<script>alert("x")</script> & \'quotes\' "dq" onload=alert(1)'


def _hostile_line() -> str:
    days = [date(2025, 1, 1) + timedelta(days=i) for i in range(5)]
    return line_chart(
        [Series(HOSTILE, [(d, float(i)) for i, d in enumerate(days)], marker="circle")],
        title=HOSTILE,
        desc=HOSTILE,
        y_min=0,
        y_max=10,
        no_data=HOSTILE,
        y_label=HOSTILE,
        bands=[Band(0, 5, HOSTILE)],
        markers=[Marker(days[1], HOSTILE, value=1), Marker(days[2], HOSTILE + "!")],
        date_format=lambda d: HOSTILE,
        value_format=lambda v: HOSTILE,
        tick_format=lambda d, unit: HOSTILE[:6],
        chart_id='x" onload="alert(1)',
    )


def _hostile_calendar() -> str:
    return calendar_heatmap(
        {date(2025, 2, 3): 4.0},
        month=date(2025, 2, 1),
        title=HOSTILE,
        desc=HOSTILE,
        low=0,
        high=10,
        legend_low=HOSTILE,
        legend_high=HOSTILE,
        legend_empty=HOSTILE,
        weekday_labels=[HOSTILE] * 7,
        date_format=lambda d: HOSTILE,
        no_value=HOSTILE,
    )


@pytest.mark.parametrize("render", [_hostile_line, _hostile_calendar])
def test_hostile_labels_are_escaped_and_round_trip_as_text(render: object) -> None:
    assert callable(render)
    svg = render()
    root = parse(svg)  # well-formed despite the labels
    assert "<script" not in svg
    assert HOSTILE in all_text(root)


@pytest.mark.parametrize("render", [_hostile_line, _hostile_calendar])
def test_output_has_no_scripts_handlers_links_or_inline_styles(render: object) -> None:
    assert callable(render)
    svg = render()
    root = parse(svg)
    for el in root.iter():
        assert tag(el) in {"svg", "title", "desc", "g", "rect", "line", "path", "circle", "text"}
        for name in el.attrib:
            lowered = name.lower()
            assert not lowered.startswith("on"), name
            assert "href" not in lowered, name
            assert lowered != "style", name
    assert "style=" not in svg
    assert "<style" not in svg
    assert "url(" not in svg


def test_chart_id_is_reduced_to_safe_characters() -> None:
    root = parse(_hostile_line())
    assert root.get("id") == "x-onload-alert-1"


def test_control_characters_that_xml_forbids_are_dropped() -> None:
    assert escape("a\x00b\x07c\ud800d") == "abcd"
    svg = line_chart([], title="t\x01", desc="d\x1b", y_min=0, y_max=1, no_data="none\x0b")
    parse(svg)


def test_writer_refuses_event_handlers_styles_links_and_unknown_elements() -> None:
    for name in ("onclick", "onLoad", "style", "href", "xlink-href"):
        with pytest.raises(ValueError, match="refusing"):
            element("rect", {name: "x"})
    for name in ("script", "a", "use", "image", "foreignObject", "style"):
        with pytest.raises(ValueError, match="refusing"):
            element(name, {})


def test_accessible_root_names_itself_by_title_and_desc() -> None:
    root = parse(line_chart([], title="T", desc="D", y_min=0, y_max=1, no_data="none"))
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    assert root.get("viewBox", "").startswith("0 0 640 ")
    title_el, desc_el = root[0], root[1]
    assert (tag(title_el), title_el.text) == ("title", "T")
    assert (tag(desc_el), desc_el.text) == ("desc", "D")
    assert root.get("aria-labelledby") == f"{title_el.get('id')} {desc_el.get('id')}"

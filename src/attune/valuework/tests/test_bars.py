"""The bar chart follows attune.charts' conventions: accessible, escaped, deterministic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from attune.valuework.bars import BarRow, bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output, in tests


def _chart(**kwargs: object) -> str:
    rows = [
        BarRow("Family", (8, 6), "gap 2"),
        BarRow('<script>alert("x")</script> & friends', (9, None), "gap ?"),
    ]
    options: dict[str, object] = {
        "series": ["Importance", "Consistency"],
        "x_max": 10,
        "title": "Values & gaps",
        "desc": "Two bars per area.",
        "no_data": "Nothing yet",
    }
    options.update(kwargs)
    return bar_chart(rows, **options)


def test_chart_is_an_image_named_by_its_title_and_description() -> None:
    svg = _chart()
    root = _parse(svg)
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby", "").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}title").text == "Values & gaps"
    assert root.find(f"{SVG}desc").get("id") == desc_id


def test_caller_text_is_escaped_and_nothing_active_is_written() -> None:
    svg = _chart()
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert not re.search(r"\s(style|on\w+|href)=", svg)


def test_same_input_gives_the_same_bytes_and_different_input_a_different_id() -> None:
    assert _chart() == _chart()
    assert _parse(_chart()).get("id") != _parse(_chart(title="Other")).get("id")


def test_series_differ_by_fill_as_well_as_colour_and_values_are_written_as_text() -> None:
    root = _parse(_chart(chart_id="c"))
    bars = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert [b.find(f"{SVG}title").text for b in bars] == [
        "Family: Importance 8",
        "Family: Consistency 6",
        '<script>alert("x")</script> & friends: Importance 9',
    ]
    assert bars[0].get("stroke") is None and bars[1].get("fill") == "#ffffff"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"8", "6", "9", "—", "gap 2"} <= set(texts)


def test_no_rows_shows_the_callers_no_data_words() -> None:
    svg = bar_chart([], series=["Moments"], x_max=4, title="t", desc="d", no_data="No anchors yet")
    assert "No anchors yet" in svg


def test_rows_must_match_the_series() -> None:
    with pytest.raises(ValueError, match="one value per series"):
        bar_chart(
            [BarRow("x", (1,))], series=["a", "b"], x_max=10, title="t", desc="d", no_data="n"
        )

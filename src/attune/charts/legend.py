"""A wrapping legend: a line sample (colour, dash, marker shape) and its label per item."""

from __future__ import annotations

from dataclasses import dataclass

from . import palette
from .model import MarkerShape
from .shapes import shape
from .svg import element, escape, text_width

SAMPLE = 30.0
GAP_AFTER_SAMPLE = 6.0
GAP_BETWEEN = 18.0


@dataclass(frozen=True)
class LegendItem:
    label: str
    colour: str
    dash: str | None
    shape: MarkerShape | None
    ring: bool = False  # an annotation marker: outlined shape, no line
    rule: bool = False  # an event marker: short dashed vertical rule with its shape


def legend_rows(items: list[LegendItem], width: float, font: float) -> list[list[LegendItem]]:
    rows: list[list[LegendItem]] = []
    used = 0.0
    for item in items:
        needed = SAMPLE + GAP_AFTER_SAMPLE + text_width(item.label, font)
        if rows and used + needed <= width:
            rows[-1].append(item)
            used += needed + GAP_BETWEEN
        else:
            rows.append([item])
            used = needed + GAP_BETWEEN
    return rows


def render_legend(rows: list[list[LegendItem]], x0: float, y0: float, font: float) -> str:
    if not rows:
        return ""
    parts: list[str] = []
    row_height = font + 10
    for row_index, row in enumerate(rows):
        cy = y0 + row_index * row_height + row_height / 2
        x = x0
        for item in row:
            parts.append(_sample(item, x, cy))
            text_attrs = {"x": x + SAMPLE + GAP_AFTER_SAMPLE, "y": cy + font * 0.35}
            parts.append(element("text", {**text_attrs, "fill": palette.INK}, [escape(item.label)]))
            x += SAMPLE + GAP_AFTER_SAMPLE + text_width(item.label, font) + GAP_BETWEEN
    return element("g", {"class": "chart-legend", "font-size": font}, parts)


def _sample(item: LegendItem, x: float, cy: float) -> str:
    mid = x + SAMPLE / 2
    if item.rule:
        rule = {"x1": mid, "x2": mid, "y1": cy - 8, "y2": cy + 9, "stroke": item.colour}
        head = {"fill": palette.WHITE, "stroke": item.colour, "stroke-width": 1.5}
        return element("line", {**rule, "stroke-width": 1.5, "stroke-dasharray": "3 3"}) + shape(
            item.shape or "diamond", mid, cy - 3, 5, head
        )
    if item.ring:
        paint = {"fill": "none", "stroke": item.colour, "stroke-width": 2}
        return shape(item.shape or "diamond", mid, cy, 7, paint)
    line = {"x1": x, "x2": x + SAMPLE, "y1": cy, "y2": cy, "stroke": item.colour}
    paint = {"stroke-width": 2.5, "stroke-linecap": "round", "stroke-dasharray": item.dash}
    out = element("line", {**line, **paint})
    if item.shape is not None:
        dot = {"fill": item.colour, "stroke": palette.WHITE, "stroke-width": 1}
        out += shape(item.shape, mid, cy, 4.5, dot)
    return out

"""A horizontal bar chart in attune.charts' conventions (see that package's docstring).

`role="img"` with <title>/<desc> named by `aria-labelledby`; every caller text escaped by
attune.charts.svg; no scripts, styles or links; deterministic output; no words of its own.
Series differ by colour *and* by fill (solid, then outlined), and every bar carries its
number as text, so nothing depends on colour alone (WCAG 1.4.1). Pair it with a table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from attune.charts import palette
from attune.charts.model import plain_number
from attune.charts.svg import digest_id, element, escape, svg_root, text_width
from attune.charts.svg import title as tooltip

PAD = 8.0
BAR = 14.0
BAR_GAP = 4.0
ROW_GAP = 12.0
SWATCH = 14.0
TRACK = "#f1ebe3"


@dataclass(frozen=True)
class BarRow:
    label: str
    values: tuple[float | None, ...]  # one per series
    note: str = ""  # drawn at the right of the label, e.g. "gap 3"


def bar_chart(
    rows: Sequence[BarRow],
    *,
    series: Sequence[str],
    x_max: float,
    title: str,
    desc: str,
    no_data: str,
    width: float = 360,
    font_size: float = 14,
    value_format: Callable[[float], str] = plain_number,
    chart_id: str | None = None,
) -> str:
    if x_max <= 0 or not series:
        raise ValueError("x_max must be positive and at least one series given")
    for row in rows:
        if len(row.values) != len(series):
            raise ValueError(f"row {row.label!r} needs one value per series")
    cid = chart_id or digest_id(
        "bars", [title, desc, *series, *(f"{r.label}|{r.note}|{r.values}" for r in rows)]
    )
    legend, y = _legend(series, width, font_size)
    body = [legend]
    if not rows:
        body.append(_text(PAD, y + font_size, no_data, font_size, palette.MUTED))
        y += font_size + ROW_GAP
    for row in rows:
        part, y = _row(row, series, y, width, x_max, font_size, value_format)
        body.append(part)
    return svg_root(
        chart_id=cid,
        width=width,
        height=y + PAD,
        css_class="chart-svg chart-bar",
        title_text=title,
        desc_text=desc,
        body=body,
    )


def _paint(index: int) -> dict[str, object]:
    colour = palette.series_colour(index)
    if index % 2 == 0:
        return {"fill": colour}
    return {"fill": palette.WHITE, "stroke": colour, "stroke-width": 2}


def _text(x: float, y: float, text: str, font: float, fill: str, anchor: str = "start") -> str:
    attrs = {"x": x, "y": y, "fill": fill, "font-size": font, "text-anchor": anchor}
    return element("text", attrs, [escape(text)])


def _legend(series: Sequence[str], width: float, font: float) -> tuple[str, float]:
    parts: list[str] = []
    x, y = PAD, PAD
    line = font + 8
    for index, label in enumerate(series):
        needed = SWATCH + 6 + text_width(label, font)
        if x > PAD and x + needed > width - PAD:
            x, y = PAD, y + line
        box = {"x": x + 1, "y": y + (line - SWATCH) / 2, "width": SWATCH - 2, "height": SWATCH - 2}
        parts.append(element("rect", {**box, **_paint(index)}))
        parts.append(_text(x + SWATCH + 6, y + line / 2 + font * 0.35, label, font, palette.INK))
        x += needed + 18
    return element("g", {"class": "chart-legend"}, parts), y + line + ROW_GAP


def _row(
    row: BarRow,
    series: Sequence[str],
    y: float,
    width: float,
    x_max: float,
    font: float,
    value_format: Callable[[float], str],
) -> tuple[str, float]:
    parts = [_text(PAD, y + font, row.label, font, palette.INK)]
    if row.note:
        parts.append(_text(width - PAD, y + font, row.note, font, palette.MUTED, "end"))
    y += font + 6
    room = text_width(value_format(x_max), font) + 8
    plot = width - 2 * PAD - room
    for index, value in enumerate(row.values):
        track = {"x": PAD, "y": y, "width": plot, "height": BAR, "fill": TRACK, "rx": 2}
        parts.append(element("rect", track))
        if value is None:
            parts.append(_text(PAD + 4, y + BAR - 3, "—", font, palette.MUTED))
        else:
            length = max(0.0, min(value, x_max)) / x_max * plot
            label = f"{row.label}: {series[index]} {value_format(value)}"
            bar = {"x": PAD + 1, "y": y + 1, "width": max(length - 2, 0), "height": BAR - 2}
            parts.append(element("rect", {**bar, **_paint(index)}, [tooltip(label)]))
            parts.append(
                _text(PAD + length + 4, y + BAR - 2, value_format(value), font, palette.INK)
            )
        y += BAR + BAR_GAP
    group = element("g", {"class": f"chart-row chart-series-count-{len(series)}"}, parts)
    return group, y + ROW_GAP

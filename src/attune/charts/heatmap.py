"""One month as a calendar grid (Monday first), each day coloured by its value."""

from __future__ import annotations

import calendar
import math
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from . import palette
from .model import DateFormatter, ValueFormatter, as_day, finite_or_none, iso_date, plain_number
from .svg import digest_id, element, escape, safe_id, svg_root, text_width, title

CELL = 44.0
GAP = 4.0
PAD = 8.0
HEADER = 22.0
FONT = 15.0
SMALL = 13.0
SWATCH_HEIGHT = 16.0
STEPS = len(palette.HEAT_STEPS)


def heat_step(value: float, low: float, high: float) -> int:
    """0..4: the value's fifth of [low, high]; values outside are clamped to the ends."""
    share = min(1.0, max(0.0, (value - low) / (high - low)))
    return min(STEPS - 1, math.floor(share * STEPS))


def month_days(month: date) -> list[date]:
    first = as_day(month).replace(day=1)
    count = calendar.monthrange(first.year, first.month)[1]
    return [first + timedelta(days=i) for i in range(count)]


def calendar_heatmap(
    values: Mapping[date, float | None],
    *,
    month: date,
    title: str,
    desc: str,
    low: float,
    high: float,
    legend_low: str,
    legend_high: str,
    weekday_labels: Sequence[str] = (),
    legend_empty: str = "",
    today: date | None = None,
    date_format: DateFormatter = iso_date,
    value_format: ValueFormatter = plain_number,
    no_value: str = "—",
    chart_id: str | None = None,
) -> str:
    """An accessible SVG month grid.

    Days without a value are dashed outlines (not coloured as "bad"); days after `today`
    are faint outlines. `weekday_labels` are seven short names, Monday first (omit for no
    header row). `legend_empty`, when given, adds a legend entry for the dashed cell.
    """
    if finite_or_none(low) is None or finite_or_none(high) is None or not low < high:
        raise ValueError("low and high must be finite with low < high")
    if weekday_labels and len(weekday_labels) != 7:
        raise ValueError("weekday_labels needs seven names, Monday first")
    days = month_days(month)
    by_day = {as_day(k): finite_or_none(v) for k, v in values.items()}
    weeks = (days[0].weekday() + len(days) + 6) // 7
    grid_top = PAD + (HEADER if weekday_labels else 0)
    grid_width = 7 * CELL + 6 * GAP
    width = grid_width + 2 * PAD
    legend_top = grid_top + weeks * (CELL + GAP) + 10
    legend, legend_height = _legend(legend_top, grid_width, legend_low, legend_high, legend_empty)

    cells = [
        _cell(day, by_day.get(day), grid_top, low, high, today, date_format, value_format, no_value)
        for day in days
    ]
    body = [
        _header(weekday_labels),
        element("g", {"class": "chart-days"}, cells),
        legend,
    ]
    if chart_id:
        ident = safe_id(chart_id)
    else:
        labels = (legend_low, legend_high, legend_empty, tuple(weekday_labels), no_value)
        settings = (days[0], low, high, today, labels)
        ident = _auto_id(title, desc, settings, by_day)
    return svg_root(
        chart_id=ident,
        width=width,
        height=legend_top + legend_height + PAD,
        css_class="chart-svg chart-calendar",
        title_text=title,
        desc_text=desc,
        body=[part for part in body if part],
    )


def _header(labels: Sequence[str]) -> str:
    if not labels:
        return ""
    parts = []
    for column, label in enumerate(labels):
        attrs = {
            "x": PAD + column * (CELL + GAP) + CELL / 2,
            "y": PAD + SMALL,
            "text-anchor": "middle",
        }
        parts.append(element("text", {**attrs, "fill": palette.MUTED}, [escape(label)]))
    return element("g", {"class": "chart-weekdays", "font-size": SMALL}, parts)


def _cell(
    day: date,
    value: float | None,
    grid_top: float,
    low: float,
    high: float,
    today: date | None,
    date_format: DateFormatter,
    value_format: ValueFormatter,
    no_value: str,
) -> str:
    first = day.replace(day=1)
    slot = first.weekday() + day.day - 1
    x = PAD + (slot % 7) * (CELL + GAP)
    y = grid_top + (slot // 7) * (CELL + GAP)
    box = {"x": x + 0.5, "y": y + 0.5, "width": CELL - 1, "height": CELL - 1, "rx": 6}
    future = today is not None and day > as_day(today)
    if value is not None and not future:
        fill = palette.HEAT_STEPS[heat_step(value, low, high)]
        rect = element("rect", {**box, "fill": fill})
        ink, kind, tip = palette.ink_on(fill), "chart-day", value_format(value)
    elif future:
        paint = {"fill": "none", "stroke": palette.FUTURE_STROKE, "stroke-width": 1}
        rect = element("rect", {**box, **paint})
        ink, kind, tip = palette.MUTED, "chart-day chart-day-future", ""
    else:
        paint = {"fill": palette.WHITE, "stroke": palette.EMPTY_STROKE, "stroke-width": 1.5}
        rect = element("rect", {**box, **paint, "stroke-dasharray": "4 3"})
        ink, kind, tip = palette.MUTED, "chart-day chart-day-empty", no_value
    number_attrs = {"x": x + CELL / 2, "y": y + CELL / 2 + FONT * 0.35, "text-anchor": "middle"}
    number = element("text", {**number_attrs, "fill": ink}, [str(day.day)])
    tooltip = title(" · ".join(part for part in (date_format(day), tip) if part))
    return element("g", {"class": kind}, [tooltip, rect, number])


def _legend(
    top: float, width: float, low_text: str, high_text: str, empty_text: str
) -> tuple[str, float]:
    parts: list[str] = []
    step_width = width / STEPS
    for index, fill in enumerate(palette.HEAT_STEPS):
        box = {
            "x": PAD + index * step_width,
            "y": top,
            "width": step_width,
            "height": SWATCH_HEIGHT,
        }
        parts.append(element("rect", {**box, "fill": fill}))
    frame = {"x": PAD, "y": top, "width": width, "height": SWATCH_HEIGHT}
    parts.append(
        element("rect", {**frame, "fill": "none", "stroke": palette.AXIS, "stroke-width": 1})
    )
    line = top + SWATCH_HEIGHT + SMALL + 4
    overlap = text_width(low_text, SMALL) + text_width(high_text, SMALL) + 12 > width
    parts.append(_label(PAD, line, "start", low_text))
    if overlap:
        line += SMALL + 6
    parts.append(_label(PAD + width, line, "end", high_text))
    if empty_text:
        line += SMALL + 10
        box = {"x": PAD + 0.5, "y": line - SMALL + 1, "width": SMALL + 2, "height": SMALL + 2}
        paint = {"fill": palette.WHITE, "stroke": palette.EMPTY_STROKE, "stroke-width": 1.5}
        parts.append(element("rect", {**box, **paint, "rx": 3, "stroke-dasharray": "4 3"}))
        parts.append(_label(PAD + SMALL + 10, line, "start", empty_text))
    return element("g", {"class": "chart-legend", "font-size": SMALL}, parts), line + 4 - top


def _label(x: float, y: float, anchor: str, text: str) -> str:
    attrs = {"x": x, "y": y, "text-anchor": anchor, "fill": palette.INK}
    return element("text", attrs, [escape(text)])


def _auto_id(
    title_text: str,
    desc_text: str,
    settings: tuple[date, float, float, date | None, tuple[object, ...]],
    by_day: Mapping[date, float | None],
) -> str:
    first = settings[0]
    cells = sorted(
        (d, v) for d, v in by_day.items() if (d.year, d.month) == (first.year, first.month)
    )
    return digest_id("calendar", [title_text, desc_text, repr(settings), repr(cells)])

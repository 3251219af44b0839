"""Line chart over dates: checks the input, lays out margins and legend, stacks the layers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from . import layers, palette
from .layers import INNER_X, PAD
from .legend import LegendItem, legend_rows, render_legend
from .model import (
    Band,
    CleanSeries,
    DateFormatter,
    Marker,
    MarkerShape,
    Series,
    ValueFormatter,
    as_day,
    clean_series,
    finite_or_none,
    iso_date,
    plain_number,
)
from .svg import digest_id, safe_id, svg_root, text_width
from .ticks import TickFormatter, iso_tick, value_ticks

MIN_PLOT_HEIGHT = 100.0
AUTO_MARKER_SPACING = 12.0


def line_chart(
    series: Sequence[Series],
    *,
    title: str,
    desc: str,
    y_min: float,
    y_max: float,
    no_data: str,
    bands: Sequence[Band] = (),
    markers: Sequence[Marker] = (),
    x_start: date | None = None,
    x_end: date | None = None,
    width: float = 640,
    height: float = 260,
    y_label: str = "",
    y_ticks: Sequence[float] | None = None,
    tick_format: TickFormatter = iso_tick,
    date_format: DateFormatter = iso_date,
    value_format: ValueFormatter = plain_number,
    font_size: float = 14,
    chart_id: str | None = None,
) -> str:
    """An accessible SVG line chart (see the package docstring for the conventions).

    `title` and `desc` become <title>/<desc> and the accessible name; `no_data` is shown
    when no series has a value in range. Values outside [y_min, y_max] are drawn at the
    edge; point tooltips keep the real value.
    """
    _check_numbers(y_min, y_max, width, height, font_size)
    cleaned = [clean_series(item) for item in series]
    start, end = _domain(cleaned, markers, x_start, x_end)
    cleaned = [_within(item, start, end) for item in cleaned]
    marks = _clean_marks(markers, start, end)
    opts = layers.Options(font_size, date_format, value_format, tick_format)
    auto_ticks = value_ticks(y_min, y_max) if y_ticks is None else y_ticks
    ticks_y = sorted(t for t in auto_ticks if y_min <= t <= y_max)
    layout = _layout(
        cleaned, marks, (start, end), (y_min, y_max), ticks_y, y_label, width, height, opts
    )
    frame = layout.frame
    has_data = any(v is not None for item in cleaned for _, v in item.points)
    body = [
        layers.draw_bands(frame, bands, font_size),
        layers.draw_grid(frame, ticks_y, [value_format(t) for t in ticks_y], font_size),
        layers.draw_x_axis(frame, width, opts),
        layers.draw_events(frame, marks, opts),
        *(
            layers.draw_series(frame, item, item.slot(i), kind, opts)
            for i, (item, kind) in enumerate(zip(cleaned, layout.kinds, strict=True))
        ),
        layers.draw_rings(frame, marks, opts),
        layers.draw_y_label(frame, y_label, font_size),
        render_legend(layout.legend, PAD, PAD, font_size),
        "" if has_data else layers.draw_no_data(frame, no_data, font_size),
    ]
    if chart_id:
        ident = safe_id(chart_id)
    else:
        shape_of_chart = (width, layout.height, start, end, y_min, y_max, y_label, font_size)
        ident = _auto_id(title, desc, cleaned, bands, marks, shape_of_chart)
    return svg_root(
        chart_id=ident,
        width=width,
        height=layout.height,
        css_class="chart-svg chart-line",
        title_text=title,
        desc_text=desc,
        body=[part for part in body if part],
    )


@dataclass(frozen=True)
class _Layout:
    frame: layers.Frame
    height: float
    kinds: list[MarkerShape | None]
    legend: list[list[LegendItem]]


def _layout(
    series: list[CleanSeries],
    marks: list[Marker],
    x_range: tuple[date | None, date | None],
    y_range: tuple[float, float],
    ticks_y: list[float],
    y_label: str,
    width: float,
    height: float,
    opts: layers.Options,
) -> _Layout:
    """Margins fit the y tick labels, the optional y label and the wrapped legend; the
    chart grows taller rather than squeeze the plot below MIN_PLOT_HEIGHT."""
    font = opts.font
    y_text = max((text_width(opts.value_format(t), font) for t in ticks_y), default=0.0)
    left = PAD + (font + 8 if y_label else 0) + y_text + 8
    plot_width = width - PAD - 4 - left - 2 * INNER_X
    start, end = x_range
    kinds = [
        _marker_kind(item, item.slot(i), _spacing(item, start, end, plot_width))
        for i, item in enumerate(series)
    ]
    rows = legend_rows(_legend_items(series, kinds, marks), width - 2 * PAD, font)
    top = PAD + (len(rows) * (font + 10) + 8 if rows else font * 0.5)
    bottom_margin = font + 14
    height = max(height, top + MIN_PLOT_HEIGHT + bottom_margin)
    frame = layers.Frame(left, width - PAD - 4, top, height - bottom_margin, start, end, *y_range)
    return _Layout(frame, height, kinds, rows)


def _check_numbers(y_min: float, y_max: float, width: float, height: float, font: float) -> None:
    values = (y_min, y_max, width, height, font)
    if any(finite_or_none(v) is None for v in values):
        raise ValueError("y_min, y_max, width, height and font_size must be finite numbers")
    if not y_min < y_max:
        raise ValueError("y_min must be less than y_max")
    if width < 200 or height < 120 or font <= 0:
        raise ValueError("width must be at least 200, height at least 120, font_size positive")


def _domain(
    series: list[CleanSeries], markers: Sequence[Marker], x_start: date | None, x_end: date | None
) -> tuple[date | None, date | None]:
    days = [day for item in series for day, _ in item.points]
    days += [as_day(m.day) for m in markers]
    start = as_day(x_start) if x_start is not None else min(days, default=None)
    end = as_day(x_end) if x_end is not None else max(days, default=None)
    if start is not None and end is not None and end < start:
        raise ValueError("x_end is before x_start")
    if start is None or end is None:
        return (start or end, end or start)
    return start, end


def _clean_marks(markers: Sequence[Marker], start: date | None, end: date | None) -> list[Marker]:
    """Markers inside the date range, with dates as `date` and non-finite values as None."""
    if start is None or end is None:
        return []
    return [
        replace(m, day=as_day(m.day), value=finite_or_none(m.value))
        for m in markers
        if start <= as_day(m.day) <= end
    ]


def _within(item: CleanSeries, start: date | None, end: date | None) -> CleanSeries:
    if start is None or end is None:
        return item
    points = tuple(p for p in item.points if start <= p[0] <= end)
    return CleanSeries(item.label, points, item.marker, item.max_gap_days, item.style)


def _legend_items(
    series: list[CleanSeries], kinds: list[MarkerShape | None], marks: list[Marker]
) -> list[LegendItem]:
    items: list[LegendItem] = []
    for index, (item, kind) in enumerate(zip(series, kinds, strict=True)):
        if item.label:
            slot = item.slot(index)
            colour, dash = palette.series_colour(slot), palette.series_dash(slot)
            shown = kind or palette.series_shape(slot)  # lone points use it even without markers
            items.append(LegendItem(item.label, colour, dash, shown))
    seen: set[str] = set()
    for mark in marks:
        if mark.label in seen or not mark.label:
            continue
        seen.add(mark.label)
        event = mark.value is None
        items.append(
            LegendItem(
                mark.label, palette.INK, "3 3" if event else None, mark.shape, ring=True, rule=event
            )
        )
    return items


def _spacing(item: CleanSeries, start: date | None, end: date | None, plot_width: float) -> float:
    """Average horizontal distance between the series' points, to decide on markers."""
    present = [day for day, value in item.points if value is not None]
    if len(present) < 2 or start is None or end is None or end == start:
        return float("inf")
    share = (present[-1] - present[0]).days / (end - start).days
    return share * plot_width / (len(present) - 1)


def _marker_kind(item: CleanSeries, index: int, spacing: float) -> MarkerShape | None:
    if item.marker == "none":
        return None
    if item.marker == "auto":
        return palette.series_shape(index) if spacing >= AUTO_MARKER_SPACING else None
    return item.marker


def _auto_id(
    title_text: str,
    desc_text: str,
    series: list[CleanSeries],
    bands: Sequence[Band],
    marks: list[Marker],
    shape_of_chart: tuple[object, ...],
) -> str:
    parts = [title_text, desc_text, repr(shape_of_chart)]
    parts += [repr((s.label, s.points, s.marker, s.max_gap_days)) for s in series]
    parts += [repr(b) for b in bands] + [repr(m) for m in marks]
    return digest_id("chart", parts)

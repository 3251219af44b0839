"""The layers of a line chart, back to front: bands, grid, axes, events, series, rings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import palette
from .model import (
    Band,
    CleanSeries,
    DateFormatter,
    Marker,
    MarkerShape,
    ValueFormatter,
    as_day,
    finite_or_none,
)
from .shapes import shape
from .svg import element, escape, num, text_width, title
from .ticks import TickFormatter, date_ticks

PAD = 8.0
INNER_X = 10.0  # keeps the first and last day off the axes
LINE_WIDTH = 2.5


@dataclass(frozen=True)
class Frame:
    left: float
    right: float
    top: float
    bottom: float
    start: date | None
    end: date | None
    y_min: float
    y_max: float

    def x(self, day: date) -> float:
        if self.start is None or self.end is None or self.end == self.start:
            return (self.left + self.right) / 2
        share = (day - self.start).days / (self.end - self.start).days
        return self.left + INNER_X + share * (self.right - self.left - 2 * INNER_X)

    def y(self, value: float) -> float:
        clipped = min(self.y_max, max(self.y_min, value))
        share = (clipped - self.y_min) / (self.y_max - self.y_min)
        return self.bottom - share * (self.bottom - self.top)


@dataclass(frozen=True)
class Options:
    font: float
    date_format: DateFormatter
    value_format: ValueFormatter
    tick_format: TickFormatter


def draw_bands(frame: Frame, bands: Sequence[Band], font: float) -> str:
    ordered = sorted(bands, key=lambda band: (band.low, band.high))
    parts: list[str] = []
    label_font = font * 0.86
    for index, band in enumerate(ordered):
        if finite_or_none(band.low) is None or finite_or_none(band.high) is None:
            raise ValueError("band limits must be finite numbers")
        if not band.low < band.high:
            raise ValueError(f"band {band.label!r}: low must be less than high")
        low, high = max(band.low, frame.y_min), min(band.high, frame.y_max)
        if low >= high:
            continue
        top, bottom = frame.y(high), frame.y(low)
        fill = palette.band_fill(index, len(ordered))
        rect = {
            "x": frame.left,
            "y": top,
            "width": frame.right - frame.left,
            "height": bottom - top,
        }
        parts.append(element("rect", {**rect, "fill": fill}, [title(band.label)]))
        if band.label and bottom - top >= label_font + 2:
            text_attrs = {
                "x": frame.right - 6,
                "y": (top + bottom) / 2 + label_font * 0.35,
                "text-anchor": "end",
                "font-size": label_font,
                "fill": palette.MUTED,
            }
            parts.append(element("text", text_attrs, [escape(band.label)]))
    return element("g", {"class": "chart-bands"}, parts) if parts else ""


def draw_grid(frame: Frame, ticks: list[float], texts: list[str], font: float) -> str:
    parts: list[str] = []
    for value, text in zip(ticks, texts, strict=True):
        y = frame.y(value)
        line = {"x1": frame.left, "x2": frame.right, "y1": y, "y2": y}
        parts.append(element("line", {**line, "stroke": palette.GRID, "stroke-width": 1}))
        label = {
            "x": frame.left - 6,
            "y": y + font * 0.35,
            "text-anchor": "end",
            "fill": palette.MUTED,
        }
        parts.append(element("text", {**label, "font-size": font}, [escape(text)]))
    axis = {"x1": frame.left, "x2": frame.left, "y1": frame.top, "y2": frame.bottom}
    parts.append(element("line", {**axis, "stroke": palette.AXIS, "stroke-width": 1}))
    base = {"x1": frame.left, "x2": frame.right, "y1": frame.bottom, "y2": frame.bottom}
    parts.append(element("line", {**base, "stroke": palette.AXIS, "stroke-width": 1}))
    return element("g", {"class": "chart-axes"}, parts)


def draw_x_axis(frame: Frame, width: float, opts: Options) -> str:
    if frame.start is None or frame.end is None:
        return ""
    ticks = date_ticks(
        frame.start,
        frame.end,
        x_of=frame.x,
        label_width=lambda text: text_width(text, opts.font),
        fmt=opts.tick_format,
    )
    parts: list[str] = []
    for day, text in ticks:
        x = frame.x(day)
        tick = {"x1": x, "x2": x, "y1": frame.bottom, "y2": frame.bottom + 5}
        parts.append(element("line", {**tick, "stroke": palette.AXIS, "stroke-width": 1}))
        half = text_width(text, opts.font) / 2
        anchor, tx = "middle", x
        if x - half < 2:
            anchor, tx = "start", max(2.0, x - 4)
        elif x + half > width - 2:
            anchor, tx = "end", min(width - 2, x + 4)
        attrs = {"x": tx, "y": frame.bottom + opts.font + 6, "text-anchor": anchor}
        parts.append(
            element(
                "text", {**attrs, "font-size": opts.font, "fill": palette.MUTED}, [escape(text)]
            )
        )
    return element("g", {"class": "chart-x-axis"}, parts)


def _runs(item: CleanSeries) -> list[list[tuple[date, float]]]:
    runs: list[list[tuple[date, float]]] = []
    current: list[tuple[date, float]] = []
    for day, value in item.points:
        too_far = (
            current
            and item.max_gap_days is not None
            and (day - current[-1][0]).days > item.max_gap_days
        )
        if value is None or too_far:
            if current:
                runs.append(current)
            current = []
        if value is not None:
            current.append((day, value))
    if current:
        runs.append(current)
    return runs


def draw_series(
    frame: Frame, item: CleanSeries, index: int, kind: MarkerShape | None, opts: Options
) -> str:
    runs = _runs(item)
    if not runs:
        return ""
    colour = palette.series_colour(index)
    commands = []
    for run in runs:
        coords = [f"{num(frame.x(d))} {num(frame.y(v))}" for d, v in run]
        commands.append("M" + " L".join(coords))
    stroke = {
        "fill": "none",
        "stroke": colour,
        "stroke-width": LINE_WIDTH,
        "stroke-linejoin": "round",
        "stroke-linecap": "round",
        "stroke-dasharray": palette.series_dash(index),
    }
    parts = [element("path", {"d": " ".join(commands), **stroke})]
    for run in runs:
        for day, value in run:
            if kind is None and len(run) > 1:
                continue
            tip = title(_point_text(item.label, day, value, opts))
            paint = {"fill": colour, "stroke": palette.WHITE, "stroke-width": 1}
            parts.append(
                shape(
                    kind or palette.series_shape(index),
                    frame.x(day),
                    frame.y(value),
                    4.5,
                    paint,
                    [tip],
                )
            )
    return element("g", {"class": f"chart-series chart-series-{index}"}, parts)


def _point_text(label: str, day: date, value: float, opts: Options) -> str:
    parts = [label] if label else []
    parts += [opts.date_format(day), opts.value_format(value)]
    return " · ".join(parts)


def draw_events(frame: Frame, marks: list[Marker], opts: Options) -> str:
    parts: list[str] = []
    for mark in marks:
        if mark.value is not None:
            continue
        x = frame.x(as_day(mark.day))
        rule = {"x1": x, "x2": x, "y1": frame.top, "y2": frame.bottom}
        tip = title(" · ".join(p for p in (mark.label, opts.date_format(as_day(mark.day))) if p))
        paint = {"stroke": palette.INK, "stroke-width": 1.5, "stroke-dasharray": "3 3"}
        parts.append(element("line", {**rule, **paint}, [tip]))
        head = {"fill": palette.WHITE, "stroke": palette.INK, "stroke-width": 1.5}
        parts.append(shape(mark.shape, x, frame.top + 6, 5, head, [tip]))
    return element("g", {"class": "chart-events"}, parts) if parts else ""


def draw_rings(frame: Frame, marks: list[Marker], opts: Options) -> str:
    parts: list[str] = []
    for mark in marks:
        value = finite_or_none(mark.value)
        if value is None:
            continue
        day = as_day(mark.day)
        tip = title(
            " · ".join(
                p for p in (mark.label, opts.date_format(day), opts.value_format(value)) if p
            )
        )
        paint = {"fill": "none", "stroke": palette.INK, "stroke-width": 2}
        parts.append(shape(mark.shape, frame.x(day), frame.y(value), 9, paint, [tip]))
    return element("g", {"class": "chart-markers"}, parts) if parts else ""


def draw_y_label(frame: Frame, text: str, font: float) -> str:
    if not text:
        return ""
    x, y = PAD + font * 0.8, (frame.top + frame.bottom) / 2
    attrs = {
        "x": x,
        "y": y,
        "transform": f"rotate(-90 {num(x)} {num(y)})",
        "text-anchor": "middle",
        "font-size": font,
        "fill": palette.MUTED,
    }
    return element("text", {**attrs, "class": "chart-y-label"}, [escape(text)])


def draw_no_data(frame: Frame, text: str, font: float) -> str:
    attrs = {
        "x": (frame.left + frame.right) / 2,
        "y": (frame.top + frame.bottom) / 2 + font * 0.35,
        "text-anchor": "middle",
        "font-size": font * 1.1,
        "fill": palette.MUTED,
        "class": "chart-no-data",
    }
    return element("text", attrs, [escape(text)])

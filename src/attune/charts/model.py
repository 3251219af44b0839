"""Inputs to the charts: series of dated values, severity bands and event markers.

All labels are supplied by the caller (already translated); this package holds no
user-facing words of its own.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

MarkerShape = Literal["circle", "square", "triangle", "diamond", "cross"]
SeriesMarker = MarkerShape | Literal["auto", "none"]
DateFormatter = Callable[[date], str]
ValueFormatter = Callable[[float], str]

MARKER_SHAPES: tuple[MarkerShape, ...] = ("circle", "square", "triangle", "diamond", "cross")


@dataclass(frozen=True)
class Series:
    """One line. A `None` value is a gap: the line breaks there instead of joining across.

    marker: "auto" draws a shape on each point when points are far enough apart to read
    (the shape differs per series, so colour is never the only cue); "none" never does;
    a shape name always does.
    max_gap_days: if set, two present points further apart than this also break the line
    (daily check-ins pass 1, so an unlogged day is not bridged).
    style: the palette slot (colour, dash, shape) to draw with; by default the series'
    position. Give it when one measure must look the same on several charts.
    """

    label: str
    points: Sequence[tuple[date, float | None]]
    marker: SeriesMarker = "auto"
    max_gap_days: int | None = None
    style: int | None = None


@dataclass(frozen=True)
class Band:
    """A horizontal range [low, high] on the y axis, drawn as a pale strip with its label.

    For integer scores whose band is e.g. 5–9, pass low=5, high=10 (the next cut point)
    so adjacent bands meet without a seam.
    """

    low: float
    high: float
    label: str


@dataclass(frozen=True)
class Marker:
    """An annotation. With a value it rings that point (e.g. a reliable change);
    without one it is a dashed vertical rule across the plot (e.g. "plan started").
    Markers that share a label share one legend entry."""

    day: date
    label: str
    value: float | None = None
    shape: MarkerShape = "diamond"


@dataclass(frozen=True)
class CleanSeries:
    label: str
    points: tuple[tuple[date, float | None], ...]
    marker: SeriesMarker
    max_gap_days: int | None = field(default=None)
    style: int | None = field(default=None)

    def slot(self, index: int) -> int:
        """The palette slot: the declared style, else the series' position."""
        return index if self.style is None else self.style


def as_day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def finite_or_none(value: float | None) -> float | None:
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def clean_series(series: Series) -> CleanSeries:
    """Sort by day, turn NaN/inf into gaps, refuse duplicate days (ambiguous to draw)."""
    if series.marker not in (*MARKER_SHAPES, "auto", "none"):
        raise ValueError(f"unknown marker {series.marker!r}")
    if series.max_gap_days is not None and series.max_gap_days < 1:
        raise ValueError("max_gap_days must be at least 1")
    by_day: dict[date, float | None] = {}
    for day, value in series.points:
        key = as_day(day)
        if key in by_day:
            raise ValueError(f"series {series.label!r} has two points on {key.isoformat()}")
        by_day[key] = finite_or_none(value)
    points = tuple(sorted(by_day.items()))
    return CleanSeries(series.label, points, series.marker, series.max_gap_days, series.style)


def iso_date(day: date) -> str:
    return day.isoformat()


def plain_number(value: float, decimals: int = 1) -> str:
    """Fixed precision, trailing zeros dropped, never "-0": 5.0 -> "5", 2.25 -> "2.2"."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text

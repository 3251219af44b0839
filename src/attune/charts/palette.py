"""Colours, dash patterns and contrast arithmetic (WCAG 2.2 relative luminance).

Series colours are Okabe & Ito's (2008) colour-blind-safe hues, darkened where needed so
each line has at least 3:1 contrast against white and against every band tint (WCAG
1.4.11). Each series also gets its own dash pattern and marker shape (WCAG 1.4.1).
The heat-map uses ColorBrewer's YlGnBu 5-class sequential scheme (Brewer, 2002), rated
colour-blind safe, with day numbers in whichever ink reaches 4.5:1 on each step.
"""

from __future__ import annotations

from .model import MARKER_SHAPES, MarkerShape

SERIES_COLOURS: tuple[str, ...] = (
    "#005a8c",  # blue (Okabe-Ito #0072B2, darkened)
    "#a34400",  # vermillion (#D55E00, darkened)
    "#006b4f",  # bluish green (#009E73, darkened)
    "#8a3d73",  # reddish purple (#CC79A7, darkened)
    "#5c5c5c",  # neutral grey
    "#7a5a00",  # orange (#E69F00, darkened)
)
SERIES_DASHES: tuple[str | None, ...] = (None, "7 4", "2 3", "9 3 2 3", "4 4", "1 3")

BAND_FILLS: tuple[str, ...] = ("#f7f3ee", "#f1ebe3", "#ebe2d7", "#e5d9cb", "#dfd0bf")

# Step 4 is darkened from #2c7fb8 to #2a7ab1 so white day numbers reach 4.5:1.
HEAT_STEPS: tuple[str, ...] = ("#ffffcc", "#a1dab4", "#41b6c4", "#2a7ab1", "#253494")

WHITE = "#ffffff"
INK = "#2b2622"
MUTED = "#5e554d"
AXIS = "#8c8178"
GRID = "#e6dfd7"
EMPTY_STROKE = "#8c8178"
FUTURE_STROKE = "#d9cfc4"


def series_colour(index: int) -> str:
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def series_dash(index: int) -> str | None:
    return SERIES_DASHES[index % len(SERIES_DASHES)]


def series_shape(index: int) -> MarkerShape:
    return MARKER_SHAPES[index % len(MARKER_SHAPES)]


def band_fill(index: int, count: int) -> str:
    """Spread `count` bands over the tints, lightest first, so five bands use all five."""
    if count <= 1:
        return BAND_FILLS[0]
    step = (len(BAND_FILLS) - 1) / (count - 1)
    return BAND_FILLS[min(len(BAND_FILLS) - 1, round(index * step))]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    hex_digits = colour.lstrip("#")
    r, g, b = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ink_on(fill: str) -> str:
    """Dark ink where it reaches 4.5:1, otherwise white."""
    return INK if contrast(INK, fill) >= 4.5 else WHITE

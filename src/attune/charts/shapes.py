"""Marker shapes as plain SVG elements (no <defs>/<use>, so nothing is referenced)."""

from __future__ import annotations

from collections.abc import Iterable

from .model import MarkerShape
from .svg import Attrs, element, num


def shape(
    kind: MarkerShape,
    cx: float,
    cy: float,
    size: float,
    paint: Attrs,
    children: Iterable[str] = (),
) -> str:
    """A marker of roughly equal visual weight whatever its kind; `size` is its radius."""
    if kind == "circle":
        return element("circle", {"cx": cx, "cy": cy, "r": size * 0.9, **paint}, children)
    if kind == "square":
        side = size * 1.6
        attrs = {"x": cx - side / 2, "y": cy - side / 2, "width": side, "height": side}
        return element("rect", {**attrs, **paint}, children)
    return element("path", {"d": _path(kind, cx, cy, size), **paint}, children)


def _path(kind: MarkerShape, cx: float, cy: float, r: float) -> str:
    if kind == "triangle":
        points = [(cx, cy - r * 1.1), (cx + r, cy + r * 0.75), (cx - r, cy + r * 0.75)]
    elif kind == "diamond":
        points = [(cx, cy - r * 1.2), (cx + r * 1.2, cy), (cx, cy + r * 1.2), (cx - r * 1.2, cy)]
    else:  # cross: a plus sign with arms of width r*0.7
        a, w = r * 1.1, r * 0.38
        points = [
            (cx - w, cy - a), (cx + w, cy - a), (cx + w, cy - w), (cx + a, cy - w),
            (cx + a, cy + w), (cx + w, cy + w), (cx + w, cy + a), (cx - w, cy + a),
            (cx - w, cy + w), (cx - a, cy + w), (cx - a, cy - w), (cx - w, cy - w),
        ]  # fmt: skip
    return "M" + " L".join(f"{num(x)} {num(y)}" for x, y in points) + "Z"

"""Helpers for reading the charts' SVG output in tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output, in tests


def tag(element: ET.Element) -> str:
    return element.tag.removeprefix(NS)


def with_class(root: ET.Element, name: str) -> list[ET.Element]:
    return [el for el in root.iter() if name in (el.get("class") or "").split()]


def numbers(path_d: str) -> list[float]:
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path_d)]


def path_points(path_d: str) -> list[tuple[float, float]]:
    values = numbers(path_d)
    return list(zip(values[::2], values[1::2], strict=True))


def plot_box(root: ET.Element) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) of the plot, read from the axis lines."""
    axes = with_class(root, "chart-axes")[0]
    lines = [el for el in axes if tag(el) == "line"]
    y_axis, x_axis = lines[-2], lines[-1]
    return (
        float(x_axis.get("x1", "0")),
        float(x_axis.get("x2", "0")),
        float(y_axis.get("y1", "0")),
        float(y_axis.get("y2", "0")),
    )


def all_text(root: ET.Element) -> list[str]:
    return [el.text or "" for el in root.iter() if tag(el) in ("text", "title", "desc")]

"""A minimal, safe SVG writer: every attribute value and text node is escaped here.

Attribute names come only from this package and are checked, so no event handler,
`style` or `href` attribute can ever be written.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping

from .model import plain_number

# Characters XML 1.0 forbids (and lone surrogates, which cannot be encoded).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAFE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-]*$")
_FORBIDDEN_NAMES = ("style", "href")
_TAGS = frozenset({"svg", "title", "desc", "g", "rect", "line", "path", "circle", "text"})
_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]")

FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif'

AttrValue = str | int | float | None
Attrs = Mapping[str, object]  # values checked at runtime: str, int, float or None (skipped)


def escape(text: str) -> str:
    cleaned = _INVALID_XML.sub("", text)
    return (
        cleaned.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def num(value: float) -> str:
    """Coordinates: one decimal is finer than any screen needs and keeps output small."""
    return plain_number(value, 1)


def _attr(name: str, value: object) -> str:
    lowered = name.lower()
    forbidden = any(word in lowered for word in _FORBIDDEN_NAMES)
    if not _SAFE_NAME.match(name) or lowered.startswith("on") or forbidden:
        raise ValueError(f"refusing to write attribute {name!r}")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError(f"attribute {name!r} must be str or a number")
    text = num(value) if isinstance(value, int | float) else value
    return f' {name}="{escape(text)}"'


def element(tag: str, attrs: Attrs, children: Iterable[str] = ()) -> str:
    """Write one element. `children` must already be markup from this module."""
    if tag not in _TAGS:
        raise ValueError(f"refusing to write element {tag!r}")
    attr_text = "".join(_attr(k, v) for k, v in attrs.items() if v is not None)
    body = "".join(children)
    if not body:
        return f"<{tag}{attr_text}/>"
    return f"<{tag}{attr_text}>{body}</{tag}>"


def title(text: str) -> str:
    return element("title", {}, [escape(text)])


def safe_id(raw: str) -> str:
    cleaned = re.sub("-+", "-", _SAFE_ID.sub("-", raw)).strip("-")
    if not cleaned or not cleaned[0].isalpha():
        cleaned = "chart-" + cleaned
    return cleaned


def digest_id(prefix: str, parts: Iterable[str]) -> str:
    """A stable id from the chart's content, so the same input gives the same bytes and
    two different charts on one page do not share ids (aria-labelledby would break)."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\x1f")
    return f"{prefix}-{hasher.hexdigest()[:10]}"


def text_width(text: str, font_size: float) -> float:
    """Rough advance width for layout only (no font metrics on the server)."""
    width = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            width += 1.0
        elif char in "iljtf.,:;|!'() 1[]":
            width += 0.34
        elif char in "mwMW@%":
            width += 0.88
        elif char.isupper():
            width += 0.68
        else:
            width += 0.56
    return width * font_size


def svg_root(
    *,
    chart_id: str,
    width: float,
    height: float,
    css_class: str,
    title_text: str,
    desc_text: str,
    body: Iterable[str],
) -> str:
    title_id = f"{chart_id}-title"
    desc_id = f"{chart_id}-desc"
    head = [
        element("title", {"id": title_id}, [escape(title_text)]),
        element("desc", {"id": desc_id}, [escape(desc_text)]),
    ]
    attrs: dict[str, AttrValue] = {
        "xmlns": "http://www.w3.org/2000/svg",
        "id": chart_id,
        "class": css_class,
        "viewBox": f"0 0 {num(width)} {num(height)}",
        "width": "100%",
        "role": "img",
        "aria-labelledby": f"{title_id} {desc_id}",
        "font-family": FONT_FAMILY,
    }
    return element("svg", attrs, ["\n", *head, "\n", *body]) + "\n"

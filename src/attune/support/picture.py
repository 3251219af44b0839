"""The support circle: a server-rendered SVG of concentric rings with the person at the centre.

Drawn with ``attune.charts.svg``, which escapes every name and writes no scripts or links.
The picture is ``role="img"`` with a title and a description that names who is in each
ring; the page shows the same people in a table beside it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from attune.charts import svg
from attune.charts.palette import BAND_FILLS, INK, MUTED, SERIES_COLOURS, WHITE

from .models import Ring, SupportPerson

SIZE = 360
CENTRE = SIZE / 2
RING_RADIUS = {1: 78.0, 2: 128.0, 3: 176.0}  # outer edge of each ring
PLACE_RADIUS = {1: 54.0, 2: 104.0, 3: 153.0}  # where people in the ring sit
YOU_RADIUS = 26.0
LABEL_CHARS = 12
FONT = 11


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def _by_ring(persons: Sequence[SupportPerson]) -> dict[int, list[SupportPerson]]:
    rings: dict[int, list[SupportPerson]] = {ring: [] for ring in Ring.values}
    for person in persons:
        rings[person.ring].append(person)
    return rings


def description(persons: Sequence[SupportPerson], *, own: bool = True) -> str:
    parts = []
    for ring, members in _by_ring(persons).items():
        label = str(Ring(ring).label).lower()
        names = ", ".join(p.name for p in members)
        count = ngettext("%(n)s person", "%(n)s people", len(members)) % {"n": len(members)}
        parts.append(f"{label}: {count}" + (f" ({names})" if names else ""))
    centre = _("You are at the centre.") if own else _("The client is at the centre.")
    return f"{centre} " + "; ".join(parts) + "."


def draw(persons: Sequence[SupportPerson], *, own: bool = True) -> str:
    """The circle picture for these people (their ring order kept)."""
    body: list[str] = []
    for ring in sorted(RING_RADIUS, reverse=True):
        body.append(
            svg.element(
                "circle",
                {
                    "cx": CENTRE,
                    "cy": CENTRE,
                    "r": RING_RADIUS[ring],
                    "fill": BAND_FILLS[ring - 1],
                    "stroke": MUTED,
                    "stroke-width": 1,
                },
            )
        )
        body.append(
            svg.element(
                "text",
                {
                    "x": CENTRE,
                    "y": CENTRE - RING_RADIUS[ring] + 13,
                    "text-anchor": "middle",
                    "font-size": 10,
                    "fill": MUTED,
                },
                [svg.escape(str(Ring(ring).label))],
            )
        )
    body.append(
        svg.element(
            "circle", {"cx": CENTRE, "cy": CENTRE, "r": YOU_RADIUS, "fill": SERIES_COLOURS[0]}
        )
    )
    body.append(
        svg.element(
            "text",
            {
                "x": CENTRE,
                "y": CENTRE + 4,
                "text-anchor": "middle",
                "font-size": 12,
                "font-weight": "bold",
                "fill": WHITE,
            },
            [svg.escape(_("You") if own else _("Client"))],
        )
    )
    for ring, members in _by_ring(persons).items():
        count = len(members)
        for index, person in enumerate(members):
            # Evenly round the ring, starting off the top where the ring's name sits.
            angle = math.radians(-90 + (index + 0.5) * 360 / count + ring * 11)
            x = CENTRE + PLACE_RADIUS[ring] * math.cos(angle)
            y = CENTRE + PLACE_RADIUS[ring] * math.sin(angle)
            body.append(
                svg.element(
                    "g",
                    {"class": "support-person"},
                    [
                        svg.element(
                            "circle",
                            {
                                "cx": x,
                                "cy": y,
                                "r": 6,
                                "fill": SERIES_COLOURS[ring],
                                "stroke": WHITE,
                                "stroke-width": 1.5,
                            },
                        ),
                        svg.element(
                            "text",
                            {
                                "x": x,
                                "y": y + 17,
                                "text-anchor": "middle",
                                "font-size": FONT,
                                "fill": INK,
                            },
                            [svg.escape(_short(person.name))],
                        ),
                    ],
                )
            )
    chart_id = svg.digest_id(
        "support-circle", [f"{p.pk}:{p.ring}:{p.name}" for p in persons] or ["empty"]
    )
    title = _("Your support circle") if own else _("The client's support circle")
    return svg.svg_root(
        chart_id=chart_id,
        width=SIZE,
        height=SIZE,
        css_class="support-circle",
        title_text=title,
        desc_text=description(persons, own=own),
        body=body,
    )

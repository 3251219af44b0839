"""What the values pages show: the gap chart, the history chart, anchor counts, in words.

Charts are accessible SVG (attune.charts conventions) with a table beside each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from attune.charts import Series, chart_table_rows, line_chart
from attune.core.html import trusted_svg

from .bars import BarRow, bar_chart
from .models import DOMAINS, SHORT_NAMES, Anchor, Domain, ValuesRating

PHONE_WIDTH = 360
BIGGEST_GAPS_SHOWN = 3


def _long(day: date) -> str:
    return date_format(day, "l j F Y")


def _short(day: date) -> str:
    return date_format(day, "j M")


def _safe(svg: str) -> SafeString:
    return trusted_svg(svg)


def _signed(number: float) -> str:
    text = f"{number:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text.replace("-", "−")


@dataclass(frozen=True)
class AreaRow:
    domain: str
    name: str
    short: str
    importance: int
    consistency: int
    gap: int

    @property
    def gap_text(self) -> str:
        return _signed(self.gap)


def area_rows(rating: ValuesRating) -> list[AreaRow]:
    return [
        AreaRow(
            domain=d,
            name=str(Domain(d).label),
            short=str(SHORT_NAMES[d]),
            importance=rating.importance(d),
            consistency=rating.consistency(d),
            gap=rating.gap(d),
        )
        for d in DOMAINS
    ]


def biggest_gaps(rows: list[AreaRow]) -> list[AreaRow]:
    """Areas lived less than they matter, biggest gap first (ties: the more important first)."""
    positive = [r for r in rows if r.gap > 0]
    positive.sort(key=lambda r: (-r.gap, -r.importance, DOMAINS.index(r.domain)))
    return positive[:BIGGEST_GAPS_SHOWN]


def gap_view(rating: ValuesRating | None, *, chart_id: str = "values-gap") -> dict[str, Any]:
    if rating is None:
        return {"rating": None}
    rows = area_rows(rating)
    series = [_("Importance"), _("Consistency, past week")]
    svg = bar_chart(
        [
            BarRow(
                row.short,
                (row.importance, row.consistency),
                _("gap %(gap)s") % {"gap": row.gap_text},
            )
            for row in rows
        ],
        series=series,
        x_max=10,
        title=_("Importance and consistency on %(day)s") % {"day": _long(rating.day)},
        desc=_(
            "For each of ten areas of life, two bars from 1 to 10: how important the area is "
            "(solid) and how consistently it was lived in the past week (outlined). The gap "
            "is importance minus consistency."
        ),
        no_data=_("Nothing to show yet"),
        width=PHONE_WIDTH,
        chart_id=chart_id,
    )
    return {"rating": rating, "svg": _safe(svg), "rows": rows, "biggest": biggest_gaps(rows)}


def history_view(
    ratings: list[ValuesRating], domain: str | None, *, chart_id: str = "values-history"
) -> dict[str, Any]:
    """Importance and consistency over time, for one area or averaged over the ten."""
    ordered = sorted(ratings, key=lambda r: r.day)

    def value(rating: ValuesRating, kind: str) -> float:
        if domain:
            return float(getattr(rating, f"{domain}_{kind}"))
        return sum(int(getattr(rating, f"{d}_{kind}")) for d in DOMAINS) / len(DOMAINS)

    series = [
        Series(_("Importance"), [(r.day, value(r, "importance")) for r in ordered]),
        Series(_("Consistency"), [(r.day, value(r, "consistency")) for r in ordered]),
    ]
    what = str(Domain(domain).label) if domain else _("average of the ten areas")
    svg = line_chart(
        series,
        title=_("Your ratings over time: %(what)s") % {"what": what},
        desc=_(
            "Importance and past-week consistency, from 1 to 10, on each day you rated your values."
        ),
        y_min=1,
        y_max=10,
        y_ticks=[1, 4, 7, 10],
        no_data=_("Nothing to show yet"),
        width=PHONE_WIDTH,
        tick_format=lambda day, unit: _short(day),
        date_format=_long,
        chart_id=chart_id,
    )
    return {
        "svg": _safe(svg),
        "headers": [s.label for s in series],
        "rows": list(reversed(chart_table_rows(series, date_format=_long))),
        "what": what,
        "domain": domain or "",
        "count": len(ordered),
    }


def domain_choices() -> list[tuple[str, str]]:
    return [(d, str(Domain(d).label)) for d in DOMAINS]


def anchors_view(
    counts: list[tuple[Anchor, int]], *, chart_id: str = "anchor-counts"
) -> dict[str, Any]:
    rows = [(anchor, n) for anchor, n in counts]
    top = max([n for _a, n in rows] + [4])
    svg = bar_chart(
        [BarRow(anchor.label, (n,)) for anchor, n in rows],
        series=[_("Moments in the last 4 weeks")],
        x_max=top,
        title=_("Anchors of connection, last 4 weeks"),
        desc=_("How many moments you noted for each anchor in the last 28 days."),
        no_data=_("No anchors yet"),
        width=PHONE_WIDTH,
        value_format=lambda v: str(int(v)),
        chart_id=chart_id,
    )
    return {"svg": _safe(svg), "rows": rows}

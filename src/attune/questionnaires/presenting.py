"""Scores in plain, translated words, change since last time, and the chart over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from attune.charts import Band, Series, chart_table_rows, line_chart
from attune.clinical.instruments import Direction, Instrument, get_instrument
from attune.clinical.instruments.change import ChangeCategory, change_category
from attune.core.html import trusted_svg

from .models import Administration

# What each instrument is about, in a client's words.
MEASURES: dict[str, str] = {
    "phq9": gettext_noop("depression symptoms"),
    "phq2": gettext_noop("a quick depression screen"),
    "gad7": gettext_noop("anxiety symptoms"),
    "who5": gettext_noop("wellbeing"),
    "ucla3": gettext_noop("loneliness"),
    "djg6": gettext_noop("emotional and social loneliness"),
    "asex": gettext_noop("difficulties with sexual function"),
    "csi4": gettext_noop("satisfaction with your relationship"),
    "scs_sf": gettext_noop("self-compassion"),
    "vq": gettext_noop("living by your values"),
}
BAND_LABELS: dict[str, str] = {
    "minimal": gettext_noop("minimal"),
    "mild": gettext_noop("mild"),
    "moderate": gettext_noop("moderate"),
    "moderately_severe": gettext_noop("moderately severe"),
    "severe": gettext_noop("severe"),
    "negative": gettext_noop("below the screening cut-off"),
    "positive": gettext_noop("at or above the screening cut-off"),
    "likely_depression": gettext_noop("low wellbeing; worth talking over with a professional"),
    "poor_wellbeing": gettext_noop("lower wellbeing"),
    "adequate": gettext_noop("good wellbeing"),
    "not_lonely": gettext_noop("not lonely"),
    "lonely": gettext_noop("lonely"),
    "moderately_lonely": gettext_noop("moderately lonely"),
    "severely_lonely": gettext_noop("very lonely"),
    "no_dysfunction": gettext_noop("no sexual difficulty by this scale's rule"),
    "dysfunction": gettext_noop("sexual difficulty by this scale's rule"),
    "dissatisfied": gettext_noop("below the satisfaction cut-off"),
    "satisfied": gettext_noop("satisfied"),
    "low": gettext_noop("low"),
    "high": gettext_noop("high"),
}
CHANGE_WORDS = {
    ChangeCategory.RECOVERED: gettext_lazy(
        "recovered: a reliable improvement, now below the cut-off"
    ),
    ChangeCategory.RELIABLY_IMPROVED: gettext_lazy("reliably improved"),
    ChangeCategory.NO_RELIABLE_CHANGE: gettext_lazy("no reliable change yet"),
    ChangeCategory.RELIABLY_DETERIORATED: gettext_lazy("a reliable change for the worse"),
}


@dataclass(frozen=True)
class ChangeView:
    previous: Administration
    difference: float
    category: ChangeCategory | None
    words: str


def measures(instrument_id: str) -> str:
    return _(MEASURES[instrument_id])


def band_label(band: str) -> str:
    return _(BAND_LABELS[band]) if band in BAND_LABELS else band


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def score_sentence(record: Administration) -> str:
    instrument = get_instrument(record.instrument)
    values = {
        "name": instrument.name,
        "total": number(record.total),
        "band": band_label(record.band),
        "measures": measures(record.instrument),
    }
    if record.total is not None and instrument.total_range is not None:
        values["low"], values["high"] = (number(v) for v in instrument.total_range)
        if record.band:
            return (
                _(
                    "Your %(name)s score is %(total)s (possible range %(low)s–%(high)s), "
                    "in the range described as %(band)s. It looks at %(measures)s."
                )
                % values
            )
        return _("Your %(name)s score is %(total)s (possible range %(low)s–%(high)s).") % values
    if record.band:
        return _("Your %(name)s result: %(band)s. It looks at %(measures)s.") % values
    return _("Thank you. Your %(name)s answers are saved. It looks at %(measures)s.") % values


def direction_sentence(instrument: Instrument) -> str:
    if instrument.direction is Direction.LOWER_IS_BETTER:
        return _("On this questionnaire a lower score means things are easier.")
    if instrument.direction is Direction.HIGHER_IS_BETTER:
        return _("On this questionnaire a higher score means things are better.")
    return ""


def change_since(previous: Administration | None, latest: Administration) -> ChangeView | None:
    if previous is None or previous.total is None or latest.total is None:
        return None
    category = change_category(
        latest.instrument,
        previous.total_number,  # type: ignore[arg-type]
        latest.total_number,  # type: ignore[arg-type]
    )
    words = str(CHANGE_WORDS[category]) if category else _("change cannot be judged reliably here")
    return ChangeView(previous, latest.total - previous.total, category, words)


def history_chart(instrument_id: str, records: list[Administration]) -> dict[str, Any]:
    """Totals over time with the instrument's bands drawn behind them, and the table."""
    instrument = get_instrument(instrument_id)
    by_day: dict[date, float | None] = {}  # the day's last answer when there are several
    for record in records:
        if record.submitted_on and record.total is not None:
            by_day[record.submitted_on] = record.total
    points = sorted(by_day.items())
    if instrument.total_range is None or instrument.band_basis != "total":
        low, high = (0.0, max([v for _d, v in points if v is not None] or [1.0]))
        bands: list[Band] = []
    else:
        low, high = (float(v) for v in instrument.total_range)
        drawn = [b for b in instrument.bands if b.lower is not None and b.upper is not None]
        # Adjacent integer bands meet at the next band's lower limit, without a seam.
        bands = [
            Band(b.lower, nxt.lower if nxt and nxt.lower is not None else b.upper, band_label(b.id))  # type: ignore[arg-type]
            for b, nxt in zip(drawn, [*drawn[1:], None], strict=True)
        ]
    series = [Series(instrument.name, points)]
    svg = line_chart(
        series,
        title=_("%(name)s over time") % {"name": instrument.name},
        desc=_("Each point is one time you answered; shaded bands show the score ranges."),
        y_min=low,
        y_max=high,
        bands=bands,
        no_data=_("Nothing to show yet"),
        width=360,
        tick_format=lambda day, unit: date_format(day, "j M"),
        date_format=lambda day: date_format(day, "j F Y"),
        chart_id=f"history-{instrument_id}",
    )
    return {
        "svg": _safe(svg),
        "headers": [instrument.name],
        "rows": chart_table_rows(series, date_format=lambda day: date_format(day, "j F Y")),
    }


def _safe(svg: str) -> SafeString:
    return trusted_svg(svg)

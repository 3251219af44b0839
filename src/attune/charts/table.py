"""Rows for the <table> alternative to a chart: the same numbers, as text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from .heatmap import month_days
from .model import (
    DateFormatter,
    Series,
    ValueFormatter,
    as_day,
    clean_series,
    finite_or_none,
    iso_date,
    plain_number,
)

MISSING = "—"


def chart_table_rows(
    series: Sequence[Series],
    *,
    date_format: DateFormatter = iso_date,
    value_format: ValueFormatter = plain_number,
    missing: str = MISSING,
) -> list[tuple[str, list[str]]]:
    """One row per day that appears in any series, oldest first; one cell per series,
    in series order (use each series' label as its column header)."""
    cleaned = [dict(clean_series(item).points) for item in series]
    days = sorted({day for points in cleaned for day in points})
    rows = []
    for day in days:
        cells = [_cell(points.get(day), value_format, missing) for points in cleaned]
        rows.append((date_format(day), cells))
    return rows


def calendar_table_rows(
    values: Mapping[date, float | None],
    *,
    month: date,
    date_format: DateFormatter = iso_date,
    value_format: ValueFormatter = plain_number,
    missing: str = MISSING,
) -> list[tuple[str, str]]:
    """Every day of the month with its value (or `missing`), for the heat-map's table."""
    by_day = {as_day(k): v for k, v in values.items()}
    return [
        (date_format(day), _cell(by_day.get(day), value_format, missing))
        for day in month_days(month)
    ]


def _cell(value: float | None, value_format: ValueFormatter, missing: str) -> str:
    number = finite_or_none(value)
    return missing if number is None else value_format(number)

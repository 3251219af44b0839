"""Weekly summaries (ISO weeks, Monday start) with kind, plain sentences for the client.

Weeks run from the week of `start` (default: the first check-in) to the week of `end`
(default: the last check-in). Only days inside [start, end] count toward a week's
"of N days", so a first week joined on a Thursday is "of 4 days", and the current week
passed with end=today counts only the days so far. Weeks without check-ins are included
and described gently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from . import wording
from .model import METRICS, DailyCheckin, Metric, index_by_day, metric_value, week_start


@dataclass(frozen=True)
class MetricSummary:
    n: int
    mean: float | None
    minimum: float | None
    maximum: float | None


@dataclass(frozen=True)
class WeekSummary:
    week_start: date  # Monday
    iso_year: int
    iso_week: int
    days_counted: int  # days of this week inside [start, end]; 7 for a full week
    days_logged: int
    wins: int
    setbacks: int
    metrics: Mapping[Metric, MetricSummary]
    sentences: tuple[str, ...]


def _summarise(values: list[float]) -> MetricSummary:
    if not values:
        return MetricSummary(0, None, None, None)
    return MetricSummary(len(values), sum(values) / len(values), min(values), max(values))


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _range_sentence(template: str, summary: MetricSummary) -> list[str]:
    if summary.n == 0:
        return []
    low, high = f"{summary.minimum:g}", f"{summary.maximum:g}"
    return [template.format(mean=_number(summary.mean), low=low, high=high)]


def week_sentences(
    days_counted: int,
    days_logged: int,
    wins: int,
    setbacks: int,
    metrics: Mapping[Metric, MetricSummary],
) -> tuple[str, ...]:
    if days_logged == 0:
        return (wording.WEEK_NONE,)
    days_template = wording.WEEK_DAYS_ONE if days_counted == 1 else wording.WEEK_DAYS
    sentences = [days_template.format(logged=days_logged, days=days_counted)]
    sentences += _range_sentence(wording.WEEK_MOOD, metrics["mood"])
    sentences += _range_sentence(wording.WEEK_SEXUAL_LONELINESS, metrics["sexual_loneliness"])
    if metrics["sleep_hours"].n:
        sentences.append(wording.WEEK_SLEEP.format(mean=_number(metrics["sleep_hours"].mean)))
    activity = metrics["activity_minutes"]
    if activity.n and activity.mean is not None:
        sentences.append(wording.WEEK_ACTIVITY.format(mean=round(activity.mean)))
    if wins:
        sentences.append(
            wording.WEEK_WINS_ONE if wins == 1 else wording.WEEK_WINS.format(count=wins)
        )
    if setbacks:
        sentences.append(
            wording.WEEK_SETBACKS_ONE
            if setbacks == 1
            else wording.WEEK_SETBACKS.format(count=setbacks)
        )
    return tuple(sentences)


def _week(monday: date, start: date, end: date, by_day: Mapping[date, DailyCheckin]) -> WeekSummary:
    days = [monday + timedelta(days=i) for i in range(7)]
    counted = [d for d in days if start <= d <= end]
    logged = [by_day[d] for d in counted if d in by_day]
    metrics: dict[Metric, MetricSummary] = {}
    for metric in METRICS:
        values = [v for c in logged if (v := metric_value(c, metric)) is not None]
        metrics[metric] = _summarise(values)
    wins = sum(c.has_win for c in logged)
    setbacks = sum(c.has_setback for c in logged)
    iso = monday.isocalendar()
    return WeekSummary(
        week_start=monday,
        iso_year=iso.year,
        iso_week=iso.week,
        days_counted=len(counted),
        days_logged=len(logged),
        wins=wins,
        setbacks=setbacks,
        metrics=metrics,
        sentences=week_sentences(len(counted), len(logged), wins, setbacks, metrics),
    )


def weekly_summaries(
    checkins: Iterable[DailyCheckin], *, start: date | None = None, end: date | None = None
) -> list[WeekSummary]:
    by_day = index_by_day(checkins)
    if not by_day and (start is None or end is None):
        return []
    first = start if start is not None else min(by_day)
    last = end if end is not None else max(by_day)
    if last < first:
        msg = f"end ({last.isoformat()}) is before start ({first.isoformat()})."
        raise ValueError(msg)
    mondays = []
    monday = week_start(first)
    while monday <= last:
        mondays.append(monday)
        monday += timedelta(days=7)
    return [_week(m, first, last, by_day) for m in mondays]

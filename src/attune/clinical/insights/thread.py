"""The thread view: sexual loneliness beside mood (and PHQ-9 when available) over time.

attune treats sexual loneliness as its own thread, separate from depressive symptoms.
This view shows the series side by side and says how closely they have moved together.

* Mood link: within-person, same-day Pearson r of sexual loneliness with mood (centred
  on the person's means), with n, Fisher-z 95% CI and the autocorrelation-adjusted CI
  (stats.py). Needs MIN_PAIRS (14) days with both.
* PHQ-9 link (when there are at least MIN_PHQ9_POINTS = 4 PHQ-9 totals): each PHQ-9
  total is matched with the mean sexual loneliness of the 7 calendar days ending on the
  PHQ-9 day (the questionnaire asks about the past two weeks, so the matched week lies
  inside its recall period; an ISO week would pair it with days after it was answered).
  Points with no sexual-loneliness value in that week are dropped. PHQ-9 totals are
  usually weeks apart, so no autocorrelation adjustment is applied (n_eff = n); with few
  points the CI is wide and the sentence will usually say it is too early to tell.
* Sentence thresholds on r use Cohen's (1988) conventions (.1 small, .3 medium, .5 large)
  and the (adjusted) CI:
    together     |r| >= .3 and the CI excludes 0;
    a little     .1 <= |r| < .3 and the CI excludes 0;
    independent  |r| < .3, the CI includes 0 (or |r| < .1) and the CI rules out a large
                 link (both ends inside ±.5);
    unclear      anything else (the CI is too wide to say).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from . import wording
from .associations import MIN_PAIRS
from .estimate import Estimate, estimate
from .model import (
    DailyCheckin,
    PhqPoint,
    daily_values,
    day_range,
    index_by_day,
    validate_phq9,
    week_start,
)
from .stats import Interval, lag1_autocorrelation, mean

MIN_PHQ9_POINTS = 4
PHQ9_MATCH_DAYS = 7
LINKED_R = 0.3  # Cohen (1988): medium
SMALL_R = 0.1  # Cohen (1988): small
LARGE_R = 0.5  # Cohen (1988): large


class Closeness(StrEnum):
    TOGETHER = "together"
    A_LITTLE = "a_little"
    INDEPENDENT = "independent"
    UNCLEAR = "unclear"
    INSUFFICIENT = "insufficient"


@dataclass(frozen=True)
class ThreadDay:
    day: date
    sexual_loneliness: int | None
    mood: int | None
    phq9: int | None


@dataclass(frozen=True)
class ThreadWeek:
    week_start: date
    days_logged: int
    sexual_loneliness_mean: float | None
    mood_mean: float | None
    phq9_mean: float | None  # mean of the PHQ-9 totals given that week


@dataclass(frozen=True)
class ThreadLink:
    other: str  # "mood" or "phq9"
    n: int
    estimate: Estimate | None
    closeness: Closeness
    sentence: str


@dataclass(frozen=True)
class ThreadView:
    days: tuple[ThreadDay, ...]
    weeks: tuple[ThreadWeek, ...]
    mood_link: ThreadLink
    phq9_link: ThreadLink | None  # None when no PHQ-9 totals were given


def closeness(result: Estimate | None) -> Closeness:
    if result is None:
        return Closeness.UNCLEAR
    ci: Interval | None = result.r_ci_adjusted
    if ci is None:
        return Closeness.UNCLEAR
    size = abs(result.r)
    if ci.excludes_zero() and size >= LINKED_R:
        return Closeness.TOGETHER
    if ci.excludes_zero() and size >= SMALL_R:
        return Closeness.A_LITTLE
    if size < LINKED_R and max(abs(ci.low), abs(ci.high)) < LARGE_R:
        return Closeness.INDEPENDENT
    return Closeness.UNCLEAR


def _sentence(kind: Closeness, other: str, result: Estimate | None, n: int, needed: int) -> str:
    if kind is Closeness.INSUFFICIENT:
        return wording.THREAD_WAITING.format(other=other, needed=needed, n=n)
    if kind is Closeness.TOGETHER and result is not None:
        template = (
            wording.THREAD_TOGETHER_SAME if result.r > 0 else wording.THREAD_TOGETHER_OPPOSITE
        )
        return template.format(other=other)
    templates = {
        Closeness.A_LITTLE: wording.THREAD_A_LITTLE,
        Closeness.INDEPENDENT: wording.THREAD_INDEPENDENT,
    }
    return templates.get(kind, wording.THREAD_UNCLEAR).format(other=other)


def _link(
    name: str,
    other: str,
    pairs: Sequence[tuple[float, float]],
    needed: int,
    rhos: tuple[float | None, float | None],
    means: tuple[float, float],
) -> ThreadLink:
    n = len(pairs)
    if n < needed:
        return ThreadLink(
            name,
            n,
            None,
            Closeness.INSUFFICIENT,
            _sentence(Closeness.INSUFFICIENT, other, None, n, needed),
        )
    result = estimate(
        [x - means[0] for x, _ in pairs],
        [y - means[1] for _, y in pairs],
        rho_x=rhos[0],
        rho_y=rhos[1],
    )
    kind = closeness(result)
    return ThreadLink(name, n, result, kind, _sentence(kind, other, result, n, needed))


def _mood_link(loneliness: dict[date, float], mood: dict[date, float]) -> ThreadLink:
    pairs = [(v, mood[d]) for d, v in loneliness.items() if d in mood]
    means = (mean(list(loneliness.values())), mean(list(mood.values()))) if pairs else (0.0, 0.0)
    rhos = (lag1_autocorrelation(loneliness), lag1_autocorrelation(mood))
    return _link("mood", wording.THREAD_MOOD, pairs, MIN_PAIRS, rhos, means)


def _phq9_link(loneliness: dict[date, float], phq9: dict[date, int]) -> ThreadLink:
    pairs: list[tuple[float, float]] = []
    for day, total in phq9.items():
        week = [
            v
            for i in range(PHQ9_MATCH_DAYS)
            if (v := loneliness.get(day - timedelta(days=i))) is not None
        ]
        if week:
            pairs.append((mean(week), float(total)))
    means = (mean([x for x, _ in pairs]), mean([y for _, y in pairs])) if pairs else (0.0, 0.0)
    return _link("phq9", wording.THREAD_PHQ9, pairs, MIN_PHQ9_POINTS, (None, None), means)


def _weeks(
    days: Sequence[ThreadDay], logged: set[date], phq9: dict[date, int]
) -> tuple[ThreadWeek, ...]:
    by_week: dict[date, list[ThreadDay]] = {}
    for entry in days:
        by_week.setdefault(week_start(entry.day), []).append(entry)
    weeks = []
    for monday in sorted(by_week):
        entries = by_week[monday]
        loneliness = [e.sexual_loneliness for e in entries if e.sexual_loneliness is not None]
        moods = [e.mood for e in entries if e.mood is not None]
        totals = [t for d, t in phq9.items() if week_start(d) == monday]
        weeks.append(
            ThreadWeek(
                week_start=monday,
                days_logged=sum(1 for e in entries if e.day in logged),
                sexual_loneliness_mean=mean(loneliness) if loneliness else None,
                mood_mean=mean(moods) if moods else None,
                phq9_mean=mean(totals) if totals else None,
            )
        )
    return tuple(weeks)


def thread_view(
    checkins: Iterable[DailyCheckin],
    phq9: Sequence[PhqPoint] = (),
    *,
    start: date | None = None,
    end: date | None = None,
) -> ThreadView:
    """Days run from `start` to `end` (default: first to last check-in or PHQ-9), gaps
    included as days with None values so a chart can show the breaks. Check-ins and
    PHQ-9 totals outside [start, end] are left out of everything, links included."""
    by_day = index_by_day(checkins)
    totals = validate_phq9(phq9)
    known = [*by_day, *totals]
    first = start if start is not None else (min(known) if known else None)
    last = end if end is not None else (max(known) if known else None)
    if first is None or last is None:
        calendar: list[date] = []
    else:
        if last < first:
            msg = f"end ({last.isoformat()}) is before start ({first.isoformat()})."
            raise ValueError(msg)
        calendar = day_range(first, last)
        by_day = {d: c for d, c in by_day.items() if first <= d <= last}
        totals = {d: t for d, t in totals.items() if first <= d <= last}
    days = tuple(
        ThreadDay(
            day=d,
            sexual_loneliness=by_day[d].sexual_loneliness if d in by_day else None,
            mood=by_day[d].mood if d in by_day else None,
            phq9=totals.get(d),
        )
        for d in calendar
    )
    loneliness = daily_values(by_day.values(), "sexual_loneliness")
    mood = daily_values(by_day.values(), "mood")
    return ThreadView(
        days=days,
        weeks=_weeks(days, set(by_day), totals),
        mood_link=_mood_link(loneliness, mood),
        phq9_link=_phq9_link(loneliness, totals) if totals else None,
    )

"""Maintenance after improvement, and the warning signs that suggest a return to the full plan.

Pure Python, no Django. The plans app stores the phase; these rules only decide.

When is a plan ready for maintenance?
    Both of these, or simply when the clinician or the client chooses it:

    1. Reliable improvement on the PHQ-9 (Jacobson & Truax 1991, J Consult Clin Psychol
       59:12-19), computed by `attune.clinical.instruments.change.classify_change` with the
       catalogue's norms (SD 5.5, test-retest r 0.84: a fall of more than 6.1 points, so 7
       or more). The latest PHQ-9 must be recent (within `PHQ9_MAX_AGE_DAYS`): the
       questionnaire asks about the last two weeks, so an old score says nothing about now.
    2. Sexual loneliness lower, and sustained: the mean of the daily 0-10 item over the last
       four weeks is at least `LONELINESS_MARGIN` points below its mean over the first four
       weeks of tracking, each window holding at least `MIN_READINGS` check-ins and the two
       windows not overlapping. A four-week mean, not one good day, is what "sustained"
       means here. The item is attune's own (no validated measure of sexual loneliness
       exists; shared/INSTRUMENTS.md), so no published reliable-change figure applies. The
       two-point margin borrows the smallest change people on 0-10 numeric rating scales
       rate as meaningful (about two points or 30 %: Farrar et al. 2001, Pain 94:149-158);
       that is attune's assumption, not a validated threshold for this item.

When do check-ins suggest a return to the full plan?
    Relapse is a return of symptoms after improvement (Frank et al. 1991, Arch Gen Psychiatry
    48:851-855); relapse-prevention work teaches a person their early warning signs so they
    act early (the "relapse signature" of Segal, Williams & Teasdale 2002, MBCT for
    depression). attune proposes a return, never makes it, when either

    * `NEAR_NEEDED` of the last `NEAR_RUN` check-ins (within `NEAR_MAX_AGE_DAYS`) are back
      near the baseline: sexual loneliness within `NEAR_POINTS` of its baseline mean or
      above it, or mood within `NEAR_POINTS` of its baseline mean or below it. In
      maintenance a person checks in about weekly, so this is roughly three weeks out of
      four; one hard week alone never triggers it (fluctuation is expected; CLINICAL.md,
      "accept fluctuations ... without self-blame"); or
    * the person says they notice one of the warning signs they named in their
      relapse-prevention plan (within the last `NAMED_SIGN_DAYS`).

    The baseline is the first four weeks' mean of each item (the same window as above).
    These counts are attune's own choices, stated as parameters, not a validated rule.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from attune.clinical.instruments.change import ReliableChange, classify_change
from attune.clinical.plans.model import Plan, Step

WINDOW_DAYS = 28
MIN_READINGS = 8  # about two check-ins a week in each four-week window
LONELINESS_MARGIN = 2.0  # points on the 0-10 item (Farrar et al. 2001, by analogy)
PHQ9_MAX_AGE_DAYS = 28

NEAR_POINTS = 1.0
NEAR_RUN = 4
NEAR_NEEDED = 3
NEAR_MAX_AGE_DAYS = 35
NAMED_SIGN_DAYS = 14

BOOSTER_EVERY_WEEKS = 4  # a booster check about monthly, with the monthly questionnaire
KEEP_UP_STEPS = 3


@dataclass(frozen=True)
class Reading:
    day: date
    value: int


@dataclass(frozen=True)
class LonelinessTrend:
    early_mean: float | None
    recent_mean: float | None
    early_count: int
    recent_count: int
    lower_sustained: bool


@dataclass(frozen=True)
class Readiness:
    ready: bool
    phq9: ReliableChange | None
    phq9_recent: bool
    loneliness: LonelinessTrend

    @property
    def phq9_improved(self) -> bool:
        return self.phq9 is not None and self.phq9.improved and self.phq9_recent


def _ordered(readings: Sequence[Reading]) -> list[Reading]:
    return sorted(readings, key=lambda r: r.day)


def early_window(readings: Sequence[Reading]) -> list[Reading]:
    """The readings of the first `WINDOW_DAYS` days of tracking."""
    ordered = _ordered(readings)
    if not ordered:
        return []
    end = ordered[0].day + timedelta(days=WINDOW_DAYS)
    return [r for r in ordered if r.day < end]


def recent_window(readings: Sequence[Reading], today: date) -> list[Reading]:
    """The readings of the last `WINDOW_DAYS` days up to and including today."""
    start = today - timedelta(days=WINDOW_DAYS - 1)
    return [r for r in _ordered(readings) if start <= r.day <= today]


def _mean(readings: Sequence[Reading]) -> float | None:
    return fmean(r.value for r in readings) if readings else None


def loneliness_trend(readings: Sequence[Reading], today: date) -> LonelinessTrend:
    """Whether sexual loneliness is lower over the last four weeks than the first four."""
    early = early_window(readings)
    recent = recent_window(readings, today)
    early_mean, recent_mean = _mean(early), _mean(recent)
    apart = bool(early) and early[-1].day < today - timedelta(days=WINDOW_DAYS - 1)
    lower = (
        apart
        and len(early) >= MIN_READINGS
        and len(recent) >= MIN_READINGS
        and early_mean is not None
        and recent_mean is not None
        and recent_mean <= early_mean - LONELINESS_MARGIN
    )
    return LonelinessTrend(early_mean, recent_mean, len(early), len(recent), lower)


def readiness(
    phq9: Sequence[tuple[date, int]], sexual_loneliness: Sequence[Reading], today: date
) -> Readiness:
    """Is the plan ready for maintenance? `phq9` are (day, total) pairs in any order."""
    scores = sorted(phq9, key=lambda pair: pair[0])
    change = None
    recent = False
    if len(scores) >= 2:
        change = classify_change("phq9", scores[0][1], scores[-1][1])
        recent = (today - scores[-1][0]).days <= PHQ9_MAX_AGE_DAYS
    trend = loneliness_trend(sexual_loneliness, today)
    improved = change is not None and change.improved and recent
    return Readiness(improved and trend.lower_sustained, change, recent, trend)


# --- warning signs --------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """Mean mood and sexual loneliness over the first four weeks of tracking (0-10 each)."""

    mood: float | None
    sexual_loneliness: float | None


@dataclass(frozen=True)
class CheckinPoint:
    day: date
    mood: int | None
    sexual_loneliness: int | None


@dataclass(frozen=True)
class WarningSigns:
    near_baseline: int  # of the check-ins looked at
    looked_at: int
    named_sign: bool

    @property
    def propose_return(self) -> bool:
        return self.named_sign or self.near_baseline >= NEAR_NEEDED


def baseline_of(points: Sequence[CheckinPoint]) -> Baseline:
    moods = [Reading(p.day, p.mood) for p in points if p.mood is not None]
    lonely = [
        Reading(p.day, p.sexual_loneliness) for p in points if p.sexual_loneliness is not None
    ]
    return Baseline(_mean(early_window(moods)), _mean(early_window(lonely)))


def near_baseline(point: CheckinPoint, baseline: Baseline) -> bool:
    """Back near where things started: lonelier or lower in mood, within `NEAR_POINTS`."""
    lonely = (
        point.sexual_loneliness is not None
        and baseline.sexual_loneliness is not None
        and point.sexual_loneliness >= baseline.sexual_loneliness - NEAR_POINTS
    )
    low = (
        point.mood is not None
        and baseline.mood is not None
        and point.mood <= baseline.mood + NEAR_POINTS
    )
    return lonely or low


def warning_signs(
    baseline: Baseline,
    checkins: Sequence[CheckinPoint],
    today: date,
    *,
    named_sign_on: date | None = None,
) -> WarningSigns:
    """Warning signs in the latest check-ins, or one the person named noticing."""
    oldest = today - timedelta(days=NEAR_MAX_AGE_DAYS - 1)
    recent = sorted((p for p in checkins if oldest <= p.day <= today), key=lambda p: p.day)
    last = recent[-NEAR_RUN:]
    near = sum(1 for p in last if near_baseline(p, baseline))
    named = named_sign_on is not None and 0 <= (today - named_sign_on).days < NAMED_SIGN_DAYS
    return WarningSigns(near, len(last), named)


# --- the lighter routine --------------------------------------------------------------------


def keep_up_steps(
    plan: Plan,
    done: Collection[str] = (),
    paused: Collection[str] = (),
    limit: int = KEEP_UP_STEPS,
) -> list[Step]:
    """Steps already done (logged done, or completed in the plan) worth keeping up lightly:
    the gentlest first.

    Maintenance repeats what helped rather than adding new rungs (CLINICAL.md: maintenance is
    regular check-ins and keeping up sleep, food and activity).
    """
    done = {*done, *plan.completed}
    kept = [s for s in plan.steps if s.id in done and s.id not in paused]
    return sorted(kept, key=lambda s: (s.difficulty, s.id))[:limit]


def next_booster(after: date, weeks: int = BOOSTER_EVERY_WEEKS) -> date:
    if weeks < 1:
        msg = f"Boosters are at least a week apart, got {weeks}."
        raise ValueError(msg)
    return after + timedelta(weeks=weeks)

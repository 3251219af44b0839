"""Synthetic, reproducible check-in series for tests, demos and `attune seed`.

Everything comes from one `random.Random(seed)`: the same seed, days and start give the
same series. Each call draws a person (their own levels, variability and inertia) and
then lives through `days` days; days the person did not log are left out of the result,
but still happen (yesterday's sleep affects today even if yesterday went unlogged).

Ground truth built in (what analyses should and should not find):
* mood: AR(1) around the person's level, mood_t = μ + φ(mood_{t-1} - μ) + ε, φ in
  [0.3, 0.7]; no weekday effect; not driven by sleep, activity or contact unless planted.
* sexual loneliness: its own AR(1) component plus a small pull from mood (c in 0.1-0.5),
  so it moves partly apart from mood — attune's "separate thread".
* emotional loneliness: follows mood more closely (c in 0.4-0.9) plus noise.
* social loneliness: follows mood (c in 0.2-0.6) and same-day social contact (-0.3 per
  contact) plus noise. (So contacts -> same-day social loneliness is a real association.)
* longing distress: rises with sexual loneliness (0.5) and falls with mood (0.3), plus noise.
* sleep hours: person's level + 0.7 h on Saturday and Sunday + noise (independent days).
* sleep quality: 5.5 + 1.0 per hour of sleep above the person's average + noise.
* activity minutes: person's level + 15 min on Saturday and Sunday + noise, in 5-minute
  steps; social contacts: person's level + 1.5 on Friday and Saturday + noise.
* nourishment (0/1/2), wins and setbacks: more likely good / a win on better-mood days,
  a setback on lower-mood days.
* missing days: a two-state Markov chain (a gap lasts another day with p = 0.4) whose
  long-run share of missing days is `missing_rate` (default 0.15); gaps are unrelated to
  the values (missing completely at random). About 1 logged day in 4 leaves one optional
  field empty; mood is always present (the check-in form requires it).
All values are rounded and clipped to the check-in ranges (model.RANGES).

Planted effects: `planted={"sleep_hours->next_day_mood": 0.8}` adds 0.8 × (sleep on day t
minus the person's expected sleep) to mood on day t + 1; "sleep_hours->mood" is same-day.
Keys: "<predictor>-><outcome>" or "<predictor>->next_day_<outcome>" (model.PREDICTORS,
model.OUTCOMES); values: slope in outcome points per predictor unit. An effect on mood
enters mood's AR(1) state, so it also echoes (decaying by φ) into later days, as a real
influence would; on other outcomes it touches that day only. Rounding to whole points and
clipping to 0-10 attenuate the observed slope a little.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .model import OUTCOMES, PREDICTORS, DailyCheckin, Outcome, Predictor

NEXT_DAY = "next_day_"
GAP_STAYS = 0.4  # P(no check-in today | none yesterday)
MAX_MISSING_RATE = 0.6  # above this the chain above cannot reach the requested share
BLANK_FIELD_RATE = 0.25
_WEEKEND = (5, 6)
_SLEEP_WEEKEND, _ACTIVITY_WEEKEND, _CONTACTS_FRI_SAT = 0.7, 15.0, 1.5


def planted_key(predictor: Predictor, outcome: Outcome, lag: int) -> str:
    return f"{predictor}->{NEXT_DAY if lag else ''}{outcome}"


@dataclass(frozen=True)
class _Effect:
    predictor: int  # index into PREDICTORS
    outcome: int  # index into OUTCOMES
    lag: int
    slope: float


def _parse_planted(planted: Mapping[str, float] | None) -> tuple[_Effect, ...]:
    effects = []
    for key, slope in (planted or {}).items():
        predictor, _, target = key.partition("->")
        lag = 1 if target.startswith(NEXT_DAY) else 0
        outcome = target.removeprefix(NEXT_DAY)
        if predictor not in PREDICTORS or outcome not in OUTCOMES:
            msg = (
                f"Unknown planted effect {key!r}: use '<predictor>-><outcome>' or "
                f"'<predictor>->{NEXT_DAY}<outcome>' with predictor in {PREDICTORS} "
                f"and outcome in {OUTCOMES}."
            )
            raise ValueError(msg)
        if not math.isfinite(slope):
            msg = f"Planted slope for {key!r} must be a finite number, got {slope}."
            raise ValueError(msg)
        effects.append(_Effect(PREDICTORS.index(predictor), OUTCOMES.index(outcome), lag, slope))
    return tuple(effects)


@dataclass(frozen=True)
class _Person:
    mood_mu: float
    mood_phi: float
    mood_sd: float
    sexual_mu: float
    sexual_phi: float
    sexual_sd: float
    sexual_pull: float
    emotional_mu: float
    emotional_pull: float
    social_mu: float
    social_pull: float
    longing_mu: float
    sleep_mu: float
    sleep_sd: float
    activity_mu: float
    activity_sd: float
    contacts_mu: float


def _person(rng: random.Random) -> _Person:
    u = rng.uniform
    return _Person(
        mood_mu=u(3.5, 7.0), mood_phi=u(0.3, 0.7), mood_sd=u(0.8, 1.4),
        sexual_mu=u(2.0, 8.0), sexual_phi=u(0.3, 0.7), sexual_sd=u(0.7, 1.3),
        sexual_pull=u(0.1, 0.5), emotional_mu=u(2.0, 7.0), emotional_pull=u(0.4, 0.9),
        social_mu=u(2.0, 7.0), social_pull=u(0.2, 0.6), longing_mu=u(1.0, 6.0),
        sleep_mu=u(5.8, 8.0), sleep_sd=u(0.6, 1.2), activity_mu=u(10.0, 60.0),
        activity_sd=u(10.0, 30.0), contacts_mu=u(0.5, 5.0),
    )  # fmt: skip


_NORMALS_PER_DAY = 9


def _standard_normals(rng: random.Random, count: int) -> list[float]:
    """Box-Muller (1958) pairs from rng.random(): ~4x faster than rng.gauss per value."""
    rand, log, sqrt, cos, sin, tau = rng.random, math.log, math.sqrt, math.cos, math.sin, math.tau
    values: list[float] = []
    for _ in range((count + 1) // 2):
        radius = sqrt(-2.0 * log(1.0 - rand()))  # 1 - u lies in (0, 1]: log is defined
        angle = tau * rand()
        values.append(radius * cos(angle))
        values.append(radius * sin(angle))
    return values


def _score(value: float) -> int:
    return min(10, max(0, round(value)))


def _live(  # one tight loop on purpose: 1,000 clients × 365 days must stay fast
    rng: random.Random,
    p: _Person,
    days: int,
    start: date,
    effects: tuple[_Effect, ...],
    missing_rate: float,
) -> list[DailyCheckin]:
    rand = rng.random
    z = iter(_standard_normals(rng, _NORMALS_PER_DAY * days + 2)).__next__
    enter_gap = missing_rate * (1.0 - GAP_STAYS) / (1.0 - missing_rate)
    expected = (
        p.sleep_mu + _SLEEP_WEEKEND * 2 / 7,
        5.5,
        p.activity_mu + _ACTIVITY_WEEKEND * 2 / 7,
        p.contacts_mu + _CONTACTS_FRI_SAT * 2 / 7,
    )
    contacts_sd = math.sqrt(p.contacts_mu + 1.0)
    mood = p.mood_mu + p.mood_sd / math.sqrt(1.0 - p.mood_phi**2) * z()
    sexual = p.sexual_mu + p.sexual_sd / math.sqrt(1.0 - p.sexual_phi**2) * z()
    yesterday = (0.0, 0.0, 0.0, 0.0)
    in_gap = False  # the first day is the day the person starts, with a check-in
    first_weekday = start.weekday()
    series: list[DailyCheckin] = []
    for i in range(days):
        weekday = (first_weekday + i) % 7
        weekend = weekday in _WEEKEND
        sleep = p.sleep_mu + (_SLEEP_WEEKEND if weekend else 0.0) + p.sleep_sd * z()
        sleep = min(12.0, max(3.0, round(sleep, 1)))
        quality = _score(5.5 + (sleep - expected[0]) + 1.5 * z())
        active = p.activity_mu + (_ACTIVITY_WEEKEND if weekend else 0.0)
        activity = min(1440, max(0, 5 * round((active + p.activity_sd * z()) / 5)))
        contacts_level = p.contacts_mu + (_CONTACTS_FRI_SAT if weekday in (4, 5) else 0.0)
        contacts = min(500, max(0, round(contacts_level + contacts_sd * z())))
        bump = [0.0, 0.0, 0.0, 0.0, 0.0]
        if effects:
            today = (
                sleep - expected[0],
                quality - expected[1],
                activity - expected[2],
                contacts - expected[3],
            )
            for effect in effects:
                source = yesterday if effect.lag else today
                bump[effect.outcome] += effect.slope * source[effect.predictor]
            yesterday = today
        mood = p.mood_mu + p.mood_phi * (mood - p.mood_mu) + p.mood_sd * z() + bump[0]
        sexual = p.sexual_mu + p.sexual_phi * (sexual - p.sexual_mu) + p.sexual_sd * z()
        mood_dev = mood - p.mood_mu
        sexual_value = sexual - p.sexual_pull * mood_dev + bump[1]
        in_gap = i > 0 and rand() < (GAP_STAYS if in_gap else enter_gap)
        if in_gap:
            continue
        emotional = p.emotional_mu - p.emotional_pull * mood_dev + z() + bump[2]
        social = p.social_mu - p.social_pull * mood_dev - 0.3 * (contacts - expected[3])
        social += z() + bump[3]
        longing = p.longing_mu + 0.5 * (sexual_value - p.sexual_mu) - 0.3 * mood_dev
        longing += z() + bump[4]
        u = rand() + 0.05 * mood_dev
        blank = int(rand() * 9) if rand() < BLANK_FIELD_RATE else -1
        series.append(
            DailyCheckin(
                day=start + timedelta(days=i),
                mood=_score(mood),
                sexual_loneliness=None if blank == 0 else _score(sexual_value),
                emotional_loneliness=None if blank == 1 else _score(emotional),
                social_loneliness=None if blank == 2 else _score(social),
                longing_distress=None if blank == 3 else _score(longing),
                social_contacts=None if blank == 4 else contacts,
                sleep_hours=None if blank == 5 else sleep,
                sleep_quality=None if blank == 6 else quality,
                activity_minutes=None if blank == 7 else activity,
                nourishment=None if blank == 8 else (0 if u < 0.15 else 2 if u > 0.6 else 1),
                has_win=rand() < 0.18 + 0.04 * mood_dev,
                has_setback=rand() < max(0.01, 0.07 - 0.02 * mood_dev),
            )
        )
    return series


def synthetic_series(
    seed: int,
    days: int,
    start: date,
    *,
    planted: Mapping[str, float] | None = None,
    missing_rate: float = 0.15,
) -> list[DailyCheckin]:
    """One person's logged days (gaps left out), in day order. See the module docstring."""
    if days < 0:
        msg = f"days must be 0 or more, got {days}."
        raise ValueError(msg)
    if not 0.0 <= missing_rate <= MAX_MISSING_RATE:
        msg = f"missing_rate must be between 0 and {MAX_MISSING_RATE}, got {missing_rate}."
        raise ValueError(msg)
    effects = _parse_planted(planted)
    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not security
    return _live(rng, _person(rng), days, start, effects, missing_rate)

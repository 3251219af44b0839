"""No client-facing sentence shames: no streaks, nothing broken, failed or missed."""

from __future__ import annotations

import re
from datetime import timedelta

from attune.clinical.insights import (
    associations,
    engagement,
    synthetic_series,
    thread_view,
    weekly_summaries,
)
from attune.clinical.insights import wording as w

from .support import MONDAY, checkin

FORBIDDEN = re.compile(
    r"\b(streaks?|fail\w*|missed|miss|broken|broke|lazy|should|must|only|poor|bad|behind|"
    r"forgot\w*|neglect\w*|perform\w*|worse)\b",
    re.IGNORECASE,
)


def all_sentences() -> list[str]:
    sentences = [v for k, v in vars(w).items() if k.isupper() and isinstance(v, str)]
    for table in (w.SAME_DAY_LEAD, w.NEXT_DAY_LEAD, w.PREDICTOR_NOUN, w.OUTCOME_NOUN):
        sentences += list(table.values())
    for seed in range(30):
        series = synthetic_series(seed, 120, MONDAY, missing_rate=0.5 if seed % 2 else 0.15)
        for week in weekly_summaries(series):
            sentences += week.sentences
        end = MONDAY + timedelta(days=119)
        sentences.append(engagement(series, end).sentence)
        sentences.append(engagement(series, end + timedelta(days=60)).sentence)
        sentences.append(engagement(series, MONDAY + timedelta(days=3), since=MONDAY).sentence)
        sentences += [a.label for a in associations(series)]
        sentences += [a.label for a in associations(series[:10])]
        view = thread_view(series, [(MONDAY + timedelta(days=7 * k), 5 + k) for k in range(1, 8)])
        sentences.append(view.mood_link.sentence)
        assert view.phq9_link is not None
        sentences.append(view.phq9_link.sentence)
    flat = [checkin(i, mood=5, social_contacts=i % 3, sleep_hours=7.0) for i in range(20)]
    sentences += [a.label for a in associations(flat)]
    return sentences


def test_no_shaming_words_in_any_generated_sentence() -> None:
    offending = sorted({s for s in all_sentences() if FORBIDDEN.search(s)})
    assert offending == []


def test_a_week_without_checkins_is_okay() -> None:
    assert weekly_summaries([checkin(0, mood=5), checkin(14, mood=5)])[1].sentences == (
        "No check-ins this week — that's okay; you can pick up any day.",
    )

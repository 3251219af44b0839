"""Engagement: days with a check-in out of the last 28, as of a date. No streaks, by design:
a count over a window cannot be "broken" and never punishes a pause."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from . import wording
from .model import DailyCheckin, index_by_day

WINDOW_DAYS = 28


@dataclass(frozen=True)
class Engagement:
    as_of: date
    window_start: date
    window_days: int  # 28, or fewer when `since` is inside the window
    days_logged: int
    fraction: float  # days_logged / window_days
    sentence: str


def _sentence(logged: int, days: int, shortened: bool) -> str:
    if logged == 0:
        return wording.ENGAGEMENT_NONE.format(days=days)
    if not shortened:
        return wording.ENGAGEMENT_LAST.format(logged=logged, days=days)
    template = wording.ENGAGEMENT_SINCE_ONE if days == 1 else wording.ENGAGEMENT_SINCE
    return template.format(logged=logged, days=days)


def engagement(
    checkins: Iterable[DailyCheckin],
    as_of: date,
    *,
    since: date | None = None,
    window_days: int = WINDOW_DAYS,
) -> Engagement:
    """Days logged in the `window_days` calendar days ending on `as_of` (inclusive).

    `since` (e.g. the day a client started) shortens the window so a newcomer's three
    days read "3 of 3", not "3 of 28". Check-ins after `as_of` are ignored.
    """
    if window_days < 1:
        msg = f"window_days must be at least 1, got {window_days}."
        raise ValueError(msg)
    if since is not None and since > as_of:
        msg = f"since ({since.isoformat()}) is after as_of ({as_of.isoformat()})."
        raise ValueError(msg)
    window_start = as_of - timedelta(days=window_days - 1)
    shortened = since is not None and since > window_start
    if since is not None and shortened:
        window_start = since
    days = (as_of - window_start).days + 1
    logged = sum(1 for day in index_by_day(checkins) if window_start <= day <= as_of)
    return Engagement(
        as_of, window_start, days, logged, logged / days, _sentence(logged, days, shortened)
    )

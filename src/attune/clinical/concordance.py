"""Partner–client concordance: do the partner's and the client's weekly views of closeness
agree? Pure Python (no Django).

The two views, per week (weeks start on Monday):
  partner    the partner's "felt connected" rating, 0–10, from their weekly feedback;
  client     10 minus the mean of the client's emotional and sexual loneliness check-in
             ratings that week (both 0–10), so higher means closer on both scales.
             Emotional loneliness is the missing close attachment (Weiss, 1973); sexual
             loneliness is attune's own thread. These are attune's tracking items, not a
             validated closeness measure.

The caseload flag "partner–client discordance" (attune's own rule, no published threshold
exists for these items):
  over the last DISCORDANCE_WEEKS weeks, at least MIN_PAIRED_WEEKS weeks have both views,
  and the mean absolute difference between them is at least DISCORDANCE_POINTS points.
Three points is 30% of the scale: larger than the day-to-day wobble of a single 0–10 item,
small enough to notice a real gap. It is a reason to ask both people, never a verdict on
who is right.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

DISCORDANCE_WEEKS = 4
DISCORDANCE_POINTS = 3.0
MIN_PAIRED_WEEKS = 2


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekView:
    week: date
    partner: float | None
    client: float | None

    @property
    def gap(self) -> float | None:
        if self.partner is None or self.client is None:
            return None
        return abs(self.partner - self.client)


def client_closeness(checkins: Iterable[tuple[date, int | None, int | None]]) -> dict[date, float]:
    """Weekly client closeness from (day, emotional loneliness, sexual loneliness) rows."""
    values: dict[date, list[float]] = defaultdict(list)
    for day, emotional, sexual in checkins:
        ratings = [v for v in (emotional, sexual) if v is not None]
        if ratings:
            values[week_start(day)].append(10 - sum(ratings) / len(ratings))
    return {week: sum(vs) / len(vs) for week, vs in values.items()}


def weekly_views(
    partner: dict[date, int], client: dict[date, float], today: date, weeks: int
) -> list[WeekView]:
    """The last `weeks` weeks up to and including today's, oldest first."""
    current = week_start(today)
    out = []
    for back in range(weeks - 1, -1, -1):
        week = current - timedelta(weeks=back)
        given = partner.get(week)
        out.append(WeekView(week, float(given) if given is not None else None, client.get(week)))
    return out


def mean_gap(views: list[WeekView]) -> float | None:
    gaps = [v.gap for v in views if v.gap is not None]
    return sum(gaps) / len(gaps) if len(gaps) >= MIN_PAIRED_WEEKS else None


def is_discordant(partner: dict[date, int], client: dict[date, float], today: date) -> bool:
    gap = mean_gap(weekly_views(partner, client, today, DISCORDANCE_WEEKS))
    return gap is not None and gap >= DISCORDANCE_POINTS

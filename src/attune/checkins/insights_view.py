"""What the insights page shows: the clinical insights, drawn and put into translated words.

The numbers come from `attune.clinical.insights` (pure, tested with planted effects); this
module only picks the window, turns check-ins into `DailyCheckin` values, renders the SVG
charts with their table alternatives, and writes every sentence through gettext.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from attune.accounts.models import User
from attune.charts import (
    Series,
    calendar_heatmap,
    calendar_table_rows,
    chart_table_rows,
    line_chart,
)
from attune.clinical import insights
from attune.clinical.insights import Closeness, DailyCheckin, Outcome, Predictor
from attune.clinical.insights.engagement import WINDOW_DAYS as ENGAGEMENT_WINDOW
from attune.core.html import trusted_svg

from .models import NOURISHMENT_LEVEL, CheckIn

CHART_DAYS = 28
TREND_DAYS = 91
PATTERN_DAYS = 91
WINS_SHOWN = 12
PHONE_WIDTH = 360
SUNDAY = 6
# One look per measure on every insights chart: its palette slot (colour, dash, shape).
# Both the thread chart and the seven-day trend draw from this, so mood never borrows
# sexual loneliness's colour on the next chart.
MEASURE_STYLE: dict[insights.Metric, int] = {
    "mood": 0,
    "sexual_loneliness": 1,
    "emotional_loneliness": 2,
    "social_loneliness": 3,
}


@dataclass(frozen=True)
class Pattern:
    sentence: str
    detail: str


def _daily(checkin: CheckIn) -> DailyCheckin:
    return DailyCheckin(
        day=checkin.day,
        mood=checkin.mood,
        sexual_loneliness=checkin.sexual_loneliness,
        emotional_loneliness=checkin.emotional_loneliness,
        social_loneliness=checkin.social_loneliness,
        longing_distress=checkin.longing_distress,
        social_contacts=checkin.social_contacts,
        sleep_hours=float(checkin.sleep_hours) if checkin.sleep_hours is not None else None,
        sleep_quality=checkin.sleep_quality,
        activity_minutes=checkin.activity_minutes,
        nourishment=NOURISHMENT_LEVEL.get(checkin.nourishment),
        has_win=bool(checkin.win),
        has_setback=bool(checkin.setback),
    )


EARLIEST_MONTH = date(1900, 1, 1)


def parse_month(raw: str | None, today: date) -> date:
    """`YYYY-MM` from the query string; anything else (a future month, or one before
    ``EARLIEST_MONTH``, where the calendar's own arithmetic would fail) means this month."""
    this_month = today.replace(day=1)
    if not raw:
        return this_month
    try:
        year, month = (int(part) for part in raw.split("-", 1))
        chosen = date(year, month, 1)
    except ValueError:
        return this_month
    if chosen < EARLIEST_MONTH:
        return this_month
    return min(chosen, this_month)


def _month_end(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _short(day: date) -> str:
    return date_format(day, "j M")


def _long(day: date) -> str:
    return date_format(day, "l j F Y")


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def build(client: User, today: date, *, month: str | None = None) -> dict[str, Any]:
    shown_month = parse_month(month, today)
    window_start = min(today - timedelta(days=TREND_DAYS - 1), shown_month)
    rows = list(CheckIn.objects.filter(client=client, day__gte=window_start, day__lte=today))
    days = [_daily(row) for row in rows]
    recent = [d for d in days if d.day > today - timedelta(days=PATTERN_DAYS)]
    return {
        "today": today,
        "has_checkins": bool(days),
        "engagement": _engagement(days, today, client),
        "thread": _thread(recent, today),
        "trend": _trend(recent, today),
        "calendar": _calendar(days, shown_month, today),
        "weeks": _weeks(recent, today),
        "patterns": _patterns(recent),
        "wins": _wins(rows),
    }


def _engagement(days: list[DailyCheckin], today: date, client: User) -> str:
    # A newcomer's first days read "3 of 3", not "3 of 28"; backfilled days count as a start.
    starts = [client.date_joined.date(), *(d.day for d in days)]
    result = insights.engagement(days, today, since=min(min(starts), today))
    values = {"logged": result.days_logged, "days": result.window_days}
    if result.days_logged == 0:
        return _(
            "No check-ins in the last %(days)s days. That's okay; you can pick up any day."
        ) % (values)
    if result.window_days < ENGAGEMENT_WINDOW:
        return (
            ngettext(
                "You checked in on %(logged)s of %(days)s day since you started.",
                "You checked in on %(logged)s of the %(days)s days since you started.",
                result.window_days,
            )
            % values
        )
    return _("You checked in on %(logged)s of the last %(days)s days.") % values


def _chart(svg: str) -> SafeString:
    return trusted_svg(svg)


def _thread(days: list[DailyCheckin], today: date) -> dict[str, Any]:
    start = today - timedelta(days=CHART_DAYS - 1)
    shown = [d for d in days if d.day >= start]
    series = [
        Series(
            _("Sexual loneliness"),
            [(d.day, d.sexual_loneliness) for d in shown],
            max_gap_days=1,
            style=MEASURE_STYLE["sexual_loneliness"],
        ),
        Series(
            _("Mood"),
            [(d.day, d.mood) for d in shown],
            max_gap_days=1,
            style=MEASURE_STYLE["mood"],
        ),
    ]
    view = insights.thread_view(days, end=today)
    svg = _zero_to_ten_chart(
        series,
        title=_("Sexual loneliness beside mood, last %(days)s days") % {"days": CHART_DAYS},
        desc=_("Daily answers from 0 to 10. Gaps are days without a check-in."),
        days=(start, today),
        chart_id="thread",
    )
    return {
        "svg": _chart(svg),
        "headers": [s.label for s in series],
        "rows": chart_table_rows(series, date_format=_long),
        "sentence": _closeness_sentence(view.mood_link),
    }


def _zero_to_ten_chart(
    series: list[Series], *, title: str, desc: str, days: tuple[date, date], chart_id: str
) -> str:
    return line_chart(
        series,
        title=title,
        desc=desc,
        y_min=0,
        y_max=10,
        no_data=_("Nothing to show yet"),
        x_start=days[0],
        x_end=days[1],
        width=PHONE_WIDTH,
        tick_format=lambda day, unit: _short(day),
        date_format=_long,
        chart_id=chart_id,
    )


def _closeness_sentence(link: insights.ThreadLink) -> str:
    if link.closeness is Closeness.INSUFFICIENT:
        return _(
            "How your sexual loneliness and your mood move together appears after "
            "%(needed)s days with both noted (%(n)s so far)."
        ) % {"needed": insights.MIN_PAIRS, "n": link.n}
    if link.closeness is Closeness.TOGETHER and link.estimate is not None:
        if link.estimate.r < 0:
            return _(
                "Your sexual loneliness and your mood have moved together: on days when "
                "sexual loneliness was higher, mood tended to be lower."
            )
        return _(
            "Your sexual loneliness and your mood have moved together: when one was higher, "
            "the other tended to be higher too."
        )
    texts = {
        Closeness.A_LITTLE: _(
            "Your sexual loneliness and your mood have moved together a little, but mostly "
            "on their own."
        ),
        Closeness.INDEPENDENT: _(
            "Your sexual loneliness and your mood have moved fairly independently: sexual "
            "loneliness looks like its own thread, worth attention of its own."
        ),
    }
    return texts.get(
        link.closeness,
        _(
            "It is too early to tell how closely your sexual loneliness and your mood "
            "move together."
        ),
    )


def _trend(days: list[DailyCheckin], today: date) -> dict[str, Any]:
    start = today - timedelta(days=TREND_DAYS - 1)
    names: list[tuple[insights.Metric, str]] = [
        ("mood", _("Mood")),
        ("sexual_loneliness", _("Sexual loneliness")),
        ("emotional_loneliness", _("Emotional loneliness")),
        ("social_loneliness", _("Social loneliness")),
    ]
    series = []
    for metric, label in names:
        points = insights.rolling_means(days, metric, start=start, end=today) if days else []
        series.append(
            Series(
                label,
                [(p.day, p.mean_7) for p in points],
                marker="none",
                style=MEASURE_STYLE[metric],
            )
        )
    svg = _zero_to_ten_chart(
        series,
        title=_("Seven-day averages, last %(days)s days") % {"days": TREND_DAYS},
        desc=_("Each line is the average of the seven days up to that day, from 0 to 10."),
        days=(start, today),
        chart_id="trend",
    )
    by_day = [dict(item.points) for item in series]
    rows = [
        (_long(day), [_cell(points.get(day)) for points in by_day])
        for day in sorted(by_day[0], reverse=True)
        if day == today or day.weekday() == SUNDAY
    ]
    return {"svg": _chart(svg), "headers": [s.label for s in series], "rows": rows}


def _cell(value: float | None) -> str:
    return "—" if value is None else _number(value)


def _calendar(days: list[DailyCheckin], month: date, today: date) -> dict[str, Any]:
    moods: dict[date, float | None] = {
        d.day: d.mood for d in days if d.day.year == month.year and d.day.month == month.month
    }
    weekday_labels = [date_format(date(2026, 11, 23) + timedelta(days=i), "D") for i in range(7)]
    svg = calendar_heatmap(
        moods,
        month=month,
        title=_("Mood in %(month)s") % {"month": date_format(month, "F Y")},
        desc=_("Each day is shaded by the mood noted that day, from 0 to 10."),
        low=0,
        high=10,
        legend_low=_("lower mood"),
        legend_high=_("brighter mood"),
        legend_empty=_("no check-in"),
        weekday_labels=weekday_labels,
        today=today,
        date_format=_long,
        chart_id="calendar",
    )
    previous = (month - timedelta(days=1)).replace(day=1)
    following = _month_end(month) + timedelta(days=1)
    return {
        "svg": _chart(svg),
        "rows": [
            row
            for row in calendar_table_rows(moods, month=month, date_format=_long)
            if row[1] != "—"
        ],
        "month": month,
        "previous": previous.strftime("%Y-%m"),
        "next": following.strftime("%Y-%m") if following <= today else None,
    }


def _weeks(days: list[DailyCheckin], today: date) -> list[dict[str, Any]]:
    start = today - timedelta(days=27)
    summaries = insights.weekly_summaries(days, start=start, end=today)
    out = []
    for week in reversed(summaries):
        mood = week.metrics["mood"]
        lonely = week.metrics["sexual_loneliness"]
        out.append(
            {
                "start": max(week.week_start, start),
                "logged": ngettext(
                    "%(logged)s of %(days)s day", "%(logged)s of %(days)s days", week.days_counted
                )
                % {"logged": week.days_logged, "days": week.days_counted},
                "mood": _number(mood.mean) if mood.mean is not None else "—",
                "sexual_loneliness": _number(lonely.mean) if lonely.mean is not None else "—",
                "wins": week.wins,
                "setbacks": week.setbacks,
            }
        )
    return out


PREDICTOR_WORDS: dict[Predictor, tuple[str, str]] = {
    # (same day, next day)
    "sleep_hours": (
        gettext_noop("On days with more sleep"),
        gettext_noop("On days after more sleep"),
    ),
    "sleep_quality": (
        gettext_noop("On days you slept better"),
        gettext_noop("On days after you slept better"),
    ),
    "activity_minutes": (
        gettext_noop("On days with more activity"),
        gettext_noop("On days after more activity"),
    ),
    "social_contacts": (
        gettext_noop("On days with more social contact"),
        gettext_noop("On days after more social contact"),
    ),
}
OUTCOME_WORDS: dict[Outcome, str] = {
    "mood": gettext_noop("your mood"),
    "sexual_loneliness": gettext_noop("your sexual loneliness"),
    "emotional_loneliness": gettext_noop("your emotional loneliness"),
    "social_loneliness": gettext_noop("your social loneliness"),
    "longing_distress": gettext_noop("the pain of longing"),
}


def _patterns(days: list[DailyCheckin]) -> dict[str, Any]:
    found = []
    waiting = 0
    for item in insights.associations(days):
        if item.status is insights.Status.INSUFFICIENT:
            waiting += 1
        if item.status is not insights.Status.OK or item.estimate is None:
            continue
        if not item.estimate.clear:
            continue
        ci = item.estimate.r_ci_adjusted
        assert ci is not None  # clear implies an adjusted interval
        lead = _(PREDICTOR_WORDS[item.predictor][item.lag])
        higher = item.estimate.r > 0
        found.append(
            Pattern(
                sentence=(
                    _("%(lead)s, %(outcome)s tended to be higher.")
                    if higher
                    else _("%(lead)s, %(outcome)s tended to be lower.")
                )
                % {"lead": lead, "outcome": _(OUTCOME_WORDS[item.outcome])},
                detail=_("r = %(r)s (95%% interval %(low)s to %(high)s), %(n)s days")
                % {
                    "r": f"{item.estimate.r:.2f}",
                    "low": f"{ci.low:.2f}",
                    "high": f"{ci.high:.2f}",
                    "n": item.n,
                },
            )
        )
    return {"found": found, "min_pairs": insights.MIN_PAIRS, "waiting": waiting}


def _wins(rows: list[CheckIn]) -> list[tuple[date, str]]:
    with_wins = sorted((r for r in rows if r.win), key=lambda r: r.day, reverse=True)
    return [(r.day, r.win) for r in with_wins[:WINS_SHOWN]]

"""The concordance chart for the treating clinician: the partner's weekly ratings beside the
client's own, as server-rendered SVG with a table alternative. The rule for the caseload flag
is in attune.clinical.concordance (pure)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from attune.accounts.models import User
from attune.charts import Series, chart_table_rows, line_chart
from attune.checkins.models import CheckIn
from attune.clinical import concordance as rule
from attune.core.html import trusted_svg

from .models import PartnerFeedback
from .selectors import feedback_for_clinician

CHART_WEEKS = 12


def _long(day: date) -> str:
    return date_format(day, "j F Y")


def client_weeks(client: User, since: date) -> dict[date, float]:
    rows = CheckIn.objects.filter(client=client, day__gte=since).values_list(
        "day", "emotional_loneliness", "sexual_loneliness"
    )
    return rule.client_closeness(rows)


def partner_weeks(feedback: list[PartnerFeedback]) -> dict[date, int]:
    """One value per week; with two linked partners, their mean (rounded)."""
    values: dict[date, list[int]] = defaultdict(list)
    for item in feedback:
        values[item.week_start].append(item.felt_connected)
    return {week: round(sum(vs) / len(vs)) for week, vs in values.items()}


def build(client: User, today: date) -> dict[str, Any] | None:
    """Chart, table and discordance for the last CHART_WEEKS weeks; None without feedback."""
    since = rule.week_start(today) - timedelta(weeks=CHART_WEEKS - 1)
    feedback = list(feedback_for_clinician(client, since=since))
    if not feedback:
        return None
    partner = partner_weeks(feedback)
    heard: dict[date, list[int]] = defaultdict(list)
    for item in feedback:
        heard[item.week_start].append(item.felt_heard)
    own = client_weeks(client, since)
    weeks = rule.weekly_views(partner, own, today, CHART_WEEKS)
    series = [
        Series(_("Partner: felt connected"), [(w.week, w.partner) for w in weeks], marker="circle"),
        Series(
            _("Partner: felt heard"),
            [
                (w.week, sum(heard[w.week]) / len(heard[w.week]) if heard[w.week] else None)
                for w in weeks
            ],
            marker="square",
        ),
        Series(
            _("Client: closeness (10 − loneliness)"),
            [(w.week, w.client) for w in weeks],
            marker="diamond",
        ),
    ]
    svg = line_chart(
        series,
        title=_("Partner and client views of closeness, weekly"),
        desc=_(
            "Partner ratings from their weekly feedback (0–10) beside the client's closeness: "
            "10 minus the mean of their emotional and sexual loneliness check-ins that week."
        ),
        y_min=0,
        y_max=10,
        no_data=_("No partner feedback in this period"),
        x_start=weeks[0].week,
        x_end=weeks[-1].week,
        width=360,
        tick_format=lambda day, unit: date_format(day, "j M"),
        date_format=_long,
        chart_id="partner-concordance",
    )
    rows = chart_table_rows(series, date_format=_long)
    recent = rule.weekly_views(partner, own, today, rule.DISCORDANCE_WEEKS)
    return {
        "svg": trusted_svg(svg),
        "headers": [s.label for s in series],
        "rows": [(day, cells) for day, cells in rows if any(c != "—" for c in cells)],
        "gap": rule.mean_gap(recent),
        "discordant": rule.is_discordant(partner, own, today),
        "points": rule.DISCORDANCE_POINTS,
        "weeks": rule.DISCORDANCE_WEEKS,
        "latest": feedback[-1],
        "views": weeks,
    }


def prep_line(client: User, since: date, until: date) -> str:
    """One line for session prep: partner feedback since the last session, in plain words."""
    feedback = list(feedback_for_clinician(client, since=rule.week_start(since), until=until))
    if not feedback:
        return ""
    own = client_weeks(client, rule.week_start(since))
    connected = sum(f.felt_connected for f in feedback) / len(feedback)
    heard = sum(f.felt_heard for f in feedback) / len(feedback)
    client_mean = sum(own.values()) / len(own) if own else None
    words = _(
        "Partner feedback, %(n)s week(s): felt connected %(connected).1f/10, felt heard "
        "%(heard).1f/10 on average."
    ) % {"n": len(feedback), "connected": connected, "heard": heard}
    if client_mean is not None:
        words += " " + _("The client's own closeness over the same weeks: %(own).1f/10.") % {
            "own": client_mean
        }
    return str(words)

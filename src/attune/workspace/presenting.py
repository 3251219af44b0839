"""Workspace words: flags, change, progress against the expected curve, risk reasons.

Written for clinicians (third person), translated through gettext.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from attune.clinical import insights, progress
from attune.clinical.insights import Closeness
from attune.clinical.insights.thread import MIN_PHQ9_POINTS
from attune.clinical.instruments.change import ChangeCategory
from attune.questionnaires.presenting import CHANGE_WORDS

from .flags import FlagKind

if TYPE_CHECKING:
    from .selectors import CaseloadRow

FLAG_LABELS: dict[FlagKind, str] = {
    FlagKind.RISK: gettext_noop("Risk flag to follow up"),
    FlagKind.DETERIORATION: gettext_noop("Reliable deterioration"),
    FlagKind.NOT_ON_TRACK: gettext_noop("Not on track"),
    FlagKind.DISENGAGED: gettext_noop("Quiet lately"),
    FlagKind.DISCORDANCE: gettext_noop("Partner–client discordance"),
}
FLAG_HELP: dict[FlagKind, str] = {
    FlagKind.RISK: gettext_noop("A risk flag nobody has acknowledged yet."),
    FlagKind.DETERIORATION: gettext_noop(
        "A reliable change for the worse from the first to the latest score."
    ),
    FlagKind.NOT_ON_TRACK: gettext_noop(
        "The latest PHQ-9 is above the expected-improvement band for this week."
    ),
    FlagKind.DISENGAGED: gettext_noop("No check-in and no questionnaire for %(days)s days."),
    FlagKind.DISCORDANCE: gettext_noop(
        "The partner's weekly 'felt connected' and the client's own closeness (10 minus "
        "emotional and sexual loneliness) are 3 or more points apart on average over the last "
        "four weeks (at least two weeks with both; attune's own threshold)."
    ),
}
PROGRESS_WORDS: dict[progress.Status, str] = {
    progress.Status.INSUFFICIENT: gettext_noop("needs two PHQ-9 scores"),
    progress.Status.TOO_EARLY: gettext_noop("too early to judge"),
    progress.Status.ON_TRACK: gettext_noop("on track"),
    progress.Status.NOT_ON_TRACK: gettext_noop("not on track"),
}
RISK_REASONS: dict[str, str] = {
    "suicidality_item_positive": gettext_noop("PHQ-9 item 9 answered above 0"),
    "journal_risk_language": gettext_noop("Risk language in a journal entry (words not shown)"),
    "trigger_risk_language": gettext_noop("Risk language in the trigger map (words not shown)"),
    "experiment_risk_language": gettext_noop(
        "Risk language in a behavioural experiment (words not shown)"
    ),
    "values_risk_language": gettext_noop("Risk language in values work (words not shown)"),
}


def flag_label(kind: FlagKind) -> str:
    return _(FLAG_LABELS[kind])


def flag_help(kind: FlagKind, quiet_days: int) -> str:
    return (
        _(FLAG_HELP[kind]) % {"days": quiet_days}
        if kind is FlagKind.DISENGAGED
        else _(FLAG_HELP[kind])
    )


def flag_choices() -> list[tuple[str, str]]:
    return [(kind.value, flag_label(kind)) for kind in FlagKind]


def change_words(category: ChangeCategory | None) -> str:
    return str(CHANGE_WORDS[category]) if category else ""


def progress_words(status: progress.Status) -> str:
    return _(PROGRESS_WORDS[status])


def risk_reason(reason: str) -> str:
    if reason in RISK_REASONS:
        return _(RISK_REASONS[reason])
    return _("Risk language in something the client wrote (words not shown)")


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def signed(value: float) -> str:
    text = number(abs(value))
    if value > 0:
        return f"+{text}"
    return f"−{text}" if value < 0 else "0"


def progress_sentence(result: progress.Progress) -> str:
    """One line for a clinician on where the latest PHQ-9 lies against the curve."""
    band = result.band
    if result.status is progress.Status.INSUFFICIENT or band is None:
        return _("Progress against the expected curve needs at least two PHQ-9 scores.")
    values = {
        "latest": number(result.latest),
        "weeks": number(round(band.weeks, 1)),
        "expected": number(round(band.expected, 1)),
        "high": number(round(band.high, 1)),
        "baseline": number(result.baseline),
    }
    if result.status is progress.Status.TOO_EARLY:
        return (
            _(
                "Latest PHQ-9 %(latest)s, less than a week after the baseline of %(baseline)s: "
                "too early to judge progress."
            )
            % values
        )
    if result.status is progress.Status.NOT_ON_TRACK:
        return (
            _(
                "Not on track: the latest PHQ-9 of %(latest)s, %(weeks)s weeks after a "
                "baseline of %(baseline)s, is above the band's upper edge of %(high)s "
                "(expected about %(expected)s)."
            )
            % values
        )
    return (
        _(
            "On track: the latest PHQ-9 of %(latest)s, %(weeks)s weeks after a baseline of "
            "%(baseline)s, is within the band (upper edge %(high)s, expected about "
            "%(expected)s)."
        )
        % values
    )


def closeness_sentence(link: insights.ThreadLink | None, other: str) -> str:
    """How closely the client's sexual loneliness has moved with `other` (mood or PHQ-9)."""
    if link is None:
        return _("No PHQ-9 scores yet, so sexual loneliness cannot be set beside them.")
    values = {"other": other, "n": link.n}
    if link.closeness is Closeness.INSUFFICIENT:
        needed = insights.MIN_PAIRS if link.other == "mood" else MIN_PHQ9_POINTS
        return _(
            "How closely sexual loneliness moves with %(other)s shows once there are "
            "%(needed)s points with both (%(n)s so far)."
        ) % {**values, "needed": needed}
    if link.estimate is not None:
        ci = link.estimate.r_ci_adjusted
        values["r"] = f"{link.estimate.r:.2f}"
        values["ci"] = f"{ci.low:.2f} to {ci.high:.2f}" if ci is not None else "—"
    if link.closeness is Closeness.TOGETHER:
        return (
            _(
                "Sexual loneliness has moved closely with %(other)s (r = %(r)s, 95%% interval "
                "%(ci)s, n = %(n)s)."
            )
            % values
        )
    if link.closeness is Closeness.A_LITTLE:
        return (
            _(
                "Sexual loneliness has moved a little with %(other)s, mostly on its own "
                "(r = %(r)s, 95%% interval %(ci)s, n = %(n)s)."
            )
            % values
        )
    if link.closeness is Closeness.INDEPENDENT:
        return (
            _(
                "Sexual loneliness has moved fairly independently of %(other)s: a thread of "
                "its own, worth attention of its own (r = %(r)s, 95%% interval %(ci)s, "
                "n = %(n)s)."
            )
            % values
        )
    return (
        _("It is too early to tell how closely sexual loneliness moves with %(other)s (n = %(n)s).")
        % values
    )


def caseload_item(row: CaseloadRow) -> dict[str, Any]:
    """What one caseload row shows, in words."""
    return {
        "row": row,
        "flags": [(kind.value, flag_label(kind)) for kind in row.flags],
        "phq9_change": change_words(row.phq9.change) if row.phq9 else "",
        "progress": progress_words(row.progress.status),
        "others": [
            f"{score.name} {number(score.total)}"
            for score in row.other_scores
            if score.total is not None
        ],
    }

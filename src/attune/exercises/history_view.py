"""What the history pages show: which exercises help most, in translated, kind words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from attune.accounts.models import User
from attune.checkins.services import client_time_zone

from . import selectors
from .catalogue import title_of
from .change import ExerciseChange
from .models import ExerciseSession

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

RECENT_SHOWN = 20
SAME = 0.05  # a mean change smaller than this reads as "about the same"


@dataclass(frozen=True)
class SummaryRow:
    slug: str
    title: StrOrPromise
    n: int
    mean_before: str
    mean_after: str
    mean_change: str
    words: str


@dataclass(frozen=True)
class RecentRow:
    session: ExerciseSession
    title: StrOrPromise
    started: datetime
    status: str
    note: str


def number(value: float) -> str:
    text = f"{value:+.1f}" if abs(value) >= SAME else "0"
    return text.replace("-", "−")


def plain(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def points(value: float) -> str:
    text = plain(value)
    return ngettext("%(x)s point", "%(x)s points", 1 if text == "1" else 2) % {"x": text}


def change_words(item: ExerciseChange) -> str:
    if item.mean_change >= SAME:
        return _("Distress eased by %(points)s on average.") % {"points": points(item.mean_change)}
    if item.mean_change <= -SAME:
        return _(
            "Distress rose by %(points)s on average. That happens: this one may not suit you "
            "right now, and knowing that is useful too."
        ) % {"points": points(-item.mean_change)}
    return _("Distress stayed about the same on average.")


def _row(item: ExerciseChange) -> SummaryRow:
    return SummaryRow(
        slug=item.exercise,
        title=title_of(item.exercise),
        n=item.n,
        mean_before=plain(item.mean_before),
        mean_after=plain(item.mean_after),
        mean_change=number(item.mean_change),
        words=change_words(item),
    )


def _status(session: ExerciseSession) -> str:
    if session.completed:
        return _("Finished")
    if session.stopped_early:
        return _("Stopped early — that's a good choice when you need it.")
    return _("Not finished yet")


def _lead(rows: list[SummaryRow], summary: list[ExerciseChange]) -> str:
    if not summary:
        return _(
            "Once you have rated how you feel before and after an exercise, you will see here "
            "which ones ease your distress most. There is no right amount to practise."
        )
    best = summary[0]
    if best.mean_change >= SAME:
        return _("So far, %(title)s has eased your distress the most.") % {"title": rows[0].title}
    return _(
        "So far none of the exercises has eased your distress on average. That is worth "
        "knowing in itself: you might try another, take a slower pace, or talk it over with "
        "someone you trust."
    )


def build(client: User, *, include_notes: bool) -> dict[str, Any]:
    summary = selectors.change_summary(client)
    rows = [_row(item) for item in summary]
    zone = client_time_zone(client)
    recent = [
        RecentRow(
            session=session,
            title=title_of(session.exercise),
            started=timezone.localtime(session.started_at, zone),
            status=_status(session),
            note=session.note if include_notes else "",
        )
        for session in selectors.sessions_of(client)[:RECENT_SHOWN]
    ]
    return {
        "rows": rows,
        "lead": _lead(rows, summary),
        "recent": recent,
        "total": selectors.sessions_of(client).count(),
    }

"""Reads of a client's values work. Every read is scoped to one client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Q, QuerySet

from attune.accounts.models import User

from .models import ActionStatus, Anchor, Moment, SuggestedAnchor, ValueAction, ValuesRating

COUNT_WINDOW_DAYS = 28
HISTORY_LIMIT = 52
DONE_SHOWN = 20


def ratings_of(client: User, limit: int | None = HISTORY_LIMIT) -> list[ValuesRating]:
    qs = ValuesRating.objects.filter(client=client).order_by("-day")
    return list(qs[:limit] if limit else qs)


def latest_rating(client: User) -> ValuesRating | None:
    return ValuesRating.objects.filter(client=client).order_by("-day").first()


def rating_on(client: User, day: date) -> ValuesRating | None:
    return ValuesRating.objects.filter(client=client, day=day).first()


def actions_of(client: User) -> QuerySet[ValueAction]:
    return ValueAction.objects.filter(client=client)


def own_action(client: User, action_id: int) -> ValueAction | None:
    return ValueAction.objects.filter(client=client, pk=action_id).first()


def invites_reschedule(action: ValueAction, today: date) -> bool:
    """Planned for a day gone by, or marked not yet: shown as "not yet, want to reschedule?"."""
    return action.status == ActionStatus.NOT_YET or (
        action.status == ActionStatus.PLANNED and action.scheduled_on < today
    )


@dataclass(frozen=True)
class ActionGroups:
    coming_up: list[ValueAction]
    not_yet: list[ValueAction]
    done: list[ValueAction]


def grouped_actions(client: User, today: date, *, done_limit: int = DONE_SHOWN) -> ActionGroups:
    actions = list(actions_of(client))
    done = sorted(
        (a for a in actions if a.status == ActionStatus.DONE),
        key=lambda a: (a.scheduled_on, a.pk),
        reverse=True,
    )
    return ActionGroups(
        coming_up=[
            a for a in actions if a.status == ActionStatus.PLANNED and a.scheduled_on >= today
        ],
        not_yet=[a for a in actions if invites_reschedule(a, today)],
        done=done[:done_limit],
    )


def anchors_of(client: User, *, active_only: bool = False) -> list[Anchor]:
    qs = Anchor.objects.filter(client=client)
    if active_only:
        qs = qs.filter(active=True)
    return list(qs)


def own_anchor(client: User, anchor_id: int) -> Anchor | None:
    return Anchor.objects.filter(client=client, pk=anchor_id).first()


def own_moment(client: User, moment_id: int) -> Moment | None:
    return Moment.objects.filter(client=client, pk=moment_id).first()


def window_start(today: date) -> date:
    return today - timedelta(days=COUNT_WINDOW_DAYS - 1)


def anchor_counts(client: User, today: date) -> list[tuple[Anchor, int]]:
    """Each anchor (active, or with moments in the window) and its moments in the last 4 weeks."""
    start = window_start(today)
    in_window = Q(moments__day__gte=start, moments__day__lte=today)
    anchors = Anchor.objects.filter(client=client).annotate(
        recent=Count("moments", filter=in_window)
    )
    return [(a, a.recent) for a in anchors if a.active or a.recent]


def recent_moments(client: User, limit: int = 20) -> list[Moment]:
    return list(
        Moment.objects.filter(client=client)
        .select_related("anchor")
        .order_by("-day", "-pk")[:limit]
    )


def suggestions_not_adopted(client: User) -> list[str]:
    adopted = set(
        Anchor.objects.filter(client=client, active=True)
        .exclude(suggestion="")
        .values_list("suggestion", flat=True)
    )
    return [s for s in SuggestedAnchor.values if s not in adopted]

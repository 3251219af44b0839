from __future__ import annotations

from django.db.models import QuerySet

from attune.accounts.models import User

from .change import ExerciseChange, Rated, mean_change_by_exercise
from .models import ExerciseSession


def sessions_of(client: User) -> QuerySet[ExerciseSession]:
    return ExerciseSession.objects.filter(client=client).order_by("-started_at", "-pk")


def own_session(client: User, session_id: int) -> ExerciseSession | None:
    return ExerciseSession.objects.filter(client=client, pk=session_id).first()


def change_summary(client: User) -> list[ExerciseChange]:
    rows = ExerciseSession.objects.filter(client=client, distress_after__isnull=False).values_list(
        "exercise", "distress_before", "distress_after"
    )
    return mean_change_by_exercise(Rated(slug, before, after) for slug, before, after in rows)

"""Exercise session rules: start with a rating, end once (finished or stopped early)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts.models import User

from .catalogue import EXERCISES
from .models import ExerciseSession

NOTE_MAX_LENGTH = 4000


class SessionEnded(Exception):
    """The session was already finished or stopped; it is kept exactly as it was saved."""

    def __init__(self, session: ExerciseSession) -> None:
        super().__init__(f"exercise session {session.pk} already ended")
        self.session = session


def _rating(name: str, value: object, *, required: bool) -> int | None:
    if value is None or value == "":
        if required:
            raise ValidationError({name: _("Please choose a number from 0 to 10.")})
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValidationError({name: _("Please choose a whole number from 0 to 10.")})
    return value


def _note(value: str | None) -> str:
    text = (value or "").strip()
    if len(text) > NOTE_MAX_LENGTH:
        raise ValidationError(
            {"note": _("Please keep the note under %(n)s characters.") % {"n": NOTE_MAX_LENGTH}}
        )
    return text


def session_start(*, client: User, exercise: str, distress_before: object) -> ExerciseSession:
    if exercise not in EXERCISES:
        raise ValidationError({"exercise": _("There is no exercise called %s.") % exercise})
    rating = _rating("distress_before", distress_before, required=True)
    session = ExerciseSession(client=client, exercise=exercise, distress_before=rating or 0)
    session.full_clean(exclude=["client"])
    session.save()
    return session


def session_end(
    *,
    client: User,
    session: ExerciseSession,
    stopped_early: bool,
    distress_after: object = None,
    note: str | None = "",
) -> ExerciseSession:
    """Finish (an after rating is needed) or stop early (the rating is welcome, not needed).

    Returns the saved session. A second ending (a double click, a retry) raises SessionEnded
    and changes nothing.
    """
    if session.client_id != client.pk:
        raise ExerciseSession.DoesNotExist
    after = _rating("distress_after", distress_after, required=not stopped_early)
    text = _note(note)
    with transaction.atomic():
        locked = ExerciseSession.objects.select_for_update().get(pk=session.pk, client=client)
        if locked.ended:
            raise SessionEnded(locked)
        locked.distress_after = after
        locked.note = text
        locked.completed = not stopped_early
        locked.stopped_early = stopped_early
        locked.finished_at = timezone.now()
        locked.full_clean(exclude=["client"])
        locked.save()
    return locked


def same_ending(
    session: ExerciseSession, *, stopped_early: bool, distress_after: object, note: str | None
) -> bool:
    """A retried ending that asks for exactly what was saved (so it can answer as before)."""
    return (
        session.ended
        and session.stopped_early == stopped_early
        and session.distress_after == distress_after
        and session.note == (note or "").strip()
    )

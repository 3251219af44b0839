"""Rules for values ratings, value statements, committed actions and anchors of connection.

Every write validates first and changes nothing when refused. Free text is screened for risk
language after saving (saving is never blocked); the caller shows crisis lines on a hit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts.models import User
from attune.checkins.services import client_today
from attune.safety.services import SafetyResponse, screen_and_respond

from .models import (
    DOMAINS,
    ActionStatus,
    Anchor,
    Moment,
    SuggestedAnchor,
    ValueAction,
    ValuesRating,
    ValueStatement,
    rating_field,
)

MAX_STATEMENT = 2000
MAX_ACTION = 500
MAX_REFLECTION = 2000
MAX_ANCHOR_NAME = 120
MAX_NOTE = 1000
MAX_WHO_WITH = 120
MAX_DAYS_BACK = 366
MAX_DAYS_AHEAD = 366
DUPLICATE_WINDOW = timedelta(seconds=30)


@dataclass(frozen=True)
class Written:
    """A saved record and what screening its words found."""

    record: Any
    screening: SafetyResponse | None

    @property
    def needs_support(self) -> bool:
        return self.screening is not None

    @property
    def support(self) -> dict[str, Any] | None:
        return self.screening.support if self.screening is not None else None


def _text(name: str, value: str | None, limit: int, *, required: bool = False) -> str:
    clean = (value or "").strip()
    if required and not clean:
        raise ValidationError({name: _("Please write a few words here.")})
    if len(clean) > limit:
        raise ValidationError(
            {name: _("Please keep this to %(n)s characters or fewer.") % {"n": limit}}
        )
    return clean


def _just_written(model: type[Any], client: User, same: dict[str, Any], **filters: Any) -> Any:
    """The record a double click or a retry already created, if any: stored exactly once.

    Free text is encrypted (not comparable in SQL), so recent candidates are compared here.
    """
    since = timezone.now() - DUPLICATE_WINDOW
    candidates = model.objects.filter(client=client, created_at__gte=since, **filters)
    for record in candidates.order_by("-pk")[:20]:
        if all(getattr(record, name) == value for name, value in same.items()):
            return record
    return None


def _screen(
    client: User,
    texts: list[str],
    source: str,
    *,
    entry_key: str = "",
    before: list[str] | None = None,
) -> SafetyResponse | None:
    if not any(texts):
        return None
    return screen_and_respond(
        writer=client,
        texts=texts,
        source=source,
        context="free",
        before=before,
        entry_key=entry_key,
    )


# Ratings --------------------------------------------------------------------------------


def _check_rating_day(client: User, day: date) -> None:
    today = client_today(client)
    if day > today:
        raise ValidationError({"date": _("A rating cannot be for a day that has not come yet.")})
    if day < today - timedelta(days=MAX_DAYS_BACK):
        raise ValidationError(
            {"date": _("A rating can be added for up to %(n)s days back.") % {"n": MAX_DAYS_BACK}}
        )


def _rating_values(ratings: dict[str, dict[str, int]]) -> dict[str, int]:
    values: dict[str, int] = {}
    errors: dict[str, str] = {}
    for domain in DOMAINS:
        pair = ratings.get(domain) or {}
        for kind in ("importance", "consistency"):
            number = pair.get(kind)
            field = rating_field(domain, kind)
            if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 10:
                errors[field] = _("Choose a number from 1 to 10.")
            else:
                values[field] = number
    unknown = set(ratings) - set(DOMAINS)
    for name in unknown:
        errors[name] = _("This is not one of the ten areas.")
    if errors:
        raise ValidationError(errors)
    return values


def rating_save(
    *, client: User, ratings: dict[str, dict[str, int]], day: date | None = None
) -> tuple[ValuesRating, bool]:
    """Create the day's rating, or replace it if there is one. Returns (rating, created)."""
    day = day or client_today(client)
    _check_rating_day(client, day)
    values = _rating_values(ratings)
    with transaction.atomic():
        rating = ValuesRating.objects.select_for_update().filter(client=client, day=day).first()
        created = rating is None
        if rating is None:
            rating = ValuesRating(client=client, day=day)
        for name, number in values.items():
            setattr(rating, name, number)
        rating.full_clean(exclude=["client"], validate_unique=False, validate_constraints=False)
        try:
            with transaction.atomic():
                rating.save()
        except IntegrityError:
            raise ValidationError(
                {"date": _("This day was rated at the same moment elsewhere; please try again.")}
            ) from None
    return rating, created


# Statements -----------------------------------------------------------------------------


def statements_save(*, client: User, texts: dict[str, str]) -> Written:
    """Save the client's statements; an empty text removes that area's statement."""
    unknown = set(texts) - set(DOMAINS)
    if unknown:
        raise ValidationError({name: _("This is not one of the ten areas.") for name in unknown})
    clean = {d: _text(f"statement_{d}", t, MAX_STATEMENT) for d, t in texts.items()}
    existing = {s.domain: s for s in ValueStatement.objects.filter(client=client)}
    changed: list[str] = []
    previous: list[str] = []
    with transaction.atomic():
        for domain, text in clean.items():
            current = existing.get(domain)
            if not text:
                if current is not None:
                    current.delete()
                continue
            if current is None:
                ValueStatement.objects.create(client=client, domain=domain, text=text)
                changed.append(text)
            elif current.text != text:
                previous.append(current.text)
                current.text = text
                current.save()
                changed.append(text)
    return Written(None, _screen(client, changed, "values", before=previous))


# Actions --------------------------------------------------------------------------------


def _check_action_day(client: User, day: date, *, unchanged_from: date | None = None) -> None:
    if day == unchanged_from:
        return
    today = client_today(client)
    if day < today:
        raise ValidationError({"date": _("Choose today or a day still to come.")})
    if day > today + timedelta(days=MAX_DAYS_AHEAD):
        raise ValidationError(
            {"date": _("Choose a day within the next %(n)s days.") % {"n": MAX_DAYS_AHEAD}}
        )


def _check_domain(domain: str) -> None:
    if domain not in DOMAINS:
        raise ValidationError({"domain": _("Choose one of the ten areas.")})


def action_create(
    *, client: User, domain: str, action: str, scheduled_on: date, scheduled_time: time | None
) -> Written:
    _check_domain(domain)
    text = _text("action", action, MAX_ACTION, required=True)
    _check_action_day(client, scheduled_on)
    again = _just_written(
        ValueAction,
        client,
        {"action": text, "scheduled_time": scheduled_time},
        domain=domain,
        scheduled_on=scheduled_on,
    )
    if again is not None:
        return Written(again, None)
    record = ValueAction(
        client=client,
        domain=domain,
        action=text,
        scheduled_on=scheduled_on,
        scheduled_time=scheduled_time,
    )
    record.full_clean(exclude=["client"])
    record.save()
    return Written(record, _screen(client, [text], "values"))


EDITABLE_ACTION_FIELDS = frozenset(
    {"domain", "action", "scheduled_on", "scheduled_time", "status", "reflection"}
)


def action_update(*, client: User, record: ValueAction, **fields: Any) -> Written:
    """Change any of the action's fields. A new day in the past is refused; keeping an old
    day is fine. Moving a "not yet" action to a new day plans it again (a reschedule)."""
    if record.client_id != client.pk:
        raise ValueAction.DoesNotExist
    unknown = set(fields) - EDITABLE_ACTION_FIELDS
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    if "domain" in fields:
        _check_domain(fields["domain"])
    if "status" in fields and fields["status"] not in ActionStatus.values:
        raise ValidationError({"status": _("Choose planned, done or not yet.")})
    if "action" in fields:
        fields["action"] = _text("action", fields["action"], MAX_ACTION, required=True)
    if "reflection" in fields:
        fields["reflection"] = _text("reflection", fields["reflection"], MAX_REFLECTION)
    if "scheduled_on" in fields:
        if fields["scheduled_on"] is None:
            raise ValidationError({"date": _("Choose a day.")})
        _check_action_day(client, fields["scheduled_on"], unchanged_from=record.scheduled_on)
        moved = fields["scheduled_on"] != record.scheduled_on
        if moved and "status" not in fields and record.status == ActionStatus.NOT_YET:
            fields["status"] = ActionStatus.PLANNED
    stored = ValueAction.objects.filter(pk=record.pk).values_list("action", "reflection").first()
    before = list(stored) if stored else ["", ""]
    for name, value in fields.items():
        setattr(record, name, value)
    record.full_clean(exclude=["client"])
    record.save()
    return Written(
        record,
        _screen(
            client,
            [record.action, record.reflection],
            "values",
            before=before,
            entry_key=f"valuework.valueaction:{record.pk}",
        ),
    )


def action_mark(
    *,
    client: User,
    record: ValueAction,
    status: str,
    reflection: str,
    reschedule_to: date | None = None,
    reschedule_time: time | None = None,
) -> Written:
    """Mark done or not yet, with an optional reflection. "Not yet" may come with a new day."""
    if status not in (ActionStatus.DONE, ActionStatus.NOT_YET):
        raise ValidationError({"status": _("Choose done or not yet.")})
    fields: dict[str, Any] = {"status": status, "reflection": reflection}
    if reschedule_to is not None:
        if status == ActionStatus.DONE:
            raise ValidationError({"date": _("A done action does not need a new day.")})
        _check_action_day(client, reschedule_to)
        fields.update(
            status=ActionStatus.PLANNED, scheduled_on=reschedule_to, scheduled_time=reschedule_time
        )
    return action_update(client=client, record=record, **fields)


def action_reschedule(
    *, client: User, record: ValueAction, scheduled_on: date, scheduled_time: time | None
) -> Written:
    _check_action_day(client, scheduled_on)
    return action_update(
        client=client,
        record=record,
        scheduled_on=scheduled_on,
        scheduled_time=scheduled_time,
        status=ActionStatus.PLANNED,
    )


def action_delete(*, client: User, record: ValueAction) -> None:
    if record.client_id != client.pk:
        raise ValueAction.DoesNotExist
    record.delete()


# Anchors --------------------------------------------------------------------------------


def anchor_adopt(*, client: User, suggestion: str) -> Anchor:
    if suggestion not in SuggestedAnchor.values:
        raise ValidationError({"suggested": _("Choose one of the suggested anchors.")})
    with transaction.atomic():
        anchor, created = Anchor.objects.get_or_create(client=client, suggestion=suggestion)
        if not created and not anchor.active:
            anchor.active = True
            anchor.save()
    return anchor


def anchor_create(*, client: User, name: str) -> Written:
    text = _text("name", name, MAX_ANCHOR_NAME, required=True)
    again = _just_written(Anchor, client, {"name": text}, suggestion="")
    if again is not None:
        return Written(again, None)
    anchor = Anchor.objects.create(client=client, name=text)
    return Written(
        anchor, _screen(client, [text], "values", entry_key=f"valuework.anchor:{anchor.pk}")
    )


def anchor_set_active(*, client: User, anchor: Anchor, active: bool) -> None:
    if anchor.client_id != client.pk:
        raise Anchor.DoesNotExist
    anchor.active = active
    anchor.save()


def _check_moment_day(client: User, day: date) -> None:
    today = client_today(client)
    if day > today:
        raise ValidationError({"date": _("A moment cannot be on a day that has not come yet.")})
    if day < today - timedelta(days=MAX_DAYS_BACK):
        raise ValidationError(
            {"date": _("A moment can be added for up to %(n)s days back.") % {"n": MAX_DAYS_BACK}}
        )


def moment_log(
    *, client: User, anchor: Anchor, day: date | None, note: str = "", who_with: str = ""
) -> Written:
    if anchor.client_id != client.pk:
        raise Anchor.DoesNotExist
    day = day or client_today(client)
    _check_moment_day(client, day)
    note_text = _text("note", note, MAX_NOTE)
    who = _text("who_with", who_with, MAX_WHO_WITH)
    again = _just_written(
        Moment, client, {"note": note_text, "who_with": who}, anchor=anchor, day=day
    )
    if again is not None:
        return Written(again, None)
    moment = Moment.objects.create(
        client=client, anchor=anchor, day=day, note=note_text, who_with=who
    )
    return Written(
        moment, _screen(client, [note_text], "values", entry_key=f"valuework.moment:{moment.pk}")
    )


def moment_delete(*, client: User, moment: Moment) -> None:
    if moment.client_id != client.pk:
        raise Moment.DoesNotExist
    moment.delete()

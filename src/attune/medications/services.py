"""Medication timeline rules: clean input, write medicines, dose changes, stops and side
effects, screen the client's words, and answer the plan's antidepressant question.

Every write is atomic and refuses bad input with a ValidationError naming the field, before
anything is stored. Screening (``_screen``) runs after the write and never blocks it
(DESIGN.md, "Safety first" and "Nothing lost").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import Role, User
from attune.checkins.services import client_today
from attune.plans import services as plans
from attune.safety.services import screen_and_respond

from . import selectors
from .models import (
    DOSE_MAX,
    DoseChange,
    Medication,
    PlanAnswer,
    SideEffect,
    SideEffectKind,
    StopAnswer,
    Unit,
)

logger = logging.getLogger(__name__)

NAME_MAX = 120
REASON_MAX = 1000
NOTE_MAX = 2000
OTHER_MAX = 120
SOURCE = "medication"
EARLIEST = date(1900, 1, 1)
CONTEXT = "free"


@dataclass(frozen=True)
class Written:
    """The record written and, when its new words gave a concern, the support to show."""

    record: Medication | DoseChange | SideEffect
    support: dict[str, Any] | None = None


# Cleaning -------------------------------------------------------------------------------


def _require_client(client: User) -> None:
    if Role.CLIENT not in people.roles_of(client):
        raise PermissionDenied(_("Only clients keep a medication timeline."))


def _text(value: object, field: str, limit: int, errors: dict[str, str]) -> str:
    text = str(value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        errors[field] = _("Please keep this to %(n)s characters.") % {"n": limit}
    return text


def _name(value: object, errors: dict[str, str]) -> str:
    name = " ".join(str(value or "").split())
    if not name:
        errors["name"] = _("Please write the medicine's name.")
    elif len(name) > NAME_MAX:
        errors["name"] = _("A name can be up to %(n)s characters long.") % {"n": NAME_MAX}
    return name


def _dose(value: object, errors: dict[str, str]) -> Decimal:
    try:
        dose = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        errors["dose"] = _("Please give the dose as a number, such as 50 or 2.5.")
        return Decimal(0)
    if not dose.is_finite() or dose <= 0:
        errors["dose"] = _("Please give a dose above 0.")
    elif dose > DOSE_MAX:
        errors["dose"] = _("That dose is larger than attune can store; please check it.")
    elif dose != dose.quantize(Decimal("0.001")):
        errors["dose"] = _("Please use at most three decimal places.")
    return dose


def _unit(value: object, errors: dict[str, str]) -> str:
    unit = str(value or "")
    if unit not in Unit.values:
        errors["unit"] = _("Please choose a unit from the list.")
    return unit


def _day(value: object, field: str, errors: dict[str, str]) -> date:
    if not isinstance(value, date):
        errors[field] = _("Please give a date.")
        return date.min
    return value


def _not_future(day: date, field: str, today: date, errors: dict[str, str]) -> None:
    if field in errors:
        return
    if day > today:
        errors[field] = _("This date is in the future; please give the day it happened.")
    elif day < EARLIEST:
        errors[field] = _("Please check the year: attune keeps dates from 1900 on.")


def _raise(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


# Screening ------------------------------------------------------------------------------


def _screen(
    client: User, texts: list[str], before: list[str] | None, entry_key: str
) -> dict[str, Any] | None:
    """Screen the new words of one write; a failure is logged loudly, never loses the record."""
    words = [text for text in texts if text]
    if not words:
        return None
    try:
        with transaction.atomic():
            response = screen_and_respond(
                writer=client,
                texts=words,
                source=SOURCE,
                context=CONTEXT,
                before=before,
                entry_key=entry_key,
            )
    except Exception:
        logger.exception("Medication screening failed for %s", entry_key)
        return None
    return None if response is None else response.support


# Writing --------------------------------------------------------------------------------


def medication_create(
    *,
    client: User,
    name: str,
    dose: object,
    unit: str,
    started_on: object,
    note: str = "",
) -> Written:
    _require_client(client)
    errors: dict[str, str] = {}
    clean_name = _name(name, errors)
    clean_dose = _dose(dose, errors)
    clean_unit = _unit(unit, errors)
    start = _day(started_on, "started_on", errors)
    _not_future(start, "started_on", client_today(client), errors)
    clean_note = _text(note, "note", NOTE_MAX, errors)
    _raise(errors)
    with transaction.atomic():
        medication = Medication.objects.create(
            client=client,
            name=clean_name,
            dose=clean_dose,
            unit=clean_unit,
            started_on=start,
            note=clean_note,
        )
    support = _screen(
        client, [clean_name, clean_note], None, f"medications.medication:{medication.pk}"
    )
    return Written(medication, support)


def _own(client: User, medication: Medication) -> None:
    if medication.client_id != client.pk:
        raise Medication.DoesNotExist


def dose_change_create(
    *,
    client: User,
    medication: Medication,
    changed_on: object,
    dose: object,
    unit: str,
    reason: str = "",
) -> Written:
    """A dated change of dose. The day must be on or after the start, not in the future, and
    not after the medicine was stopped."""
    _own(client, medication)
    errors: dict[str, str] = {}
    day = _day(changed_on, "date", errors)
    clean_dose = _dose(dose, errors)
    clean_unit = _unit(unit, errors)
    clean_reason = _text(reason, "reason", REASON_MAX, errors)
    if "date" not in errors:
        if day < medication.started_on:
            errors["date"] = _(
                "A change cannot be before the day you started this medicine (%(day)s)."
            ) % {"day": medication.started_on.isoformat()}
        elif medication.stopped_on is not None and day > medication.stopped_on:
            errors["date"] = _(
                "A change cannot be after the day you stopped this medicine (%(day)s)."
            ) % {"day": medication.stopped_on.isoformat()}
    _not_future(day, "date", client_today(client), errors)
    _raise(errors)
    with transaction.atomic():
        change = DoseChange.objects.create(
            client=client,
            medication=medication,
            changed_on=day,
            dose=clean_dose,
            unit=clean_unit,
            reason=clean_reason,
        )
    support = _screen(client, [clean_reason], None, f"medications.dosechange:{change.pk}")
    return Written(change, support)


def medication_stop(
    *, client: User, medication: Medication, stopped_on: object = None, reason: str = ""
) -> Written:
    """The day the client stopped (today when not given): on or after the start and the last
    dose change, not in the future. Stopping again moves the day."""
    _own(client, medication)
    today = client_today(client)
    errors: dict[str, str] = {}
    day = today if stopped_on is None else _day(stopped_on, "date", errors)
    clean_reason = _text(reason, "reason", REASON_MAX, errors)
    if "date" not in errors:
        last_change = medication.changes.order_by("-changed_on").values_list(
            "changed_on", flat=True
        )
        latest = max([medication.started_on, *last_change[:1]])
        if day < latest:
            errors["date"] = _(
                "The day you stopped cannot be before %(day)s, the start or the last dose change."
            ) % {"day": latest.isoformat()}
    _not_future(day, "date", today, errors)
    _raise(errors)
    before = medication.stop_reason
    with transaction.atomic():
        medication.stopped_on = day
        medication.stop_reason = clean_reason
        medication.save()
    support = _screen(client, [clean_reason], [before], f"medications.medication:{medication.pk}")
    return Written(medication, support)


def side_effect_create(
    *,
    client: User,
    noticed_on: object,
    kind: str,
    rating: int | None = None,
    other: str = "",
    note: str = "",
    medication: Medication | None = None,
) -> Written:
    _require_client(client)
    if medication is not None:
        _own(client, medication)
    errors: dict[str, str] = {}
    day = _day(noticed_on, "date", errors)
    _not_future(day, "date", client_today(client), errors)
    if kind not in SideEffectKind.values:
        errors["kind"] = _("Please choose what you noticed from the list.")
    clean_other = _text(other, "other", OTHER_MAX, errors)
    if kind == SideEffectKind.OTHER and not clean_other and "other" not in errors:
        errors["other"] = _("Please say in a few words what you noticed.")
    if kind != SideEffectKind.OTHER:
        clean_other = ""
    if rating is not None and (isinstance(rating, bool) or not 0 <= rating <= 10):
        errors["rating"] = _("A rating is a whole number from 0 to 10, or none.")
    clean_note = _text(note, "note", NOTE_MAX, errors)
    _raise(errors)
    with transaction.atomic():
        effect = SideEffect.objects.create(
            client=client,
            medication=medication,
            noticed_on=day,
            kind=kind,
            rating=rating,
            other=clean_other,
            note=clean_note,
        )
    support = _screen(
        client, [clean_other, clean_note], None, f"medications.sideeffect:{effect.pk}"
    )
    return Written(effect, support)


# The plan's antidepressant flag ---------------------------------------------------------


@transaction.atomic
def plan_question_answer(*, client: User, medication: Medication, use_in_plan: bool) -> bool:
    """The client's answer to "Is this an antidepressant? Use this in your plan?" for one
    current medicine. "Yes" turns the plan's antidepressant flag on (a new plan version);
    "no" is remembered, so the page stops asking about it. Returns whether the plan changed."""
    _own(client, medication)
    medication.plan_answer = PlanAnswer.YES if use_in_plan else PlanAnswer.NO
    medication.save(update_fields=["plan_answer", "updated_at"])
    if not use_in_plan:
        return False
    return plans.plan_set_antidepressant(client=client, on=True)


@transaction.atomic
def plan_stop_answer(*, client: User, keep: bool) -> bool:
    """After the last medicine used in the plan stopped: keep its medication steps, or take
    them out (the flag goes off). Remembered on the stopped medicines, so the page asks once.
    Returns whether the plan changed."""
    _require_client(client)
    answer = StopAnswer.KEEP if keep else StopAnswer.REMOVE
    for medication in selectors.stopped_unanswered(selectors.medications_of(client)):
        medication.stop_answer = answer
        medication.save(update_fields=["stop_answer", "updated_at"])
    if keep:
        return False
    return plans.plan_set_antidepressant(client=client, on=False)

"""Questionnaire rules: who may assign what, what is due, submitting, and safety escalation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import ClientProfile, Organisation, RelationshipStatus, Role, User
from attune.audit.models import AuditEvent
from attune.audit.services import audit_record
from attune.checkins.services import client_today
from attune.clinical.instruments import AnswerError, get_instrument, score
from attune.clinical.instruments.catalogue import INSTRUMENTS
from attune.clinical.instruments.schedule import Cadence, Due, Schedule, due
from attune.clinical.instruments.scoring import SUICIDALITY_FLAG
from attune.safety.models import RiskFlag

from .models import Administration, Assignment, InstrumentLicence

SELF_GUIDED_SET: dict[str, tuple[Cadence, int | None]] = {
    # Two-weekly where the time frame is two weeks; monthly for the slower-moving scales.
    "phq9": (Cadence.EVERY_N_DAYS, 14),
    "ucla3": (Cadence.MONTHLY, None),
    "djg6": (Cadence.MONTHLY, None),
    "who5": (Cadence.EVERY_N_DAYS, 14),
}
PARTNERED_EXTRA: dict[str, tuple[Cadence, int | None]] = {"csi4": (Cadence.MONTHLY, None)}
PARTNERED = {
    RelationshipStatus.PARTNERED,
    RelationshipStatus.PARTNERED_APART,
}


@dataclass(frozen=True)
class DueItem:
    assignment: Assignment
    due: Due
    started: Administration | None


@dataclass(frozen=True)
class Submission:
    administration: Administration
    risk_flag: RiskFlag | None
    replaced_start: bool


# --- availability ---------------------------------------------------------------------------


def _organisations(client: User) -> list[Organisation]:
    return list(people.organisations_of(client, Role.CLIENT))


def instrument_available(organisations: Sequence[Organisation], instrument_id: str) -> bool:
    """Free instruments always; permission-only ones once an admin records the licence."""
    if not get_instrument(instrument_id).licence.requires_permission:
        return True
    return InstrumentLicence.objects.filter(
        organisation__in=organisations, instrument=instrument_id
    ).exists()


def available_instruments(client: User) -> list[str]:
    orgs = _organisations(client)
    licensed = set(
        InstrumentLicence.objects.filter(organisation__in=orgs).values_list("instrument", flat=True)
    )
    return [
        i.id for i in INSTRUMENTS.values() if not i.licence.requires_permission or i.id in licensed
    ]


def _require_usable(client: User, instrument_id: str) -> None:
    if instrument_id not in INSTRUMENTS:
        raise ValidationError({"instrument": _("Unknown questionnaire.")})
    if not instrument_available(_organisations(client), instrument_id):
        message = _("This questionnaire needs a licence your organisation has not recorded.")
        raise ValidationError({"instrument": message})


def licence_record(
    *, admin: User, organisation: Organisation, instrument_id: str, reference: str
) -> InstrumentLicence:
    if not people.organisations_of(admin, Role.ADMIN).filter(pk=organisation.pk).exists():
        raise PermissionDenied
    if not get_instrument(instrument_id).licence.requires_permission:
        raise ValidationError({"instrument": _("This instrument does not need a licence record.")})
    if not reference.strip():
        raise ValidationError({"reference": _("Say where the permission is recorded.")})
    licence, _created = InstrumentLicence.objects.update_or_create(
        organisation=organisation,
        instrument=instrument_id,
        defaults={"reference": reference.strip(), "recorded_by": admin},
    )
    audit_record(
        action=AuditEvent.Action.CREATE,
        subject_uuid=None,
        object_type="questionnaires.licence",
        object_id=licence.pk,
    )
    return licence


# --- assignments ----------------------------------------------------------------------------


def _may_assign(by: User, client: User) -> bool:
    return by.pk == client.pk or people.clinician_treats(by, client)


@transaction.atomic
def assignment_set(
    *,
    by: User,
    client: User,
    instrument_id: str,
    cadence: str,
    start_on: date,
    every_days: int | None = None,
) -> Assignment:
    """Assign (or re-time) a questionnaire; an earlier active one for it is replaced."""
    if not _may_assign(by, client):
        raise PermissionDenied
    _require_usable(client, instrument_id)
    try:
        Schedule(start_on, Cadence(cadence), every_days)
    except ValueError:
        raise ValidationError(
            {"every_days": _("Choose how many days apart (1 to 365) for this cadence.")}
        ) from None
    Assignment.objects.filter(client=client, instrument=instrument_id, active=True).update(
        active=False
    )
    return Assignment.objects.create(
        client=client,
        instrument=instrument_id,
        cadence=cadence,
        every_days=every_days,
        start_on=start_on,
        assigned_by=None if by.pk == client.pk else by,
    )


def assignment_stop(*, by: User, assignment: Assignment) -> None:
    if not _may_assign(by, assignment.client):
        raise PermissionDenied
    assignment.active = False
    assignment.save(update_fields=["active", "updated_at"])


def recommended_set(client: User) -> dict[str, tuple[Cadence, int | None]]:
    profile = ClientProfile.objects.filter(client=client).only("relationship_status").first()
    chosen = dict(SELF_GUIDED_SET)
    if profile is not None and profile.relationship_status in PARTNERED:
        chosen.update(PARTNERED_EXTRA)
    available = set(available_instruments(client))
    return {key: value for key, value in chosen.items() if key in available}


def recommended_set_start(*, client: User) -> list[Assignment]:
    """Give a self-guided client the recommended questionnaires they do not have yet."""
    have = set(
        Assignment.objects.filter(client=client, active=True).values_list("instrument", flat=True)
    )
    today = client_today(client)
    return [
        assignment_set(
            by=client,
            client=client,
            instrument_id=instrument_id,
            cadence=cadence,
            every_days=every,
            start_on=today,
        )
        for instrument_id, (cadence, every) in recommended_set(client).items()
        if instrument_id not in have
    ]


# --- what is due ----------------------------------------------------------------------------


def due_for(client: User, today: date | None = None) -> list[DueItem]:
    """Open questionnaires, oldest first; two queries whatever the number of assignments."""
    today = today or client_today(client)
    assignments = list(Assignment.objects.filter(client=client, active=True).order_by("pk"))
    last: dict[str, date] = {}
    started: dict[str, Administration] = {}
    for record in Administration.objects.filter(
        client=client, instrument__in=[a.instrument for a in assignments]
    ).only("instrument", "status", "submitted_on", "answers", "client_id"):
        if record.status == Administration.IN_PROGRESS:
            started[record.instrument] = record
        elif record.submitted_on and record.submitted_on > last.get(record.instrument, date.min):
            last[record.instrument] = record.submitted_on
    items = []
    for assignment in assignments:
        open_now = due(assignment.schedule, today, last.get(assignment.instrument))
        if open_now is not None:
            items.append(DueItem(assignment, open_now, started.get(assignment.instrument)))
    return sorted(items, key=lambda item: item.due.due_on)


# --- answering ------------------------------------------------------------------------------


def _answer_error(exc: AnswerError) -> ValidationError:
    return ValidationError({"answers": str(exc)})


def start_save(
    *, client: User, instrument_id: str, answers: Sequence[int | None]
) -> Administration:
    """Keep partial answers so the client can finish later (nothing is scored)."""
    instrument = get_instrument(instrument_id)
    if len(answers) != instrument.item_count:
        raise ValidationError(
            {"answers": _("Expected %(n)s answers.") % {"n": instrument.item_count}}
        )
    for item, answer in zip(instrument.items, answers, strict=True):
        if answer is not None and answer not in item.codes:
            raise ValidationError(
                {
                    "answers": _("Item %(item)s must be %(low)s–%(high)s.")
                    % {"item": item.number, "low": item.min_code, "high": item.max_code}
                }
            )
    record, _created = Administration.objects.update_or_create(
        client=client,
        instrument=instrument_id,
        status=Administration.IN_PROGRESS,
        defaults={"answers": list(answers)},
    )
    return record


@transaction.atomic
def submit(*, client: User, instrument_id: str, answers: Sequence[int]) -> Submission:
    """Score and store a completed questionnaire; a positive critical item raises a flag.

    Invalid answers raise ValidationError naming the item and its range; nothing is stored.
    """
    _require_usable(client, instrument_id)
    try:
        result = score(instrument_id, list(answers))
    except AnswerError as exc:
        raise _answer_error(exc) from None
    now = timezone.now()
    assignment = Assignment.objects.filter(
        client=client, instrument=instrument_id, active=True
    ).first()
    started = Administration.objects.filter(
        client=client, instrument=instrument_id, status=Administration.IN_PROGRESS
    ).first()
    record = started or Administration(client=client, instrument=instrument_id)
    record.assignment = assignment
    record.status = Administration.SUBMITTED
    record.answers = list(answers)
    record.total = None if result.total is None else float(result.total)
    record.band = result.band or ""
    record.subscales = dict(result.subscales)
    record.flags = list(result.flags)
    record.scoring_version = result.scoring_version
    record.submitted_at = now
    record.submitted_on = client_today(client, now)
    record.save()
    flag = _escalate(client, record) if SUICIDALITY_FLAG in result.flags else None
    return Submission(record, flag, replaced_start=started is not None)


def _escalate(client: User, record: Administration) -> RiskFlag:
    item = get_instrument(record.instrument).critical_items[0]
    flag = RiskFlag.objects.create(
        client=client,
        administration=record,
        reason=SUICIDALITY_FLAG,
        item_answer=record.answers[item - 1],
        concern=RiskFlag.Concern.SELF,
        level=RiskFlag.Level.HIGH,
        category=f"{record.instrument}_item{item}",
        source=RiskFlag.Source.QUESTIONNAIRE,
        entry_key=f"questionnaires.administration:{record.pk}",
    )
    from .tasks import notify_clinicians_of_flag

    transaction.on_commit(lambda: notify_clinicians_of_flag(flag.pk))
    return flag

"""The private couple safety check: recording answers, telling the clinician only when the
client chooses, resolving a concern (attune.clinical.safety.couple_check for the rule).

Nothing here reaches a partner: no notification, no email, no change to anything they can
see except what the client chooses on the partner page (the quiet controls). A concern
pauses couple steps in the plan (``plans.services.plan_fit_couple_steps``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import Role, User
from attune.audit.services import audit_read
from attune.clinical.safety import couple_check as rule

from . import selectors, services
from .models import CoupleCheck, RiskFlag
from .signals import couple_concern_started

FLAG_CATEGORY = "harm_from_others:couple_check"
FLAG_REASON = "couple_check_concern"


def entry_key(check: CoupleCheck) -> str:
    return f"safety.couplecheck:{check.pk}"


@dataclass(frozen=True)
class CoupleCheckRecorded:
    check: CoupleCheck
    # The harm-from-others support block (API ``Support``) when there is a concern.
    support: dict[str, Any] | None


def _require_client(client: User) -> None:
    if Role.CLIENT not in people.roles_of(client):
        raise PermissionDenied


def concern_support(client: User) -> dict[str, Any]:
    """The one support payload, for harm from others, with nothing told to anyone yet."""
    support = services.support_for(client, level="possible", concern="others")
    support["clinician_told"] = False
    support["message"] = _(
        "Thank you for answering. Some of your answers suggest things may not always feel "
        "safe or free. That is never your fault. You can talk to people who help, in "
        "confidence, and you decide what happens next. If you are in danger now, call the "
        "emergency number."
    )
    return support


@transaction.atomic
def couple_check_record(*, client: User, answers: Mapping[str, object]) -> CoupleCheckRecorded:
    """Store one completed check (raises ValidationError naming the question)."""
    _require_client(client)
    wrong = rule.problems(answers)
    if wrong:
        raise ValidationError(
            {
                field: _("Please choose one of the answers.")
                if field in rule.IDS
                else _("This is not one of the questions.")
                for field in wrong
            }
        )
    assessed = rule.assess(answers)
    stood = selectors.couple_concern_stands(client)
    check = CoupleCheck.objects.create(client=client, concern=assessed.concern, **assessed.answers)
    if check.stands and not stood:
        couple_concern_started.send(sender=CoupleCheck, client=client)
    if stood != check.stands:
        _fit_plan(client)
    return CoupleCheckRecorded(check, concern_support(client) if check.concern else None)


def answer_rows(check: CoupleCheck) -> list[tuple[str, str]]:
    """Each question with the answer in plain words."""
    rows = []
    for question in rule.QUESTIONS:
        value = getattr(check, question.id)
        rows.append((_(question.text), _(rule.ANSWER_LABELS.get(value, value))))
    return rows


def _own(client: User, check: CoupleCheck) -> None:
    if check.client_id != client.pk:
        raise PermissionDenied


@transaction.atomic
def couple_check_tell_clinician(*, client: User, check: CoupleCheck) -> RiskFlag:
    """The client chose to tell their clinician: a harm-from-others flag (its email to the
    clinicians carries no details; nothing goes to the partner)."""
    _own(client, check)
    if not check.concern:
        raise ValidationError(_("This check found nothing to tell your clinician about."))
    if not people.clinicians_of(client).exists():
        raise ValidationError(_("You do not have a clinician in attune at the moment."))
    if check.flag_id is not None and check.flag is not None:
        return check.flag
    flag = services._raise_flag(
        client,
        concern=RiskFlag.Concern.OTHERS,
        level=RiskFlag.Level.HIGH,
        category=FLAG_CATEGORY,
        source=RiskFlag.Source.COUPLE_CHECK,
        entry_key=entry_key(check),
        reason=FLAG_REASON,
    )
    check.flag = flag
    check.save(update_fields=["flag", "updated_at"])
    return flag


@transaction.atomic
def couple_check_resolve(*, client: User, check: CoupleCheck) -> CoupleCheck:
    """The client says the concern no longer stands: couple steps may come back."""
    _own(client, check)
    if not check.stands or selectors.latest_couple_check(client) != check:
        raise ValidationError(_("There is nothing open to mark as resolved."))
    check.resolved_at = timezone.now()
    check.save(update_fields=["resolved_at", "updated_at"])
    _fit_plan(client)
    return check


def _fit_plan(client: User) -> None:
    from attune.plans.services import plan_fit_couple_steps

    plan_fit_couple_steps(client=client)


@dataclass(frozen=True)
class ClinicianView:
    check: CoupleCheck | None
    couple_steps_paused: bool


def couple_check_for_clinician(*, clinician: User, client: User) -> ClinicianView:
    """The latest check for the client's treating clinician (active, consented care only);
    the read is audited like other clinician reads."""
    if not people.clinician_treats(clinician, client):
        raise PermissionDenied
    check = selectors.latest_couple_check(client)
    if check is not None:  # nothing answered yet: no record was read
        audit_read(
            actor_uuid=clinician.uuid,
            subject_uuid=client.uuid,
            object_type="safety.couplecheck",
            object_id=check.pk,
        )
    return ClinicianView(check, check is not None and check.stands)

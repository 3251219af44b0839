"""Safety plans, crisis lines per organisation, and following up risk flags."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db.models import Q
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import ClientProfile, Membership, Organisation, Role, User
from attune.core.crisis import CrisisLine, CrisisResources, resources_for

from .models import STEP_FIELDS, CrisisLines, RiskFlag, SafetyPlan

PLAN_FIELDS = (*STEP_FIELDS, "reasons_for_living")
MAX_LINES = 8


# --- support when words suggest risk -----------------------------------------------------------


def support_payload(client: User, saved: str) -> dict[str, Any]:
    """What an API answer carries when a client's words suggest risk: who to reach, now.

    ``saved`` says plainly that their words were kept (e.g. "Your check-in is saved.").
    """
    crisis = crisis_for(client)
    return {
        "message": saved
        + " "
        + _(
            "Some of what you wrote sounds very heavy. If you are thinking about ending your "
            "life or hurting yourself, please reach a person now. attune is not watched around "
            "the clock."
        ),
        "emergency": crisis.emergency,
        "lines": [
            {"name": str(line.name), "contact": line.contact, "note": str(line.note)}
            for line in crisis.lines
        ],
        "clinician_told": people.clinicians_of(client).exists(),
    }


# --- safety plan ----------------------------------------------------------------------------


def may_edit_plan(user: User, client: User) -> bool:
    return user.pk == client.pk or people.clinician_treats(user, client)


def safety_plan_of(client: User) -> SafetyPlan | None:
    return SafetyPlan.objects.filter(client=client).first()


def safety_plan_save(*, by: User, client: User, fields: dict[str, str]) -> SafetyPlan:
    if not may_edit_plan(by, client):
        raise PermissionDenied
    unknown = set(fields) - set(PLAN_FIELDS)
    if unknown:
        raise ValidationError({name: _("Not part of a safety plan.") for name in unknown})
    plan = safety_plan_of(client) or SafetyPlan(client=client)
    for name, value in fields.items():
        setattr(plan, name, (value or "").strip())
    plan.updated_by = by
    plan.save()
    return plan


# --- crisis lines -------------------------------------------------------------------------


def _country(client: User) -> str:
    profile = ClientProfile.objects.filter(client=client).only("country").first()
    if profile and profile.country:
        return profile.country
    org = people.organisations_of(client).exclude(country="").first()
    return org.country if org else ""


def crisis_for(user: User | None, country: str | None = None) -> CrisisResources:
    """The crisis lines for this person: their organisation's own list for the country if an
    admin has set one, else attune's defaults (core/crisis.py), else the international ones."""
    signed_in = user is not None and user.is_authenticated
    chosen = country if country is not None else (_country(user) if signed_in else "")  # type: ignore[arg-type]
    defaults = resources_for(chosen)
    if not signed_in or not defaults.country:
        return defaults
    override = CrisisLines.objects.filter(
        organisation__in=people.organisations_of(user),  # type: ignore[arg-type]
        country=defaults.country,
    ).first()
    if override is None:
        return defaults
    lines = tuple(
        CrisisLine(ln["name"], ln["contact"], ln.get("note", "")) for ln in override.lines
    )
    return CrisisResources(defaults.country, override.emergency, lines)


def parse_lines(text: str) -> list[dict[str, str]]:
    """One line per helpline: "Name | number or website | note (optional)"."""
    lines: list[dict[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        parts = [part.strip() for part in raw.split("|")]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise ValidationError(
                {
                    "lines": _("Line %(n)s needs a name and a number or website, separated by |.")
                    % {"n": number}
                }
            )
        lines.append({"name": parts[0], "contact": parts[1], "note": " | ".join(parts[2:])})
    if not lines or len(lines) > MAX_LINES:
        raise ValidationError(
            {"lines": _("Give between 1 and %(max)s helplines.") % {"max": MAX_LINES}}
        )
    return lines


def crisis_lines_save(
    *, admin: User, organisation: Organisation, country: str, emergency: str, lines_text: str
) -> CrisisLines:
    if not people.organisations_of(admin, Role.ADMIN).filter(pk=organisation.pk).exists():
        raise PermissionDenied
    code = country.strip().upper()
    if resources_for(code).country != code:
        raise ValidationError({"country": _("Choose one of the listed countries.")})
    if not emergency.strip():
        raise ValidationError({"emergency": _("Give the emergency number.")})
    record, _created = CrisisLines.objects.update_or_create(
        organisation=organisation,
        country=code,
        defaults={
            "emergency": emergency.strip(),
            "lines": parse_lines(lines_text),
            "updated_by": admin,
        },
    )
    return record


# --- risk flags ---------------------------------------------------------------------------


def flag_acknowledge(*, clinician: User, flag: RiskFlag, note: str) -> None:
    if not people.clinician_treats(clinician, flag.client):
        raise PermissionDenied
    if not note.strip():
        raise ValidationError({"note": _("Say briefly how you followed this up.")})
    if flag.acknowledged_at is not None:
        raise ValidationError(_("This flag was already followed up."))
    flag.acknowledged_by = clinician
    flag.acknowledged_at = timezone.now()
    flag.acknowledgement_note = note.strip()
    flag.save(
        update_fields=["acknowledged_by", "acknowledged_at", "acknowledgement_note", "updated_at"]
    )


def _escalation_targets(flag: RiskFlag) -> list[str]:
    orgs = people.organisations_of(flag.client, Role.CLIENT)
    if settings.ATTUNE_FLAG_ESCALATE_TO == "clinicians":
        treating = set(people.clinicians_of(flag.client).values_list("pk", flat=True))
        members = Membership.objects.filter(organisation__in=orgs, role=Role.CLINICIAN).exclude(
            user_id__in=treating
        )
    else:
        members = Membership.objects.filter(organisation__in=orgs, role=Role.ADMIN)
    return sorted(set(members.filter(user__is_active=True).values_list("user__email", flat=True)))


def escalate_overdue_flags(now: datetime | None = None) -> int:
    """Flags nobody has followed up within ATTUNE_FLAG_ESCALATE_HOURS go to the org admins
    (or, when configured, the organisation's other clinicians). Each flag escalates once."""
    now = now or timezone.now()
    hours = settings.ATTUNE_FLAG_ESCALATE_HOURS
    due = RiskFlag.objects.filter(
        Q(acknowledged_at__isnull=True),
        Q(escalated_at__isnull=True),
        created_at__lte=now - timedelta(hours=hours),
    ).select_related("client")
    sent = 0
    for flag in due:
        claimed = RiskFlag.objects.filter(pk=flag.pk, escalated_at__isnull=True).update(
            escalated_at=now
        )
        if not claimed:
            continue
        flag.escalated_at = now
        flag.save(update_fields=["escalated_at"])  # audited as a change to the record
        recipients = _escalation_targets(flag)
        if recipients:
            _send_escalation(recipients, hours)
        sent += 1
    return sent


def _send_escalation(recipients: list[str], hours: int) -> None:
    send_mail(
        subject=_("attune: a safety flag has waited more than %(h)s hours") % {"h": hours},
        message=_(
            "A safety flag for a client in your organisation has not been followed up within "
            "%(h)s hours. Please make sure someone follows it up today:\n%(url)s\n\n"
            "This email deliberately contains no client details."
        )
        % {"h": hours, "url": settings.BASE_URL + reverse("home")},
        from_email=None,
        recipient_list=recipients,
    )


CRISIS_ONCE_KEY = "show_crisis_once"


def remember_crisis(request: HttpRequest) -> None:
    """Risky words were just saved: the next page the writer sees opens with crisis lines."""
    request.session[CRISIS_ONCE_KEY] = True


def crisis_once(request: HttpRequest, client: User) -> dict[str, Any]:
    """Context for `practice/_crisis.html` on the page after a save, then never again."""
    if not request.session.pop(CRISIS_ONCE_KEY, False):
        return {}
    return {"crisis": crisis_for(client), "has_clinician": people.clinicians_of(client).exists()}

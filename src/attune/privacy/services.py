"""A person's rights over their data: see who viewed it, take all of it, or erase it.

Export: one JSON file per record type (`<app>.<model>.json`, a list of objects with the
model's fields, free text decrypted), `README.txt` describing the files, and `fhir.json`
(the questionnaire Bundle). Secrets (token and key hashes) are never exported.

Erasure: the account and every row that belongs to it go (database cascades from the user);
audit events keep only the random uuid they always held, which no longer leads to anyone.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter
from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from attune.accounts.models import Invitation, PartnerLink, User
from attune.audit.models import AuditEvent
from attune.core.records import ClinicalRecord

NEVER_EXPORTED_FIELDS = {"token_hash", "request_hash", "password", "secret", "key"}
# Per record type: a push subscription's keys encrypt what is sent to the phone (the auth
# secret is one), so the export says which phones get reminders, not how to write to them.
NEVER_EXPORTED_BY_MODEL = {"checkins.pushsubscription": {"p256dh", "auth", "endpoint_hash"}}
# Records a clinician writes about a client follow the organisation's retention rules;
# they are not part of the client's self-service export (ask the clinic for them).
CLINICIAN_OWNED = {"workspace.cliniciannote"}
OWNER_FIELDS = ("client", "user", "inviter")


def _owner_field(model: type[models.Model]) -> str | None:
    names = {f.name for f in model._meta.concrete_fields}
    for name in OWNER_FIELDS:
        field = model._meta.get_field(name) if name in names else None
        if field is not None and getattr(field, "related_model", None) is User:
            return name
    return None


def _exportable_models() -> list[tuple[type[models.Model], str]]:
    chosen = []
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in CLINICIAN_OWNED or not label.startswith(_attune_labels()):
            continue
        owner = _owner_field(model)
        if owner is not None:
            chosen.append((model, owner))
    return chosen


def _attune_labels() -> tuple[str, ...]:
    return tuple(
        f"{config.label}." for config in apps.get_app_configs() if config.name.startswith("attune.")
    )


def _row(instance: models.Model) -> dict[str, Any]:
    out: dict[str, Any] = {}
    left_out = NEVER_EXPORTED_BY_MODEL.get(instance._meta.label_lower, set())
    for field in instance._meta.concrete_fields:
        if field.name in NEVER_EXPORTED_FIELDS or field.name in left_out:
            continue
        out[field.name] = getattr(instance, field.attname)
    return out


def export_records(user: User) -> dict[str, list[dict[str, Any]]]:
    records: dict[str, list[dict[str, Any]]] = {}
    for model, owner in _exportable_models():
        rows = [_row(obj) for obj in model._default_manager.filter(**{owner: user}).order_by("pk")]
        if rows:
            records[model._meta.label_lower] = rows
    records["accounts.user"] = [
        {
            "uuid": user.uuid,
            "email": user.email,
            "display_name": user.display_name,
            "date_joined": user.date_joined,
        }
    ]
    return records


README = """attune: everything attune holds about you

Each <app>.<model>.json file is a list of records of one kind, with every field attune
stores (free text decrypted, so keep this file safe). fhir.json holds your questionnaires,
answers and scores, and your medicines, as a FHIR R4 Bundle, a standard health-record
format. For the phones that get push reminders, only their address and dates are included,
not the keys that encrypt the reminders. Notes your clinician wrote about you are not
included; ask your clinic for them.
Created {when}.
"""


def export_zip(user: User) -> bytes:
    from attune.questionnaires.export import client_bundle_json

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README.format(when=timezone.now().isoformat()))
        for label, rows in sorted(export_records(user).items()):
            archive.writestr(f"{label}.json", json.dumps(rows, cls=DjangoJSONEncoder, indent=2))
        archive.writestr("fhir.json", client_bundle_json(user))
    from attune.audit.services import audit_record

    audit_record(action=AuditEvent.Action.READ, subject_uuid=user.uuid, object_type="export")
    return buffer.getvalue()


VIEWS_READ = 500  # the most recent reads grouped on the privacy page
PARTNER_KINDS = frozenset({"partners.partnerfeedback", "partners.shared"})


def _kinds_that_apply(user: User) -> Callable[[str], bool]:
    """A clinician's overview reads every section, partner feedback included; a person who
    never had a partner link is not told about partner feedback that does not exist."""
    had_partner = PartnerLink.objects.filter(Q(client=user) | Q(partner=user)).exists()
    return lambda object_type: had_partner or object_type not in PARTNER_KINDS


def viewers_of(user: User) -> list[dict[str, Any]]:
    """Reads of this person's records by someone else, grouped by person and day, newest day
    first; each group lists what they read and how many times."""
    events = list(
        AuditEvent.objects.filter(subject_uuid=user.uuid, action=AuditEvent.Action.READ)
        .exclude(actor_uuid=user.uuid)
        .exclude(actor_uuid__isnull=True)
        .only("actor_uuid", "at", "object_type")
        .order_by("-at")[:VIEWS_READ]
    )
    names: dict[Any, str] = {
        u.uuid: (u.display_name or u.email)
        for u in User.objects.filter(uuid__in={e.actor_uuid for e in events})
    }
    applies = _kinds_that_apply(user)
    groups: dict[tuple[Any, Any], dict[str, Any]] = {}
    for event in events:
        if not applies(event.object_type):
            continue
        day = timezone.localtime(event.at).date()
        group = groups.setdefault(
            (day, event.actor_uuid),
            {
                "who": names.get(event.actor_uuid, _("a former staff member")),
                "day": day,
                "last": event.at,
                "count": 0,
                "kinds": Counter(),
            },
        )
        group["count"] += 1
        group["kinds"][record_kind(event.object_type)] += 1
    return [
        {**group, "kinds": sorted(group["kinds"].items(), key=lambda kind: (-kind[1], kind[0]))}
        for group in groups.values()
    ]


KINDS = {
    "accounts.clientprofile": gettext_lazy("your profile"),
    "checkins.checkin": gettext_lazy("your check-ins and insights"),
    "questionnaires.administration": gettext_lazy("your questionnaires and scores"),
    "questionnaires.fhir": gettext_lazy("your questionnaires and medicines (export)"),
    "practice.trigger": gettext_lazy("your trigger map themes and experiments"),
    "plans.clientplan": gettext_lazy("your plan"),
    "safety.safetyplan": gettext_lazy("your safety plan"),
    "journal.journalentry": gettext_lazy("journal entries you shared"),
    "support.supportperson": gettext_lazy("your support map"),
    "medications.medication": gettext_lazy("your medicines and dose changes"),
    "medications.sideeffect": gettext_lazy("what you noticed about your medicines"),
    "plans.relapsepreventionplan": gettext_lazy("your relapse-prevention plan"),
    "plans.boostercheck": gettext_lazy("your booster check reflections"),
    "plans.maintenancephase": gettext_lazy("your maintenance phase"),
    "export": gettext_lazy("an export of your data"),
    "workspace.caseload": gettext_lazy(
        "your latest scores and activity, in your clinician's caseload"
    ),
    "workspace.cliniciannote": gettext_lazy(
        "your clinician's notes (you see that they were read, not what they say)"
    ),
    "safety.riskflag": gettext_lazy("safety flags"),
    # Audit entries written before risk flags moved to the safety app.
    "questionnaires.riskflag": gettext_lazy("safety flags"),
    "safety.asqscreen": gettext_lazy("the questions attune asked about your safety"),
    "safety.couplecheck": gettext_lazy("your private check about you and your partner"),
    "plans.steplog": gettext_lazy("your plan step log"),
    "valuework.valueaction": gettext_lazy("your value-based steps"),
    "circles.outcomes": gettext_lazy(
        "your loneliness check-ins, pooled into a circle average you agreed to contribute to"
    ),
    "partners.partnerfeedback": gettext_lazy("your partner's weekly feedback about you"),
    "partners.shared": gettext_lazy("what you share with your partner (steps, weekly summary)"),
}


def record_kind(object_type: str) -> str:
    return str(KINDS.get(object_type, object_type.split(".")[-1]))


def erasure_blocked_reason() -> str | None:
    years = settings.ATTUNE_CLINICAL_NOTE_RETENTION_YEARS
    if years:
        return _(
            "Your organisation must keep clinical records for %(years)s years, so your account "
            "cannot be deleted here. Please contact them; they can remove everything else."
        ) % {"years": years}
    return None


@transaction.atomic
def erase(user: User) -> None:
    """Delete the account and everything that belongs to it."""
    reason = erasure_blocked_reason()
    if reason:
        raise ValidationError(reason)
    from allauth.usersessions.models import UserSession

    for session in UserSession.objects.filter(user=user):
        session.end()
    for model in apps.get_models():
        if issubclass(model, ClinicalRecord):
            model._default_manager.filter(client=user).delete()
    # The invitation that brought them here holds their email and an acceptance time that
    # would match the kept audit rows to them.
    Invitation.objects.filter(Q(accepted_by=user) | Q(email__iexact=user.email)).delete()
    subject = user.uuid
    user.delete()
    from attune.audit.services import audit_record

    audit_record(action=AuditEvent.Action.DELETE, subject_uuid=subject, object_type="account")

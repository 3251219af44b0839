"""Support-map rules: clean input, write people, screen words, share, turn gaps into steps,
copy a person into the safety plan.

Every write validates first and changes nothing when refused. The client's words are
screened for risk after the record is saved (``safety.services.screen_and_respond``, context
"free", source "support_map"): saving is never blocked by what they say.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from attune.accounts import consent_texts
from attune.accounts import selectors as people
from attune.accounts import services as accounts
from attune.accounts.models import ConsentGrant, User
from attune.accounts.models import Role as AccountRole
from attune.audit.services import audit_read
from attune.plans import services as plans
from attune.safety import services as safety
from attune.safety.models import RiskFlag

from . import selectors
from .gaps import GAP_STEPS
from .models import SHARE_SCOPE, Frequency, Help, Ring, Role, SupportPerson

logger = logging.getLogger(__name__)

NAME_MAX = 60
NOTE_MAX = 500
PEOPLE_MAX = 60
PHONE_DIGITS = (5, 15)  # short local numbers up to E.164's longest
EDITABLE = frozenset({"name", "role", "ring", "frequency", "helps", "helps_note", "phone"})
_PHONE_SHAPE = re.compile(r"^\+?[\d\s().-]+$")
# Where in the safety plan a person can be copied (Stanley & Brown 2012, steps 3 and 4).
SAFETY_PLAN_STEPS = ("help_people", "distractions")


@dataclass(frozen=True)
class Written:
    person: SupportPerson
    screening: safety.SafetyResponse | None

    @property
    def support(self) -> dict[str, Any] | None:
        return self.screening.support if self.screening is not None else None


# Cleaning -------------------------------------------------------------------------------


def clean_phone(raw: object) -> str:
    """A phone number as the person wrote it (spaces tidied), or "" when left blank."""
    text = " ".join(str(raw or "").split())
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    low, high = PHONE_DIGITS
    if not _PHONE_SHAPE.match(text) or not low <= len(digits) <= high:
        raise ValidationError(
            {
                "phone": _(
                    "Please write a phone number with %(low)s to %(high)s digits, e.g. "
                    "+44 7700 900123 or 07700 900123, or leave it blank."
                )
                % {"low": low, "high": high}
            }
        )
    return text


def _choice(name: str, value: object, choices: Iterable[str], message: str) -> str:
    text = str(value or "")
    if text not in set(choices):
        raise ValidationError({name: message})
    return text


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(
            {name: _("This field is not part of your support map.") for name in sorted(unknown)}
        )
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}

    def take(name: str, check: Any) -> None:
        if name in fields:
            try:
                clean[name] = check(fields[name])
            except ValidationError as exc:
                errors.update({k: " ".join(v) for k, v in exc.message_dict.items()})

    def name_of(value: object) -> str:
        text = " ".join(str(value or "").split())
        if not text:
            raise ValidationError({"name": _("Please write a name or a nickname.")})
        if len(text) > NAME_MAX:
            raise ValidationError(
                {"name": _("A name can be up to %(n)s characters long.") % {"n": NAME_MAX}}
            )
        return text

    def ring_of(value: object) -> int:
        try:
            ring = int(str(value))
        except ValueError:
            ring = 0
        if ring not in Ring.values:
            raise ValidationError({"ring": _("Choose how close: 1 (closest) to 3 (further out).")})
        return ring

    def helps_of(value: object) -> list[str]:
        items = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        chosen = [str(item) for item in items]
        if any(item not in Help.values for item in chosen):
            raise ValidationError({"helps": _("Choose from the kinds of help listed.")})
        return [key for key in Help.values if key in chosen]

    def note_of(value: object) -> str:
        text = str(value or "").replace("\r\n", "\n").strip()
        if len(text) > NOTE_MAX:
            raise ValidationError(
                {"helps_note": _("Please keep this under %(n)s characters.") % {"n": NOTE_MAX}}
            )
        return text

    take("name", name_of)
    take(
        "role",
        lambda v: _choice("role", v, Role.values, _("Choose who they are to you from the list.")),
    )
    take("ring", ring_of)
    take(
        "frequency",
        lambda v: _choice(
            "frequency", v, Frequency.values, _("Choose how often you are in touch.")
        ),
    )
    take("helps", helps_of)
    take("helps_note", note_of)
    take("phone", clean_phone)
    if errors:
        raise ValidationError(errors)
    return clean


# Writing --------------------------------------------------------------------------------


def _require_client(client: User) -> None:
    if AccountRole.CLIENT not in people.roles_of(client):
        raise PermissionDenied(_("Only clients keep a support map."))


REQUIRED = ("name", "role", "ring", "frequency")


def person_create(
    *,
    client: User,
    name: str,
    role: str,
    ring: int | str,
    frequency: str,
    helps: Iterable[str] = (),
    helps_note: str = "",
    phone: str = "",
) -> Written:
    _require_client(client)
    fields = _clean(
        {
            "name": name,
            "role": role,
            "ring": ring,
            "frequency": frequency,
            "helps": list(helps),
            "helps_note": helps_note,
            "phone": phone,
        }
    )
    if SupportPerson.objects.filter(client=client).count() >= PEOPLE_MAX:
        raise ValidationError(
            {"name": _("A map holds up to %(n)s people and places.") % {"n": PEOPLE_MAX}}
        )
    person = SupportPerson(client=client, **fields)
    with transaction.atomic():
        person.save()
    return Written(person, _after_write(person))


def person_update(*, client: User, person: SupportPerson, **changes: Any) -> Written:
    if person.client_id != client.pk:
        raise SupportPerson.DoesNotExist
    fields = _clean(changes)
    missing = [name for name in REQUIRED if name in fields and fields[name] in ("", None)]
    if missing:
        raise ValidationError(dict.fromkeys(missing, _("This is needed.")))
    before = person.screened_text()
    for name, value in fields.items():
        setattr(person, name, value)
    with transaction.atomic():
        person.save()
    return Written(person, _after_write(person, before=before))


def person_delete(*, client: User, person: SupportPerson) -> None:
    if person.client_id != client.pk:
        raise SupportPerson.DoesNotExist
    person.delete()


def _after_write(
    person: SupportPerson, *, before: str | None = None
) -> safety.SafetyResponse | None:
    """Screen the new words after the person is saved; never lose the record over it."""
    try:
        with transaction.atomic():
            return safety.screen_and_respond(
                writer=person.client,
                texts=[person.screened_text()],
                source=RiskFlag.Source.SUPPORT_MAP,
                context="free",
                before=None if before is None else [before],
                entry_key=f"support.person:{person.pk}",
            )
    except Exception:
        logger.exception("Support map screening failed for person %s", person.pk)
        return None


# Sharing with clinicians ----------------------------------------------------------------


class NoClinician(Exception):
    """Sharing needs a clinician in active care; a self-guided client has none."""


@transaction.atomic
def map_share(*, client: User) -> list[User]:
    """Share the whole map with the clinicians in the client's care now: one ledger grant per
    clinician (scope ``support_map``). Returns the clinicians newly named."""
    _require_client(client)
    clinicians = list(people.clinicians_of(client).order_by("pk"))
    if not clinicians:
        raise NoClinician
    already = set(selectors.share_grants(client).values_list("grantee_id", flat=True))
    named = [c for c in clinicians if c.pk not in already]
    for clinician in named:
        accounts.consent_grant(
            client=client,
            grantee=clinician,
            kind=ConsentGrant.Kind.CLINICIAN,
            scope=SHARE_SCOPE,
            text_version=consent_texts.CLINICIAN_SUPPORT_MAP_VERSION,
        )
    return named


@transaction.atomic
def map_unshare(*, client: User) -> int:
    """Take the map back from every clinician: they stop seeing it with their next request."""
    grants = list(selectors.share_grants(client))
    for grant in grants:
        accounts.consent_revoke(actor=client, grant=grant)
    return len(grants)


def audit_clinician_read(viewer: User, client: User) -> None:
    audit_read(
        actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="support.supportperson"
    )


# Gaps into plan steps -------------------------------------------------------------------


class NoPlan(Exception):
    """The client has no active plan to add a step to yet."""


def gap_to_step(*, client: User, gap: str) -> str:
    """Turn one gap of the client's map into a step of their own plan; returns its title.

    Refused (ValidationError naming ``gap``) when the map has no such gap now or the step is
    already in the plan; NoPlan when there is no plan yet."""
    _require_client(client)
    if gap not in selectors.gaps_of(client):
        raise ValidationError({"gap": _("Your map has no such gap right now.")})
    record = plans.active_plan(client)
    if record is None:
        raise NoPlan
    text = GAP_STEPS[gap]
    step = plans.step_add_by_client(
        client=client,
        record=record,
        step_id=f"support-{gap.replace('_', '-')}",
        title=str(text.title),
        how=str(text.how),
        notice=str(text.notice),
        tool=text.tool,
        difficulty=text.difficulty,
        basis=str(text.basis),
    )
    return step.title


# Safety plan ----------------------------------------------------------------------------


def safety_plan_line(person: SupportPerson) -> str:
    return f"{person.name} — {person.phone}" if person.phone else person.name


@transaction.atomic
def copy_to_safety_plan(*, client: User, person: SupportPerson, step: str) -> bool:
    """Add "name — number" as a new line of a safety-plan step (3 or 4). False when the line
    is already there (nothing changes)."""
    if person.client_id != client.pk:
        raise SupportPerson.DoesNotExist
    if step not in SAFETY_PLAN_STEPS:
        raise ValidationError({"step": _("Choose step 3 or step 4 of your safety plan.")})
    plan = safety.safety_plan_of(client)
    current = str(getattr(plan, step)) if plan is not None else ""
    line = safety_plan_line(person)
    if line in (existing.strip() for existing in current.splitlines()):
        return False
    text = f"{current.rstrip()}\n{line}" if current.strip() else line
    # Audited as every safety-plan change is (by field name, never the words).
    safety.safety_plan_save(by=client, client=client, fields={step: text})
    return True

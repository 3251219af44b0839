"""Clinician triage of safety flags: what a flag is, how sure and how urgent, and what the
clinician did about it (issue 15, "Clinician triage").

A flag shows its level (urgent / high / asked-positive), its concern (the client's own safety
or harm from others), its category, where it came from and when. The sentence that raised it
is the client's own words: the treating clinician sees it only while the client agrees to
"my clinician sees the sentence that worried attune" (consent ledger scope
``accounts.consent_texts.SENTENCE_SCOPE``); otherwise the category alone. Every read of the
list is audited; dispositions are changes to a clinical record, audited by field name.

"Asked, negative" ASQ screens are listed for the clinician without any words: that the
person was asked, when, and prompted by what kind of writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from attune.accounts import selectors as people
from attune.accounts.consent_texts import SENTENCE_SCOPE
from attune.accounts.models import ConsentGrant, User
from attune.audit.services import audit_read

from .models import AsqScreen, RiskFlag

LEVEL_ORDER: dict[str, int] = {
    str(RiskFlag.Level.URGENT): 0,
    str(RiskFlag.Level.HIGH): 1,
    str(RiskFlag.Level.ASKED_POSITIVE): 2,
}
# Flags raised before the triage fields existed carry only a reason: where it came from.
REASON_SOURCES = {
    "suicidality_item_positive": RiskFlag.Source.QUESTIONNAIRE,
    "journal_risk_language": RiskFlag.Source.JOURNAL,
    "trigger_risk_language": RiskFlag.Source.TRIGGER_MAP,
    "experiment_risk_language": RiskFlag.Source.EXPERIMENT,
    "checkin_risk_language": RiskFlag.Source.CHECKIN,
    "plan_risk_language": RiskFlag.Source.PLAN_LOG,
    "values_risk_language": RiskFlag.Source.VALUES,
    "partner_feedback_risk_language": RiskFlag.Source.PARTNER_FEEDBACK,
    "conversation_summary_risk_language": RiskFlag.Source.CONVERSATION_SUMMARY,
    "circle_risk_language": RiskFlag.Source.CIRCLE_REFLECTION,
}
NOTE_REQUIRED = {
    RiskFlag.Disposition.FOLLOWED_UP: gettext_lazy("Say briefly how you followed this up."),
    RiskFlag.Disposition.NOT_A_CONCERN: gettext_lazy("Say briefly why this is not a concern."),
    RiskFlag.Disposition.ESCALATED: gettext_lazy("Say briefly to whom or how you escalated."),
}
NOTE_MAX = 2000


@dataclass(frozen=True)
class FlagRow:
    flag: RiskFlag
    level: str
    level_label: str
    concern_label: str
    category_label: str
    source_label: str
    created_at: datetime
    sentence: str | None  # None: not shown (no consent, or nothing kept)
    is_open: bool
    disposition_label: str

    @property
    def pk(self) -> int:
        return int(self.flag.pk)


@dataclass(frozen=True)
class AskedRow:
    created_at: datetime
    source_label: str
    result_label: str


def _source(flag: RiskFlag) -> str:
    return flag.source or REASON_SOURCES.get(flag.reason, "")


def _source_label(source: str) -> str:
    try:
        return str(RiskFlag.Source(source).label)
    except ValueError:
        return _("Something the client wrote")


def _category_label(flag: RiskFlag) -> str:
    if flag.category:
        return flag.category.replace("_", " ").capitalize()
    if flag.reason == "suicidality_item_positive":
        return _("PHQ-9 item 9 answered above 0 (%(answer)s of 3)") % {"answer": flag.item_answer}
    if flag.asq_result:
        return _label(RiskFlag.AsqResult, flag.asq_result, flag.asq_result)
    return _("Risk language")


def sees_sentences(clinician: User, client: User) -> bool:
    """The client agreed that this clinician sees the sentence that worried attune."""
    return ConsentGrant.objects.filter(
        client=client,
        grantee=clinician,
        kind=ConsentGrant.Kind.CLINICIAN,
        scope=SENTENCE_SCOPE,
        revoked_at__isnull=True,
    ).exists()


def _treats(clinician: User, client: User) -> None:
    if not people.clinician_treats(clinician, client):
        raise PermissionDenied


def sort_key(flag: RiskFlag) -> tuple[int, int, float]:
    """Open before closed, urgent before high before asked-positive, newest first."""
    level = LEVEL_ORDER.get(str(flag.level), 3)
    return (0 if flag.acknowledged_at is None else 1, level, -flag.created_at.timestamp())


def _label(choices: Any, value: str, fallback: str) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return fallback


def row_of(flag: RiskFlag, with_sentence: bool) -> FlagRow:
    level = str(flag.level or RiskFlag.Level.HIGH)
    disposition = ""
    if flag.disposition:
        disposition = _label(RiskFlag.Disposition, flag.disposition, flag.disposition)
    elif flag.acknowledged_at is not None:
        disposition = str(RiskFlag.Disposition.FOLLOWED_UP.label)
    return FlagRow(
        flag=flag,
        level=level,
        level_label=_label(RiskFlag.Level, level, level),
        concern_label=_label(RiskFlag.Concern, flag.concern, str(RiskFlag.Concern.SELF.label)),
        category_label=_category_label(flag),
        source_label=_source_label(_source(flag)),
        created_at=flag.created_at,
        sentence=(flag.sentence or None) if with_sentence else None,
        is_open=flag.acknowledged_at is None,
        disposition_label=disposition,
    )


def flag_rows(*, clinician: User, client: User, open_only: bool = False) -> list[FlagRow]:
    """The client's flags for their treating clinician, most urgent first; audited."""
    _treats(clinician, client)
    flags = RiskFlag.objects.filter(client=client)
    if open_only:
        flags = flags.filter(acknowledged_at__isnull=True)
    ordered = sorted(flags[:500], key=sort_key)
    with_sentence = sees_sentences(clinician, client)
    audit_read(
        actor_uuid=clinician.uuid,
        subject_uuid=client.uuid,
        object_type="safety.riskflag",
        object_id="sentences" if with_sentence else "",
    )
    return [row_of(flag, with_sentence) for flag in ordered]


def asked_negative(*, clinician: User, client: User) -> list[AskedRow]:
    """ASQ screens that came back negative: the fact and the date, never the words."""
    _treats(clinician, client)
    screens = AsqScreen.objects.filter(client=client, result=AsqScreen.Result.NEGATIVE).only(
        "created_at", "source", "client"
    )[:50]
    return [
        AskedRow(
            created_at=s.created_at,
            source_label=_source_label(s.source),
            result_label=_("Asked (ASQ): negative"),
        )
        for s in screens
    ]


@transaction.atomic
def flag_dispose(*, clinician: User, flag: RiskFlag, disposition: str, note: str) -> RiskFlag:
    """Record what the clinician did: followed up (how), not a concern (why), escalated (to
    whom). Each needs a few words; a flag is closed once."""
    _treats(clinician, flag.client)
    if disposition not in RiskFlag.Disposition.values:
        raise ValidationError({"disposition": _("Choose followed up, not a concern or escalated.")})
    text = (note or "").strip()
    if not text:
        raise ValidationError({"note": str(NOTE_REQUIRED[RiskFlag.Disposition(disposition)])})
    if len(text) > NOTE_MAX:
        raise ValidationError(
            {"note": _("Please keep this under %(n)s characters.") % {"n": NOTE_MAX}}
        )
    locked: RiskFlag = RiskFlag.objects.select_for_update().get(pk=flag.pk)
    if locked.acknowledged_at is not None:
        raise ValidationError(_("This flag was already followed up."))
    locked.disposition = disposition
    locked.acknowledged_by = clinician
    locked.acknowledged_at = timezone.now()
    locked.acknowledgement_note = text
    locked.save(
        update_fields=[
            "disposition",
            "acknowledged_by",
            "acknowledged_at",
            "acknowledgement_note",
            "updated_at",
        ]
    )
    return locked


def urgent_open_counts(client_ids: list[int]) -> dict[int, int]:
    """Open urgent flags per client, for sorting the caseload urgent first."""
    from django.db.models import Count

    rows = (
        RiskFlag.objects.filter(
            client_id__in=client_ids,
            acknowledged_at__isnull=True,
            level=RiskFlag.Level.URGENT,
        )
        .values("client_id")
        .annotate(n=Count("pk"))
    )
    return {row["client_id"]: row["n"] for row in rows}


def as_dict(row: FlagRow) -> dict[str, Any]:
    flag = row.flag
    return {
        "id": flag.pk,
        "level": row.level,
        "concern": flag.concern or RiskFlag.Concern.SELF,
        "category": flag.category or "",
        "category_label": row.category_label,
        "source": _source(flag),
        "created_at": row.created_at,
        "sentence": row.sentence,
        "asq_result": flag.asq_result or None,
        "asq_answers": flag.asq_answers,
        "open": row.is_open,
        "disposition": flag.disposition or None,
        "note": flag.acknowledgement_note or None,
        "acknowledged_at": flag.acknowledged_at,
    }

"""Writes for partner links: scopes, ending the link, weekly feedback, conversations."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import services as accounts
from attune.accounts.models import ConsentGrant, PartnerLink, User
from attune.audit.models import AuditEvent
from attune.audit.services import audit_record
from attune.clinical.concordance import week_start as week_start
from attune.journal.models import JournalEntry
from attune.safety.services import SafetyResponse, Text, screen_and_respond

from . import selectors
from .models import Conversation, ConversationSummary, PartnerFeedback, QuietHold, Scope

SCOPE_TEXT_VERSION = "partner-scope-v1"
# Said to the writer when an entry tells of harm from others (safety.harm): kind, no blame,
# and the choice of what happens next stays theirs.
KEPT_FROM_PARTNER = _(
    "This entry stays private. It mentions someone hurting, pressuring or frightening you, "
    "so attune does not share it with a partner. You can talk about it with someone you "
    "trust, your clinician or a support line when you choose."
)
ENTRY_TEXT_VERSION = "partner-entry-v1"
STEP_TEXT_VERSION = "partner-step-v1"


@dataclass(frozen=True)
class Saved:
    """What was written and whether its words need crisis resources shown at once."""

    record: Any
    safety: SafetyResponse | None = None

    @property
    def needs_support(self) -> bool:
        return self.safety is not None

    @property
    def support(self) -> dict[str, Any] | None:
        return self.safety.support if self.safety is not None else None


def _screen(
    writer: User,
    texts: list[Text],
    source: str,
    *,
    context: str = "free",
    before: list[Text] | None = None,
    entry_key: str = "",
) -> SafetyResponse | None:
    # The writer's own record carries any flag: a partner's words never raise a flag on
    # the client's caseload, and the client's words flag the client's own clinicians.
    return screen_and_respond(
        writer=writer,
        texts=texts,
        source=source,
        context=context,
        before=before,
        entry_key=entry_key,
    )


# Scopes and the link ----------------------------------------------------------------------


@transaction.atomic
def scope_set(*, actor: User, link: PartnerLink, scope: str, granted: bool) -> None:
    """The client turns one scope on or off; the partner's next request sees the change."""
    if actor.pk != link.client_id:
        raise PermissionDenied(_("Only the person sharing can change what is shared."))
    if scope not in Scope.values:
        raise ValidationError(
            _("“%(scope)s” is not something attune can share.") % {"scope": scope}
        )
    active = ConsentGrant.objects.filter(
        client_id=link.client_id,
        grantee_id=link.partner_id,
        kind=ConsentGrant.Kind.PARTNER,
        scope=scope,
        revoked_at__isnull=True,
    )
    if granted and not active.exists():
        accounts.consent_grant(
            client=actor,
            grantee=link.partner,
            kind=ConsentGrant.Kind.PARTNER,
            scope=scope,
            text_version=SCOPE_TEXT_VERSION,
        )
    elif not granted:
        for grant in active:
            accounts.consent_revoke(actor=actor, grant=grant)


def _entry_grants(link: PartnerLink, entry: JournalEntry) -> QuerySet[ConsentGrant]:
    return ConsentGrant.objects.filter(
        client_id=link.client_id,
        grantee_id=link.partner_id,
        kind=ConsentGrant.Kind.PARTNER,
        scope=selectors.entry_scope(entry.pk),
        revoked_at__isnull=True,
    )


@transaction.atomic
def entry_share(*, client: User, link: PartnerLink, entry: JournalEntry, shared: bool) -> None:
    """The client lets their partner read one journal entry, or stops; recorded in the ledger."""
    if client.pk != link.client_id or entry.client_id != client.pk:
        raise PermissionDenied(_("Only the person who wrote an entry can share it."))
    if shared and not selectors.entry_shareable(entry):
        raise ValidationError(KEPT_FROM_PARTNER)
    active = _entry_grants(link, entry)
    if shared and not active.exists():
        accounts.consent_grant(
            client=client,
            grantee=link.partner,
            kind=ConsentGrant.Kind.PARTNER,
            scope=selectors.entry_scope(entry.pk),
            text_version=ENTRY_TEXT_VERSION,
        )
    elif not shared:
        for grant in active:
            accounts.consent_revoke(actor=client, grant=grant)


@transaction.atomic
def link_end(*, actor: User, link: PartnerLink, quietly: bool = False) -> None:
    """Either person ends the link at once; every partner grant between them is revoked.

    ``quietly`` (the client only): the partner's page keeps showing what it showed at this
    moment, and nothing after it, with no word that anything changed (see QuietHold). An
    ordinary end, by either person, also ends any quiet hold: the link is simply gone."""
    if actor.pk not in (link.client_id, link.partner_id):
        raise PermissionDenied(_("Only the two people in a link can end it."))
    if quietly:
        if actor.pk != link.client_id:
            raise PermissionDenied(_("Only the person sharing can end a link quietly."))
        hold = selectors.open_hold(link) or _hold_start(link)
        hold.ended_link = True
        hold.save(update_fields=["ended_link"])
    else:
        QuietHold.objects.filter(link=link, released_at__isnull=True).update(
            released_at=timezone.now()
        )
    now = timezone.now()
    PartnerLink.objects.filter(pk=link.pk, status=PartnerLink.Status.ACTIVE).update(
        status=PartnerLink.Status.ENDED, ended_at=now, ended_by=actor
    )
    ConsentGrant.objects.filter(
        client_id=link.client_id,
        grantee_id=link.partner_id,
        kind=ConsentGrant.Kind.PARTNER,
        revoked_at__isnull=True,
    ).update(revoked_at=now, revoked_by=actor)
    audit_record(
        action=AuditEvent.Action.REVOKE,
        subject_uuid=link.client.uuid,
        object_type="accounts.partnerlink",
        object_id=link.pk,
        fields=["status"],
    )


# Quiet pause ------------------------------------------------------------------------------
# No email, no notification and no change of wording on the partner's side: a client whose
# partner monitors or pressures can step back without it showing (PenzeyMoog 2021; DESIGN.md
# non-negotiable 7).


def _client_links(client: User, link: PartnerLink | None) -> list[PartnerLink]:
    links = selectors.client_links(client)
    if link is None:
        return links
    if link.pk not in {lk.pk for lk in links}:
        raise PermissionDenied(_("Only the person sharing can pause what they share."))
    return [link]


def _hold_start(link: PartnerLink) -> QuietHold:
    return QuietHold.objects.create(
        link=link,
        started_at=timezone.now(),
        snapshot=json.dumps(selectors.live_snapshot(link)),
    )


@transaction.atomic
def quiet_pause(*, client: User, link: PartnerLink | None = None) -> list[QuietHold]:
    """Pause everything the client shares (on one link, or all of theirs when ``link`` is
    None): the partner's page keeps what it shows now and gets nothing new. Pausing twice
    keeps the first moment."""
    holds = [selectors.open_hold(lk) or _hold_start(lk) for lk in _client_links(client, link)]
    for hold in holds:
        audit_record(
            action=AuditEvent.Action.UPDATE,
            subject_uuid=client.uuid,
            object_type="partners.quiethold",
            object_id=hold.pk,
            fields=["started_at"],
        )
    return holds


@transaction.atomic
def quiet_resume(*, client: User, link: PartnerLink | None = None) -> int:
    """Resume sharing: the partner's view is live again, and what they wrote meanwhile reaches
    the client. Returns how many links were resumed."""
    links = _client_links(client, link)
    holds = list(QuietHold.objects.filter(link__in=links, released_at__isnull=True))
    QuietHold.objects.filter(pk__in=[h.pk for h in holds]).update(released_at=timezone.now())
    for hold in holds:
        audit_record(
            action=AuditEvent.Action.UPDATE,
            subject_uuid=client.uuid,
            object_type="partners.quiethold",
            object_id=hold.pk,
            fields=["released_at"],
        )
    return len(holds)


# Steps shown by name ------------------------------------------------------------------------


@transaction.atomic
def steps_shown_set(*, client: User, link: PartnerLink, step_ids: set[str]) -> None:
    """The client chooses which plan steps their partner sees by their real title; every other
    step shows only as its neutral kind. Each choice is a grant in the ledger."""
    if client.pk != link.client_id:
        raise PermissionDenied(_("Only the person sharing can choose what is shown."))
    known = {step.id for step in selectors.plan_steps(client)}
    unknown = sorted(step_ids - known)
    if unknown:
        raise ValidationError(
            {"steps": _("These are not steps of your plan: %(ids)s") % {"ids": ", ".join(unknown)}}
        )
    wanted = {selectors.step_scope(step_id) for step_id in step_ids}
    shown = selectors.shown_step_scopes(link)
    for scope in sorted(wanted - shown):
        accounts.consent_grant(
            client=client,
            grantee=link.partner,
            kind=ConsentGrant.Kind.PARTNER,
            scope=scope,
            text_version=STEP_TEXT_VERSION,
        )
    for grant in ConsentGrant.objects.filter(
        client_id=link.client_id,
        grantee_id=link.partner_id,
        kind=ConsentGrant.Kind.PARTNER,
        scope__in=shown - wanted,
        revoked_at__isnull=True,
    ):
        accounts.consent_revoke(actor=client, grant=grant)


# Weekly feedback ------------------------------------------------------------------------

FEEDBACK_FIELDS = (
    "felt_connected",
    "felt_heard",
    "what_helped",
    "note",
    "shared_with_client",
)


@transaction.atomic
def feedback_save(*, partner: User, link: PartnerLink, today: date, **fields: Any) -> Saved:
    """This week's feedback: one per week per link, edited in place until the week ends."""
    if partner.pk != link.partner_id:
        raise PermissionDenied(_("Only the partner in this link writes its weekly feedback."))
    unknown = set(fields) - set(FEEDBACK_FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    week = week_start(today)
    feedback = PartnerFeedback.objects.filter(link=link, week_start=week).first()
    feedback = feedback or PartnerFeedback(link=link, user=partner, week_start=week)
    was_shared = feedback.pk is not None and feedback.shared_with_client
    before: list[Text] | None = (
        [feedback.what_helped, feedback.note] if feedback.pk is not None else None
    )
    for name, value in fields.items():
        setattr(feedback, name, value)
    feedback.full_clean()
    feedback.save()
    # While the client has paused quietly, what the partner writes waits, without an email.
    if feedback.shared_with_client and not was_shared and selectors.open_hold(link) is None:
        from .tasks import notify_feedback_shared

        transaction.on_commit(lambda: notify_feedback_shared(feedback.pk))
    safety = _screen(
        partner,
        [feedback.what_helped, feedback.note],
        "partner_feedback",
        context="partner_feedback",
        before=before,
        entry_key=f"partners.feedback:{feedback.pk}",
    )
    return Saved(feedback, safety)


# Structured conversations ------------------------------------------------------------------

# Also the plan form's fields, in the order people fill them in.
CONVERSATION_FIELDS = (
    "starts_at",
    "duration_minutes",
    "objective",
    "agenda",
    "pause_word",
    "green_means",
    "amber_means",
    "red_means",
    "resume_how",
    "aftercare",
)


def _may_plan(actor: User, link: PartnerLink) -> None:
    if actor.pk not in (link.client_id, link.partner_id) or Scope.CONVERSATIONS not in (
        selectors.granted(link)
    ):
        raise PermissionDenied(_("Conversations are not shared in this link."))


@transaction.atomic
def conversation_save(
    *, actor: User, link: PartnerLink, conversation: Conversation | None = None, **fields: Any
) -> Saved:
    """Either person plans or edits; both see it while the client shares conversations."""
    _may_plan(actor, link)
    unknown = set(fields) - set(CONVERSATION_FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    if conversation is not None and conversation.link_id != link.pk:
        raise PermissionDenied(_("This conversation belongs to another link."))
    record = conversation or Conversation(link=link, client_id=link.client_id, created_by=actor)
    stored = (
        Conversation.objects.filter(pk=record.pk)
        .values_list("objective", "agenda", "aftercare")
        .first()
        if record.pk
        else None
    )
    before = record.starts_at
    for name, value in fields.items():
        setattr(record, name, value.strip() if isinstance(value, str) else value)
    if not (record.pause_word or "").strip():
        raise ValidationError({"pause_word": _("Agree on a pause word before you start.")})
    record.full_clean()
    if isinstance(record.starts_at, datetime) and record.starts_at != before:
        record.reminder_sent_at = None  # a new time gets a new reminder
    record.save()
    texts: list[Text] = [record.objective, record.agenda, record.aftercare]
    return Saved(
        record,
        _screen(
            actor,
            texts,
            "conversation",
            before=list(stored) if stored else None,
            entry_key=f"partners.conversation:{record.pk}",
        ),
    )


@transaction.atomic
def summary_save(*, actor: User, conversation: Conversation, **fields: Any) -> Saved:
    """Each person's own reflective summary; shared with the other only by its author."""
    if selectors.conversation_for(actor, conversation.pk) is None:
        raise PermissionDenied(_("This conversation is not shared with you."))
    allowed = {"summary", "safety", "closeness", "shared"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    record = ConversationSummary.objects.filter(conversation=conversation, user=actor).first()
    record = record or ConversationSummary(conversation=conversation, user=actor)
    before: list[Text] | None = [record.summary] if record.pk else None
    for name, value in fields.items():
        setattr(record, name, value)
    record.full_clean()
    record.save()
    return Saved(
        record,
        _screen(
            actor,
            [record.summary],
            "conversation_summary",
            before=before,
            entry_key=f"partners.summary:{record.pk}",
        ),
    )

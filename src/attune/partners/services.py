"""Writes for partner links: scopes, ending the link, weekly feedback, conversations."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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
        _forget_held_entry(link, entry.pk)


def _forget_held_entry(link: PartnerLink, entry_id: int) -> None:
    """Stopping sharing is an explicit choice: it reaches a held view too (the partner then
    sees that entry gone, the one change the client asked for)."""
    hold = selectors.open_hold(link)
    if hold is None:
        return
    data = json.loads(hold.snapshot)
    data["entries"] = [row for row in data.get("entries", []) if row["id"] != entry_id]
    hold.snapshot = json.dumps(data)
    hold.save(update_fields=["snapshot"])


@transaction.atomic
def quiet_clear(*, client: User, link: PartnerLink) -> None:
    """After a quiet end, the client clears what the partner's page still holds: from then on
    the partner sees that the link has ended (their choice to make, and only theirs)."""
    if link.client_id != client.pk or link.status != PartnerLink.Status.ENDED:
        raise PermissionDenied(_("Only the person who ended the link can clear it."))
    hold = selectors.open_hold(link)
    if hold is None:
        return
    hold.released_at = timezone.now()
    hold.save(update_fields=["released_at"])
    audit_record(
        action=AuditEvent.Action.UPDATE,
        subject_uuid=client.uuid,
        object_type="partners.quiethold",
        object_id=hold.pk,
        fields=["released_at"],
    )


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
        for hold in QuietHold.objects.filter(link=link, released_at__isnull=True):
            hold.released_at = timezone.now()
            hold.save(update_fields=["released_at"])
            audit_record(
                action=AuditEvent.Action.UPDATE,
                subject_uuid=link.client.uuid,
                object_type="partners.quiethold",
                object_id=hold.pk,
                fields=["released_at"],
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
# The safety agreement: proposed by one person, in force only once the other agrees (design
# for the partner who controls: PenzeyMoog 2021, "Design for Safety"). The time, objective and
# agenda stay freely editable by either: they set no boundary inside the conversation, a new
# time resets the reminder and both calendars follow, and a pause can always be called.
AGREEMENT_FIELDS = (
    "pause_word",
    "green_means",
    "amber_means",
    "red_means",
    "resume_how",
    "aftercare",
)
REQUIRED_AGREEMENT = {"pause_word", "green_means", "amber_means", "red_means", "resume_how"}
PLAN_FIELDS = ("starts_at", "duration_minutes", "objective", "agenda")
# A start a few minutes ago is a slow form, not a plan for the past.
START_GRACE = timedelta(minutes=10)
FURTHEST_AHEAD = timedelta(days=366 * 2)


def _may_plan(actor: User, link: PartnerLink) -> None:
    if actor.pk not in (link.client_id, link.partner_id) or Scope.CONVERSATIONS not in (
        selectors.granted(link)
    ):
        raise PermissionDenied(_("Conversations are not shared in this link."))


def _far_off(value: object, *, now: datetime) -> None:
    # Years first: a date such as 0001-01-01 or 9999-12-31 in a time zone other than UTC
    # cannot even be compared with another time zone's without overflowing.
    if isinstance(value, datetime) and not 1000 <= value.year <= now.year + 3:
        check_starts_at(value, now=now)


def check_starts_at(value: object, *, now: datetime) -> None:
    """A new time is from now on (a little grace) and within two years."""
    past = _("The conversation cannot start in the past. Choose a time from now on.")
    far = _("Choose a time within the next two years.")
    if not isinstance(value, datetime):
        raise ValidationError({"starts_at": _("Choose a date and time for the conversation.")})
    if timezone.is_naive(value):
        raise ValidationError(
            {"starts_at": _("Give the time with its offset, such as 2030-01-01T18:00:00+01:00.")}
        )
    if value.year < now.year - 1 or value < now - START_GRACE:
        raise ValidationError({"starts_at": past})
    if value.year > now.year + 3 or value > now + FURTHEST_AHEAD:
        raise ValidationError({"starts_at": far})


def _agreement_errors(values: dict[str, str]) -> dict[str, str]:
    errors = {}
    if not values.get("pause_word"):
        errors["pause_word"] = _("Agree on a pause word before you start.")
    for name in sorted(REQUIRED_AGREEMENT - {"pause_word"}):
        if not values.get(name):
            errors[name] = _("Please fill this in: you agree on it together.")
    return errors


def agreement_in_force(record: Conversation) -> dict[str, str]:
    return {name: getattr(record, name) for name in AGREEMENT_FIELDS}


def agreement_proposed(record: Conversation) -> dict[str, str]:
    return {name: getattr(record, f"proposed_{name}") for name in AGREEMENT_FIELDS}


def _clear_proposal(record: Conversation) -> None:
    for name in AGREEMENT_FIELDS:
        setattr(record, f"proposed_{name}", "")
    record.proposed_at = None
    record.proposed_by = None


def _audit(actor: User, record: Conversation, fields: list[str], *, created: bool = False) -> None:
    audit_record(
        action=AuditEvent.Action.CREATE if created else AuditEvent.Action.UPDATE,
        subject_uuid=record.client.uuid,
        object_type="partners.conversation",
        object_id=record.pk,
        fields=fields,
        actor_uuid=actor.uuid,
    )


@transaction.atomic
def conversation_save(
    *, actor: User, link: PartnerLink, conversation: Conversation | None = None, **fields: Any
) -> Saved:
    """Either person plans or edits. The time, objective and agenda apply at once; a safety
    agreement that differs from the one in force (and from the one waiting) becomes this
    person's proposal, which applies only when the other person agrees."""
    _may_plan(actor, link)
    unknown = set(fields) - set(CONVERSATION_FIELDS)
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(names)s") % {"names": ", ".join(sorted(unknown))}
        )
    if conversation is not None and conversation.link_id != link.pk:
        raise PermissionDenied(_("This conversation belongs to another link."))
    # Read afresh: a form may already have copied what was typed onto the caller's instance.
    record = (
        Conversation.objects.select_for_update().get(pk=conversation.pk)
        if conversation is not None
        else Conversation(link=link, client_id=link.client_id, created_by=actor)
    )
    # The words last written: the proposal waiting, or else the agreement in force.
    stored: list[Text] | None = (
        [
            record.objective,
            record.agenda,
            *(
                agreement_proposed(record) if record.has_proposal else agreement_in_force(record)
            ).values(),
        ]
        if record.pk
        else None
    )
    now = timezone.now()
    before = record.starts_at
    old_plan = {name: getattr(record, name) for name in PLAN_FIELDS}
    clean = {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}
    if "starts_at" in clean:
        _far_off(clean["starts_at"], now=now)
    for name in PLAN_FIELDS:
        if name in clean:
            setattr(record, name, clean[name])
    if record.pk is None or record.starts_at != before:
        check_starts_at(record.starts_at, now=now)
    current = agreement_proposed(record) if record.has_proposal else agreement_in_force(record)
    wanted = {name: clean.get(name, current[name]) or "" for name in AGREEMENT_FIELDS}
    errors = _agreement_errors(wanted)
    if errors:
        raise ValidationError(errors)
    record.full_clean()
    if isinstance(record.starts_at, datetime) and record.starts_at != before:
        record.reminder_sent_at = None  # a new time gets a new reminder
    created = record.pk is None
    changed = [n for n in PLAN_FIELDS if created or getattr(record, n) != old_plan[n]]
    proposes = wanted not in (agreement_in_force(record), agreement_proposed(record))
    if proposes:
        for name, value in wanted.items():
            setattr(record, f"proposed_{name}", value)
        record.proposed_at = timezone.now()
        record.proposed_by = actor
    record.save()
    _audit(actor, record, changed + (["proposed_agreement"] if proposes else []), created=created)
    texts: list[Text] = [record.objective, record.agenda, *wanted.values()]
    return Saved(
        record,
        _screen(
            actor,
            texts,
            "conversation",
            before=stored,
            entry_key=f"partners.conversation:{record.pk}",
        ),
    )


def _own_conversation(actor: User, conversation: Conversation) -> PartnerLink:
    found = selectors.conversation_for(actor, conversation.pk)
    if found is None or found.link is None:
        raise PermissionDenied(_("This conversation is not shared with you."))
    return found.link


def _proposal_for_other(actor: User, record: Conversation) -> None:
    if not record.has_proposal:
        raise ValidationError({"agreement": _("There is no change waiting for an answer.")})
    if record.proposed_by_id == actor.pk:
        raise ValidationError(
            {"agreement": _("You suggested this change: the other person answers it.")}
        )


@transaction.atomic
def agreement_confirm(
    *, actor: User, conversation: Conversation, seen: datetime | None = None
) -> Conversation:
    """The other person agrees: the proposal becomes the agreement in force. `seen` is when
    the proposal they read was made: a suggestion replaced meanwhile is never agreed unread."""
    _own_conversation(actor, conversation)
    record = Conversation.objects.select_for_update().get(pk=conversation.pk)
    _proposal_for_other(actor, record)
    if seen is not None and seen != record.proposed_at:
        raise ValidationError(
            {
                "agreement": _(
                    "The suggestion changed since you opened it. Please read it again before "
                    "you agree."
                )
            }
        )
    for name, value in agreement_proposed(record).items():
        setattr(record, name, value)
    record.agreed_at = timezone.now()
    record.agreed_by = actor
    _clear_proposal(record)
    record.save()
    _audit(actor, record, ["agreement_confirmed", *AGREEMENT_FIELDS])
    return record


@transaction.atomic
def agreement_keep(*, actor: User, conversation: Conversation) -> Conversation:
    """The other person keeps the agreement in force; the proposal is set aside."""
    _own_conversation(actor, conversation)
    record = Conversation.objects.select_for_update().get(pk=conversation.pk)
    _proposal_for_other(actor, record)
    if not record.agreed:
        raise ValidationError(
            {
                "agreement": _(
                    "Nothing is agreed yet, so there is no current one to keep. You can agree, "
                    "or suggest a different agreement by changing the plan."
                )
            }
        )
    _clear_proposal(record)
    record.save()
    _audit(actor, record, ["agreement_kept"])
    return record


@transaction.atomic
def agreement_withdraw(*, actor: User, conversation: Conversation) -> Conversation:
    """The person who proposed a change takes it back before the other answers."""
    _own_conversation(actor, conversation)
    record = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if not record.has_proposal or record.proposed_by_id != actor.pk:
        raise ValidationError({"agreement": _("You have no suggested change waiting.")})
    if not record.agreed:
        raise ValidationError(
            {
                "agreement": _(
                    "This is the first agreement for this conversation: change the plan to "
                    "suggest a different one."
                )
            }
        )
    _clear_proposal(record)
    record.save()
    _audit(actor, record, ["agreement_withdrawn"])
    return record


@transaction.atomic
def conversation_pause(*, actor: User, conversation: Conversation) -> Conversation:
    """Either person calls a pause at any time, with no reason asked and nothing to confirm.
    The latest person to call it is the one who resumes: the one who needed the break says
    when they are ready (our rule; the break itself follows Gottman & Silver 1999: at least
    20 minutes, back within 24 hours, as agreed in `resume_how`)."""
    _own_conversation(actor, conversation)
    record = Conversation.objects.select_for_update().get(pk=conversation.pk)
    record.paused_at = timezone.now()
    record.paused_by = actor
    record.save()
    _audit(actor, record, ["paused"])
    return record


@transaction.atomic
def conversation_resume(*, actor: User, conversation: Conversation) -> Conversation:
    """The person who called the pause resumes when both are ready."""
    _own_conversation(actor, conversation)
    record = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if not record.paused:
        raise ValidationError({"pause": _("This conversation is not paused.")})
    if record.paused_by_id is not None and record.paused_by_id != actor.pk:
        raise ValidationError(
            {"pause": _("The person who called the pause resumes it, when you are both ready.")}
        )
    record.paused_at = None
    record.paused_by = None
    record.save()
    _audit(actor, record, ["resumed"])
    return record


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

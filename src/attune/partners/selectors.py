"""Reads for partner links. A partner sees a scope only while the link is active and the
client's grant for that scope is unrevoked — checked on every request, never cached."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.db.models import Q, QuerySet

from attune.accounts import selectors as people
from attune.accounts.models import ConsentGrant, PartnerLink, User
from attune.journal.models import JournalEntry
from attune.safety import harm

from .models import Conversation, ConversationSummary, PartnerFeedback, Scope


def links_for(user: User) -> QuerySet[PartnerLink]:
    """Active links where this person is the client or the partner."""
    if not user.is_authenticated:
        return PartnerLink.objects.none()
    return (
        people.active_partner_links()
        .filter(Q(client=user) | Q(partner=user))
        .order_by("started_at", "pk")
    )


def link_for(user: User, link_id: int | str | None) -> PartnerLink | None:
    pk: int | None = None
    if link_id is not None and link_id != "":
        try:
            pk = int(link_id)
        except (TypeError, ValueError):
            return None
    links = links_for(user)
    return (links.filter(pk=pk) if pk is not None else links).first()


def granted(link: PartnerLink) -> set[str]:
    return set(
        ConsentGrant.objects.filter(
            client_id=link.client_id,
            grantee_id=link.partner_id,
            kind=ConsentGrant.Kind.PARTNER,
            scope__in=Scope.values,
            revoked_at__isnull=True,
        ).values_list("scope", flat=True)
    )


ENTRY_SCOPE_PREFIX = "journal_entry:"


def entry_scope(entry_id: int) -> str:
    """A single journal entry shared with the partner is its own grant in the ledger."""
    return f"{ENTRY_SCOPE_PREFIX}{entry_id}"


def shared_entry_ids(link: PartnerLink) -> set[int]:
    scopes = ConsentGrant.objects.filter(
        client_id=link.client_id,
        grantee_id=link.partner_id,
        kind=ConsentGrant.Kind.PARTNER,
        scope__startswith=ENTRY_SCOPE_PREFIX,
        revoked_at__isnull=True,
    ).values_list("scope", flat=True)
    return {int(scope.removeprefix(ENTRY_SCOPE_PREFIX)) for scope in scopes}


def entries_shared(link: PartnerLink) -> QuerySet[JournalEntry]:
    """The journal entries the client shares with this partner now, newest first.

    An entry whose words tell of harm from others (or that raised such a flag) is never
    among them, whatever the ledger says (``safety.harm``)."""
    entries = JournalEntry.objects.filter(client_id=link.client_id, pk__in=shared_entry_ids(link))
    return entries.filter(pk__in=_safe_entry_ids(link.client_id, list(entries))).order_by(
        "-created_at"
    )


def _safe_entry_ids(client_id: int, entries: list[JournalEntry]) -> list[int]:
    flagged = harm.others_flag_keys(client_id, [harm.journal_key(e.pk) for e in entries])
    return [
        e.pk
        for e in entries
        if harm.journal_key(e.pk) not in flagged
        and not harm.discloses_harm([e.title, e.body], context="journal")
    ]


def entry_shareable(entry: JournalEntry) -> bool:
    """May this entry be shared with a partner at all? Not when it tells of harm from others."""
    return bool(_safe_entry_ids(entry.client_id, [entry]))


def client_links(client: User) -> list[PartnerLink]:
    return [link for link in links_for(client) if link.client_id == client.pk]


def may_see(user: User, link: PartnerLink, scope: str) -> bool:
    """The client always sees their own side; the partner only what is granted now."""
    if user.pk == link.client_id:
        return True
    return user.pk == link.partner_id and scope in granted(link)


CONVERSATION_TEXTS = (
    "objective",
    "agenda",
    "pause_word",
    "green_means",
    "amber_means",
    "red_means",
    "resume_how",
    "aftercare",
)


def conversations_for(user: User) -> QuerySet[Conversation]:
    """Conversations on this person's active links that they may see now.

    A plan whose words tell of harm from others (or that raised such a flag) is left out for
    the partner, silently: pages, API, calendar and reminders all read through here."""
    visible = [link for link in links_for(user) if may_see(user, link, Scope.CONVERSATIONS)]
    found = Conversation.objects.filter(link_id__in=[link.pk for link in visible]).select_related(
        "link__client", "link__partner"
    )
    as_partner = [link.pk for link in visible if link.partner_id == user.pk]
    if not as_partner:
        return found
    withheld = withheld_conversations(list(found.filter(link_id__in=as_partner)))
    return found.exclude(pk__in=withheld) if withheld else found


def withheld_conversations(conversations: list[Conversation]) -> list[int]:
    withheld = []
    for conversation in conversations:
        key = f"partners.conversation:{conversation.pk}"
        if harm.others_flag_keys(conversation.client_id, [key]) or harm.discloses_harm(
            [getattr(conversation, name) for name in CONVERSATION_TEXTS], context="free"
        ):
            withheld.append(conversation.pk)
    return withheld


def conversation_for(user: User, conversation_id: int) -> Conversation | None:
    return conversations_for(user).filter(pk=conversation_id).first()


def summaries_visible(user: User, conversation: Conversation) -> list[ConversationSummary]:
    """Each person's own summary, and the other person's only when they shared it and it does
    not tell of harm from others (the other person may be the one causing it)."""
    rows = list(conversation.summaries.filter(Q(user=user) | Q(shared=True)).select_related("user"))
    theirs = [s for s in rows if s.user_id != user.pk]
    flagged: set[str] = set()
    for other in {s.user_id for s in theirs}:
        flagged |= harm.others_flag_keys(
            other, [harm.summary_key(s.pk) for s in theirs if s.user_id == other]
        )
    return [
        s
        for s in rows
        if s.user_id == user.pk
        or (
            harm.summary_key(s.pk) not in flagged
            and not harm.discloses_harm([s.summary], context="free")
        )
    ]


def other_person(user: User, link: PartnerLink) -> User:
    return link.partner if user.pk == link.client_id else link.client


def ladder(client: User) -> list[dict[str, Any]]:
    """The plan's steps with their status: done, this week, paused, or later. No logs, notes
    or distress ratings."""
    from attune.checkins.services import client_today
    from attune.plans import services as plans

    record = plans.active_plan(client)
    if record is None:
        return []
    plan = plans.engine_plan(record)
    _week, ready = plans.this_week(record, client_today(client))
    ready_ids = {step.id for step in ready}
    paused = set(record.paused_steps)
    rows = []
    for step in plan.steps:
        if step.id in plan.completed:
            status = "done"
        elif step.id in paused:
            status = "paused"
        elif step.id in ready_ids:
            status = "this_week"
        else:
            status = "later"
        rows.append({"id": step.id, "title": step.title, "rung": step.rung, "status": status})
    return rows


def weekly_summary(client: User, today: date) -> dict[str, Any]:
    """This week so far: days checked in, steps done and not yet. Counts only — no notes,
    ratings or scores (questionnaires are never a partner's to see)."""
    from attune.checkins.models import CheckIn
    from attune.plans.models import Outcome, StepLog

    start = today - timedelta(days=today.weekday())
    logs = StepLog.objects.filter(client=client, logged_on__gte=start, logged_on__lte=today)
    return {
        "week_start": start,
        "days_checked_in": CheckIn.objects.filter(
            client=client, day__gte=start, day__lte=today
        ).count(),
        "steps_done": logs.filter(outcome=Outcome.DONE).count(),
        # A setback is a try that did not work out yet: shown to the partner as "not yet".
        "steps_not_yet": logs.exclude(outcome=Outcome.DONE).count(),
    }


def feedback_of_partner(user: User, link: PartnerLink) -> QuerySet[PartnerFeedback]:
    return PartnerFeedback.objects.filter(link=link, user=user)


def feedback_shared_with(client: User) -> QuerySet[PartnerFeedback]:
    return PartnerFeedback.objects.filter(
        link__in=people.active_partner_links(client=client), shared_with_client=True
    ).select_related("user")


def feedback_for_clinician(
    client: User, *, since: date | None = None, until: date | None = None
) -> QuerySet[PartnerFeedback]:
    """The partners' weekly feedback the client's treating clinician sees (the caller checks
    treatment): only from links active now. When a link ends, its ratings leave the
    clinician's views at once, as they leave the partner's; the partner's own export keeps
    them (``partners.models``)."""
    feedback = PartnerFeedback.objects.filter(link__in=people.active_partner_links(client=client))
    if since is not None:
        feedback = feedback.filter(week_start__gte=since)
    if until is not None:
        feedback = feedback.filter(week_start__lte=until)
    return feedback.order_by("week_start", "pk")

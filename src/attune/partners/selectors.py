"""Reads for partner links. A partner sees a scope only while the link is active and the
client's grant for that scope is unrevoked — checked on every request, never cached."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Q, QuerySet

from attune.accounts import selectors as people
from attune.accounts.models import ConsentGrant, PartnerLink, User
from attune.clinical.plans.model import Step
from attune.clinical.plans.neutral import step_kind
from attune.journal.models import JournalEntry
from attune.safety import harm

from .models import Conversation, ConversationSummary, PartnerFeedback, QuietHold, Scope
from .wording import step_label


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
    # A proposed agreement is withheld like the agreed one (proposals are words too).
    "proposed_pause_word",
    "proposed_green_means",
    "proposed_amber_means",
    "proposed_red_means",
    "proposed_resume_how",
    "proposed_aftercare",
)


def _quiet_end_holds(partner: User) -> list[QuietHold]:
    if not partner.is_authenticated:
        return []
    return list(
        QuietHold.objects.filter(
            link__partner=partner,
            link__status=PartnerLink.Status.ENDED,
            ended_link=True,
            released_at__isnull=True,
        )
    )


def _held_after_quiet_end(partner: User) -> Q:
    """After a quiet end the partner still sees the conversations their held page linked to,
    as planned by then (read only: nothing new reaches them, and nothing they do reaches the
    client)."""
    shown = Q(pk__in=[])
    for hold in _quiet_end_holds(partner):
        if Scope.CONVERSATIONS in json.loads(hold.snapshot)["scopes"]:
            shown |= Q(link_id=hold.link_id, created_at__lte=hold.started_at)
    return shown


def conversations_for(user: User) -> QuerySet[Conversation]:
    """Conversations on this person's active links that they may see now.

    A plan whose words tell of harm from others (or that raised such a flag) is left out for
    the partner, silently: pages, API, calendar and reminders all read through here."""
    visible = [link for link in links_for(user) if may_see(user, link, Scope.CONVERSATIONS)]
    shown = Q(link_id__in=[link.pk for link in visible]) | _held_after_quiet_end(user)
    found = Conversation.objects.filter(shown).select_related(
        "link__client", "link__partner", "proposed_by", "agreed_by", "paused_by"
    )
    # A conversation the partner proposed while the client paused quietly waits for them.
    held = _held_since(user) if any(lk.client_id == user.pk for lk in visible) else {}
    for link in visible:
        since = held.get(link.pk) if link.client_id == user.pk else None
        if since is not None:
            found = found.exclude(
                link_id=link.pk, created_by_id=link.partner_id, created_at__gte=since
            )
    as_partner = [link.pk for link in visible if link.partner_id == user.pk]
    as_partner += [hold.link_id for hold in _quiet_end_holds(user)]
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


STEP_SCOPE_PREFIX = "plan_step:"


def step_scope(step_id: str) -> str:
    """A plan step the client chose to show by name is its own grant in the ledger. Step ids
    are hashed: the ledger's scope column is short, and an id can itself tell of the step."""
    return STEP_SCOPE_PREFIX + hashlib.blake2b(step_id.encode(), digest_size=12).hexdigest()


def shown_step_scopes(link: PartnerLink) -> set[str]:
    return set(
        ConsentGrant.objects.filter(
            client_id=link.client_id,
            grantee_id=link.partner_id,
            kind=ConsentGrant.Kind.PARTNER,
            scope__startswith=STEP_SCOPE_PREFIX,
            revoked_at__isnull=True,
        ).values_list("scope", flat=True)
    )


def plan_steps(client: User) -> list[Step]:
    from attune.plans import services as plans

    record = plans.active_plan(client)
    return list(plans.engine_plan(record).steps) if record is not None else []


def step_choices(link: PartnerLink) -> list[dict[str, Any]]:
    """For the client's partner page: each step, how the partner sees it, and whether its real
    title is shown."""
    shown = shown_step_scopes(link)
    return [
        {
            "id": step.id,
            "title": step.title,
            "label": step_label(step_kind(step)),
            "shown": step_scope(step.id) in shown,
        }
        for step in plan_steps(link.client)
    ]


def ladder(client: User, shown: set[str] | None = None) -> list[dict[str, Any]]:
    """The plan's steps as a partner sees them: each step's neutral kind and its status (done,
    this week, paused, or later); its real title only when the client chose to show that step
    (``shown`` holds ledger scopes, ``step_scope``). No ids, logs, notes or distress ratings."""
    from attune.checkins.services import client_today
    from attune.plans import services as plans

    record = plans.active_plan(client)
    if record is None:
        return []
    plan = plans.engine_plan(record)
    _week, ready = plans.this_week(record, client_today(client))
    ready_ids = {step.id for step in ready}
    # A step set aside because contact with an ex may not be safe reads as "later": its
    # pause must not tell the partner (who may be that ex) what the client answered.
    private = {s.id for s in plans.set_aside_for_safety(record, plans.step_answers(record))}
    paused = set(record.paused_steps) - private
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
        title = step.title if step_scope(step.id) in (shown or set()) else ""
        rows.append(
            {"kind": str(step_kind(step)), "title": title, "rung": step.rung, "status": status}
        )
    return rows


def _labelled(rows: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    if rows is None:
        return None
    return [{**row, "label": row["title"] or step_label(row["kind"])} for row in rows]


# What the partner sees, live or held ---------------------------------------------------------


def open_hold(link: PartnerLink) -> QuietHold | None:
    return QuietHold.objects.filter(link=link, released_at__isnull=True).first()


def live_snapshot(link: PartnerLink) -> dict[str, Any]:
    """What the partner's view of this link holds now, as plain data (stored by a quiet hold)."""
    scopes = granted(link)
    summary = None
    if Scope.WEEKLY_SUMMARY in scopes:
        summary = weekly_summary(link.client, _today(link.client))
        summary = {**summary, "week_start": summary["week_start"].isoformat()}
    return {
        "scopes": sorted(scopes),
        "ladder": ladder(link.client, shown_step_scopes(link)) if Scope.LADDER in scopes else None,
        "summary": summary,
        # The words as they are now: an edit made after a quiet hold never reaches the
        # partner (the snapshot itself is encrypted, QuietHold.snapshot).
        "entries": [
            {
                "id": entry.pk,
                "title": entry.title,
                "body": entry.body,
                "created_at": entry.created_at.isoformat(),
            }
            for entry in entries_shared(link)
        ],
    }


@dataclass(frozen=True)
class HeldEntry:
    """A journal entry as the partner saw it when the client paused or ended quietly."""

    pk: int
    title: str
    body: str
    created_at: datetime


def _today(client: User) -> date:
    from attune.checkins.services import client_today

    return client_today(client)


def partner_view(link: PartnerLink) -> dict[str, Any]:
    """Exactly what the partner's page shows for this link. While the client has paused or
    ended quietly, that is the view held at that moment, with nothing after it; otherwise
    it is live. The same data serves the partner's page, the API and "view as my partner"."""
    hold = open_hold(link)
    data = json.loads(hold.snapshot) if hold is not None else live_snapshot(link)
    summary = data["summary"]
    if summary is not None:
        summary = {**summary, "week_start": date.fromisoformat(summary["week_start"])}
    entries: list[JournalEntry] | list[HeldEntry]
    if hold is None:
        entries = list(entries_shared(link))
    else:  # as held; never one since deleted or one that tells of harm from others
        held = {row["id"]: row for row in data.get("entries", [])}
        kept = list(JournalEntry.objects.filter(client_id=link.client_id, pk__in=list(held)))
        safe = set(_safe_entry_ids(link.client_id, kept))
        held_entries = [
            HeldEntry(
                pk=row["id"],
                title=row["title"],
                body=row["body"],
                created_at=datetime.fromisoformat(row["created_at"]),
            )
            for row in held.values()
            if row["id"] in safe
            and not harm.discloses_harm([row["title"], row["body"]], context="journal")
        ]
        entries = sorted(held_entries, key=lambda e: e.created_at, reverse=True)
    return {
        "link": link,
        "scopes": set(data["scopes"]),
        "ladder": _labelled(data["ladder"]),
        "summary": summary,
        "entries": entries,
    }


def quietly_ended(client: User) -> list[PartnerLink]:
    """Links this client ended quietly whose partner's page still holds its last view."""
    return list(
        PartnerLink.objects.filter(
            client=client,
            status=PartnerLink.Status.ENDED,
            quiet_holds__released_at__isnull=True,
        )
        .select_related("partner")
        .distinct()
    )


def partner_scopes(link: PartnerLink) -> set[str]:
    """The scopes the partner's view shows: held ones while the client has paused quietly."""
    hold = open_hold(link)
    return set(json.loads(hold.snapshot)["scopes"]) if hold is not None else granted(link)


def partner_links(user: User) -> list[PartnerLink]:
    """Links this person is the partner in and may see: active ones, and ones the client ended
    quietly (their page keeps the view it had; see QuietHold)."""
    if not user.is_authenticated:
        return []
    active = list(people.active_partner_links().filter(partner=user))
    quietly_ended = PartnerLink.objects.filter(
        partner=user,
        status=PartnerLink.Status.ENDED,
        quiet_holds__released_at__isnull=True,
        quiet_holds__ended_link=True,
    ).select_related("client", "partner")
    return sorted({*active, *quietly_ended}, key=lambda lk: (lk.started_at, lk.pk))


def partner_link_for(user: User, link_id: int | str | None) -> PartnerLink | None:
    links = partner_links(user)
    if link_id is None or link_id == "":
        return links[0] if links else None
    try:
        pk = int(link_id)
    except (TypeError, ValueError):
        return None
    return next((lk for lk in links if lk.pk == pk), None)


def _held_since(client: User) -> dict[int, Any]:
    """Open quiet holds on this client's links: what the partner writes after ``started_at``
    waits, unseen by the client, until they resume."""
    return dict(
        QuietHold.objects.filter(link__client=client, released_at__isnull=True).values_list(
            "link_id", "started_at"
        )
    )


def couple_features_paused(client: User) -> bool:
    """Has this client quietly paused sharing on any link that is still active?"""
    return QuietHold.objects.filter(
        link__client=client,
        link__status=PartnerLink.Status.ACTIVE,
        released_at__isnull=True,
    ).exists()


def without_held_feedback(
    client: User, feedback: QuerySet[PartnerFeedback]
) -> QuerySet[PartnerFeedback]:
    for link_id, since in _held_since(client).items():
        feedback = feedback.exclude(link_id=link_id, updated_at__gte=since)
    return feedback


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
    found = PartnerFeedback.objects.filter(
        link__in=people.active_partner_links(client=client), shared_with_client=True
    ).select_related("user")
    return without_held_feedback(client, found)


def feedback_for_clinician(
    client: User, *, since: date | None = None, until: date | None = None
) -> QuerySet[PartnerFeedback]:
    """The partners' weekly feedback the client's treating clinician sees (the caller checks
    treatment): only from links active now. When a link ends, its ratings leave the
    clinician's views at once, as they leave the partner's; the partner's own export keeps
    them (``partners.models``). What was written while the client had paused quietly waits
    until they resume."""
    feedback = PartnerFeedback.objects.filter(link__in=people.active_partner_links(client=client))
    feedback = without_held_feedback(client, feedback)
    if since is not None:
        feedback = feedback.filter(week_start__gte=since)
    if until is not None:
        feedback = feedback.filter(week_start__lte=until)
    return feedback.order_by("week_start", "pk")

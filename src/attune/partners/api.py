"""Partner links over the API: scopes (the client), what is shared (the partner), weekly
feedback (the partner), conversations and summaries (both), concordance (the clinician)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.params import functions as params

from attune.accounts import selectors as people
from attune.accounts.access import signed_in as _user
from attune.accounts.models import PartnerLink, User
from attune.api.schemas import ErrorOut, Support
from attune.api.types import Flag, Moment, Whole
from attune.audit.services import audit_read
from attune.checkins.services import client_today
from attune.core import idempotency
from attune.journal.models import JournalEntry

from . import concordance, selectors, services
from .models import Conversation, ConversationSummary, PartnerFeedback, Scope
from .services import Saved

router = Router(tags=["partners"])
# Conversations carry their own tag too in the OpenAPI document.
TALK = ["partners", "conversations"]


def _problem(exc: ValidationError | PermissionDenied) -> str:
    return " ".join(getattr(exc, "messages", [str(exc)]))


class PartnerLinkOut(Schema):
    id: int
    role: str
    other: str
    scopes: list[str]


class PartnerScopesIn(Schema):
    link_id: Whole
    scopes: list[str]


class PartnerLinkRefIn(Schema):
    link_id: Whole


class SharedEntryOut(Schema):
    id: int
    title: str
    body: str
    created_at: datetime


class SharedStepOut(Schema):
    label: str = Field(description="The step's real title if the client shows it, else its kind")
    kind: str = Field(description="reading, conversation, closeness, body, connection, ...")
    shown: bool = Field(description="Whether the client chose to show this step's title")
    rung: int
    status: str = Field(description="done, this_week, paused or later")


class SharedOut(Schema):
    link_id: int
    client: str
    scopes: list[str]
    ladder: list[SharedStepOut] | None = None
    weekly_summary: dict[str, Any] | None = None
    entries: list[SharedEntryOut] = []


class EntryShareIn(Schema):
    link_id: Whole
    shared: Flag


class PartnerFeedbackIn(Schema):
    link_id: Whole
    felt_connected: Whole = Field(ge=0, le=10)
    felt_heard: Whole = Field(ge=0, le=10)
    what_helped: str = Field(default="", max_length=4000)
    note: str = Field(default="", max_length=4000)
    shared_with_client: Flag = False


class PartnerFeedbackOut(Schema):
    id: int
    link_id: int
    week_start: date
    felt_connected: int
    felt_heard: int
    what_helped: str
    note: str
    shared_with_client: bool
    needs_support: bool = False
    support: Support | None = None


class ConversationIn(Schema):
    link_id: Whole
    starts_at: Moment
    duration_minutes: Whole = Field(default=30, ge=5, le=180)
    objective: str = Field(min_length=1, max_length=500)
    agenda: str = Field(default="", max_length=4000)
    pause_word: str = Field(min_length=1, max_length=80)
    green_means: str = Field(min_length=1, max_length=500)
    amber_means: str = Field(min_length=1, max_length=500)
    red_means: str = Field(min_length=1, max_length=500)
    resume_how: str = Field(min_length=1, max_length=2000)
    aftercare: str = Field(default="", max_length=2000)


class AgreementOut(Schema):
    pause_word: str
    green_means: str
    amber_means: str
    red_means: str
    resume_how: str
    aftercare: str


class ProposalOut(AgreementOut):
    proposed_by: str
    proposed_by_me: bool
    proposed_at: datetime
    waiting_for: str = Field(description="The person whose agreement it needs.")


class ConversationOut(Schema):
    id: int
    link_id: int
    starts_at: datetime
    duration_minutes: int
    objective: str
    agenda: str
    agreed: bool = Field(
        description="Both people agreed the safety agreement below (false until then)."
    )
    agreed_at: datetime | None = None
    pause_word: str = Field(description="In force; empty until both have agreed.")
    green_means: str
    amber_means: str
    red_means: str
    resume_how: str
    aftercare: str
    proposal: ProposalOut | None = Field(
        default=None,
        description="A suggested agreement that applies only when the other person agrees.",
    )
    paused: bool = False
    paused_at: datetime | None = None
    paused_by_me: bool = False
    needs_support: bool = False
    support: Support | None = None


class ConversationSummaryIn(Schema):
    summary: str = Field(min_length=1, max_length=8000)
    safety: Whole = Field(ge=0, le=10)
    closeness: Whole = Field(ge=0, le=10)
    shared: Flag = False


class ConversationSummaryOut(Schema):
    author: str
    mine: bool
    summary: str
    safety: int
    closeness: int
    shared: bool
    needs_support: bool = False
    support: Support | None = None


class ConcordanceWeekOut(Schema):
    week: date
    partner_felt_connected: float | None
    client_closeness: float | None


class ConcordanceOut(Schema):
    discordant: bool
    mean_gap: float | None
    weeks: list[ConcordanceWeekOut]


def _link_out(user: User, link: PartnerLink) -> dict[str, Any]:
    mine = link.client_id == user.pk
    return {
        "id": link.pk,
        "role": "client" if mine else "partner",
        "other": str(link.partner if mine else link.client),
        "scopes": sorted(selectors.granted(link) if mine else selectors.partner_scopes(link)),
    }


@router.get("/partners/links", response=list[PartnerLinkOut], summary="Your active partner links")
def links(request: HttpRequest) -> list[dict[str, Any]]:
    user = _user(request)
    mine = [link for link in selectors.links_for(user) if link.client_id == user.pk]
    return [_link_out(user, link) for link in [*mine, *selectors.partner_links(user)]]


@router.put(
    "/partners/scopes",
    response={200: PartnerLinkOut, 404: ErrorOut, 422: ErrorOut},
    summary="Choose what your partner sees (the client only); takes effect at once",
)
def scopes_put(request: HttpRequest, payload: PartnerScopesIn) -> Status[Any]:
    user = _user(request)
    link = selectors.link_for(user, payload.link_id)
    if link is None or link.client_id != user.pk:
        return Status(404, {"detail": "Not found."})
    unknown = set(payload.scopes) - set(Scope.values)
    if unknown:
        return Status(422, {"detail": f"Unknown scopes: {', '.join(sorted(unknown))}."})
    for scope in Scope.values:
        services.scope_set(actor=user, link=link, scope=scope, granted=scope in payload.scopes)
    return Status(200, _link_out(user, link))


@router.put(
    "/partners/entries/{entry_id}/share",
    response={200: PartnerLinkOut, 404: ErrorOut, 422: ErrorOut},
    summary="Share one of your journal entries with your partner, or stop (the client only)",
)
def entry_share(request: HttpRequest, entry_id: int, payload: EntryShareIn) -> Status[Any]:
    user = _user(request)
    entry = JournalEntry.objects.filter(client=user, pk=entry_id).first()
    link = selectors.link_for(user, payload.link_id)
    if entry is None or link is None or link.client_id != user.pk:
        return Status(404, {"detail": "Not found."})
    try:
        services.entry_share(client=user, link=link, entry=entry, shared=payload.shared)
    except ValidationError as exc:
        return Status(422, {"detail": " ".join(exc.messages), "errors": {"shared": exc.messages}})
    return Status(200, _link_out(user, link))


@router.post(
    "/partners/links/end",
    response={204: None, 404: ErrorOut},
    summary="End a partner link (either person); everything shared stops at once",
)
def link_end(request: HttpRequest, payload: PartnerLinkRefIn) -> Status[Any]:
    user = _user(request)
    link = selectors.link_for(user, payload.link_id)
    if link is None:
        return Status(404, {"detail": "Not found."})
    services.link_end(actor=user, link=link)
    return Status(204, None)


class StepsShownIn(Schema):
    link_id: Whole
    step_ids: list[str] = Field(
        description="Plan steps your partner sees by their real title; all others by kind"
    )


class QuietIn(Schema):
    link_id: Whole | None = Field(default=None, description="One of your links; empty for all")


class QuietOut(Schema):
    paused: bool


@router.put(
    "/partners/steps/shown",
    response={200: PartnerLinkOut, 404: ErrorOut, 422: ErrorOut},
    summary="Choose which plan steps your partner sees by name (the client only)",
)
def steps_shown_put(request: HttpRequest, payload: StepsShownIn) -> Status[Any]:
    user = _user(request)
    link = selectors.link_for(user, payload.link_id)
    if link is None or link.client_id != user.pk:
        return Status(404, {"detail": "Not found."})
    try:
        services.steps_shown_set(client=user, link=link, step_ids=set(payload.step_ids))
    except ValidationError as exc:
        return Status(422, {"detail": _problem(exc), "errors": {"step_ids": exc.messages}})
    return Status(200, _link_out(user, link))


def _quiet_links(user: User, link_id: int | None) -> tuple[bool, PartnerLink | None]:
    """(allowed, link): the named link of this client, or None for all of theirs."""
    if link_id is None:
        return bool(selectors.client_links(user)), None
    link = selectors.link_for(user, link_id)
    return link is not None and link.client_id == user.pk, link


@router.post(
    "/partners/quiet/pause",
    response={200: QuietOut, 404: ErrorOut},
    summary="Pause everything you share, quietly: your partner's view stays as it is now",
)
def quiet_pause(request: HttpRequest, payload: QuietIn) -> Status[Any]:
    user = _user(request)
    allowed, link = _quiet_links(user, payload.link_id)
    if not allowed:
        return Status(404, {"detail": "Not found."})
    services.quiet_pause(client=user, link=link)
    return Status(200, {"paused": selectors.couple_features_paused(user)})


@router.post(
    "/partners/quiet/resume",
    response={200: QuietOut, 404: ErrorOut},
    summary="Resume sharing after a quiet pause",
)
def quiet_resume(request: HttpRequest, payload: QuietIn) -> Status[Any]:
    user = _user(request)
    allowed, link = _quiet_links(user, payload.link_id)
    if not allowed:
        return Status(404, {"detail": "Not found."})
    services.quiet_resume(client=user, link=link)
    return Status(200, {"paused": selectors.couple_features_paused(user)})


@router.get("/partners/shared", response=list[SharedOut], summary="What clients share with you")
def shared(request: HttpRequest) -> list[dict[str, Any]]:
    """The same view as the partner's page (selectors.partner_view): neutral step kinds, and
    while the client has paused quietly, what was shown then and nothing after."""
    user = _user(request)
    out = []
    for link in selectors.partner_links(user):
        view = selectors.partner_view(link)
        scopes = view["scopes"]
        row: dict[str, Any] = {
            "link_id": link.pk,
            "client": str(link.client),
            "scopes": sorted(scopes),
            "entries": [
                {"id": e.pk, "title": e.title, "body": e.body, "created_at": e.created_at}
                for e in view["entries"]
            ],
            "weekly_summary": view["summary"],
        }
        if view["ladder"] is not None:
            row["ladder"] = [
                {
                    "label": step["label"],
                    "kind": step["kind"],
                    "shown": bool(step["title"]),
                    "rung": step["rung"],
                    "status": step["status"],
                }
                for step in view["ladder"]
            ]
        if scopes & {Scope.LADDER, Scope.WEEKLY_SUMMARY} or row["entries"]:
            audit_read(
                actor_uuid=user.uuid,
                subject_uuid=link.client.uuid,
                object_type="partners.shared",
                object_id=link.pk,
            )
        out.append(row)
    return out


def _feedback_out(item: PartnerFeedback, saved: Saved | None = None) -> dict[str, Any]:
    return {
        "id": item.pk,
        "link_id": item.link_id,
        "week_start": item.week_start,
        "felt_connected": item.felt_connected,
        "felt_heard": item.felt_heard,
        "what_helped": item.what_helped,
        "note": item.note,
        "shared_with_client": item.shared_with_client,
        "needs_support": saved is not None and saved.needs_support,
        "support": saved.support if saved is not None else None,
    }


@router.get(
    "/partners/feedback",
    response=list[PartnerFeedbackOut],
    summary="Weekly feedback you wrote, and feedback partners shared with you",
)
def feedback_list(request: HttpRequest) -> list[dict[str, Any]]:
    user = _user(request)
    own = PartnerFeedback.objects.filter(user=user, link__in=selectors.partner_links(user))
    shared_with_me = selectors.feedback_shared_with(user)
    return [_feedback_out(item) for item in (own | shared_with_me).distinct()]


@router.put(
    "/partners/feedback",
    response={200: PartnerFeedbackOut, 404: ErrorOut, 422: ErrorOut},
    summary="Write or change this week's feedback (the partner)",
)
def feedback_put(request: HttpRequest, payload: PartnerFeedbackIn) -> Status[Any]:
    user = _user(request)
    link = selectors.partner_link_for(user, payload.link_id)
    if link is None:
        return Status(404, {"detail": "Not found."})
    fields = payload.dict(exclude={"link_id"})
    try:
        saved = services.feedback_save(partner=user, link=link, today=client_today(user), **fields)
    except ValidationError as exc:
        return Status(422, {"detail": _problem(exc)})
    return Status(200, _feedback_out(saved.record, saved))


AGREEMENT = ("pause_word", "green_means", "amber_means", "red_means", "resume_how", "aftercare")
PAUSE_NOTE = "Either person may call a pause at any time, with no reason asked."
ANSWERS = {200: ConversationOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}
NO_LINK = {"detail": "Only the two people in a partner link plan conversations together."}


def _errors(exc: ValidationError | PermissionDenied) -> dict[str, Any]:
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        fields = {name: [str(m) for m in msgs] for name, msgs in exc.message_dict.items()}
        sentence = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in sorted(fields.items()))
        return {"detail": f"Please check {sentence}", "errors": fields}
    return {"detail": _problem(exc)}


def _conversation_out(
    user: User, item: Conversation, saved: Saved | None = None, support: Any = None
) -> dict[str, Any]:
    out: dict[str, Any] = {
        name: getattr(item, name)
        for name in ("id", "link_id", "starts_at", "duration_minutes", "objective", "agenda")
    }
    out.update({name: getattr(item, name) if item.agreed else "" for name in AGREEMENT})
    out["agreed"] = item.agreed
    out["agreed_at"] = item.agreed_at
    out["proposal"] = None
    if item.has_proposal and item.link is not None:
        mine = item.proposed_by_id == user.pk
        other = selectors.other_person(user, item.link)
        out["proposal"] = {
            **services.agreement_proposed(item),
            "proposed_by": str(item.proposed_by) if item.proposed_by else "",
            "proposed_by_me": mine,
            "proposed_at": item.proposed_at,
            "waiting_for": str(other if mine else user),
        }
    out["paused"] = item.paused
    out["paused_at"] = item.paused_at
    out["paused_by_me"] = item.paused and item.paused_by_id in (user.pk, None)
    out["needs_support"] = (saved is not None and saved.needs_support) or bool(support)
    out["support"] = saved.support if saved is not None else support
    return out


def _key(request: HttpRequest) -> str | None:
    key = request.headers.get("Idempotency-Key", "").strip()
    return None if len(key) > idempotency.MAX_KEY_LENGTH else key


TOO_LONG = {
    "detail": "Idempotency-Key must be at most 200 characters.",
    "errors": {"Idempotency-Key": ["must be at most 200 characters"]},
}
REUSED = {
    "detail": "This Idempotency-Key was already used with a different request.",
    "errors": {"Idempotency-Key": ["was already used with a different request"]},
}


@router.get(
    "/conversations", tags=TALK, response=list[ConversationOut], summary="Conversations you may see"
)
def conversation_list(request: HttpRequest) -> list[dict[str, Any]]:
    user = _user(request)
    return [_conversation_out(user, c) for c in selectors.conversations_for(user)]


@router.post(
    "/conversations",
    tags=TALK,
    response={201: ConversationOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Plan a structured conversation (either person, when conversations are shared)",
    description=(
        "The time, objective and agenda apply at once. The safety agreement (pause word, "
        "traffic-light meanings, how to resume, aftercare) is your proposal: it is in force "
        "only once the other person confirms it. `starts_at` is from now on (10 minutes' grace) "
        "and within two years; `duration_minutes` is 5 to 180. Idempotent with an "
        "`Idempotency-Key` header. 403 for someone in no partner link; 404 for a link that "
        "is not yours or does not share conversations."
    ),
)
def conversation_create(request: HttpRequest, payload: ConversationIn) -> Status[Any]:
    user = _user(request)
    key = _key(request)
    if key is None:
        return Status(422, TOO_LONG)
    if not selectors.links_for(user).exists():
        return Status(403, NO_LINK)
    link = selectors.link_for(user, payload.link_id)
    if link is None:
        return Status(404, {"detail": "Not found."})
    data = payload.dict()

    def write() -> dict[str, Any]:
        saved = services.conversation_save(
            actor=user, link=link, **payload.dict(exclude={"link_id"})
        )
        # Only the id and the offer of help are kept with the key, never the words.
        return {"id": saved.record.pk, "support": saved.support}

    try:
        answer = idempotency.replay_or_write(
            user=user, scope="partners.conversation", key=key, payload=data, write=write
        )
    except idempotency.IdempotencyConflict:
        return Status(422, REUSED)
    except PermissionDenied:
        return Status(404, {"detail": "Not found."})
    except ValidationError as exc:
        return Status(422, _errors(exc))
    found = selectors.conversation_for(user, answer.response["id"])
    if found is None:
        return Status(404, {"detail": "Not found."})
    return Status(answer.status, _conversation_out(user, found, support=answer.response["support"]))


@router.get(
    "/conversations/{conversation_id}",
    tags=TALK,
    response={200: ConversationOut, 404: ErrorOut},
    summary="One conversation plan",
)
def conversation_get(request: HttpRequest, conversation_id: int) -> Status[Any]:
    user = _user(request)
    found = selectors.conversation_for(user, conversation_id)
    if found is None:
        return Status(404, {"detail": "Not found."})
    return Status(200, _conversation_out(user, found))


@router.put(
    "/conversations/{conversation_id}",
    tags=TALK,
    response=ANSWERS,
    summary="Change a conversation plan (either person)",
    description=(
        "The time, objective and agenda change at once. A safety agreement that differs from "
        "the one in force becomes your proposal (`proposal` in the answer); the agreement in "
        "force stays until the other person confirms. A new `starts_at` follows the same "
        "rules as when planning."
    ),
)
def conversation_put(
    request: HttpRequest, conversation_id: int, payload: ConversationIn
) -> Status[Any]:
    user = _user(request)
    found = selectors.conversation_for(user, conversation_id)
    if found is None or found.link is None or found.link_id != payload.link_id:
        return Status(404, {"detail": "Not found."})
    try:
        saved = services.conversation_save(
            actor=user, link=found.link, conversation=found, **payload.dict(exclude={"link_id"})
        )
    except PermissionDenied:
        return Status(404, {"detail": "Not found."})
    except ValidationError as exc:
        return Status(422, _errors(exc))
    return Status(200, _conversation_out(user, saved.record, saved))


SEEN = params.Query(
    None,
    description=(
        "`proposal.proposed_at` as you read it: if the suggestion was replaced since, "
        "nothing is agreed (422) and you can read it again."
    ),
)


def _act(
    request: HttpRequest,
    conversation_id: int,
    action: str,
    service: Any,
    extra: dict[str, Any] | None = None,
) -> Status[Any]:
    user = _user(request)
    key = _key(request)
    if key is None:
        return Status(422, TOO_LONG)
    if not selectors.links_for(user).exists():
        return Status(403, NO_LINK)
    found = selectors.conversation_for(user, conversation_id)
    if found is None or found.link is None:
        return Status(404, {"detail": "Not found."})

    def write() -> dict[str, Any]:
        service(actor=user, conversation=found, **(extra or {}))
        return {"id": found.pk}

    try:
        idempotency.replay_or_write(
            user=user,
            scope=f"partners.conversation.{action}",
            key=key,
            payload={"conversation_id": conversation_id, **(extra or {})},
            write=write,
            status=200,
        )
    except PermissionDenied:
        return Status(404, {"detail": "Not found."})
    except ValidationError as exc:
        return Status(422, _errors(exc))
    fresh = selectors.conversation_for(user, conversation_id)
    if fresh is None:
        return Status(404, {"detail": "Not found."})
    return Status(200, _conversation_out(user, fresh))


@router.post(
    "/conversations/{conversation_id}/agreement/confirm",
    tags=TALK,
    response=ANSWERS,
    summary="Agree to the other person's suggested safety agreement; it comes into force",
    description=(
        "Only the person who did not propose it may confirm. 422 (`errors.agreement`) when "
        "nothing is waiting or you proposed it yourself. Idempotent with an `Idempotency-Key`."
    ),
)
def agreement_confirm(
    request: HttpRequest,
    conversation_id: int,
    proposed_at: Moment | None = SEEN,
) -> Status[Any]:
    seen = {"seen": proposed_at} if proposed_at else {}
    return _act(request, conversation_id, "confirm", services.agreement_confirm, seen)


@router.post(
    "/conversations/{conversation_id}/agreement/keep",
    tags=TALK,
    response=ANSWERS,
    summary="Keep the agreement in force; the other person's suggestion is set aside",
    description="Only the person who did not propose the change; only when one is in force.",
)
def agreement_keep(request: HttpRequest, conversation_id: int) -> Status[Any]:
    return _act(request, conversation_id, "keep", services.agreement_keep)


@router.post(
    "/conversations/{conversation_id}/agreement/withdraw",
    tags=TALK,
    response=ANSWERS,
    summary="Withdraw your own suggested change before the other person answers",
    description="The agreement in force stays. 422 (`errors.agreement`) when none is yours.",
)
def agreement_withdraw(request: HttpRequest, conversation_id: int) -> Status[Any]:
    return _act(request, conversation_id, "withdraw", services.agreement_withdraw)


@router.post(
    "/conversations/{conversation_id}/pause",
    tags=TALK,
    response=ANSWERS,
    summary="Call a pause (either person, at any time, no reason asked)",
    description=(
        f"{PAUSE_NOTE} Nothing is sent to the other person; they see that the conversation is "
        "paused. The person who called the latest pause resumes it."
    ),
)
def conversation_pause(request: HttpRequest, conversation_id: int) -> Status[Any]:
    return _act(request, conversation_id, "pause", services.conversation_pause)


@router.post(
    "/conversations/{conversation_id}/resume",
    tags=TALK,
    response=ANSWERS,
    summary="Resume after a pause (the person who called it, when both are ready)",
    description="422 (`errors.pause`) when it is not paused or the other person paused it.",
)
def conversation_resume(request: HttpRequest, conversation_id: int) -> Status[Any]:
    return _act(request, conversation_id, "resume", services.conversation_resume)


def _summary_out(
    user: User, item: ConversationSummary, saved: Saved | None = None
) -> dict[str, Any]:
    return {
        "author": str(item.user),
        "mine": item.user_id == user.pk,
        "summary": item.summary,
        "safety": item.safety,
        "closeness": item.closeness,
        "shared": item.shared,
        "needs_support": saved is not None and saved.needs_support,
        "support": saved.support if saved is not None else None,
    }


@router.get(
    "/conversations/{conversation_id}/summaries",
    tags=TALK,
    response={200: list[ConversationSummaryOut], 404: ErrorOut},
    summary="Your summary, and the other person's if they shared it",
)
def summaries(request: HttpRequest, conversation_id: int) -> Status[Any]:
    user = _user(request)
    found = selectors.conversation_for(user, conversation_id)
    if found is None:
        return Status(404, {"detail": "Not found."})
    return Status(200, [_summary_out(user, s) for s in selectors.summaries_visible(user, found)])


@router.put(
    "/conversations/{conversation_id}/summary",
    tags=TALK,
    response={200: ConversationSummaryOut, 404: ErrorOut, 422: ErrorOut},
    summary="Write or change your reflective summary",
)
def summary_put(
    request: HttpRequest, conversation_id: int, payload: ConversationSummaryIn
) -> Status[Any]:
    user = _user(request)
    found = selectors.conversation_for(user, conversation_id)
    if found is None:
        return Status(404, {"detail": "Not found."})
    try:
        saved = services.summary_save(actor=user, conversation=found, **payload.dict())
    except ValidationError as exc:
        return Status(422, {"detail": _problem(exc)})
    return Status(200, _summary_out(user, saved.record, saved))


@router.get(
    "/clients/{client_uuid}/partner-concordance",
    response={200: ConcordanceOut, 404: ErrorOut},
    summary="Partner feedback beside the client's own closeness (treating clinician, audited)",
)
def concordance_get(request: HttpRequest, client_uuid: uuid.UUID) -> Status[Any]:
    viewer = _user(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        return Status(404, {"detail": "Not found."})
    built = concordance.build(client, client_today(client))
    audit_read(
        actor_uuid=viewer.uuid,
        subject_uuid=client.uuid,
        object_type="partners.partnerfeedback",
    )
    if built is None:
        return Status(200, {"discordant": False, "mean_gap": None, "weeks": []})
    return Status(
        200,
        {
            "discordant": built["discordant"],
            "mean_gap": built["gap"],
            "weeks": [
                {"week": w.week, "partner_felt_connected": w.partner, "client_closeness": w.client}
                for w in built["views"]
            ],
        },
    )

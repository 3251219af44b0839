"""Partner links over the API: scopes (the client), what is shared (the partner), weekly
feedback (the partner), conversations and summaries (both), concordance (the clinician)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from attune.accounts import selectors as people
from attune.accounts.access import signed_in as _user
from attune.accounts.models import PartnerLink, User
from attune.api.schemas import ErrorOut, Support
from attune.api.types import Flag, Moment, Whole
from attune.audit.services import audit_read
from attune.checkins.services import client_today
from attune.journal.models import JournalEntry

from . import concordance, selectors, services
from .models import Conversation, ConversationSummary, PartnerFeedback, Scope
from .services import Saved

router = Router(tags=["partners"])


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


class SharedOut(Schema):
    link_id: int
    client: str
    scopes: list[str]
    ladder: list[dict[str, Any]] | None = None
    weekly_summary: dict[str, Any] | None = None
    entries: list[SharedEntryOut] = []


class EntryShareIn(Schema):
    link_id: Whole
    shared: Flag


class PartnerFeedbackIn(Schema):
    link_id: Whole
    felt_connected: Whole = Field(ge=0, le=10)
    felt_heard: Whole = Field(ge=0, le=10)
    closeness_moments: Whole = Field(default=0, ge=0, le=50)
    what_helped: str = Field(default="", max_length=4000)
    note: str = Field(default="", max_length=4000)
    shared_with_client: Flag = False


class PartnerFeedbackOut(Schema):
    id: int
    link_id: int
    week_start: date
    felt_connected: int
    felt_heard: int
    closeness_moments: int
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


class ConversationOut(Schema):
    id: int
    link_id: int
    starts_at: datetime
    duration_minutes: int
    objective: str
    agenda: str
    pause_word: str
    green_means: str
    amber_means: str
    red_means: str
    resume_how: str
    aftercare: str
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
        "scopes": sorted(selectors.granted(link)),
    }


@router.get("/partners/links", response=list[PartnerLinkOut], summary="Your active partner links")
def links(request: HttpRequest) -> list[dict[str, Any]]:
    user = _user(request)
    return [_link_out(user, link) for link in selectors.links_for(user)]


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


@router.get("/partners/shared", response=list[SharedOut], summary="What clients share with you")
def shared(request: HttpRequest) -> list[dict[str, Any]]:
    user = _user(request)
    out = []
    for link in selectors.links_for(user).filter(partner=user):
        scopes = selectors.granted(link)
        row: dict[str, Any] = {
            "link_id": link.pk,
            "client": str(link.client),
            "scopes": sorted(scopes),
        }
        row["entries"] = [
            {"id": e.pk, "title": e.title, "body": e.body, "created_at": e.created_at}
            for e in selectors.entries_shared(link)
        ]
        if Scope.LADDER in scopes:
            row["ladder"] = selectors.ladder(link.client)
        if Scope.WEEKLY_SUMMARY in scopes:
            row["weekly_summary"] = selectors.weekly_summary(link.client, client_today(link.client))
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
        "closeness_moments": item.closeness_moments,
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
    own = PartnerFeedback.objects.filter(user=user, link__in=selectors.links_for(user))
    shared_with_me = selectors.feedback_shared_with(user)
    return [_feedback_out(item) for item in (own | shared_with_me).distinct()]


@router.put(
    "/partners/feedback",
    response={200: PartnerFeedbackOut, 404: ErrorOut, 422: ErrorOut},
    summary="Write or change this week's feedback (the partner)",
)
def feedback_put(request: HttpRequest, payload: PartnerFeedbackIn) -> Status[Any]:
    user = _user(request)
    link = selectors.link_for(user, payload.link_id)
    if link is None or link.partner_id != user.pk:
        return Status(404, {"detail": "Not found."})
    fields = payload.dict(exclude={"link_id"})
    try:
        saved = services.feedback_save(partner=user, link=link, today=client_today(user), **fields)
    except ValidationError as exc:
        return Status(422, {"detail": _problem(exc)})
    return Status(200, _feedback_out(saved.record, saved))


def _conversation_out(item: Conversation, saved: Saved | None = None) -> dict[str, Any]:
    fields = ConversationOut.model_fields
    out = {name: getattr(item, name) for name in fields if name not in {"needs_support", "support"}}
    out["needs_support"] = saved is not None and saved.needs_support
    out["support"] = saved.support if saved is not None else None
    return out


@router.get("/conversations", response=list[ConversationOut], summary="Conversations you may see")
def conversation_list(request: HttpRequest) -> list[dict[str, Any]]:
    return [_conversation_out(c) for c in selectors.conversations_for(_user(request))]


@router.post(
    "/conversations",
    response={201: ConversationOut, 404: ErrorOut, 422: ErrorOut},
    summary="Plan a structured conversation (either person, when conversations are shared)",
)
def conversation_create(request: HttpRequest, payload: ConversationIn) -> Status[Any]:
    user = _user(request)
    link = selectors.link_for(user, payload.link_id)
    if link is None:
        return Status(404, {"detail": "Not found."})
    try:
        saved = services.conversation_save(
            actor=user, link=link, **payload.dict(exclude={"link_id"})
        )
    except PermissionDenied:
        return Status(404, {"detail": "Not found."})
    except ValidationError as exc:
        return Status(422, {"detail": _problem(exc)})
    return Status(201, _conversation_out(saved.record, saved))


@router.get(
    "/conversations/{conversation_id}",
    response={200: ConversationOut, 404: ErrorOut},
    summary="One conversation plan",
)
def conversation_get(request: HttpRequest, conversation_id: int) -> Status[Any]:
    found = selectors.conversation_for(_user(request), conversation_id)
    if found is None:
        return Status(404, {"detail": "Not found."})
    return Status(200, _conversation_out(found))


@router.put(
    "/conversations/{conversation_id}",
    response={200: ConversationOut, 404: ErrorOut, 422: ErrorOut},
    summary="Change a conversation plan (either person)",
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
        return Status(422, {"detail": _problem(exc)})
    return Status(200, _conversation_out(saved.record, saved))


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

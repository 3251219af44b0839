"""Circle API. A circle is reached only by its facilitator or an active member (404 for
everyone else); people appear by display name only."""

from __future__ import annotations

from typing import Annotated, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from ninja import Path, Router, Status
from ninja.errors import HttpError

from attune.accounts.access import signed_in as _user
from attune.api.schemas import ErrorOut
from attune.clinical.circle_outcomes import K_MIN

from . import selectors, services
from .models import AGREEMENTS, Circle, CircleMember, CirclePost
from .schemas import (
    CircleAttendanceIn,
    CircleIn,
    CircleInviteIn,
    CircleInviteOut,
    CircleJoinIn,
    CircleMeetingIn,
    CircleMeetingOut,
    CircleModerationIn,
    CircleOut,
    CircleOutcomeOut,
    CirclePostIn,
    CirclePostOut,
    CircleReportIn,
    CircleReportOut,
)

router = Router(tags=["circles"])
# Ids the database can hold: a larger number is refused with 422 before any lookup.
DbId = Annotated[int, Path(ge=1, le=2**63 - 1)]


def _run(request: HttpRequest, circle_id: int) -> Circle:
    circle = selectors.circle_for_facilitator(_user(request), circle_id)
    if circle is None:
        raise HttpError(404, "Not found.")
    return circle


def _member(request: HttpRequest, circle_id: int) -> CircleMember:
    member = selectors.member_of(_user(request), circle_id)
    if member is None:
        raise HttpError(404, "Not found.")
    return member


def _error(exc: ValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        fields = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
        sentence = "; ".join(f"{k}: {' '.join(v)}" for k, v in sorted(fields.items()))
        return {"detail": f"Please check {sentence}", "errors": fields}
    return {"detail": " ".join(exc.messages)}


def _meeting_out(meeting: Any) -> dict[str, Any]:
    return {
        "id": meeting.pk,
        "starts_at": meeting.starts_at,
        "duration_minutes": meeting.duration_minutes,
        "agenda": meeting.agenda,
        "checkin_prompts": meeting.prompt_list,
        "place": meeting.place,
        "video_url": meeting.video_url,
        "cancelled": meeting.cancelled_at is not None,
    }


def _circle_out(circle: Circle, member: CircleMember | None) -> dict[str, Any]:
    return {
        "id": circle.pk,
        "topic": circle.topic,
        "size_limit": circle.size_limit,
        "role": "member" if member else "facilitator",
        "agreements": [str(a) for a in AGREEMENTS],
        "members": [
            {"id": m.pk, "display_name": m.display_name} for m in selectors.active_members(circle)
        ],
        "meetings": [_meeting_out(m) for m in selectors.meetings_of(circle)],
        "my_display_name": member.display_name if member else None,
    }


def _post_out(post: CirclePost, viewer: CircleMember | None) -> dict[str, Any]:
    return {
        "id": post.pk,
        "author": post.member.display_name,
        "mine": viewer is not None and post.member_id == viewer.pk,
        "text": post.body,
        "status": post.status,
        "created_at": post.created_at,
        "reports": post.reports.count() if viewer is None else None,
    }


def _circle_view(request: HttpRequest, circle_id: int) -> tuple[Circle, CircleMember | None]:
    circle = selectors.circle_for_facilitator(_user(request), circle_id)
    if circle is not None:
        return circle, None
    member = _member(request, circle_id)
    return member.circle, member


@router.get("/circles", response=list[CircleOut], summary="Circles you run or belong to")
def list_circles(request: HttpRequest) -> list[dict[str, Any]]:
    user = _user(request)
    run = [_circle_out(c, None) for c in selectors.facilitated(user)]
    return run + [_circle_out(m.circle, m) for m in selectors.memberships(user)]


@router.post(
    "/circles",
    response={201: CircleOut, 403: ErrorOut, 422: ErrorOut},
    summary="Start a peer circle (facilitators)",
)
def create_circle(request: HttpRequest, payload: CircleIn) -> Status[Any]:
    try:
        circle = services.circle_create(facilitator=_user(request), **payload.dict())
    except PermissionDenied as exc:
        return Status(403, {"detail": str(exc)})
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(201, _circle_out(circle, None))


# Before /circles/{circle_id}: that pattern would otherwise take "join" and answer 405.
@router.post(
    "/circles/join",
    response={201: CircleOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Join with the token from the invitation email, a display name and the agreements",
)
def join(request: HttpRequest, payload: CircleJoinIn) -> Status[Any]:
    invitation = services.invitation_by_token(payload.token)
    if invitation is None:
        return Status(404, {"detail": "This invitation does not exist."})
    try:
        member = services.circle_join(
            invitation=invitation,
            user=_user(request),
            display_name=payload.display_name,
            agreed=payload.agreed,
        )
    except PermissionDenied as exc:
        return Status(403, {"detail": str(exc)})
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(201, _circle_out(member.circle, member))


@router.get("/circles/{circle_id}", response=CircleOut, summary="One circle you run or belong to")
def get_circle(request: HttpRequest, circle_id: DbId) -> dict[str, Any]:
    return _circle_out(*_circle_view(request, circle_id))


@router.post(
    "/circles/{circle_id}/invitations",
    response={201: CircleInviteOut, 422: ErrorOut},
    summary="Invite by email (facilitator); the link goes by email, never in this answer",
)
def invite(request: HttpRequest, circle_id: DbId, payload: CircleInviteIn) -> Status[Any]:
    circle = _run(request, circle_id)
    try:
        issued = services.invitation_create(
            facilitator=_user(request), circle=circle, email=payload.email
        )
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(201, {"id": issued.invitation.pk, "expires_at": issued.invitation.expires_at})


@router.post(
    "/circles/{circle_id}/leave", response={204: None}, summary="Leave a circle you belong to"
)
def leave(request: HttpRequest, circle_id: DbId) -> Status[None]:
    services.circle_leave(member=_member(request, circle_id))
    return Status(204, None)


@router.delete(
    "/circles/{circle_id}/members/{member_id}",
    response={204: None},
    summary="Remove a member from a circle you run (facilitator)",
)
def remove_member(request: HttpRequest, circle_id: DbId, member_id: DbId) -> Status[None]:
    circle = _run(request, circle_id)
    member = selectors.active_members(circle).filter(pk=member_id).first()
    if member is None:
        raise HttpError(404, "Not found.")
    services.member_remove(facilitator=_user(request), member=member)
    return Status(204, None)


@router.post(
    "/circles/{circle_id}/meetings",
    response={201: CircleMeetingOut, 422: ErrorOut},
    summary="Schedule a meeting with its agenda (facilitator)",
)
def add_meeting(request: HttpRequest, circle_id: DbId, payload: CircleMeetingIn) -> Status[Any]:
    circle = _run(request, circle_id)
    data = payload.dict()
    try:
        meeting = services.meeting_create(
            facilitator=_user(request),
            circle=circle,
            starts_at=data["starts_at"],
            duration_minutes=data["duration_minutes"],
            agenda=data["agenda"],
            checkin_prompts="\n".join(p.strip() for p in data["checkin_prompts"]),
            place=data["place"],
            video_url=data["video_url"],
        )
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(201, _meeting_out(meeting))


@router.put(
    "/circles/{circle_id}/meetings/{meeting_id}/attendance",
    response={204: None, 422: ErrorOut},
    summary="Record who was present (member ids); everyone else is marked absent",
)
def attendance(
    request: HttpRequest, circle_id: DbId, meeting_id: DbId, payload: CircleAttendanceIn
) -> Status[Any]:
    circle = _run(request, circle_id)
    meeting = selectors.meetings_of(circle).filter(pk=meeting_id).first()
    if meeting is None:
        raise HttpError(404, "Not found.")
    try:
        services.attendance_record(
            facilitator=_user(request), meeting=meeting, present=set(payload.present)
        )
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(204, None)


@router.get(
    "/circles/{circle_id}/posts",
    response=list[CirclePostOut],
    summary="Reflections in a circle that you may see",
)
def list_posts(request: HttpRequest, circle_id: DbId) -> list[dict[str, Any]]:
    circle, member = _circle_view(request, circle_id)
    posts = (
        selectors.posts_for_member(member) if member else selectors.posts_for_facilitator(circle)
    )
    return [_post_out(p, member) for p in posts[:200]]


@router.post(
    "/circles/{circle_id}/posts",
    response={201: CirclePostOut, 422: ErrorOut},
    summary="Post a reflection; risk language holds it for the facilitator and returns support",
)
def add_post(request: HttpRequest, circle_id: DbId, payload: CirclePostIn) -> Status[Any]:
    member = _member(request, circle_id)
    try:
        posted = services.post_create(member=member, body=payload.text)
    except ValidationError as exc:
        return Status(422, _error(exc))
    out = _post_out(posted.post, member)
    if posted.safety is not None:
        out["support"] = posted.safety.support
    return Status(201, out)


@router.post(
    "/circles/{circle_id}/posts/{post_id}/reports",
    response={201: CircleReportOut, 422: ErrorOut},
    summary="Report a reflection to the facilitator",
)
def report_post(
    request: HttpRequest, circle_id: DbId, post_id: DbId, payload: CircleReportIn
) -> Status[Any]:
    member = _member(request, circle_id)
    post = selectors.visible_post(member, post_id)
    if post is None:
        raise HttpError(404, "Not found.")
    try:
        report = services.post_report(member=member, post=post, reason=payload.reason)
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(
        201,
        {
            "id": report.pk,
            "post_id": post.pk,
            "reason": report.reason,
            "created_at": report.created_at,
        },
    )


@router.get(
    "/circles/{circle_id}/reports",
    response=list[CircleReportOut],
    summary="Reports of reflections in a circle you run (facilitator)",
)
def list_reports(request: HttpRequest, circle_id: DbId) -> list[dict[str, Any]]:
    circle = _run(request, circle_id)
    return [
        {"id": r.pk, "post_id": r.post_id, "reason": r.reason, "created_at": r.created_at}
        for r in selectors.reports_of(circle)[:500]
    ]


@router.post(
    "/circles/{circle_id}/posts/{post_id}/moderation",
    response={200: CirclePostOut, 422: ErrorOut},
    summary="Hide, release or restore a reflection (facilitator)",
)
def moderate(
    request: HttpRequest, circle_id: DbId, post_id: DbId, payload: CircleModerationIn
) -> Status[Any]:
    circle = _run(request, circle_id)
    post = selectors.posts_for_facilitator(circle).filter(pk=post_id).first()
    if post is None:
        raise HttpError(404, "Not found.")
    try:
        post = services.post_moderate(facilitator=_user(request), post=post, action=payload.action)
    except ValidationError as exc:
        return Status(422, _error(exc))
    return Status(200, _post_out(post, None))


@router.get(
    "/circles/{circle_id}/outcomes",
    response=CircleOutcomeOut,
    summary="Mean change since joining, consenting members only, hidden below a minimum count",
)
def outcomes(request: HttpRequest, circle_id: DbId) -> dict[str, Any]:
    circle = _run(request, circle_id)
    result = services.outcomes(facilitator=_user(request), circle=circle)
    return {
        "consenting": result.consenting,
        "suppressed": result.suppressed,
        "minimum": K_MIN,
        "changes": [
            {"dimension": c.dimension, "contributors": c.contributors, "mean_change": c.mean_change}
            for c in result.changes
        ],
    }

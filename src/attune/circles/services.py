"""Circle rules. Each write checks who may do it, then acts, then audits.

A reflection is always stored. Any concern in its new words
(``safety.services.screen_and_respond``) holds it for the facilitator and shows the writer
the one support block; high risk also flags their clinician. It is never dropped.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import ConsentGrant, Role, User
from attune.accounts.services import hash_token
from attune.audit.models import AuditEvent
from attune.audit.services import audit_read, audit_record
from attune.checkins.models import CheckIn
from attune.clinical.circle_outcomes import DIMENSIONS, CircleOutcome, MemberSeries, circle_outcome
from attune.safety.models import RiskFlag
from attune.safety.services import SafetyResponse, screen_and_respond

from . import selectors
from .models import (
    AGREEMENTS_VERSION,
    OUTCOMES_VERSION,
    Attendance,
    Circle,
    CircleInvitation,
    CircleMember,
    CirclePost,
    Meeting,
    PostReport,
)

logger = logging.getLogger(__name__)

TOPIC_MAX = 120
SIZE_MIN, SIZE_MAX = 3, 30
NAME_MIN, NAME_MAX = 2, 40
POST_MAX = 4000
REASON_MAX = 500
TEXT_MAX = 4000
PLACE_MAX = 300
INVITATION_DAYS = 14
BASELINE_BEFORE_DAYS, BASELINE_AFTER_DAYS, RECENT_DAYS = 14, 7, 14
_NAME = re.compile(r"^[\w' .\-’]+$")


@dataclass(frozen=True)
class IssuedInvitation:
    invitation: CircleInvitation
    raw_token: str


@dataclass(frozen=True)
class Posted:
    post: CirclePost
    risk: str
    safety: SafetyResponse | None = None

    @property
    def held(self) -> bool:
        return self.post.status == CirclePost.Status.HELD


def _facilitates(user: User, circle: Circle) -> None:
    if selectors.circle_for_facilitator(user, circle.pk) is None:
        raise PermissionDenied(_("Only this circle's facilitator can do that."))


def _text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    text = (value or "").replace("\r\n", "\n").strip()
    if required and not text:
        raise ValidationError({field: _("Please write something here.")})
    if len(text) > limit:
        raise ValidationError({field: _("This can be up to %(n)s characters long.") % {"n": limit}})
    return text


# Circles -----------------------------------------------------------------------------------


@transaction.atomic
def circle_create(*, facilitator: User, topic: str, size_limit: int) -> Circle:
    organisation = people.organisations_of(facilitator, Role.FACILITATOR).order_by("pk").first()
    if organisation is None:
        raise PermissionDenied(_("Only facilitators can start a circle."))
    topic = " ".join(_text(topic, "topic", TOPIC_MAX, required=True).split())
    if not SIZE_MIN <= size_limit <= SIZE_MAX:
        raise ValidationError(
            {
                "size_limit": _("A circle holds between %(a)s and %(b)s members.")
                % {"a": SIZE_MIN, "b": SIZE_MAX}
            }
        )
    circle = Circle.objects.create(
        organisation=organisation, facilitator=facilitator, topic=topic, size_limit=size_limit
    )
    audit_record(
        action=AuditEvent.Action.CREATE,
        subject_uuid=None,
        object_type="circles.circle",
        object_id=circle.pk,
        fields=["topic", "size_limit"],
        actor_uuid=facilitator.uuid,
    )
    return circle


def seats_left(circle: Circle) -> int:
    return max(0, circle.size_limit - selectors.active_members(circle).count())


@transaction.atomic
def invitation_create(*, facilitator: User, circle: Circle, email: str) -> IssuedInvitation:
    _facilitates(facilitator, circle)
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise ValidationError({"email": _("Please give a valid email address.")}) from exc
    if email == facilitator.email.lower():
        raise ValidationError({"email": _("You run this circle, so you cannot join it.")})
    if seats_left(circle) == 0:
        raise ValidationError(_("This circle is full. Raise its size or wait for a seat."))
    hour_ago = timezone.now() - timedelta(hours=1)
    recent = CircleInvitation.objects.filter(inviter=facilitator, created_at__gte=hour_ago)
    if recent.count() >= settings.ATTUNE_INVITATIONS_PER_HOUR:
        raise ValidationError(
            _("You have sent many invitations in the last hour. Please try again later.")
        )
    now = timezone.now()
    circle.invitations.filter(email=email, accepted_at__isnull=True).update(revoked_at=now)
    raw = secrets.token_urlsafe(32)
    invitation = CircleInvitation.objects.create(
        circle=circle,
        inviter=facilitator,
        email=email,
        token_hash=hash_token(raw),
        expires_at=now + timedelta(days=INVITATION_DAYS),
    )
    from attune.core.crypto import encrypt

    from .tasks import send_circle_invitation

    sealed = encrypt(raw)
    transaction.on_commit(lambda: send_circle_invitation(invitation.pk, sealed))
    return IssuedInvitation(invitation, raw)


def invitation_by_token(raw: str) -> CircleInvitation | None:
    if not raw:
        return None
    return (
        CircleInvitation.objects.select_related("circle").filter(token_hash=hash_token(raw)).first()
    )


def _clean_name(circle: Circle, name: str, member: CircleMember | None) -> str:
    name = " ".join((name or "").split())
    if not NAME_MIN <= len(name) <= NAME_MAX:
        raise ValidationError(
            {
                "display_name": _("A display name has %(a)s to %(b)s characters.")
                % {"a": NAME_MIN, "b": NAME_MAX}
            }
        )
    if not _NAME.match(name) or "@" in name:
        raise ValidationError(
            {"display_name": _("Use letters, numbers, spaces, dots, hyphens or apostrophes.")}
        )
    taken = circle.members.filter(display_name__iexact=name)
    if member is not None:
        taken = taken.exclude(pk=member.pk)
    if taken.exists():
        raise ValidationError(
            {"display_name": _("Someone in this circle already uses that name. Try another.")}
        )
    return name


@transaction.atomic
def circle_join(
    *, invitation: CircleInvitation, user: User, display_name: str, agreed: bool
) -> CircleMember:
    invitation = CircleInvitation.objects.select_for_update().get(pk=invitation.pk)
    circle = Circle.objects.select_for_update().get(pk=invitation.circle_id)
    if not invitation.is_open:
        raise ValidationError(_("This invitation is no longer open. Ask for a new one."))
    if invitation.email.lower() != user.email.lower():
        raise PermissionDenied(_("This invitation was sent to a different email address."))
    if not agreed:
        raise ValidationError(
            {"agreed": _("Please read the group agreements and agree to them to join.")}
        )
    member = CircleMember.objects.filter(circle=circle, user=user).first()
    if member is not None and member.removed_at is not None:
        raise PermissionDenied(_("The facilitator has ended your place in this circle."))
    if member is not None and member.is_active:
        raise ValidationError(_("You are already in this circle."))
    if seats_left(circle) == 0:
        raise ValidationError(_("This circle is full. Please ask the facilitator."))
    name = _clean_name(circle, display_name, member)
    if member is None:
        member = CircleMember.objects.create(circle=circle, user=user, display_name=name)
    else:
        member.display_name, member.left_at, member.joined_at = name, None, timezone.now()
        member.save(update_fields=["display_name", "left_at", "joined_at"])
    _grant(user, f"circle_agreements:{circle.pk}", AGREEMENTS_VERSION)
    invitation.accepted_at = timezone.now()
    invitation.email = ""  # nobody needs it now: the member is known by their display name
    invitation.save(update_fields=["accepted_at", "email"])
    return member


def _grant(user: User, scope: str, version: str) -> ConsentGrant:
    grant = ConsentGrant.objects.create(
        client=user,
        grantee=None,
        kind=ConsentGrant.Kind.CIRCLE,
        scope=scope,
        text_version=version,
    )
    audit_record(
        action=AuditEvent.Action.GRANT,
        subject_uuid=user.uuid,
        object_type="accounts.consentgrant",
        object_id=grant.pk,
        fields=[ConsentGrant.Kind.CIRCLE, scope],
        actor_uuid=user.uuid,
    )
    return grant


def _revoke(user: User, scope: str, by: User) -> None:
    now = timezone.now()
    grants = ConsentGrant.objects.filter(
        client=user, kind=ConsentGrant.Kind.CIRCLE, scope=scope, revoked_at__isnull=True
    )
    for grant in grants:
        grant.revoked_at, grant.revoked_by = now, by
        grant.save(update_fields=["revoked_at", "revoked_by"])
        audit_record(
            action=AuditEvent.Action.REVOKE,
            subject_uuid=user.uuid,
            object_type="accounts.consentgrant",
            object_id=grant.pk,
            fields=[ConsentGrant.Kind.CIRCLE, scope],
            actor_uuid=by.uuid,
        )


@transaction.atomic
def circle_leave(*, member: CircleMember) -> None:
    """Leaving takes effect at once; the outcomes consent ends with it."""
    if not member.is_active:
        return
    member.left_at = timezone.now()
    member.save(update_fields=["left_at"])
    _revoke(member.user, selectors.outcomes_scope(member.circle), member.user)


@transaction.atomic
def member_remove(*, facilitator: User, member: CircleMember) -> None:
    _facilitates(facilitator, member.circle)
    if member.removed_at is None:
        member.removed_at = timezone.now()
        member.save(update_fields=["removed_at"])
        audit_record(
            action=AuditEvent.Action.UPDATE,
            subject_uuid=member.user.uuid,
            object_type="circles.circlemember",
            object_id=member.pk,
            fields=["removed_at"],
            actor_uuid=facilitator.uuid,
        )


@transaction.atomic
def outcomes_consent_set(*, member: CircleMember, consent: bool) -> None:
    scope = selectors.outcomes_scope(member.circle)
    if consent and not selectors.consents_to_outcomes(member):
        _grant(member.user, scope, OUTCOMES_VERSION)
    elif not consent:
        _revoke(member.user, scope, member.user)


# Meetings ----------------------------------------------------------------------------------


def _video_url(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    if len(value) > 500 or not value.startswith("https://") or " " in value:
        raise ValidationError({"video_url": _("Give the video link as a full https:// address.")})
    return value


def _meeting_fields(
    *,
    starts_at: datetime,
    duration_minutes: int,
    agenda: str,
    checkin_prompts: str,
    place: str,
    video_url: str,
) -> dict[str, object]:
    if timezone.is_naive(starts_at):
        starts_at = timezone.make_aware(starts_at)
    if starts_at < timezone.now():
        raise ValidationError({"starts_at": _("Choose a time that is still to come.")})
    if not 15 <= duration_minutes <= 240:
        raise ValidationError(
            {"duration_minutes": _("A meeting lasts between 15 and 240 minutes.")}
        )
    return {
        "starts_at": starts_at,
        "duration_minutes": duration_minutes,
        "agenda": _text(agenda, "agenda", TEXT_MAX),
        "checkin_prompts": _text(checkin_prompts, "checkin_prompts", TEXT_MAX),
        "place": _text(place, "place", PLACE_MAX),
        "video_url": _video_url(video_url),
    }


@transaction.atomic
def meeting_create(
    *,
    facilitator: User,
    circle: Circle,
    starts_at: datetime,
    duration_minutes: int,
    agenda: str = "",
    checkin_prompts: str = "",
    place: str = "",
    video_url: str = "",
) -> Meeting:
    _facilitates(facilitator, circle)
    fields = _meeting_fields(
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        agenda=agenda,
        checkin_prompts=checkin_prompts,
        place=place,
        video_url=video_url,
    )
    return Meeting.objects.create(circle=circle, **fields)


@transaction.atomic
def meeting_update(
    *,
    facilitator: User,
    meeting: Meeting,
    starts_at: datetime,
    duration_minutes: int,
    agenda: str = "",
    checkin_prompts: str = "",
    place: str = "",
    video_url: str = "",
) -> Meeting:
    """Change a meeting still to come; a new time gets a new reminder."""
    _facilitates(facilitator, meeting.circle)
    if meeting.cancelled_at is not None:
        raise ValidationError(_("This meeting is cancelled; add a new one instead."))
    fields = _meeting_fields(
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        agenda=agenda,
        checkin_prompts=checkin_prompts,
        place=place,
        video_url=video_url,
    )
    if fields["starts_at"] != meeting.starts_at:
        meeting.reminder_sent_at = None
    changed = [name for name, value in fields.items() if getattr(meeting, name) != value]
    for name, value in fields.items():
        setattr(meeting, name, value)
    meeting.save()
    _audit_meeting(facilitator, meeting, changed)
    return meeting


def _audit_meeting(facilitator: User, meeting: Meeting, fields: list[str]) -> None:
    audit_record(
        action=AuditEvent.Action.UPDATE,
        subject_uuid=None,  # a circle's meeting belongs to no one client
        actor_uuid=facilitator.uuid,
        object_type="circles.meeting",
        object_id=meeting.pk,
        fields=fields,
    )


@transaction.atomic
def meeting_cancel(*, facilitator: User, meeting: Meeting) -> Meeting:
    """Members see it as cancelled; no reminder goes out for it."""
    _facilitates(facilitator, meeting.circle)
    if meeting.cancelled_at is None:
        meeting.cancelled_at = timezone.now()
        meeting.save(update_fields=["cancelled_at"])
        _audit_meeting(facilitator, meeting, ["cancelled_at"])
    return meeting


@transaction.atomic
def attendance_record(*, facilitator: User, meeting: Meeting, present: set[int]) -> None:
    """``present`` holds member ids; everyone else active in the circle is marked absent."""
    _facilitates(facilitator, meeting.circle)
    members = list(selectors.active_members(meeting.circle))
    unknown = present - {m.pk for m in members}
    if unknown:
        raise ValidationError({"present": _("Only current members can be marked present.")})
    for member in members:
        Attendance.objects.update_or_create(
            meeting=meeting, user_id=member.user_id, defaults={"present": member.pk in present}
        )


def attendance_of(meeting: Meeting) -> set[int]:
    """Member ids marked present at this meeting."""
    users = set(meeting.attendance.filter(present=True).values_list("user_id", flat=True))
    return set(
        selectors.active_members(meeting.circle)
        .filter(user_id__in=users)
        .values_list("pk", flat=True)
    )


# Reflections -------------------------------------------------------------------------------


def post_create(*, member: CircleMember, body: str) -> Posted:
    if not member.is_active:
        raise PermissionDenied(_("You are no longer in this circle."))
    text = _text(body, "body", POST_MAX, required=True)
    risk = "none"
    safety: SafetyResponse | None = None
    try:
        safety = screen_and_respond(
            writer=member.user, texts=[text], source="circle_reflection", context="circle"
        )
        risk = safety.level if safety is not None else "none"
    except Exception:
        # Screening must never lose a reflection: hold it so the facilitator reads it first.
        logger.exception("Circle screening failed for member %s", member.pk)
        risk = "unscreened"
    held = risk != "none"
    now = timezone.now()
    with transaction.atomic():
        post = CirclePost.objects.create(
            client=member.user,
            circle_id=member.circle_id,
            member=member,
            body=text,
            status=CirclePost.Status.HELD if held else CirclePost.Status.SHOWN,
            shown_at=None if held else now,
        )
        if held:
            audit_record(
                action=AuditEvent.Action.UPDATE,
                subject_uuid=member.user.uuid,
                object_type="circles.circlepost",
                object_id=post.pk,
                fields=["held_for_facilitator"],
                actor_uuid=member.user.uuid,
            )
        if safety is not None and safety.flag_id is not None:
            RiskFlag.objects.filter(pk=safety.flag_id, entry_key="").update(
                entry_key=f"circles.post:{post.pk}"
            )
    return Posted(post, risk, safety)


@transaction.atomic
def post_report(*, member: CircleMember, post: CirclePost, reason: str = "") -> PostReport:
    if selectors.visible_post(member, post.pk) is None:
        raise PermissionDenied
    if post.member_id == member.pk:
        raise ValidationError(_("This is your own reflection; you cannot report it."))
    report, _created = PostReport.objects.update_or_create(
        post=post, user=member.user, defaults={"reason": _text(reason, "reason", REASON_MAX)}
    )
    return report


MODERATION = {
    "hide": CirclePost.Status.HIDDEN,
    "release": CirclePost.Status.SHOWN,
    "restore": CirclePost.Status.SHOWN,
}


def moderation_actions(post: CirclePost) -> tuple[str, ...]:
    """What a facilitator may do with a reflection now.

    A held reflection (risk language) reaches the circle only through "release"; "hide" and
    "restore" act on reflections the circle has already been shown (``shown_at`` is set when a
    reflection is first shown, and never cleared), so hiding then showing a held reflection
    cannot publish it. A held reflection hidden before this rule existed can still be released.
    """
    if post.status == CirclePost.Status.HELD:
        return ("release",)
    if post.status == CirclePost.Status.SHOWN:
        return ("hide",)
    return ("restore",) if post.shown_at is not None else ("release",)


@transaction.atomic
def post_moderate(*, facilitator: User, post: CirclePost, action: str) -> CirclePost:
    _facilitates(facilitator, post.circle)
    if action not in MODERATION:
        raise ValidationError({"action": _("Choose hide, release or restore.")})
    post = CirclePost.objects.select_for_update().get(pk=post.pk)
    if action not in moderation_actions(post):
        if post.shown_at is None:
            message = _(
                "This reflection has not been released. It reaches the circle only when you "
                "choose “Release to the circle”."
            )
        elif action == "hide":
            message = _("This reflection is already hidden.")
        else:
            message = _("This reflection is already shown to the circle.")
        raise ValidationError({"action": message})
    post.status = MODERATION[action]
    post.moderated_at = timezone.now()
    if post.status == CirclePost.Status.SHOWN and post.shown_at is None:
        post.shown_at = post.moderated_at
    post.save(update_fields=["status", "moderated_at", "shown_at", "updated_at"])
    audit_record(
        action=AuditEvent.Action.UPDATE,
        subject_uuid=post.client.uuid,
        object_type="circles.circlepost",
        object_id=post.pk,
        fields=["status"],
        actor_uuid=facilitator.uuid,
    )
    return post


# Outcomes ----------------------------------------------------------------------------------


def outcomes(*, facilitator: User, circle: Circle) -> CircleOutcome:
    """Pooled loneliness change of consenting members; audited as a read only when shown."""
    _facilitates(facilitator, circle)
    today = timezone.localdate()
    series = []
    members = list(selectors.consenting_members(circle).select_related("user"))
    for member in members:
        joined = timezone.localtime(member.joined_at).date()
        rows = CheckIn.objects.filter(
            client_id=member.user_id, day__gte=joined - timedelta(days=BASELINE_BEFORE_DAYS)
        ).values("day", *DIMENSIONS)
        base_end = joined + timedelta(days=BASELINE_AFTER_DAYS)
        recent_start = max(today - timedelta(days=RECENT_DAYS), base_end + timedelta(days=1))
        baseline = {d: [r[d] for r in rows if r["day"] <= base_end] for d in DIMENSIONS}
        recent = {d: [r[d] for r in rows if r["day"] >= recent_start] for d in DIMENSIONS}
        series.append(MemberSeries(baseline, recent))
    result = circle_outcome(series)
    if not result.suppressed:
        for member in members:
            audit_read(
                actor_uuid=facilitator.uuid,
                subject_uuid=member.user.uuid,
                object_type="circles.outcomes",
                object_id=circle.pk,
            )
    return result

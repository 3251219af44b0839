"""Reads for circles. Access starts here: a circle is found only through its facilitator or
an active member; anyone else gets None (callers answer 404, so circles stay unlisted)."""

from __future__ import annotations

from django.db.models import Count, F, Q, QuerySet

from attune.accounts import selectors as people
from attune.accounts.models import ConsentGrant, Role, User

from .models import Circle, CircleInvitation, CircleMember, CirclePost, Meeting, PostReport


def is_facilitator(user: User) -> bool:
    return Role.FACILITATOR in people.roles_of(user)


def facilitated(user: User) -> QuerySet[Circle]:
    """Circles this person runs, while they are a facilitator of the circle's organisation."""
    if not is_facilitator(user):
        return Circle.objects.none()
    return Circle.objects.filter(
        facilitator=user, organisation__in=people.organisations_of(user, Role.FACILITATOR)
    ).order_by("-created_at")


def facilitated_with_waiting(user: User) -> QuerySet[Circle]:
    """The circles this person runs, each with ``held`` (reflections held for them to read
    before release) and ``reported`` (shown reflections reported since they last acted)."""
    reported_since = Q(posts__reports__isnull=False) & (
        Q(posts__moderated_at__isnull=True)
        | Q(posts__reports__created_at__gt=F("posts__moderated_at"))
    )
    return facilitated(user).annotate(
        held=Count("posts", filter=Q(posts__status=CirclePost.Status.HELD), distinct=True),
        reported=Count(
            "posts",
            filter=Q(posts__status=CirclePost.Status.SHOWN) & reported_since,
            distinct=True,
        ),
    )


def memberships(user: User) -> QuerySet[CircleMember]:
    if not user.is_authenticated:
        return CircleMember.objects.none()
    return CircleMember.objects.filter(
        user=user, left_at__isnull=True, removed_at__isnull=True
    ).select_related("circle")


def circle_for_facilitator(user: User, circle_id: int) -> Circle | None:
    return facilitated(user).filter(pk=circle_id).first()


def member_of(user: User, circle_id: int) -> CircleMember | None:
    return memberships(user).filter(circle_id=circle_id).first()


def active_members(circle: Circle) -> QuerySet[CircleMember]:
    return circle.members.filter(left_at__isnull=True, removed_at__isnull=True)


def open_invitations(circle: Circle) -> list[CircleInvitation]:
    return [i for i in circle.invitations.filter(accepted_at__isnull=True) if i.is_open]


def meetings_of(circle: Circle) -> QuerySet[Meeting]:
    return circle.meetings.all()


def posts_for_member(member: CircleMember) -> QuerySet[CirclePost]:
    """What a member sees: reflections on show, and their own whatever their state."""
    return (
        CirclePost.objects.filter(circle_id=member.circle_id)
        .filter(Q(status=CirclePost.Status.SHOWN) | Q(member=member))
        .select_related("member")
    )


def posts_for_facilitator(circle: Circle) -> QuerySet[CirclePost]:
    return CirclePost.objects.filter(circle=circle).select_related("member")


def reports_of(circle: Circle) -> QuerySet[PostReport]:
    return PostReport.objects.filter(post__circle=circle).select_related("post__member")


def visible_post(member: CircleMember, post_id: int) -> CirclePost | None:
    return posts_for_member(member).filter(pk=post_id).first()


def outcomes_scope(circle: Circle) -> str:
    return f"circle_outcomes:{circle.pk}"


def consents_to_outcomes(member: CircleMember) -> bool:
    return ConsentGrant.objects.filter(
        client_id=member.user_id,
        kind=ConsentGrant.Kind.CIRCLE,
        scope=outcomes_scope(member.circle),
        revoked_at__isnull=True,
    ).exists()


def consenting_members(circle: Circle) -> QuerySet[CircleMember]:
    consenting = ConsentGrant.objects.filter(
        kind=ConsentGrant.Kind.CIRCLE, scope=outcomes_scope(circle), revoked_at__isnull=True
    ).values("client_id")
    return active_members(circle).filter(user_id__in=consenting)

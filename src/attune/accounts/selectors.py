"""Reads about people and their relationships. Every access decision starts here."""

from __future__ import annotations

import uuid

from django.db.models import Exists, OuterRef, Q, QuerySet

from .models import (
    STAFF_ROLES,
    CareRelationship,
    ConsentGrant,
    Invitation,
    Membership,
    Organisation,
    PartnerLink,
    Role,
    User,
)


def roles_of(user: User) -> set[str]:
    if not user.is_authenticated:
        return set()
    cached: set[str] | None = getattr(user, "_attune_roles", None)
    if cached is None:
        cached = set(Membership.objects.filter(user=user).values_list("role", flat=True))
        user._attune_roles = cached  # type: ignore[attr-defined]
    return cached


def primary_role(user: User) -> str | None:
    roles = roles_of(user)
    for role in (Role.ADMIN, Role.CLINICIAN, Role.FACILITATOR, Role.CLIENT, Role.PARTNER):
        if role in roles:
            return str(role)
    return None


def is_staff_member(user: User) -> bool:
    return bool(roles_of(user) & {str(r) for r in STAFF_ROLES})


def organisations_of(user: User, role: str | None = None) -> QuerySet[Organisation]:
    memberships = Membership.objects.filter(user=user)
    if role:
        memberships = memberships.filter(role=role)
    return Organisation.objects.filter(pk__in=memberships.values("organisation_id"))


def _active_clinician_consent() -> Exists:
    return Exists(
        ConsentGrant.objects.filter(
            client_id=OuterRef("client_id"),
            grantee_id=OuterRef("clinician_id"),
            kind=ConsentGrant.Kind.CLINICIAN,
            revoked_at__isnull=True,
        )
    )


def active_care(
    *, clinician: User | None = None, client: User | None = None
) -> QuerySet[CareRelationship]:
    """Care relationships that grant access now: active, consented, both members of the org."""
    qs = CareRelationship.objects.filter(status=CareRelationship.Status.ACTIVE).filter(
        _active_clinician_consent(),
        Exists(
            Membership.objects.filter(
                user_id=OuterRef("clinician_id"),
                organisation_id=OuterRef("organisation_id"),
                role=Role.CLINICIAN,
            )
        ),
        Exists(
            Membership.objects.filter(
                user_id=OuterRef("client_id"),
                organisation_id=OuterRef("organisation_id"),
                role=Role.CLIENT,
            )
        ),
    )
    if clinician is not None:
        qs = qs.filter(clinician=clinician)
    if client is not None:
        qs = qs.filter(client=client)
    return qs


def clinician_treats(clinician: User, client: User) -> bool:
    if not clinician.is_authenticated or clinician.pk == client.pk:
        return False
    return active_care(clinician=clinician, client=client).exists()


def clients_of(clinician: User) -> QuerySet[User]:
    return User.objects.filter(
        is_active=True, pk__in=active_care(clinician=clinician).values("client_id")
    ).order_by("display_name", "email")


def clinicians_of(client: User) -> QuerySet[User]:
    return User.objects.filter(pk__in=active_care(client=client).values("clinician_id"))


def active_partner_links(
    *, client: User | None = None, partner: User | None = None
) -> QuerySet[PartnerLink]:
    qs = PartnerLink.objects.filter(status=PartnerLink.Status.ACTIVE).filter(
        Exists(
            ConsentGrant.objects.filter(
                client_id=OuterRef("client_id"),
                grantee_id=OuterRef("partner_id"),
                kind=ConsentGrant.Kind.PARTNER,
                revoked_at__isnull=True,
            )
        )
    )
    if client is not None:
        qs = qs.filter(client=client)
    if partner is not None:
        qs = qs.filter(partner=partner)
    return qs.select_related("client", "partner")


def consents_of(client: User) -> QuerySet[ConsentGrant]:
    return ConsentGrant.objects.filter(client=client).select_related("grantee")


def client_for_clinician(clinician: User, client_uuid: uuid.UUID | str) -> User | None:
    """The client if this clinician may see them now, else None (callers answer 404)."""
    return clients_of(clinician).filter(uuid=client_uuid).first()


def invitations_sent(user: User) -> QuerySet[Invitation]:
    return Invitation.objects.filter(inviter=user).select_related("organisation")


def staff_of(organisation: Organisation) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(organisation=organisation, role__in=[str(r) for r in STAFF_ROLES])
        .select_related("user")
        .order_by("role", "user__email")
    )


def staff_of_any(organisations: QuerySet[Organisation]) -> QuerySet[Membership]:
    return Membership.objects.filter(
        organisation__in=organisations, role__in=[str(r) for r in STAFF_ROLES]
    ).select_related("user", "organisation")


def visible_records_filter(user: User, field: str = "client") -> Q:
    """Q for records owned by `field` that `user` may read: their own, or their clients'."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    return Q(**{field: user}) | Q(
        **{f"{field}__in": active_care(clinician=user).values("client_id")}
    )

"""Writes about people and their relationships. Each checks permission, then acts, then audits."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from attune.audit.models import AuditEvent
from attune.audit.services import audit_record
from attune.core.branding import AppName

from . import consent_texts
from .models import (
    STAFF_ROLES,
    ApiToken,
    CareRelationship,
    ClientProfile,
    ConsentGrant,
    Invitation,
    Membership,
    Organisation,
    PartnerLink,
    Role,
    User,
)
from .selectors import organisations_of, roles_of

# Who may invite whom: the inviter's role → the roles they may invite.
INVITABLE = {
    Role.CLINICIAN: {Role.CLIENT},
    Role.CLIENT: {Role.PARTNER},
    Role.ADMIN: {Role.CLINICIAN, Role.FACILITATOR, Role.ADMIN},
}


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def organisation_get_or_create(*, slug: str, name: str | None = None) -> Organisation:
    org, _created = Organisation.objects.get_or_create(
        slug=slugify(slug), defaults={"name": name or slug.replace("-", " ").title()}
    )
    return org


def default_organisation() -> Organisation:
    existing = Organisation.objects.order_by("pk").first()
    return existing or organisation_get_or_create(slug="attune", name="attune")


@transaction.atomic
def user_create(
    *,
    email: str,
    role: str,
    organisation: Organisation,
    password: str | None = None,
    display_name: str = "",
) -> User:
    if role not in Role.values:
        raise ValidationError(_("Unknown role %(role)s.") % {"role": role})
    email = email.strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(
            _("A user with the email %(email)s already exists.") % {"email": email}
        )
    user = User.objects.create_user(email=email, password=password, display_name=display_name)
    Membership.objects.create(user=user, organisation=organisation, role=role)
    _mark_email_verified(user)
    if role == Role.CLIENT:
        ClientProfile.objects.create(client=user)
    return user


def _mark_email_verified(user: User) -> None:
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


def _needs_mfa_first(user: User) -> bool:
    """Staff sign in with a second factor, so a token (which skips it) needs one enrolled."""
    from allauth.mfa.models import Authenticator

    from .selectors import is_staff_member

    return is_staff_member(user) and not (
        Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    )


def api_token_create(*, user: User, name: str = "personal token") -> str:
    """Create a token and return it once; only its SHA-256 hash is stored."""
    if _needs_mfa_first(user):
        raise ValidationError(_("Set up two-step sign-in before creating an API token."))
    raw = "att_" + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, name=name, prefix=raw[:10], token_hash=hash_token(raw))
    audit_record(
        action=AuditEvent.Action.SECURITY,
        subject_uuid=user.uuid,
        object_type="accounts.apitoken",
        fields=["created"],
    )
    return raw


def api_token_user(raw: str) -> User | None:
    token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=hash_token(raw), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None or _needs_mfa_first(token.user):
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


@transaction.atomic
def api_tokens_revoke_all(*, user: User, reason: str) -> int:
    """Revoke every live token of `user` (after a password change or reset); say how many."""
    revoked = ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if revoked:
        audit_record(
            action=AuditEvent.Action.SECURITY,
            subject_uuid=user.uuid,
            object_type="accounts.apitoken",
            fields=["revoked", reason],
        )
    return revoked


# Invitations ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedInvitation:
    invitation: Invitation
    raw_token: str


def _inviter_organisation(inviter: User, role: str) -> Organisation:
    for inviter_role, allowed in INVITABLE.items():
        if role in allowed and inviter_role in roles_of(inviter):
            org = organisations_of(inviter, str(inviter_role)).order_by("pk").first()
            if org is not None:
                return org
    raise PermissionDenied(_("You cannot invite someone as %(role)s.") % {"role": role})


@transaction.atomic
def invitation_create(
    *, inviter: User, email: str, role: str, message: str = ""
) -> IssuedInvitation:
    organisation = _inviter_organisation(inviter, role)
    hour_ago = timezone.now() - timedelta(hours=1)
    if (
        Invitation.objects.filter(inviter=inviter, created_at__gte=hour_ago).count()
        >= settings.ATTUNE_INVITATIONS_PER_HOUR
    ):
        raise ValidationError(
            _("You have sent many invitations in the last hour. Please try again later.")
        )
    email = email.strip().lower()
    if email == inviter.email:
        raise ValidationError(_("You cannot invite yourself."))
    _refuse_existing_member(organisation, email, role)
    Invitation.objects.filter(
        inviter=inviter, email=email, role=role, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    raw = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organisation=organisation,
        inviter=inviter,
        email=email,
        role=role,
        token_hash=hash_token(raw),
        message=message.strip(),
        expires_at=timezone.now() + timedelta(days=settings.ATTUNE_INVITATION_DAYS),
    )
    from attune.core.crypto import encrypt

    from .tasks import send_invitation_email

    sealed = encrypt(raw)
    transaction.on_commit(lambda: send_invitation_email(invitation.pk, sealed))
    return IssuedInvitation(invitation, raw)


def _refuse_existing_member(organisation: Organisation, email: str, role: str) -> None:
    held = Membership.objects.filter(organisation=organisation, user__email__iexact=email)
    if role in STAFF_ROLES and held.filter(role=role).exists():
        raise ValidationError(
            {
                "email": _("%(email)s is already a %(role)s in %(org)s.")
                % {"email": email, "role": Role(role).label.lower(), "org": organisation}
            }
        )


def invitation_by_token(raw: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("inviter", "organisation")
        .filter(token_hash=hash_token(raw))
        .first()
    )


def invitation_revoke(*, actor: User, invitation: Invitation) -> None:
    if invitation.inviter_id != actor.pk:
        raise PermissionDenied(_("Only the person who sent an invitation can withdraw it."))
    if invitation.is_open:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])


@transaction.atomic
def invitation_accept(
    *, invitation: Invitation, user: User, consented: bool, sentence_consent: bool = False
) -> None:
    invitation = (
        Invitation.objects.select_for_update()
        .select_related("inviter", "organisation")
        .get(pk=invitation.pk)
    )
    if not invitation.is_open:
        raise ValidationError(_("This invitation is no longer open. Ask for a new one."))
    if invitation.email.lower() != user.email.lower():
        raise PermissionDenied(_("This invitation was sent to a different email address."))
    needs_consent = invitation.role in {Role.CLIENT, Role.PARTNER}
    if needs_consent and not consented:
        raise ValidationError(
            _("Please read and agree to what will be shared before you continue.")
        )
    Membership.objects.get_or_create(
        user=user, organisation=invitation.organisation, role=invitation.role
    )
    if invitation.role == Role.CLIENT:
        ClientProfile.objects.get_or_create(client=user)
        care_start(
            clinician=invitation.inviter,
            client=user,
            organisation=invitation.organisation,
            started_by=invitation.inviter,
        )
        if sentence_consent:
            sentence_consent_set(client=user, clinician=invitation.inviter, granted=True)
    elif invitation.role == Role.PARTNER:
        partner_link_start(client=invitation.inviter, partner=user)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    user._attune_roles = None  # type: ignore[attr-defined]


# Care and consent ----------------------------------------------------------------------


def consent_grant(
    *, client: User, grantee: User, kind: str, scope: str, text_version: str | None = None
) -> ConsentGrant:
    grant = ConsentGrant.objects.create(
        client=client,
        grantee=grantee,
        kind=kind,
        scope=scope,
        text_version=text_version or consent_texts.CURRENT[kind],
    )
    audit_record(
        action=AuditEvent.Action.GRANT,
        subject_uuid=client.uuid,
        object_type="accounts.consentgrant",
        object_id=grant.pk,
        fields=[kind, scope],
    )
    return grant


@transaction.atomic
def care_start(
    *, clinician: User, client: User, organisation: Organisation, started_by: User
) -> CareRelationship:
    care = CareRelationship.objects.filter(
        clinician=clinician, client=client, status=CareRelationship.Status.ACTIVE
    ).first() or CareRelationship.objects.create(
        organisation=organisation, clinician=clinician, client=client, started_by=started_by
    )
    if not ConsentGrant.objects.filter(
        client=client, grantee=clinician, kind=ConsentGrant.Kind.CLINICIAN, revoked_at__isnull=True
    ).exists():
        consent_grant(
            client=client,
            grantee=clinician,
            kind=ConsentGrant.Kind.CLINICIAN,
            scope="clinical_record",
        )
    return care


def sentence_consent_of(client: User, clinician: User) -> ConsentGrant | None:
    """The client's active "my clinician sees the sentence that worried attune" grant."""
    return ConsentGrant.objects.filter(
        client=client,
        grantee=clinician,
        kind=ConsentGrant.Kind.CLINICIAN,
        scope=consent_texts.SENTENCE_SCOPE,
        revoked_at__isnull=True,
    ).first()


@transaction.atomic
def sentence_consent_set(*, client: User, clinician: User, granted: bool) -> None:
    """The client lets a clinician in their care see flagged sentences, or stops."""
    if not CareRelationship.objects.filter(
        client=client, clinician=clinician, status=CareRelationship.Status.ACTIVE
    ).exists():
        raise PermissionDenied(_("This person is not your clinician."))
    current = sentence_consent_of(client, clinician)
    if granted and current is None:
        consent_grant(
            client=client,
            grantee=clinician,
            kind=ConsentGrant.Kind.CLINICIAN,
            scope=consent_texts.SENTENCE_SCOPE,
            text_version=consent_texts.SENTENCE_VERSION,
        )
    elif not granted and current is not None:
        consent_revoke(actor=client, grant=current)


@transaction.atomic
def care_end(*, actor: User, care: CareRelationship) -> None:
    if actor.pk not in (care.clinician_id, care.client_id):
        raise PermissionDenied(
            _("Only the clinician or the client can end this care relationship.")
        )
    if care.status == CareRelationship.Status.ENDED:
        return
    care.status = CareRelationship.Status.ENDED
    care.ended_at = timezone.now()
    care.ended_by = actor
    care.save(update_fields=["status", "ended_at", "ended_by"])
    ConsentGrant.objects.filter(
        client_id=care.client_id,
        grantee_id=care.clinician_id,
        kind=ConsentGrant.Kind.CLINICIAN,
        revoked_at__isnull=True,
    ).update(revoked_at=care.ended_at, revoked_by=actor)
    audit_record(
        action=AuditEvent.Action.REVOKE,
        subject_uuid=care.client.uuid,
        object_type="accounts.carerelationship",
        object_id=care.pk,
        fields=["status"],
    )


@transaction.atomic
def partner_link_start(*, client: User, partner: User) -> PartnerLink:
    link = PartnerLink.objects.filter(
        client=client, partner=partner, status=PartnerLink.Status.ACTIVE
    ).first()
    link = link or PartnerLink.objects.create(client=client, partner=partner)
    consent_grant(
        client=client, grantee=partner, kind=ConsentGrant.Kind.PARTNER, scope="partner_link"
    )
    return link


@transaction.atomic
def consent_revoke(*, actor: User, grant: ConsentGrant) -> None:
    """The client withdraws a grant; access ends with the next request."""
    if grant.client_id != actor.pk:
        raise PermissionDenied(_("Only the person who gave consent can withdraw it."))
    if grant.revoked_at is not None:
        return
    grant.revoked_at = timezone.now()
    grant.revoked_by = actor
    grant.save(update_fields=["revoked_at", "revoked_by"])
    if grant.kind == ConsentGrant.Kind.PARTNER and grant.scope == "partner_link":
        PartnerLink.objects.filter(
            client=actor, partner_id=grant.grantee_id, status=PartnerLink.Status.ACTIVE
        ).update(status=PartnerLink.Status.ENDED, ended_at=grant.revoked_at, ended_by=actor)
        # Ending the link ends every scope shared through it (attune.partners).
        ConsentGrant.objects.filter(
            client=actor,
            grantee_id=grant.grantee_id,
            kind=ConsentGrant.Kind.PARTNER,
            revoked_at__isnull=True,
        ).update(revoked_at=grant.revoked_at, revoked_by=actor)
    audit_record(
        action=AuditEvent.Action.REVOKE,
        subject_uuid=actor.uuid,
        object_type="accounts.consentgrant",
        object_id=grant.pk,
        fields=[grant.kind, grant.scope],
    )


@transaction.atomic
def profile_update(*, actor: User, client: User, **changes: str) -> ClientProfile:
    if actor.pk != client.pk:
        raise PermissionDenied(_("Only you can change your profile."))
    profile, _created = ClientProfile.objects.get_or_create(client=client)
    for field, value in changes.items():
        setattr(profile, field, value)
    profile.full_clean()
    profile.save()
    return profile


@transaction.atomic
def app_name_set(*, actor: User, app_name: str) -> None:
    """The name and icon this person sees attune under; nobody else is told of the choice."""
    if app_name not in AppName.values:
        raise ValidationError(
            {"app_name": _("Choose one of the names offered.")}, code="invalid_choice"
        )
    actor.app_name = app_name
    actor.save(update_fields=["app_name"])


# Staff: an admin changes a role or removes someone --------------------------------------


def _staff_guard(actor: User, membership: Membership) -> None:
    if (
        membership.role not in STAFF_ROLES
        or not Membership.objects.filter(
            user=actor, organisation_id=membership.organisation_id, role=Role.ADMIN
        ).exists()
    ):
        raise PermissionDenied(_("Only an admin of this organisation can change its staff."))


def _still_caring(membership: Membership) -> None:
    if membership.role == Role.FACILITATOR:
        _still_facilitating(membership)
    if membership.role != Role.CLINICIAN:
        return
    caring = CareRelationship.objects.filter(
        clinician_id=membership.user_id,
        organisation_id=membership.organisation_id,
        status=CareRelationship.Status.ACTIVE,
    ).count()
    if caring:
        raise ValidationError(
            ngettext(
                "%(name)s still cares for %(n)s client here. Their care needs to end or move "
                "to another clinician first, so nobody is left without one.",
                "%(name)s still cares for %(n)s clients here. Their care needs to end or move "
                "to another clinician first, so nobody is left without one.",
                caring,
            )
            % {"name": membership.user, "n": caring}
        )


def _still_facilitating(membership: Membership) -> None:
    from attune.circles.models import CircleMember  # circles build on accounts

    running = (
        CircleMember.objects.filter(
            circle__facilitator_id=membership.user_id,
            circle__organisation_id=membership.organisation_id,
            left_at__isnull=True,
            removed_at__isnull=True,
        )
        .values("circle_id")
        .distinct()
        .count()
    )
    if running:
        raise ValidationError(
            ngettext(
                "%(name)s still runs %(n)s circle with members here. Someone needs to take "
                "it over first, so no reflection waits unread.",
                "%(name)s still runs %(n)s circles with members here. Someone needs to take "
                "them over first, so no reflection waits unread.",
                running,
            )
            % {"name": membership.user, "n": running}
        )


def _last_admin(membership: Membership) -> None:
    if membership.role == Role.ADMIN and not (
        Membership.objects.filter(organisation_id=membership.organisation_id, role=Role.ADMIN)
        .exclude(pk=membership.pk)
        .exists()
    ):
        raise ValidationError(
            _("An organisation needs at least one admin. Make someone else an admin first.")
        )


@transaction.atomic
def staff_role_change(*, actor: User, membership: Membership, role: str) -> Membership:
    """Move a staff member to another staff role (e.g. facilitator → clinician)."""
    _staff_guard(actor, membership)
    if role not in STAFF_ROLES:
        raise ValidationError({"role": _("Choose clinician, facilitator or admin.")})
    if role == membership.role:
        return membership
    if Membership.objects.filter(
        user_id=membership.user_id, organisation_id=membership.organisation_id, role=role
    ).exists():
        raise ValidationError(
            {"role": _("%(name)s already has that role here.") % {"name": membership.user}}
        )
    _still_caring(membership)
    _last_admin(membership)
    membership.role = role
    membership.save(update_fields=["role"])
    audit_record(
        action=AuditEvent.Action.UPDATE,
        subject_uuid=membership.user.uuid,
        object_type="accounts.membership",
        object_id=membership.pk,
        fields=["role"],
    )
    return membership


@transaction.atomic
def staff_remove(*, actor: User, membership: Membership) -> None:
    """Take a staff role away; the person's account and other roles stay."""
    _staff_guard(actor, membership)
    _still_caring(membership)
    _last_admin(membership)
    audit_record(
        action=AuditEvent.Action.DELETE,
        subject_uuid=membership.user.uuid,
        object_type="accounts.membership",
        object_id=membership.pk,
        fields=["role"],
    )
    membership.delete()


SELF_GUIDED_SLUG = "self-guided"


def self_guided_organisation() -> Organisation:
    """Where people who signed up on their own belong: not a clinic's organisation, whose
    out-of-hours lines, staff and circles are not theirs."""
    return organisation_get_or_create(slug=SELF_GUIDED_SLUG, name="attune (self-guided)")


@transaction.atomic
def self_guided_start(*, user: User) -> None:
    """A person who signed up without an invitation starts as a self-guided client."""
    Membership.objects.get_or_create(
        user=user, organisation=self_guided_organisation(), role=Role.CLIENT
    )
    ClientProfile.objects.get_or_create(client=user)

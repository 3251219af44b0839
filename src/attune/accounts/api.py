from __future__ import annotations

import uuid
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from attune.audit.services import audit_read

from . import selectors, services
from .models import ClientProfile, ConsentGrant, LifeStage, RelationshipStatus, User

router = Router(tags=["people"])


class MeOut(Schema):
    uuid: uuid.UUID
    email: str
    display_name: str
    roles: list[str]


class ProfileOut(Schema):
    life_stage: str
    relationship_status: str
    country: str
    hopes: str


class ProfilePatch(Schema):
    life_stage: LifeStage | None = None
    relationship_status: RelationshipStatus | None = None
    country: str | None = Field(
        None, max_length=2, description="Two-letter country code (ISO 3166-1), for help lines."
    )
    hopes: str | None = None


class ClientOut(Schema):
    uuid: uuid.UUID
    display_name: str


class ConsentOut(Schema):
    id: int
    kind: str
    scope: str
    grantee: str | None
    text_version: str
    granted_at: datetime
    revoked_at: datetime | None


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _profile_out(profile: ClientProfile | None) -> ProfileOut:
    if profile is None:
        return ProfileOut(life_stage="", relationship_status="", country="", hopes="")
    return ProfileOut(
        life_stage=profile.life_stage,
        relationship_status=profile.relationship_status,
        country=profile.country,
        hopes=profile.hopes,
    )


@router.get("/me", response=MeOut, summary="Who you are: your id, name, roles and organisation")
def me(request: HttpRequest) -> MeOut:
    user = _user(request)
    return MeOut(
        uuid=user.uuid,
        email=user.email,
        display_name=user.display_name,
        roles=sorted(selectors.roles_of(user)),
    )


@router.get(
    "/me/profile",
    response=ProfileOut,
    summary="Your profile: life stage, relationship status, country and hopes (clients)",
)
def my_profile(request: HttpRequest) -> ProfileOut:
    return _profile_out(ClientProfile.objects.filter(client=_user(request)).first())


@router.patch(
    "/me/profile",
    response={200: ProfileOut, 403: dict, 422: dict},
    summary="Change your profile (clients); only the fields you send change",
)
def my_profile_update(request: HttpRequest, payload: ProfilePatch) -> object:
    user = _user(request)
    if "client" not in selectors.roles_of(user):
        raise HttpError(403, "Only clients have a profile.")
    changes = {
        k: (str(v.value) if hasattr(v, "value") else v)
        for k, v in payload.dict(exclude_none=True).items()
    }
    try:
        profile = services.profile_update(actor=user, client=user, **changes)
    except ValidationError as exc:
        return Status(
            422, {"detail": exc.message_dict if hasattr(exc, "error_dict") else exc.messages}
        )
    return _profile_out(profile)


@router.get(
    "/clients", response=list[ClientOut], summary="The clients in your active care (clinicians)"
)
def my_clients(request: HttpRequest) -> list[ClientOut]:
    return [
        ClientOut(uuid=c.uuid, display_name=str(c)) for c in selectors.clients_of(_user(request))
    ]


@router.get(
    "/clients/{client_uuid}/profile",
    response=ProfileOut,
    summary="A client's profile, for their treating clinician (audited)",
)
def client_profile(request: HttpRequest, client_uuid: uuid.UUID) -> ProfileOut:
    viewer = _user(request)
    client = selectors.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    profile = ClientProfile.objects.filter(client=client).first()
    audit_read(
        actor_uuid=viewer.uuid,
        subject_uuid=client.uuid,
        object_type="accounts.clientprofile",
        object_id=profile.pk if profile else "",
    )
    return _profile_out(profile)


@router.get(
    "/consents",
    response=list[ConsentOut],
    summary="Your consent ledger: what you share with whom, and since when",
)
def my_consents(request: HttpRequest) -> list[ConsentOut]:
    return [
        ConsentOut(
            id=g.pk,
            kind=g.kind,
            scope=g.scope,
            grantee=str(g.grantee) if g.grantee else None,
            text_version=g.text_version,
            granted_at=g.granted_at,
            revoked_at=g.revoked_at,
        )
        for g in selectors.consents_of(_user(request))
    ]


@router.post(
    "/consents/{grant_id}/withdraw",
    response={200: ConsentOut},
    summary="Withdraw a consent; sharing stops at once",
)
def withdraw_consent(request: HttpRequest, grant_id: int) -> ConsentOut:
    user = _user(request)
    grant = get_object_or_404(ConsentGrant, pk=grant_id, client=user)
    try:
        services.consent_revoke(actor=user, grant=grant)
    except PermissionDenied as exc:  # pragma: no cover - filtered by client=user above
        raise HttpError(404, "Not found.") from exc
    grant.refresh_from_db()
    return ConsentOut(
        id=grant.pk,
        kind=grant.kind,
        scope=grant.scope,
        grantee=str(grant.grantee) if grant.grantee else None,
        text_version=grant.text_version,
        granted_at=grant.granted_at,
        revoked_at=grant.revoked_at,
    )

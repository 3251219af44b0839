"""Shared fixtures: the cast of every permission test (Healthchecks-style, with outsiders)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP

from attune.accounts import services
from attune.accounts.models import ClientProfile, Organisation, Role, User

PASSWORD = "a-long-test-passphrase-42"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
HOPES_MARKER = "hopes-marker-5f0c2a9e wanting to feel close again"
CLIENT_NAME = "Zephyrine Quill"


@dataclass
class Cast:
    org: Organisation
    client: User  # "client A": the person whose records everyone else probes
    clinician: User  # A's clinician, active care
    partner: User  # A's partner, linked
    other_client: User  # unrelated client in the same organisation
    other_clinician: User  # clinician in the same organisation, not treating A
    far_clinician: User  # clinician in another organisation
    facilitator: User
    admin: User


def with_totp(user: User) -> User:
    TOTP.activate(user, TOTP_SECRET)
    RecoveryCodes.activate(user)
    return user


def make_user(email: str, role: str, org: Organisation, name: str = "") -> User:
    user = services.user_create(
        email=email, role=role, organisation=org, password=PASSWORD, display_name=name
    )
    if role in {Role.CLINICIAN, Role.FACILITATOR, Role.ADMIN}:
        with_totp(user)
    return user


@pytest.fixture
def cast(db: None) -> Cast:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    other_org = services.organisation_get_or_create(slug="elsewhere", name="Elsewhere Clinic")
    client = make_user("client.a@example.test", Role.CLIENT, org, CLIENT_NAME)
    profile = ClientProfile.objects.get(client=client)
    profile.life_stage, profile.relationship_status, profile.hopes = (
        "midlife",
        "partnered",
        HOPES_MARKER,
    )
    profile.save()
    clinician = make_user("clinician@example.test", Role.CLINICIAN, org, "Dr Tamsin Vale")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    partner = make_user("partner@example.test", Role.PARTNER, org, "Robin Partner")
    services.partner_link_start(client=client, partner=partner)
    return Cast(
        org=org,
        client=client,
        clinician=clinician,
        partner=partner,
        other_client=make_user("client.b@example.test", Role.CLIENT, org, "Other Client"),
        other_clinician=make_user("other.clin@example.test", Role.CLINICIAN, org, "Dr Other"),
        far_clinician=make_user("far.clin@example.test", Role.CLINICIAN, other_org, "Dr Far"),
        facilitator=make_user(
            "facilitator@example.test", Role.FACILITATOR, org, "Fran Facilitator"
        ),
        admin=make_user("admin@example.test", Role.ADMIN, org, "Ari Admin"),
    )

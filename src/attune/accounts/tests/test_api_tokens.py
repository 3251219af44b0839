"""API tokens follow the account's security: a new password ends them, staff need two steps."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from django.core.exceptions import ValidationError
from django.test import Client

from attune.accounts import services
from attune.accounts.models import ApiToken, Organisation, Role
from conftest import PASSWORD, Cast

pytestmark = pytest.mark.django_db


def _calls(raw: str) -> int:
    return Client().get("/api/v1/checkins", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code


def test_changing_the_password_revokes_every_token_and_says_so(cast: Cast) -> None:
    raw = services.api_token_create(user=cast.client)
    assert _calls(raw) == 200
    browser = Client()
    browser.force_login(cast.client)
    response = browser.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "another-long-passphrase-77",
            "password2": "another-long-passphrase-77",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert _calls(raw) == 401
    assert not ApiToken.objects.filter(user=cast.client, revoked_at__isnull=True).exists()
    assert b"API tokens stopped working" in response.content


def test_staff_without_two_step_sign_in_get_no_token(cast: Cast) -> None:
    org = Organisation.objects.get(slug="riverside")
    newcomer = services.user_create(
        email="new.clinician@example.test", role=Role.CLINICIAN, organisation=org, password=PASSWORD
    )
    with pytest.raises(ValidationError, match="two-step"):
        services.api_token_create(user=newcomer)
    assert not ApiToken.objects.filter(user=newcomer).exists()


def test_a_staff_token_stops_when_two_step_sign_in_is_removed(cast: Cast) -> None:
    raw = services.api_token_create(user=cast.clinician)
    assert _calls(raw) == 200
    Authenticator.objects.filter(user=cast.clinician).delete()
    assert _calls(raw) == 401

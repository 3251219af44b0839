from __future__ import annotations

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import Client

from attune.accounts import services
from attune.accounts.models import Invitation
from conftest import Cast

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()


def test_api_caller_over_the_limit_gets_a_clear_429(cast: Cast, settings: object) -> None:
    settings.ATTUNE_API_RATE_PER_CALLER = 3
    auth = {"HTTP_AUTHORIZATION": f"Bearer {services.api_token_create(user=cast.client)}"}
    codes = [Client().get("/api/v1/me", **auth).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = Client().get("/api/v1/me", **auth)
    assert "at most 3 a minute" in refused.json()["detail"] and refused["Retry-After"]
    # Another caller is not held back by the first one.
    other = {"HTTP_AUTHORIZATION": f"Bearer {services.api_token_create(user=cast.other_client)}"}
    assert Client().get("/api/v1/me", **other).status_code == 200


def test_api_ip_limit_covers_anonymous_callers(settings: object, db: None) -> None:
    settings.ATTUNE_API_RATE_PER_IP = 2
    codes = [Client().get("/api/v1/me").status_code for _ in range(3)]
    assert codes == [401, 401, 429]


def test_too_many_invitations_in_an_hour_are_refused(cast: Cast, settings: object) -> None:
    settings.ATTUNE_INVITATIONS_PER_HOUR = 2
    for n in range(2):
        services.invitation_create(
            inviter=cast.clinician, email=f"p{n}@example.test", role="client"
        )
    with pytest.raises(ValidationError, match="many invitations"):
        services.invitation_create(inviter=cast.clinician, email="p9@example.test", role="client")
    assert Invitation.objects.filter(inviter=cast.clinician).count() == 2

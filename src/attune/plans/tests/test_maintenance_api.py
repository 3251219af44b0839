"""GET/PUT /api/v1/plan/relapse-prevention: the client's own plan, nobody else's."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.plans.models import RelapsePreventionPlan
from attune.safety.models import RiskFlag
from conftest import Cast

pytestmark = pytest.mark.django_db

URL = "/api/v1/plan/relapse-prevention"
WORDS = "I stop cooking and skip the climbing group"


def _api(user: User) -> tuple[Client, dict[str, str]]:
    return Client(), {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=user)}"}


def _put(user: User, body: dict[str, object]) -> Any:
    http, auth = _api(user)
    return http.put(URL, body, content_type="application/json", **auth)


def test_client_writes_and_reads_back_their_plan(cast: Cast) -> None:
    response = _put(cast.client, {"warning_signs": WORDS, "whom_to_call": "Ana"})
    assert response.status_code == 200
    http, auth = _api(cast.client)
    body = http.get(URL, **auth).json()
    assert body["warning_signs"] == WORDS and body["whom_to_call"] == "Ana"
    assert body["what_helped"] == "" and body["in_maintenance"] is False


def test_a_field_too_long_is_422_naming_it_and_nothing_changes(cast: Cast) -> None:
    _put(cast.client, {"warning_signs": WORDS})
    response = _put(cast.client, {"warning_signs": "new", "what_helped": "x" * 2001})
    assert response.status_code == 422
    assert "what_helped" in response.json()["errors"]
    assert RelapsePreventionPlan.objects.get(client=cast.client).warning_signs == WORDS


def test_an_unknown_field_is_422_naming_it(cast: Cast) -> None:
    response = _put(cast.client, {"diagnosis": "x"})
    assert response.status_code == 422
    assert "diagnosis" in str(response.json()["errors"])
    assert not RelapsePreventionPlan.objects.exists()


def test_risk_words_are_screened_and_answered_with_support(cast: Cast) -> None:
    response = _put(cast.client, {"warning_signs": "I start planning to kill myself tonight"})
    assert response.json()["support"]["level"] == "high"
    assert RiskFlag.objects.filter(client=cast.client, source="relapse_plan").exists()


@pytest.mark.parametrize("who", ["partner", "clinician", "other_clinician"])
def test_people_who_are_not_clients_are_refused(cast: Cast, who: str) -> None:
    _put(cast.client, {"warning_signs": WORDS})
    http, auth = _api(getattr(cast, who))
    response = http.get(URL, **auth)
    assert response.status_code == 403
    assert WORDS not in response.content.decode()
    assert _put(getattr(cast, who), {"warning_signs": "x"}).status_code == 403
    assert RelapsePreventionPlan.objects.get(client=cast.client).warning_signs == WORDS


def test_another_client_reads_only_their_own(cast: Cast) -> None:
    _put(cast.client, {"warning_signs": WORDS})
    http, auth = _api(cast.other_client)
    assert http.get(URL, **auth).json()["warning_signs"] == ""

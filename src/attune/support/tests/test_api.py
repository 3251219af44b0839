"""GET/POST /api/v1/support/people: the client's own map only; bad input is a 422 naming the
field, and nothing is stored."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from attune.accounts.models import User
from attune.safety.models import RiskFlag
from attune.support.models import SupportPerson
from conftest import Cast

pytestmark = pytest.mark.django_db
URL = "/api/v1/support/people"
BODY = {"name": "Jo", "role": "friend", "ring": 1, "frequency": "weekly", "helps": ["night"]}


def _api(user: User) -> Client:
    http = Client(enforce_csrf_checks=False)
    http.force_login(user)
    return http


def _post(http: Client, body: dict[str, Any], **headers: str) -> Any:
    return http.post(URL, json.dumps(body), content_type="application/json", headers=headers)


def test_client_adds_someone_and_reads_their_map_with_its_gaps(cast: Cast) -> None:
    http = _api(cast.client)
    created = _post(http, {**BODY, "phone": "07700 900111"}, **{"Idempotency-Key": "k1"})
    assert created.status_code == 201
    body = created.json()
    assert body["name"] == "Jo" and body["ring"] == 1 and body["support"] is None
    again = _post(http, {**BODY, "phone": "07700 900111"}, **{"Idempotency-Key": "k1"})
    assert again.json()["id"] == body["id"]
    assert SupportPerson.objects.filter(client=cast.client).count() == 1
    listed = http.get(URL).json()
    assert [p["name"] for p in listed["people"]] == ["Jo"]
    assert listed["gaps"] == ["night", "do_things", "group", "mental_health"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"phone": "not a number"}, "phone"),
        ({"name": "   "}, "name"),
        ({"role": "boss"}, "role"),
        ({"ring": 5}, "ring"),
        ({"helps": ["flying"]}, "helps"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_stores_nothing(
    cast: Cast, change: dict[str, Any], field: str
) -> None:
    answer = _post(_api(cast.client), {**BODY, **change})
    assert answer.status_code == 422
    assert field in answer.json()["errors"]
    assert not SupportPerson.objects.exists()


def test_risk_words_answer_with_support_and_a_flag(cast: Cast) -> None:
    answer = _post(_api(cast.client), {**BODY, "helps_note": "I want to die."})
    assert answer.status_code == 201
    assert answer.json()["support"]["level"] == "high"
    assert RiskFlag.objects.filter(client=cast.client, source="support_map").count() == 1


@pytest.mark.parametrize("who", ["partner", "clinician", "other_clinician", "facilitator"])
def test_non_clients_are_refused_and_never_see_a_clients_map(cast: Cast, who: str) -> None:
    _post(_api(cast.client), BODY)
    http = _api(getattr(cast, who))
    assert http.get(URL).status_code == 403
    assert _post(http, BODY).status_code == 403
    assert SupportPerson.objects.count() == 1


def test_another_client_sees_only_their_own_map(cast: Cast) -> None:
    _post(_api(cast.client), BODY)
    assert _api(cast.other_client).get(URL).json()["people"] == []


def test_anonymous_requests_are_refused(cast: Cast) -> None:
    assert Client().get(URL).status_code == 401

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.questionnaires.models import Administration
from attune.safety.models import RiskFlag
from conftest import Cast

pytestmark = pytest.mark.django_db


def _bearer(user: User) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=user)}"}


def _post(user: User, body: dict[str, Any], key: str = "") -> Any:
    headers = _bearer(user)
    if key:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    return Client().post(
        "/api/v1/questionnaires/responses", body, content_type="application/json", **headers
    )


def test_catalogue_lists_every_instrument_with_availability(cast: Cast) -> None:
    body = Client().get("/api/v1/instruments", **_bearer(cast.client)).json()
    by_id = {row["id"]: row for row in body}
    assert set(by_id) == {
        "phq9",
        "phq2",
        "gad7",
        "who5",
        "ucla3",
        "djg6",
        "asex",
        "csi4",
        "scs_sf",
        "vq",
    }
    assert by_id["phq9"]["available"] and not by_id["djg6"]["available"]
    assert by_id["phq9"]["time_frame"] == "Over the last 2 weeks"


def test_submit_scores_exactly_and_a_retry_with_the_same_key_stores_nothing_new(cast: Cast) -> None:
    body = {"instrument": "gad7", "answers": [3, 3, 2, 2, 1, 1, 0]}
    first = _post(cast.client, body, key="k-1")
    assert first.status_code == 201
    assert (first.json()["total"], first.json()["band"]) == (12, "moderate")
    again = _post(cast.client, body, key="k-1")
    assert again.json()["id"] == first.json()["id"]
    assert Administration.objects.count() == 1


def test_wrong_answers_get_422_naming_the_problem_and_store_nothing(cast: Cast) -> None:
    response = _post(cast.client, {"instrument": "phq9", "answers": [1, 1, 1]})
    assert response.status_code == 422
    assert "9" in response.json()["detail"]
    response = _post(cast.client, {"instrument": "phq9", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 4]})
    assert response.status_code == 422 and "item 9" in response.json()["detail"]
    response = _post(cast.client, {"instrument": "nope", "answers": [1]})
    assert response.status_code == 422
    assert not Administration.objects.exists()


def test_item9_through_the_api_raises_the_flag_too(cast: Cast) -> None:
    response = _post(cast.client, {"instrument": "phq9", "answers": [0, 0, 0, 0, 0, 0, 0, 0, 1]})
    assert response.json()["risk_flag"] is True
    assert RiskFlag.objects.filter(client=cast.client).count() == 1


def test_scores_list_carries_change_categories(cast: Cast) -> None:
    _post(cast.client, {"instrument": "phq9", "answers": [3, 3, 2, 2, 2, 2, 1, 1, 0]})
    _post(cast.client, {"instrument": "phq9", "answers": [3, 3, 3, 3, 3, 2, 2, 2, 0]})
    rows = Client().get("/api/v1/questionnaires/scores", **_bearer(cast.client)).json()
    assert [r["total"] for r in rows] == [21, 16]
    assert rows[0]["change_since_previous"] == "no_reliable_change"  # +5 < 6


def test_clinician_reads_scores_audited_and_others_get_404(cast: Cast) -> None:
    _post(cast.client, {"instrument": "ucla3", "answers": [2, 3, 2]})
    url = f"/api/v1/clients/{cast.client.uuid}/questionnaires/scores"
    assert Client().get(url, **_bearer(cast.clinician)).json()[0]["total"] == 7
    assert AuditEvent.objects.filter(actor_uuid=cast.clinician.uuid, action="read").exists()
    for outsider in (cast.other_clinician, cast.partner, cast.other_client):
        assert Client().get(url, **_bearer(outsider)).status_code == 404


def test_other_clients_scores_are_never_in_my_list(cast: Cast) -> None:
    _post(cast.client, {"instrument": "ucla3", "answers": [2, 3, 2]})
    rows = Client().get("/api/v1/questionnaires/scores", **_bearer(cast.other_client)).json()
    assert rows == []


def test_anonymous_is_refused(cast: Cast) -> None:
    assert Client().get("/api/v1/questionnaires/due").status_code == 401
    assert Client().post("/api/v1/questionnaires/responses").status_code == 401

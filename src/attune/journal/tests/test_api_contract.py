"""The journal API: own entries only, clear 422s, sharing, prompts, and risk support."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.audit.models import AuditEvent
from attune.core.idempotency import IdempotencyKey
from attune.journal.models import JournalEntry
from attune.journal.prompts import PROMPTS
from attune.safety.models import RiskFlag
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

MARKER = "Apimarker-6640"
BODY = {"title": "Morning", "body": "Coffee with my neighbour.", "tags": ["neighbours"]}


class Api:
    def __init__(self, user: Any) -> None:
        self.http = Client()
        self.auth = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=user)}"}

    def post(self, path: str, body: dict[str, Any] | None = None, key: str | None = None) -> Any:
        extra = dict(self.auth, **({"HTTP_IDEMPOTENCY_KEY": key} if key else {}))
        return self.http.post(path, body or {}, content_type="application/json", **extra)

    def get(self, path: str) -> Any:
        return self.http.get(path, **self.auth)

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        return self.http.patch(path, body, content_type="application/json", **self.auth)

    def delete(self, path: str) -> Any:
        return self.http.delete(path, **self.auth)


def _create(api: Api, **fields: Any) -> dict[str, Any]:
    response = api.post("/api/v1/journal/entries", dict(BODY, **fields))
    assert response.status_code == 201, response.content
    result: dict[str, Any] = response.json()
    return result


def test_create_list_get_patch_and_delete_own_entries(cast: Cast) -> None:
    api = Api(cast.client)
    created = _create(api, prompt="values-worth")
    assert created["prompt"] == "values-worth"
    assert created["prompt_text"].startswith("Write about three things")
    assert created["shared_with_clinician_at"] is None
    assert created["support"] is None
    _create(api, title="Evening", tags=["sleep", "neighbours"])
    listing = api.get("/api/v1/journal/entries").json()
    assert listing["count"] == 2
    assert [e["title"] for e in listing["items"]] == ["Evening", "Morning"]
    assert api.get("/api/v1/journal/entries?tag=SLEEP").json()["count"] == 1
    one = api.get(f"/api/v1/journal/entries/{created['id']}").json()
    assert one["body"] == "Coffee with my neighbour."
    patched = api.patch(f"/api/v1/journal/entries/{created['id']}", {"tags": ["calm", "calm"]})
    assert patched.status_code == 200
    assert patched.json()["tags"] == ["calm"] and patched.json()["title"] == "Morning"
    assert api.delete(f"/api/v1/journal/entries/{created['id']}").status_code == 204
    assert api.get(f"/api/v1/journal/entries/{created['id']}").status_code == 404


def test_retry_with_the_same_key_stores_one_entry(cast: Cast) -> None:
    api = Api(cast.client)
    first = api.post("/api/v1/journal/entries", BODY, key="k-1")
    again = api.post("/api/v1/journal/entries", BODY, key="k-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json()["id"] == again.json()["id"]
    assert JournalEntry.objects.count() == 1
    other = api.post("/api/v1/journal/entries", dict(BODY, body="Different"), key="k-1")
    assert other.status_code == 422
    assert JournalEntry.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("body", ""),
        ("body", "   "),
        ("body", "x" * 20_001),
        ("title", "t" * 121),
        ("tags", ["ok", "no,commas"]),
        ("tags", ["x" * 31]),
        ("tags", [f"t{n}" for n in range(11)]),
        ("prompt", "no-such-prompt"),
        ("shared_with_clinician_at", "2026-01-01T00:00:00Z"),
    ],
)
def test_bad_input_is_422_naming_the_field_and_stores_nothing(
    cast: Cast, field: str, value: Any
) -> None:
    response = Api(cast.client).post("/api/v1/journal/entries", dict(BODY, **{field: value}), "k")
    assert response.status_code == 422
    assert field in response.json()["detail"]
    assert not JournalEntry.objects.exists()
    assert not IdempotencyKey.objects.exists()


def test_bad_patch_changes_nothing(cast: Cast) -> None:
    api = Api(cast.client)
    created = _create(api)
    for body in ({"body": " "}, {"title": "t" * 121}, {"body": None}, {"client": 5}):
        response = api.patch(f"/api/v1/journal/entries/{created['id']}", body)
        assert response.status_code == 422, body
    entry = JournalEntry.objects.get()
    assert (entry.title, entry.body) == ("Morning", "Coffee with my neighbour.")


def test_missing_token_is_refused(cast: Cast) -> None:
    http = Client()
    assert http.get("/api/v1/journal/entries").status_code == 401
    response = http.post("/api/v1/journal/entries", BODY, content_type="application/json")
    assert response.status_code == 401
    assert not JournalEntry.objects.exists()


def test_another_client_gets_404_for_every_entry_route(cast: Cast) -> None:
    mine = _create(Api(cast.client), body=MARKER)
    theirs = Api(cast.other_client)
    assert theirs.get("/api/v1/journal/entries").json()["items"] == []
    path = f"/api/v1/journal/entries/{mine['id']}"
    responses = [
        theirs.get(path),
        theirs.patch(path, {"body": "hijack"}),
        theirs.post(f"{path}/share"),
        theirs.post(f"{path}/unshare"),
        theirs.delete(path),
    ]
    assert [r.status_code for r in responses] == [404] * 5
    assert all(MARKER.encode() not in r.content for r in responses)
    entry = JournalEntry.objects.get()
    assert (entry.body, entry.shared_with_clinician_at) == (MARKER, None)


def test_staff_and_partners_have_no_journal_of_their_own(cast: Cast) -> None:
    for person in (cast.partner, cast.clinician, cast.facilitator, cast.admin):
        api = Api(person)
        assert api.get("/api/v1/journal/entries").status_code == 403
        assert api.post("/api/v1/journal/entries", BODY).status_code == 403
    assert not JournalEntry.objects.exists()


def test_share_then_unshare_controls_what_the_clinician_api_returns(cast: Cast) -> None:
    api = Api(cast.client)
    shared = _create(api, body=MARKER)
    _create(api, body="Kept private")
    clinician = Api(cast.clinician)
    path = f"/api/v1/clients/{cast.client.uuid}/journal"
    assert clinician.get(path).json()["items"] == []
    response = api.post(f"/api/v1/journal/entries/{shared['id']}/share")
    assert response.status_code == 200 and response.json()["shared_with_clinician_at"]
    items = clinician.get(path).json()["items"]
    assert [i["body"] for i in items] == [MARKER]
    assert AuditEvent.objects.filter(
        action="read", actor_uuid=cast.clinician.uuid, object_id=str(shared["id"])
    ).exists()
    api.post(f"/api/v1/journal/entries/{shared['id']}/unshare")
    assert clinician.get(path).json()["items"] == []
    for outsider in (cast.other_clinician, cast.far_clinician, cast.partner):
        assert Api(outsider).get(path).status_code == 404


def test_sharing_without_a_clinician_is_409(cast: Cast) -> None:
    api = Api(cast.other_client)
    created = _create(api)
    response = api.post(f"/api/v1/journal/entries/{created['id']}/share")
    assert response.status_code == 409
    assert "no one to share with" in response.json()["detail"]
    assert JournalEntry.objects.get().shared_with_clinician_at is None


def test_prompts_are_listed_with_their_categories(cast: Cast) -> None:
    prompts = Api(cast.client).get("/api/v1/journal/prompts").json()
    assert len(prompts) == len(PROMPTS)
    assert {p["category"] for p in prompts} == {
        "values",
        "anchors",
        "closeness",
        "desire",
        "compassion",
    }


def test_risk_language_returns_crisis_support_and_flags(cast: Cast) -> None:
    api = Api(cast.client)
    created = _create(api, body="I want to die.")
    support = created["support"]
    assert support["clinician_told"] is True
    assert support["lines"] and "findahelpline.com" in support["lines"][0]["contact"]
    assert RiskFlag.objects.filter(client=cast.client, reason="journal_risk_language").count() == 1
    everyday = _create(api, body="this traffic is killing me")
    assert everyday["support"] is None
    assert RiskFlag.objects.count() == 1


def test_api_entries_are_encrypted_at_rest_even_with_an_idempotency_key(cast: Cast) -> None:
    body = {"title": f"t {MARKER}", "body": f"b {MARKER}", "tags": [f"g-{MARKER}"]}
    response = Api(cast.client).post("/api/v1/journal/entries", body, key="k-secret")
    assert response.status_code == 201 and response.json()["body"] == f"b {MARKER}"
    assert IdempotencyKey.objects.count() == 1
    assert MARKER not in dump_database()


def test_a_retried_risky_entry_still_answers_with_crisis_support(cast: Cast) -> None:
    api = Api(cast.client)
    first = api.post("/api/v1/journal/entries", {"body": "I want to die."}, key="k")
    again = api.post("/api/v1/journal/entries", {"body": "I want to die."}, key="k")
    assert first.json()["support"] is not None
    assert again.json() == first.json()
    assert RiskFlag.objects.count() == 1

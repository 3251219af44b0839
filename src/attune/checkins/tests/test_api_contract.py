"""The check-in API contract that outside checks exercise (issue: daily check-ins)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from attune.accounts import services
from attune.audit.models import AuditEvent
from attune.checkins.models import CheckIn
from attune.core.idempotency import IdempotencyKey
from conftest import Cast

pytestmark = pytest.mark.django_db


def _day(back: int) -> str:
    return (timezone.now().date() - timedelta(days=back)).isoformat()


BODY = {
    "mood": 6,
    "sexual_loneliness": 5,
    "emotional_loneliness": 4,
    "social_loneliness": 2,
    "sleep_hours": 7,
    "activity_minutes": 30,
    "social_contacts": 3,
}


class Api:
    def __init__(self, user: Any) -> None:
        self.http = Client()
        self.auth = {"HTTP_AUTHORIZATION": f"Bearer {services.api_token_create(user=user)}"}

    def post(self, body: dict[str, Any], key: str | None = None) -> Any:
        extra = dict(self.auth, **({"HTTP_IDEMPOTENCY_KEY": key} if key else {}))
        return self.http.post("/api/v1/checkins", body, content_type="application/json", **extra)

    def get(self, path: str) -> Any:
        return self.http.get(path, **self.auth)

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        return self.http.patch(path, body, content_type="application/json", **self.auth)


def test_retry_with_same_key_returns_same_record_and_stores_nothing_new(cast: Cast) -> None:
    api = Api(cast.client)
    first = api.post(dict(BODY, date=_day(3)), key="k-1")
    again = api.post(dict(BODY, date=_day(3)), key="k-1")
    assert first.status_code == 201
    assert again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert CheckIn.objects.filter(client=cast.client).count() == 1
    assert IdempotencyKey.objects.count() == 1


def test_same_key_with_a_different_body_is_refused(cast: Cast) -> None:
    api = Api(cast.client)
    api.post(dict(BODY, date=_day(3)), key="k-1")
    response = api.post(dict(BODY, date=_day(3), mood=2), key="k-1")
    assert response.status_code == 422
    assert "already used" in response.json()["detail"]
    assert CheckIn.objects.get().mood == 6


def test_second_checkin_for_a_day_is_409_naming_the_existing_one(cast: Cast) -> None:
    api = Api(cast.client)
    first = api.post(dict(BODY, date=_day(1)), key="a").json()
    response = api.post(dict(BODY, date=_day(1), mood=3), key="b")
    assert response.status_code == 409
    assert response.json()["existing_id"] == first["id"]
    assert f"PATCH /api/v1/checkins/{first['id']}" in response.json()["detail"]
    assert CheckIn.objects.get().mood == 6


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("mood", 11),
        ("mood", -1),
        ("sleep_hours", 30),
        ("activity_minutes", 1441),
        ("sexual_loneliness", 12),
        ("nourishment", "plenty"),
        ("social_contact_kinds", ["aliens"]),
        ("unexpected", 1),
    ],
)
def test_out_of_range_values_are_refused_naming_the_field(
    cast: Cast, field: str, value: Any
) -> None:
    response = Api(cast.client).post(dict(BODY, date=_day(4), **{field: value}), key="k")
    assert response.status_code == 422
    assert field in response.json()["detail"]
    assert not CheckIn.objects.exists()
    assert not IdempotencyKey.objects.exists()


def test_future_date_is_refused(cast: Cast) -> None:
    response = Api(cast.client).post(dict(BODY, date=_day(-2)), key="k")
    assert response.status_code == 422
    assert "date" in response.json()["detail"]
    assert not CheckIn.objects.exists()


def test_missing_token_is_refused(cast: Cast) -> None:
    response = Client().post(
        "/api/v1/checkins", dict(BODY, date=_day(1)), content_type="application/json"
    )
    assert response.status_code == 401
    assert not CheckIn.objects.exists()


def test_another_client_can_neither_list_nor_fetch_nor_edit(cast: Cast) -> None:
    mine = Api(cast.client).post(dict(BODY, date=_day(2)), key="k").json()
    theirs = Api(cast.other_client)
    listing = theirs.get("/api/v1/checkins")
    assert listing.status_code == 200
    assert listing.json()["items"] == []
    assert theirs.get(f"/api/v1/checkins/{mine['id']}").status_code == 404
    assert theirs.patch(f"/api/v1/checkins/{mine['id']}", {"mood": 0}).status_code == 404
    assert CheckIn.objects.get().mood == 6


def test_list_filters_by_date_and_paginates(cast: Cast) -> None:
    api = Api(cast.client)
    for back in range(1, 6):
        api.post(dict(BODY, date=_day(back)), key=f"k{back}")
    page = api.get(f"/api/v1/checkins?date_from={_day(4)}&date_to={_day(2)}").json()
    assert [item["date"] for item in page["items"]] == [_day(2), _day(3), _day(4)]
    assert api.get("/api/v1/checkins?limit=2&offset=2").json()["count"] == 5


def test_patch_edits_and_marks_later_edits(cast: Cast) -> None:
    api = Api(cast.client)
    created = api.post(dict(BODY, date=_day(2)), key="k").json()
    assert created["backfilled"] is True
    response = api.patch(
        f"/api/v1/checkins/{created['id']}", {"mood": 8, "win": "Called my sister"}
    )
    assert response.status_code == 200
    assert response.json()["mood"] == 8
    assert response.json()["edited_later"] is True
    assert response.json()["sexual_loneliness"] == 5
    assert api.patch(f"/api/v1/checkins/{created['id']}", {"mood": 99}).status_code == 422
    assert CheckIn.objects.get().mood == 8


def test_todays_checkin_is_neither_backfilled_nor_edited_later(cast: Cast) -> None:
    api = Api(cast.client)
    created = api.post(dict(BODY, date=_day(0)), key="k").json()
    edited = api.patch(f"/api/v1/checkins/{created['id']}", {"mood": 7}).json()
    assert (created["backfilled"], edited["edited_later"]) == (False, False)


def test_clinician_reads_client_checkins_with_an_audit_entry(cast: Cast) -> None:
    Api(cast.client).post(dict(BODY, date=_day(1)), key="k")
    mine = Api(cast.clinician).get(f"/api/v1/clients/{cast.client.uuid}/checkins")
    assert mine.status_code == 200
    assert mine.json()["count"] == 1
    assert AuditEvent.objects.filter(
        action="read", actor_uuid=cast.clinician.uuid, object_type="checkins.checkin"
    ).exists()
    other = Api(cast.other_clinician).get(f"/api/v1/clients/{cast.client.uuid}/checkins")
    assert other.status_code == 404


def test_partner_has_no_checkins_of_their_own_to_post(cast: Cast) -> None:
    response = Api(cast.partner).post(dict(BODY, date=_day(1)), key="k")
    assert response.status_code == 403


def test_a_remembered_answer_keeps_the_note_encrypted(cast: Cast) -> None:
    from conftest import dump_database

    api = Api(cast.client)
    marker = "retry-note-3c9d private words"
    first = api.post(dict(BODY, date=_day(2), note=marker, win=marker), key="k-note")
    assert api.post(dict(BODY, date=_day(2), note=marker, win=marker), key="k-note").json() == (
        first.json()
    )
    assert marker not in dump_database()


def test_a_note_with_risk_language_answers_with_crisis_lines_and_keeps_the_note(
    cast: Cast,
) -> None:
    api = Api(cast.client)
    words = "I keep thinking about ending my life tonight"
    created = api.post(dict(BODY, date=_day(0), note=words), key="risk-1")
    assert created.status_code == 201
    support = created.json()["support"]
    assert "reach a person now" in support["message"]
    assert support["lines"]
    assert CheckIn.objects.get(client=cast.client).note == words
    replay = api.post(dict(BODY, date=_day(0), note=words), key="risk-1")
    assert replay.json()["support"] == support


def test_everyday_words_carry_no_support_block(cast: Cast) -> None:
    api = Api(cast.client)
    created = api.post(dict(BODY, date=_day(0), note="Work is killing me this week"))
    assert created.json()["support"] is None
    edited = api.patch(
        f"/api/v1/checkins/{created.json()['id']}", {"note": "I want to hurt myself"}
    )
    assert edited.json()["support"]["clinician_told"] is True


def test_editing_todays_checkin_to_add_risk_words_answers_with_support(cast: Cast) -> None:
    """Issue 15: the edit showed only "Saved" and raised no flag; the setback field too."""
    from attune.checkins.services import client_today
    from attune.safety.models import RiskFlag

    api = Api(cast.client)
    made = api.post(dict(BODY, date=client_today(cast.client).isoformat(), note="Quiet day"))
    assert made.status_code == 201 and made.json().get("support") is None
    path = f"/api/v1/checkins/{made.json()['id']}"
    risky = api.patch(path, {"setback": "I looked up how many of my tablets it would take"})
    assert risky.status_code == 200
    support = risky.json()["support"]
    assert support["level"] == "high" and support["concern"] == "self" and support["lines"]
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.source == "checkin" and flag.level == "high" and flag.category
    benign = api.patch(path, {"win": "Made soup and called my sister"})
    assert benign.status_code == 200 and benign.json().get("support") is None
    assert RiskFlag.objects.count() == 1
    # New words that, beside the tablets, add up to more: high again, still one open flag.
    more = api.patch(path, {"note": "I feel like everyone would be better off without me."})
    assert more.json()["support"]["level"] == "high"
    assert RiskFlag.objects.count() == 1


def test_possible_words_in_a_checkin_ask_the_asq(cast: Cast) -> None:
    from attune.safety.models import RiskFlag

    api = Api(cast.client)
    made = api.post(dict(BODY, date=_day(1), note="Everyone would be better off without me."))
    support = made.json()["support"]
    assert support["level"] == "possible" and support["ask"]["answer_at"] == "/api/v1/safety/asq"
    assert [q["id"] for q in support["ask"]["questions"]] == ["q1", "q2", "q3", "q4", "q5"]
    assert not RiskFlag.objects.exists()

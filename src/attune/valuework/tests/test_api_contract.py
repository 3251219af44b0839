"""The values API: ratings, actions and anchors, for the client's own records only."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.checkins.services import client_today
from attune.core.idempotency import IdempotencyKey
from attune.safety.models import RiskFlag
from attune.valuework.models import Anchor, Moment, ValueAction, ValuesRating
from conftest import Cast, dump_database

from .helpers import rating_json

pytestmark = pytest.mark.django_db


class Api:
    def __init__(self, user: Any) -> None:
        self.http = Client()
        self.auth = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=user)}"}

    def post(self, path: str, body: dict[str, Any], key: str | None = None) -> Any:
        extra = dict(self.auth, **({"HTTP_IDEMPOTENCY_KEY": key} if key else {}))
        return self.http.post(path, body, content_type="application/json", **extra)

    def get(self, path: str) -> Any:
        return self.http.get(path, **self.auth)

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        return self.http.patch(path, body, content_type="application/json", **self.auth)


def _day(cast: Cast, offset: int) -> str:
    return (client_today(cast.client) + timedelta(days=offset)).isoformat()


# Ratings --------------------------------------------------------------------------------


def test_rating_is_created_listed_and_replaced_for_the_same_day(cast: Cast) -> None:
    api = Api(cast.client)
    first = api.post("/api/v1/values/ratings", {"ratings": rating_json()})
    assert first.status_code == 201
    body = first.json()
    assert body["date"] == _day(cast, 0)
    assert body["ratings"]["intimate"] == {"importance": 9, "consistency": 3, "gap": 6}
    changed = rating_json()
    changed["work"]["consistency"] = 10
    again = api.post("/api/v1/values/ratings", {"ratings": changed})
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert again.json()["ratings"]["work"]["gap"] == -4
    listed = api.get("/api/v1/values/ratings").json()
    assert listed["count"] == 1 and listed["items"][0]["id"] == body["id"]


@pytest.mark.parametrize(
    ("area", "kind", "value"),
    [("family", "importance", 11), ("self_care", "consistency", 0), ("work", "importance", "a")],
)
def test_a_rating_outside_one_to_ten_is_refused_naming_the_field(
    cast: Cast, area: str, kind: str, value: Any
) -> None:
    ratings = rating_json()
    ratings[area][kind] = value
    response = Api(cast.client).post("/api/v1/values/ratings", {"ratings": ratings}, key="k")
    assert response.status_code == 422
    assert f"ratings.{area}.{kind}" in response.json()["detail"]
    assert not ValuesRating.objects.exists()
    assert not IdempotencyKey.objects.exists()


def test_a_rating_missing_an_area_or_for_a_future_day_is_refused(cast: Cast) -> None:
    api = Api(cast.client)
    ratings = rating_json()
    del ratings["parenting"]
    missing = api.post("/api/v1/values/ratings", {"ratings": ratings})
    assert missing.status_code == 422 and "ratings.parenting" in missing.json()["detail"]
    future = api.post("/api/v1/values/ratings", {"ratings": rating_json(), "date": _day(cast, 1)})
    assert future.status_code == 422 and "date" in future.json()["detail"]
    unknown = dict(rating_json(), dating={"importance": 5, "consistency": 5})
    assert api.post("/api/v1/values/ratings", {"ratings": unknown}).status_code == 422
    assert not ValuesRating.objects.exists()


# Actions --------------------------------------------------------------------------------

ACTION = {"domain": "friends", "action": "action-api-marker ask Lee to lunch", "time": "12:30"}


def test_action_retry_with_the_same_key_stores_it_once_and_keeps_words_out_of_the_key(
    cast: Cast,
) -> None:
    api = Api(cast.client)
    body = dict(ACTION, date=_day(cast, 1))
    first = api.post("/api/v1/values/actions", body, key="a-1")
    again = api.post("/api/v1/values/actions", body, key="a-1")
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert first.json()["action"] == ACTION["action"]
    assert ValueAction.objects.count() == 1
    assert IdempotencyKey.objects.count() == 1
    assert "action-api-marker" not in dump_database()
    conflict = api.post("/api/v1/values/actions", dict(body, domain="work"), key="a-1")
    assert conflict.status_code == 422


def test_action_is_marked_done_with_a_reflection_and_rescheduled(cast: Cast) -> None:
    api = Api(cast.client)
    created = api.post("/api/v1/values/actions", dict(ACTION, date=_day(cast, 0))).json()
    path = f"/api/v1/values/actions/{created['id']}"
    not_yet = api.patch(path, {"status": "not_yet", "reflection": "Lee was away"})
    assert not_yet.status_code == 200
    assert not_yet.json()["invites_reschedule"] is True
    moved = api.patch(path, {"date": _day(cast, 3)}).json()
    assert (moved["status"], moved["date"], moved["invites_reschedule"]) == (
        "planned",
        _day(cast, 3),
        False,
    )
    done = api.patch(path, {"status": "done", "reflection": "Good lunch"}).json()
    assert (done["status"], done["reflection"]) == ("done", "Good lunch")
    listed = api.get("/api/v1/values/actions?status=done").json()
    assert [a["id"] for a in listed["items"]] == [created["id"]]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date": "past"}, "date"),
        ({"status": "failed"}, "status"),
        ({"domain": "dating"}, "domain"),
        ({"action": ""}, "action"),
        ({"reflection": "x" * 2001}, "reflection"),
        ({"action": None}, "action"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_action_changes_are_refused_naming_the_field(
    cast: Cast, change: dict[str, Any], field: str
) -> None:
    api = Api(cast.client)
    created = api.post("/api/v1/values/actions", dict(ACTION, date=_day(cast, 2))).json()
    if change.get("date") == "past":
        change = {"date": _day(cast, -1)}
    response = api.patch(f"/api/v1/values/actions/{created['id']}", change)
    assert response.status_code == 422
    assert field in response.json()["detail"]
    action = ValueAction.objects.get()
    assert (action.status, action.scheduled_on.isoformat(), action.action) == (
        "planned",
        _day(cast, 2),
        ACTION["action"],
    )


def test_a_new_action_in_the_past_is_refused(cast: Cast) -> None:
    response = Api(cast.client).post("/api/v1/values/actions", dict(ACTION, date=_day(cast, -1)))
    assert response.status_code == 422 and "date" in response.json()["detail"]
    assert not ValueAction.objects.exists()


# Anchors --------------------------------------------------------------------------------


def test_anchors_adopted_added_and_moments_noted(cast: Cast) -> None:
    api = Api(cast.client)
    adopted = api.post("/api/v1/values/anchors", {"suggested": "shared_humour"})
    assert adopted.status_code == 201 and adopted.json()["name"] == "Shared humour"
    again = api.post("/api/v1/values/anchors", {"suggested": "shared_humour"})
    assert again.status_code == 200 and again.json()["id"] == adopted.json()["id"]
    own = api.post("/api/v1/values/anchors", {"name": "Saturday park run"}, key="n-1")
    assert own.status_code == 201 and own.json()["suggested"] is None
    moment = api.post(
        f"/api/v1/values/anchors/{own.json()['id']}/moments",
        {"note": "Chatted with the marshal", "who_with": "Ola"},
        key="m-1",
    )
    assert moment.status_code == 201
    assert (moment.json()["date"], moment.json()["who_with"]) == (_day(cast, 0), "Ola")
    listed = {a["name"]: a for a in api.get("/api/v1/values/anchors").json()}
    assert listed["Saturday park run"]["moments_last_28_days"] == 1
    assert listed["Shared humour"]["moments_last_28_days"] == 0
    assert "Chatted with the marshal" not in dump_database()


def test_anchor_needs_exactly_one_of_suggested_or_name(cast: Cast) -> None:
    api = Api(cast.client)
    both = api.post("/api/v1/values/anchors", {"suggested": "shared_humour", "name": "x"})
    neither = api.post("/api/v1/values/anchors", {})
    unknown = api.post("/api/v1/values/anchors", {"suggested": "flirting"})
    for response in (both, neither, unknown):
        assert response.status_code == 422
        assert "suggested" in response.json()["detail"]
    assert not Anchor.objects.exists()


def test_a_future_moment_is_refused(cast: Cast) -> None:
    api = Api(cast.client)
    anchor = api.post("/api/v1/values/anchors", {"name": "Pottery class"}).json()
    response = api.post(f"/api/v1/values/anchors/{anchor['id']}/moments", {"date": _day(cast, 1)})
    assert response.status_code == 422 and "date" in response.json()["detail"]
    assert not Moment.objects.exists()


def test_risk_language_by_api_is_flagged_and_answered_with_support(cast: Cast) -> None:
    api = Api(cast.client)
    anchor = api.post("/api/v1/values/anchors", {"suggested": "empathetic_listening"}).json()
    response = api.post(
        f"/api/v1/values/anchors/{anchor['id']}/moments",
        {"note": "Afterwards I felt like ending it all"},
    )
    assert response.status_code == 201
    support = response.json()["support"]
    assert support["level"] == "high" and support["concern"] == "self"
    assert support["lines"] and support["ask"] is None
    assert RiskFlag.objects.filter(client=cast.client, reason="values_risk_language").exists()


# Permissions ----------------------------------------------------------------------------


def test_another_client_gets_404_for_my_records_and_sees_none_of_them(cast: Cast) -> None:
    mine = Api(cast.client)
    action = mine.post("/api/v1/values/actions", dict(ACTION, date=_day(cast, 1))).json()
    anchor = mine.post("/api/v1/values/anchors", {"name": "Allotment chats"}).json()
    mine.post("/api/v1/values/ratings", {"ratings": rating_json()})
    other = Api(cast.other_client)
    patch = other.patch(f"/api/v1/values/actions/{action['id']}", {"status": "done"})
    assert patch.status_code == 404
    moment = other.post(f"/api/v1/values/anchors/{anchor['id']}/moments", {"note": "x"})
    assert moment.status_code == 404
    assert other.get("/api/v1/values/actions").json()["count"] == 0
    assert other.get("/api/v1/values/ratings").json()["count"] == 0
    assert other.get("/api/v1/values/anchors").json() == []
    assert ValueAction.objects.get().status == "planned"
    assert not Moment.objects.exists()


@pytest.mark.parametrize(
    "role", ["partner", "clinician", "other_clinician", "facilitator", "admin"]
)
def test_non_clients_are_refused_on_every_values_route(cast: Cast, role: str) -> None:
    action = ValueAction.objects.create(
        client=cast.client,
        domain="work",
        action="Ask for feedback",
        scheduled_on=client_today(cast.client),
    )
    anchor = Anchor.objects.create(client=cast.client, suggestion="shared_humour")
    api = Api(getattr(cast, role))
    calls = [
        api.get("/api/v1/values/ratings"),
        api.post("/api/v1/values/ratings", {"ratings": rating_json()}),
        api.get("/api/v1/values/actions"),
        api.post("/api/v1/values/actions", dict(ACTION, date=_day(cast, 1))),
        api.patch(f"/api/v1/values/actions/{action.pk}", {"status": "done"}),
        api.get("/api/v1/values/anchors"),
        api.post("/api/v1/values/anchors", {"name": "x"}),
        api.post(f"/api/v1/values/anchors/{anchor.pk}/moments", {"note": "x"}),
    ]
    assert [c.status_code for c in calls] == [403] * len(calls)
    assert b"Ask for feedback" not in b"".join(c.content for c in calls)
    assert ValueAction.objects.get().status == "planned"
    assert ValuesRating.objects.count() == 0 and Moment.objects.count() == 0


def test_anonymous_callers_get_401(cast: Cast) -> None:
    http = Client()
    assert http.get("/api/v1/values/actions").status_code == 401
    assert (
        http.post(
            "/api/v1/values/ratings", {"ratings": rating_json()}, content_type="application/json"
        ).status_code
        == 401
    )
    assert not ValuesRating.objects.exists()

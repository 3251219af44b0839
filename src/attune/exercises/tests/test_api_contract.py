"""The exercises API: catalogue, sessions (start, list, get, finish) and the summary."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from attune.accounts import services
from attune.audit.models import AuditEvent
from attune.core.idempotency import IdempotencyKey
from attune.exercises.catalogue import EXERCISES
from attune.exercises.models import ExerciseSession
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

NOTE = "Apinote-9021 warm hands on the mug"


class Api:
    def __init__(self, user: Any) -> None:
        self.http = Client()
        self.auth = {"HTTP_AUTHORIZATION": f"Bearer {services.api_token_create(user=user)}"}

    def get(self, path: str) -> Any:
        return self.http.get(path, **self.auth)

    def post(self, path: str, body: dict[str, Any], key: str | None = None) -> Any:
        extra = dict(self.auth, **({"HTTP_IDEMPOTENCY_KEY": key} if key else {}))
        return self.http.post(path, body, content_type="application/json", **extra)

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        return self.http.patch(path, body, content_type="application/json", **self.auth)


def _start(api: Api, **body: Any) -> Any:
    return api.post(
        "/api/v1/exercises/sessions", {"exercise": "box-breathing", "distress_before": 7, **body}
    )


def test_catalogue_lists_every_exercise_with_steps_and_sources(cast: Cast) -> None:
    response = Api(cast.client).get("/api/v1/exercises")
    assert response.status_code == 200
    items = {item["slug"]: item for item in response.json()}
    assert set(items) == set(EXERCISES)
    box = items["box-breathing"]
    assert box["minutes"] == 4
    cycle = next(block for block in box["blocks"] if block["rounds"] > 1)
    assert [(s["phase"], s["seconds"]) for s in cycle["steps"]] == [
        ("expand", 4),
        ("full", 4),
        ("contract", 4),
        ("empty", 4),
    ]
    assert "no single academic origin" in box["source"]
    assert any("stop at any time" in line for line in box["guidance"])


def test_a_client_starts_finishes_and_reads_back_a_session(cast: Cast) -> None:
    api = Api(cast.client)
    created = _start(api)
    assert created.status_code == 201
    body = created.json()
    assert body["distress_after"] is None and body["completed"] is False
    assert body["finished_at"] is None
    finished = api.patch(
        f"/api/v1/exercises/sessions/{body['id']}", {"distress_after": 3, "note": NOTE}
    )
    assert finished.status_code == 200
    assert finished.json()["completed"] is True and finished.json()["distress_after"] == 3
    assert finished.json()["finished_at"] is not None
    assert api.get(f"/api/v1/exercises/sessions/{body['id']}").json()["note"] == NOTE
    listing = api.get("/api/v1/exercises/sessions").json()
    assert listing["count"] == 1 and listing["items"][0]["id"] == body["id"]
    assert "Apinote-9021" not in dump_database()


def test_retry_with_the_same_key_starts_one_session(cast: Cast) -> None:
    api = Api(cast.client)
    body = {"exercise": "body-scan", "distress_before": 5}
    first = api.post("/api/v1/exercises/sessions", body, key="k-1")
    again = api.post("/api/v1/exercises/sessions", body, key="k-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json()["id"] == again.json()["id"]
    assert ExerciseSession.objects.count() == 1
    clash = api.post("/api/v1/exercises/sessions", dict(body, distress_before=2), key="k-1")
    assert clash.status_code == 422 and "already used" in clash.json()["detail"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("distress_before", 11),
        ("distress_before", -1),
        ("distress_before", "lots"),
        ("exercise", "no-such-exercise"),
        ("exercise", ""),
        ("unexpected", 1),
    ],
)
def test_bad_start_is_422_naming_the_field_and_stores_nothing(
    cast: Cast, field: str, value: Any
) -> None:
    response = Api(cast.client).post(
        "/api/v1/exercises/sessions",
        {"exercise": "box-breathing", "distress_before": 4, field: value},
        key="k",
    )
    assert response.status_code == 422
    assert field in response.json()["detail"]
    assert not ExerciseSession.objects.exists()
    assert not IdempotencyKey.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"distress_after": 11}, "distress_after"),
        ({"distress_after": -1}, "distress_after"),
        ({}, "distress_after"),  # finishing needs the after rating
        ({"distress_after": 3, "note": "x" * 4001}, "note"),
        ({"distress_after": 3, "completed": True}, "completed"),
    ],
)
def test_bad_finish_is_422_naming_the_field_and_changes_nothing(
    cast: Cast, body: dict[str, Any], field: str
) -> None:
    api = Api(cast.client)
    session_id = _start(api).json()["id"]
    response = api.patch(f"/api/v1/exercises/sessions/{session_id}", body)
    assert response.status_code == 422
    assert field in response.json()["detail"]
    session = ExerciseSession.objects.get()
    assert session.finished_at is None and session.distress_after is None


def test_stopping_early_needs_no_rating_and_a_retry_answers_the_same(cast: Cast) -> None:
    api = Api(cast.client)
    session_id = _start(api).json()["id"]
    path = f"/api/v1/exercises/sessions/{session_id}"
    stopped = api.patch(path, {"stopped_early": True})
    assert stopped.status_code == 200
    assert stopped.json()["stopped_early"] is True and stopped.json()["completed"] is False
    assert api.patch(path, {"stopped_early": True}).status_code == 200  # same request again
    changed = api.patch(path, {"distress_after": 1})
    assert changed.status_code == 409
    assert "already ended" in changed.json()["detail"]
    assert ExerciseSession.objects.get().distress_after is None


def test_summary_gives_mean_change_per_exercise_with_n(cast: Cast) -> None:
    api = Api(cast.client)
    for slug, before, after in [
        ("box-breathing", 7, 4),
        ("box-breathing", 6, 5),
        ("body-scan", 5, 6),
        ("body-scan", 8, None),
    ]:
        session_id = _start(api, exercise=slug, distress_before=before).json()["id"]
        body = {"distress_after": after} if after is not None else {"stopped_early": True}
        api.patch(f"/api/v1/exercises/sessions/{session_id}", body)
    summary = api.get("/api/v1/exercises/summary").json()
    assert (summary["sessions"], summary["completed"], summary["stopped_early"]) == (4, 3, 1)
    assert [(r["exercise"], r["n"], r["mean_change"]) for r in summary["by_exercise"]] == [
        ("box-breathing", 2, 2.0),
        ("body-scan", 1, -1.0),
    ]


def test_another_client_can_neither_list_nor_fetch_nor_finish(cast: Cast) -> None:
    session_id = _start(Api(cast.client)).json()["id"]
    theirs = Api(cast.other_client)
    assert theirs.get("/api/v1/exercises/sessions").json()["items"] == []
    assert theirs.get(f"/api/v1/exercises/sessions/{session_id}").status_code == 404
    response = theirs.patch(f"/api/v1/exercises/sessions/{session_id}", {"distress_after": 0})
    assert response.status_code == 404
    assert theirs.get("/api/v1/exercises/summary").json()["sessions"] == 0
    assert ExerciseSession.objects.get().finished_at is None


@pytest.mark.parametrize("role", ["partner", "clinician", "facilitator", "admin"])
def test_only_clients_start_sessions(cast: Cast, role: str) -> None:
    response = _start(Api(getattr(cast, role)))
    assert response.status_code == 403
    assert not ExerciseSession.objects.exists()


def test_missing_token_is_refused(cast: Cast) -> None:
    http = Client()
    body = {"exercise": "box-breathing", "distress_before": 3}
    assert (
        http.post("/api/v1/exercises/sessions", body, content_type="application/json").status_code
        == 401
    )
    assert http.get("/api/v1/exercises/summary").status_code == 401
    assert not ExerciseSession.objects.exists()


def test_clinician_summary_is_audited_and_refused_to_outsiders(cast: Cast) -> None:
    api = Api(cast.client)
    session_id = _start(api).json()["id"]
    api.patch(f"/api/v1/exercises/sessions/{session_id}", {"distress_after": 2, "note": NOTE})
    path = f"/api/v1/clients/{cast.client.uuid}/exercises/summary"
    response = Api(cast.clinician).get(path)
    assert response.status_code == 200
    assert response.json()["by_exercise"][0]["mean_change"] == 5.0
    assert NOTE not in response.content.decode()
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, subject_uuid=cast.client.uuid, action="read"
    ).exists()
    for role in ("other_clinician", "far_clinician", "partner", "other_client"):
        assert Api(getattr(cast, role)).get(path).status_code == 404, role

"""Whatever a client writes or answers, the logs never hold it (only paths and ids)."""

from __future__ import annotations

import logging

import pytest
from django.test import Client

from attune.accounts import services
from conftest import HOPES_MARKER, Cast

pytestmark = pytest.mark.django_db

MARKER = "logs-must-not-see-9e4d"


def test_free_text_and_answers_never_reach_the_logs(
    cast: Cast, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    http = Client()
    http.force_login(cast.client)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {services.api_token_create(user=cast.client)}"}
    http.post("/checkin/", {"mood": "3", "note": MARKER, "win": MARKER})
    http.post("/checkin/", {"mood": "99", "note": MARKER})  # refused form
    Client().post(
        "/api/v1/checkins",
        {"date": "2026-11-20", "mood": 11, "note": MARKER},
        content_type="application/json",
        **auth,
    )  # refused: 422
    Client().post(
        "/api/v1/journal/entries",
        {"body": MARKER, "title": MARKER},
        content_type="application/json",
        **auth,
    )
    http.post("/journal/new/", {"body": f"{MARKER} I want to die", "title": MARKER})
    http.post(
        "/practice/triggers/new/",
        {"occurred_at": "bad", "what_happened": MARKER, "intensity_before": "500"},
    )
    Client().post(
        "/api/v1/questionnaires/responses",
        {"instrument": "phq9", "answers": [3, 3, 3, 3, 3, 3, 3, 3, 3]},
        content_type="application/json",
        **auth,
    )
    http.post("/safety-plan/edit/", {"warning_signs": MARKER})
    assert caplog.records, "the flows above should have logged something (e.g. 4xx warnings)"
    assert MARKER not in caplog.text
    assert "I want to die" not in caplog.text
    assert HOPES_MARKER not in caplog.text

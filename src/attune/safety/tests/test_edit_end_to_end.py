"""Editing a check-in, with the real screen: explicit risk words added in an edit answer with
the high support block; a benign edit answers with none."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from attune.accounts import services as accounts
from attune.safety.models import RiskFlag
from conftest import Cast

pytestmark = pytest.mark.django_db


def test_risk_added_in_an_edit_is_answered_and_a_benign_edit_is_not(cast: Cast) -> None:
    auth = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.client)}"}
    http = Client()
    created = http.post(
        "/api/v1/checkins",
        {"date": timezone.localdate().isoformat(), "mood": 4, "note": "Long day."},
        content_type="application/json",
        **auth,
    )
    assert created.status_code == 201, created.content
    assert created.json().get("support") is None
    path = f"/api/v1/checkins/{created.json()['id']}"
    benign = http.patch(path, {"note": "Long day. Soup helped."}, "application/json", **auth)
    assert benign.status_code == 200 and benign.json().get("support") is None
    risky = http.patch(
        path,
        {"note": "Long day. Soup helped. I want to kill myself tonight."},
        "application/json",
        **auth,
    )
    assert risky.status_code == 200
    assert risky.json()["support"]["level"] == "high"
    assert RiskFlag.objects.filter(client=cast.client, concern="self").count() == 1
    possible = http.patch(
        path,
        {"setback": "I looked up how many of my tablets it would take."},
        "application/json",
        **auth,
    )
    assert possible.json()["support"] is not None

"""Harm from others with the real screen, end to end: the writer gets help of the right kind,
the clinician a flag that names the kind, and the partner never sees the words."""

from __future__ import annotations

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.journal.models import JournalEntry
from attune.safety.models import RiskFlag
from conftest import Cast

pytestmark = pytest.mark.django_db

DISCLOSURE = (
    "Quiet week at work. My husband takes my phone every night and reads my messages, "
    "and if I say no to sex he locks me out of the bedroom. Made soup on Sunday."
)


def test_a_disclosure_gets_help_a_typed_flag_and_stays_from_the_partner(cast: Cast) -> None:
    auth = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.client)}"}
    response = Client().post(
        "/api/v1/journal/entries",
        {"title": "", "body": DISCLOSURE},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 201, response.content
    support = response.json()["support"]
    assert support["concern"] == "others" and support["level"] == "high"
    assert support["ask"] is None
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.concern == "others"
    assert flag.category.startswith("harm_from_others:")
    assert "phone" in flag.sentence or "sex" in flag.sentence
    entry = JournalEntry.objects.get(client=cast.client)
    partner = Client()
    partner.force_login(cast.partner)
    for path in ("/partners/", "/api/v1/partners/shared"):
        assert b"locks me out" not in partner.get(path).content
    shared = Client()
    shared.force_login(cast.client)
    refused = shared.put(
        f"/api/v1/partners/entries/{entry.pk}/share",
        {"shared": True},
        content_type="application/json",
    )
    assert refused.status_code in (403, 409, 422)
    assert b"locks me out" not in partner.get("/api/v1/partners/shared").content

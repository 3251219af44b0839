"""The partners API end to end: the client sets scopes, the partner plans over the API, bad
input changes nothing, either side ends the link."""

from __future__ import annotations

import pytest

from attune.accounts.models import ConsentGrant
from attune.partners.models import Conversation, Scope
from conftest import Cast

from .helpers import PAUSE_WORD, api, link_of, plan_fields, soon

pytestmark = pytest.mark.django_db


def _plan(link_id: int, **overrides: object) -> dict[str, object]:
    return {**plan_fields(starts_at=soon()), "link_id": link_id, **overrides}


def test_client_sets_scopes_and_partner_plans_over_the_api(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    client, client_auth = api(cast.client)
    put = client.put(
        "/api/v1/partners/scopes",
        {"link_id": link.pk, "scopes": ["conversations", "ladder"]},
        content_type="application/json",
        **client_auth,
    )
    assert put.status_code == 200 and put.json()["scopes"] == ["conversations", "ladder"]
    grants = ConsentGrant.objects.filter(client=cast.client, scope__in=Scope.values)
    assert set(grants.values_list("text_version", flat=True)) == {"partner-scope-v1"}
    partner, auth = api(cast.partner)
    assert partner.get("/api/v1/partners/links", **auth).json()[0]["role"] == "partner"
    created = partner.post(
        "/api/v1/conversations", _plan(link.pk), content_type="application/json", **auth
    )
    assert created.status_code == 201
    made = created.json()
    assert made["agreed"] is False and made["pause_word"] == ""
    assert made["proposal"]["pause_word"] == PAUSE_WORD and made["proposal"]["proposed_by_me"]
    talk_id = made["id"]
    agreed = client.post(f"/api/v1/conversations/{talk_id}/agreement/confirm", **client_auth)
    assert agreed.status_code == 200 and agreed.json()["pause_word"] == PAUSE_WORD
    assert agreed.json()["agreed"] is True and agreed.json()["proposal"] is None
    changed = client.put(
        f"/api/v1/conversations/{talk_id}",
        _plan(link.pk, duration_minutes=45),
        content_type="application/json",
        **client_auth,
    )
    assert changed.status_code == 200 and changed.json()["duration_minutes"] == 45


def test_partner_cannot_change_scopes(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    partner, auth = api(cast.partner)
    put = partner.put(
        "/api/v1/partners/scopes",
        {"link_id": link.pk, "scopes": list(Scope.values)},
        content_type="application/json",
        **auth,
    )
    assert put.status_code == 404
    assert not ConsentGrant.objects.filter(scope__in=Scope.values).exists()


def test_unknown_scope_and_bad_plan_change_nothing(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    client, auth = api(cast.client)
    bad = client.put(
        "/api/v1/partners/scopes",
        {"link_id": link.pk, "scopes": ["journal"]},
        content_type="application/json",
        **auth,
    )
    assert bad.status_code == 422 and "journal" in bad.json()["detail"]
    assert not ConsentGrant.objects.filter(client=cast.client, scope="journal").exists()
    client.put(
        "/api/v1/partners/scopes",
        {"link_id": link.pk, "scopes": ["conversations"]},
        content_type="application/json",
        **auth,
    )
    long = client.post(
        "/api/v1/conversations",
        _plan(link.pk, duration_minutes=600),
        content_type="application/json",
        **auth,
    )
    assert long.status_code == 422 and not Conversation.objects.exists()


def test_partner_ends_the_link_over_the_api(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    partner, auth = api(cast.partner)
    ended = partner.post(
        "/api/v1/partners/links/end",
        {"link_id": link.pk},
        content_type="application/json",
        **auth,
    )
    assert ended.status_code == 204
    link.refresh_from_db()
    assert link.status == "ended" and link.ended_by == cast.partner
    assert partner.get("/api/v1/partners/links", **auth).json() == []

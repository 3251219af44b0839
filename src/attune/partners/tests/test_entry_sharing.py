"""A client may share one journal entry with their partner, and only that entry, until they stop."""

from __future__ import annotations

import pytest

from attune.accounts.models import ConsentGrant
from attune.audit.models import AuditEvent
from attune.journal.models import JournalEntry
from attune.partners import services
from conftest import Cast

from .helpers import link_of, login

pytestmark = pytest.mark.django_db

SHARED = "Shared-entry-4821 the evening we laughed"
PRIVATE = "Private-entry-9930 what I keep to myself"


def _entries(cast: Cast) -> tuple[JournalEntry, JournalEntry]:
    shared = JournalEntry.objects.create(client=cast.client, title="Laughing", body=SHARED)
    private = JournalEntry.objects.create(client=cast.client, title="Mine", body=PRIVATE)
    return shared, private


def _share(cast: Cast, entry: JournalEntry, share: str = "yes", link: object = None) -> int:
    link_id = link if link is not None else link_of(cast.client, cast.partner).pk
    response = login(cast.client).post(
        f"/partners/entries/{entry.pk}/share/", {"link": link_id, "share": share}
    )
    return response.status_code


def _partner_page(cast: Cast) -> str:
    return login(cast.partner).get("/partners/").content.decode()


def test_partner_reads_only_the_entry_that_was_shared(cast: Cast) -> None:
    shared, _private = _entries(cast)
    assert SHARED not in _partner_page(cast)
    assert _share(cast, shared) == 302
    page = _partner_page(cast)
    assert SHARED in page and PRIVATE not in page
    grant = ConsentGrant.objects.get(kind="partner", scope=f"journal_entry:{shared.pk}")
    assert (grant.grantee, grant.text_version) == (cast.partner, "partner-entry-v1")
    assert AuditEvent.objects.filter(
        action="read", object_type="partners.shared", actor_uuid=cast.partner.uuid
    ).exists()


def test_stopping_sharing_or_ending_the_link_hides_the_entry_at_once(cast: Cast) -> None:
    shared, _private = _entries(cast)
    _share(cast, shared)
    assert _share(cast, shared, share="no") == 302
    assert SHARED not in _partner_page(cast)
    _share(cast, shared)
    services.link_end(actor=cast.partner, link=link_of(cast.client, cast.partner))
    assert SHARED not in _partner_page(cast)


def test_the_entry_page_offers_sharing_with_the_linked_partner(cast: Cast) -> None:
    shared, _private = _entries(cast)
    page = login(cast.client).get(f"/journal/{shared.pk}/").content.decode()
    assert f"Share this entry with {cast.partner}" in page
    _share(cast, shared)
    page = login(cast.client).get(f"/journal/{shared.pk}/").content.decode()
    assert f"Stop sharing with {cast.partner}" in page


def test_nobody_else_can_share_an_entry_and_bad_links_change_nothing(cast: Cast) -> None:
    shared, _private = _entries(cast)
    url = f"/partners/entries/{shared.pk}/share/"
    link = link_of(cast.client, cast.partner)
    for outsider in (cast.partner, cast.other_client, cast.clinician):
        response = login(outsider).post(url, {"link": link.pk, "share": "yes"})
        assert response.status_code in {403, 404}
    assert _share(cast, shared, link="not-a-number") == 404
    assert _share(cast, shared, link=link.pk + 999) == 404
    assert not ConsentGrant.objects.filter(scope__startswith="journal_entry:").exists()
    assert SHARED not in _partner_page(cast)


def test_the_api_shares_one_entry_and_the_partner_reads_it_there(cast: Cast) -> None:
    from .helpers import api

    shared, _private = _entries(cast)
    link = link_of(cast.client, cast.partner)
    http, auth = api(cast.client)
    response = http.put(
        f"/api/v1/partners/entries/{shared.pk}/share",
        {"link_id": link.pk, "shared": True},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 200
    partner_http, partner_auth = api(cast.partner)
    rows = partner_http.get("/api/v1/partners/shared", **partner_auth).json()
    assert [e["body"] for e in rows[0]["entries"]] == [SHARED]
    refused = partner_http.put(
        f"/api/v1/partners/entries/{shared.pk}/share",
        {"link_id": link.pk, "shared": False},
        content_type="application/json",
        **partner_auth,
    )
    assert refused.status_code == 404
    assert ConsentGrant.objects.filter(scope=f"journal_entry:{shared.pk}").get().is_active

"""Partners read the articles written for partners, from their page; not the others."""

from __future__ import annotations

from html import unescape

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.library.catalogue import get_article
from conftest import Cast

pytestmark = pytest.mark.django_db

PARTNER_ARTICLES = (
    "no-step-is-owed",
    "what-coercion-looks-like",
    "worried-about-your-own-behaviour",
)
CLIENT_ONLY = "self-compassion-for-longing"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


@pytest.mark.parametrize("slug", PARTNER_ARTICLES)
def test_partner_can_read_the_partner_articles(cast: Cast, slug: str) -> None:
    response = _login(cast.partner).get(f"/library/{slug}/")
    assert response.status_code == 200
    assert get_article(slug).title in unescape(response.content.decode())


def test_partner_cannot_read_an_article_written_only_for_clients(cast: Cast) -> None:
    assert _login(cast.partner).get(f"/library/{CLIENT_ONLY}/").status_code == 404
    listing = unescape(_login(cast.partner).get("/library/").content.decode())
    assert get_article(CLIENT_ONLY).title not in listing
    assert all(get_article(slug).title in listing for slug in PARTNER_ARTICLES)


def test_client_still_reads_the_whole_library(cast: Cast) -> None:
    assert _login(cast.client).get(f"/library/{CLIENT_ONLY}/").status_code == 200
    assert _login(cast.client).get("/library/no-step-is-owed/").status_code == 200


def test_signed_out_visitor_is_sent_to_sign_in(cast: Cast) -> None:
    response = Client().get("/library/no-step-is-owed/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_partner_page_links_to_reading_for_partners(cast: Cast) -> None:
    page = _login(cast.partner).get("/partners/").content.decode()
    assert "Reading for partners" in page and 'href="/library/"' in page


def test_partner_api_listing_has_only_partner_articles(cast: Cast) -> None:
    auth = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.partner)}"}
    slugs = {a["slug"] for a in Client().get("/api/v1/library/articles", **auth).json()}
    assert set(PARTNER_ARTICLES) <= slugs and CLIENT_ONLY not in slugs
    client = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.client)}"}
    assert CLIENT_ONLY in {
        a["slug"] for a in Client().get("/api/v1/library/articles", **client).json()
    }

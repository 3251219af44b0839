"""The installable app from outside: manifest, service worker, offline page (issue 19)."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from attune.accounts.models import User
from conftest import Cast

pytestmark = pytest.mark.django_db

REQUIRED = {"name", "short_name", "icons", "start_url", "display", "scope", "theme_color"}


def _signed_in(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def test_manifest_is_valid_json_with_every_required_member_and_a_maskable_icon() -> None:
    response = Client().get("/manifest.webmanifest")
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(response.content)
    assert set(manifest) >= REQUIRED, REQUIRED - set(manifest)
    assert manifest["display"] == "standalone"
    assert manifest["start_url"].startswith(manifest["scope"]) and manifest["scope"] == "/"
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["background_color"])
    purposes = {icon["purpose"] for icon in manifest["icons"]}
    assert {"any", "maskable"} <= purposes
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert Client().get(icon["src"]).status_code == 200, icon["src"]


def test_the_app_opens_on_the_home_page_with_the_quick_checkin(cast: Cast) -> None:
    start = json.loads(Client().get("/manifest.webmanifest").content)["start_url"]
    page = _signed_in(cast.client).get(start)
    assert page.status_code == 200
    assert b"data-quick-checkin" in page.content


def test_service_worker_is_served_from_the_root_as_javascript_never_cached_stale() -> None:
    response = Client().get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] in {"text/javascript", "application/javascript"}
    assert response["Cache-Control"] == "no-cache"
    body = response.content.decode()
    assert 'importScripts("/static/sw-push.js")' in body
    assert '"/static/attune/outbox.js"' in body
    # Its scope is the whole site: it lives at the root, and says so if asked.
    assert response.get("Service-Worker-Allowed") == "/"
    assert Client().get("/static/sw-push.js").status_code == 200


def test_service_worker_is_the_same_for_everyone_and_holds_nothing_private(cast: Cast) -> None:
    anonymous = Client().get("/sw.js").content
    signed_in = _signed_in(cast.client).get("/sw.js").content
    assert anonymous == signed_in
    assert cast.client.email.encode() not in signed_in
    assert str(cast.client.uuid).encode() not in signed_in


def test_service_worker_keeps_only_the_crisis_pages_offline() -> None:
    body = Client().get("/sw.js").content.decode()
    kept = json.loads(re.search(r"const PRIVATE_PAGES = (\[.*?\]);", body).group(1))
    assert kept == ["/help-now/", "/safety-plan/", "/offline/"]
    assert "/api/" not in re.search(r"const STATIC_FILES = (\[.*?\]);", body).group(1)


def test_checkin_page_links_the_manifest_and_loads_the_app_script(cast: Cast) -> None:
    page = _signed_in(cast.client).get("/checkin/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
    assert "/static/attune/pwa.js" in page


def _owner(page: bytes) -> str:
    found = re.search(rb'data-owner="([^"]*)"', page)
    assert found is not None
    return found.group(1).decode()


def test_offline_data_is_marked_with_its_owner_and_nobody_else(cast: Cast) -> None:
    mine = _owner(_signed_in(cast.client).get("/").content)
    theirs = _owner(_signed_in(cast.other_client).get("/").content)
    nobody = _owner(Client().get("/accounts/login/").content)
    assert mine and theirs and mine != theirs
    assert nobody == ""
    assert str(cast.client.uuid) not in mine


def test_only_clients_and_partners_keep_crisis_pages_offline(cast: Cast) -> None:
    def keeps(user: User) -> bool:
        page = _signed_in(user).get("/offline/").content
        return b'data-keeps-offline="1"' in page

    assert keeps(cast.client) and keeps(cast.partner)
    assert not keeps(cast.clinician) and not keeps(cast.admin)


def test_offline_page_offers_a_client_the_quick_checkin_and_the_kept_crisis_pages(
    cast: Cast,
) -> None:
    page = _signed_in(cast.client).get("/offline/")
    assert page.status_code == 200
    assert "private" in page["Cache-Control"]
    html = page.content.decode()
    assert "data-quick-checkin" in html and "data-local-day" in html
    assert 'href="/help-now/"' in html and 'href="/safety-plan/"' in html


def test_offline_page_shows_nothing_of_a_client_to_anyone_else(cast: Cast) -> None:
    for http in (Client(), _signed_in(cast.partner), _signed_in(cast.clinician)):
        html = http.get("/offline/").content.decode()
        assert "data-quick-checkin" not in html
        assert cast.client.email not in html

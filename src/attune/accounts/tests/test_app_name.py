"""A plain name and icon: someone whose phone or email is looked at can have attune go by
"Notes" on the home screen, in the browser tab and as the sender of their emails."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from attune.accounts.models import User
from attune.checkins.models import CheckinReminder
from attune.checkins.reminders import send_due_reminders
from conftest import Cast

pytestmark = pytest.mark.django_db


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _manifest(http: Client) -> dict[str, Any]:
    response = http.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    found: dict[str, Any] = json.loads(response.content)
    return found


def test_manifest_installs_attune_with_its_icons_by_default(cast: Cast) -> None:
    found = _manifest(Client())
    assert found["name"] == found["short_name"] == "attune"
    assert found["start_url"] == "/?source=app" and found["scope"] == "/"
    assert found["display"] == "standalone"
    icons = found["icons"]
    assert isinstance(icons, list)
    assert {icon["sizes"] for icon in icons} >= {"192x192", "512x512"}
    assert any(icon["purpose"] == "maskable" for icon in icons)
    for icon in icons:
        served = Client().get(icon["src"])
        assert served.status_code == 200, icon["src"]
        assert b"".join(served.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_person_who_chose_a_plain_name_installs_notes_with_a_plain_icon(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/me/app-name/", {"app_name": "notes"})
    assert response.status_code == 302
    found = _manifest(http)
    assert found["name"] == "Notes"
    assert "attune" not in json.dumps(found).lower().replace("/static/attune/", "")
    assert all("/icons/notes-" in icon["src"] for icon in found["icons"])


def test_the_manifest_is_never_kept_by_a_shared_cache(cast: Cast) -> None:
    response = _login(cast.client).get("/manifest.webmanifest")
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_pages_title_and_brand_use_the_chosen_name(cast: Cast) -> None:
    cast.partner.app_name = "planner"
    cast.partner.save()
    page = _login(cast.partner).get("/partners/").content.decode()
    title = page[page.index("<title>") : page.index("</title>")]
    assert "Planner" in title and "attune" not in title
    assert '<a class="brand" href="/">Planner</a>' in page
    assert 'rel="manifest"' in page


def test_reminder_email_comes_from_the_chosen_name(cast: Cast) -> None:
    cast.client.app_name = "notes"
    cast.client.save()
    CheckinReminder.objects.create(
        client=cast.client, enabled=True, local_time=time(20, 0), time_zone="Europe/London"
    )
    assert send_due_reminders(datetime(2026, 7, 1, 19, 30, tzinfo=UTC)) == 1
    sent = mail.outbox[0]
    assert sent.from_email.startswith("Notes <")
    assert "attune" not in sent.body.lower().replace("attune.test", "")
    assert "attune" not in sent.subject.lower()


def test_others_keep_attune_when_one_person_chooses_a_plain_name(cast: Cast) -> None:
    _login(cast.client).post("/me/app-name/", {"app_name": "notes"})
    assert _manifest(_login(cast.partner))["name"] == "attune"
    page = _login(cast.partner).get("/partners/").content.decode()
    assert '<a class="brand" href="/">attune</a>' in page


def test_an_unknown_name_is_refused_and_changes_nothing(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/me/app-name/", {"app_name": "Totally Not Therapy"})
    assert response.status_code == 200
    assert "Choose one of the names offered." in response.content.decode()
    cast.client.refresh_from_db()
    assert cast.client.app_name == "attune"


def test_signed_out_people_cannot_choose(cast: Cast) -> None:
    response = Client().post("/me/app-name/", {"app_name": "notes"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert User.objects.filter(app_name="notes").count() == 0


def test_the_choice_is_offered_from_privacy_and_help_pages(cast: Cast) -> None:
    http = _login(cast.client)
    for path in ("/me/privacy/", "/help-now/"):
        assert "/me/app-name/" in http.get(path).content.decode(), path


def test_calendar_feed_uses_the_chosen_name(cast: Cast) -> None:
    from attune.checkins import calendar as feeds

    cast.client.app_name = "notes"
    cast.client.save()
    feed = feeds.render_feed(cast.client).decode()
    assert "SUMMARY:Notes check-in" in feed and "X-WR-CALNAME:Notes" in feed
    shown = [line for line in feed.splitlines() if line.split(":")[0] in ("SUMMARY", "DESCRIPTION")]
    assert shown and not [line for line in shown if "attune" in line.lower()]

"""Two taps on the home page, and the API's answer for a day that already has a check-in
(issue 19)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.safety.services import CRISIS_ONCE_KEY
from conftest import Cast

pytestmark = pytest.mark.django_db


def _signed_in(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _checked(html: str) -> dict[str, str]:
    """The scale answers a page shows as already chosen."""
    return dict(re.findall(r'<input type="radio" name="(\w+)" value="(\d+)"[^>]*checked>', html))


def _quick(http: Client, more: bool = False, **fields: str) -> Any:
    data = {f"quick-{k}": v for k, v in fields.items()}
    return http.post("/checkin/quick/", dict(data, more="1") if more else data)


def test_quick_checkin_saves_mood_and_sexual_loneliness_without_javascript(cast: Cast) -> None:
    http = _signed_in(cast.client)
    response = _quick(http, mood="7", sexual_loneliness="4")
    assert response.status_code == 302 and response["Location"] == "/"
    saved = CheckIn.objects.get(client=cast.client)
    assert (saved.mood, saved.sexual_loneliness, saved.day) == (7, 4, client_today(cast.client))
    assert saved.emotional_loneliness is None and saved.win == ""


def test_home_says_what_was_saved_and_offers_an_edit_not_check_in(cast: Cast) -> None:
    http = _signed_in(cast.client)
    before = http.get("/").content.decode()
    assert "data-quick-checkin" in before
    _quick(http, mood="7", sexual_loneliness="4")
    after = http.get("/").content.decode()
    assert "Saved for today: mood 7 of 10, sexual loneliness 4 of 10." in after
    assert "Change or add more" in after
    assert "data-quick-checkin" not in after
    assert "Check in for today" not in after


def test_insights_after_checking_in_offer_a_change_not_check_in_for_today(cast: Cast) -> None:
    http = _signed_in(cast.client)
    assert "Check in for today" in http.get("/checkin/insights/").content.decode()
    _quick(http, mood="5")
    page = http.get("/checkin/insights/").content.decode()
    assert "Check in for today" not in page
    assert "Change today&#x27;s check-in" in page or "Change today's check-in" in page


def test_quick_checkin_without_a_mood_says_so_and_saves_nothing(cast: Cast) -> None:
    http = _signed_in(cast.client)
    response = _quick(http, sexual_loneliness="4")
    assert response.status_code == 302
    home = http.get("/").content.decode()
    assert "Please choose your mood (0 to 10) and try again." in home
    assert not CheckIn.objects.exists()
    _quick(http, mood="11", sexual_loneliness="4")
    assert not CheckIn.objects.exists()


def test_quick_checkin_never_overwrites_a_day_that_has_one(cast: Cast) -> None:
    today = client_today(cast.client)
    CheckIn.objects.create(client=cast.client, day=today, mood=3, sexual_loneliness=9)
    http = _signed_in(cast.client)
    response = _quick(http, mood="8", sexual_loneliness="1")
    assert response["Location"] == "/checkin/"
    kept = CheckIn.objects.get(client=cast.client)
    assert (kept.mood, kept.sexual_loneliness) == (3, 9)


def test_a_future_day_is_refused_and_nothing_is_saved(cast: Cast) -> None:
    http = _signed_in(cast.client)
    ahead = (client_today(cast.client) + timedelta(days=2)).isoformat()
    _quick(http, mood="6", date=ahead)
    assert not CheckIn.objects.exists()
    assert "has not come yet" in http.get("/").content.decode()


def test_add_more_opens_the_full_checkin_filled_in_with_the_two_answers(cast: Cast) -> None:
    http = _signed_in(cast.client)
    response = _quick(http, more=True, mood="6", sexual_loneliness="2")
    target = response["Location"]
    assert target.startswith("/checkin/?")
    assert not CheckIn.objects.exists()
    form = http.get(target).content.decode()
    assert _checked(form) == {"mood": "6", "sexual_loneliness": "2"}


def test_prefill_ignores_values_off_the_scale(cast: Cast) -> None:
    form = _signed_in(cast.client).get("/checkin/?mood=99&sexual_loneliness=x").content.decode()
    assert _checked(form) == {}


@pytest.mark.parametrize("who", ["partner", "clinician", "other_clinician", "admin"])
def test_only_clients_keep_quick_checkins(cast: Cast, who: str) -> None:
    response = _quick(_signed_in(getattr(cast, who)), mood="5")
    assert response.status_code == 403
    assert not CheckIn.objects.exists()


def test_signed_out_quick_checkin_goes_to_sign_in_and_saves_nothing(cast: Cast) -> None:
    response = _quick(Client(), mood="5")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not CheckIn.objects.exists()


def test_another_client_quick_checkin_is_their_own(cast: Cast) -> None:
    _quick(_signed_in(cast.other_client), mood="5")
    assert not CheckIn.objects.filter(client=cast.client).exists()
    assert CheckIn.objects.filter(client=cast.other_client).count() == 1


def test_api_conflict_carries_the_servers_version_and_changes_nothing(cast: Cast) -> None:
    http = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.client)}"}
    day = timezone.now().date().isoformat()
    first = http.post(
        "/api/v1/checkins",
        {"date": day, "mood": 3, "win": "A walk", "note": "Only mine to read"},
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="phone-a",
        **auth,
    )
    assert first.status_code == 201
    queued = http.post(
        "/api/v1/checkins",
        {"date": day, "mood": 8},
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="phone-b",
        **auth,
    )
    assert queued.status_code == 409
    existing = queued.json()["existing"]
    assert (existing["id"], existing["mood"], existing["win"]) == (first.json()["id"], 3, "A walk")
    # The private note is not handed to a queue that waits on a (maybe shared) phone.
    assert "note" not in existing and queued.json()["existing_has_note"] is True
    assert "Only mine to read" not in queued.content.decode()
    assert CheckIn.objects.get().mood == 3


def test_a_queued_checkin_sent_by_the_browser_shows_the_crisis_response_on_the_next_page(
    cast: Cast,
) -> None:
    http = _signed_in(cast.client)
    words = "I keep thinking about ending my life tonight"
    sent = http.post(
        "/api/v1/checkins",
        {"date": timezone.now().date().isoformat(), "mood": 2, "note": words},
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="queued-1",
    )
    assert sent.status_code == 201 and sent.json()["support"]["level"] == "high"
    home = http.get("/").content.decode()
    assert 'data-support="crisis"' in home
    assert 'data-support="crisis"' not in http.get("/").content.decode()  # once


def test_a_token_client_gets_support_in_the_answer_only(cast: Cast) -> None:
    auth = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.client)}"}
    http = Client()
    http.post(
        "/api/v1/checkins",
        {"date": timezone.now().date().isoformat(), "mood": 2, "note": "ending my life tonight"},
        content_type="application/json",
        **auth,
    )
    assert CheckIn.objects.get().note  # saved, with support in its answer (test_api_contract)
    assert http.session.get(CRISIS_ONCE_KEY) is None

"""Anchors of connection: suggested and own anchors, a log of moments, 4-week counts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from attune.checkins.services import client_today
from attune.valuework import selectors
from attune.valuework.models import Anchor, Moment
from conftest import Cast

from .helpers import signed_in

pytestmark = pytest.mark.django_db


def test_suggested_anchors_can_be_adopted_once(cast: Cast) -> None:
    http = signed_in(cast.client)
    page = http.get("/values/anchors/").content.decode()
    for name in ("Shared humour", "Empathetic listening", "Collaborative problem solving"):
        assert name in page
    http.post("/values/anchors/adopt/", {"suggestion": "shared_humour"})
    http.post("/values/anchors/adopt/", {"suggestion": "shared_humour"})
    assert Anchor.objects.filter(client=cast.client, suggestion="shared_humour").count() == 1
    refused = http.post("/values/anchors/adopt/", {"suggestion": "flirting"}, follow=True)
    assert b"Choose one of the suggested anchors." in refused.content
    assert Anchor.objects.count() == 1


def test_own_anchor_needs_a_name_and_is_added(cast: Cast) -> None:
    http = signed_in(cast.client)
    empty = http.post("/values/anchors/new/", {"name": "  "})
    assert empty.status_code == 200 and b"Please give your anchor a name." in empty.content
    assert not Anchor.objects.exists()
    http.post("/values/anchors/new/", {"name": "Cooking with my brother"})
    anchor = Anchor.objects.get()
    assert (anchor.suggestion, anchor.label) == ("", "Cooking with my brother")


def test_moments_are_logged_counted_over_four_weeks_and_removed(cast: Cast) -> None:
    today = client_today(cast.client)
    anchor = Anchor.objects.create(client=cast.client, suggestion="empathetic_listening")
    http = signed_in(cast.client)
    assert http.get(f"/values/anchors/{anchor.pk}/moments/new/").status_code == 200
    response = http.post(
        f"/values/anchors/{anchor.pk}/moments/new/",
        {"day": today.isoformat(), "who_with": "Priya", "note": "She talked about her dad."},
    )
    assert response.status_code == 302
    Moment.objects.create(client=cast.client, anchor=anchor, day=today - timedelta(days=27))
    Moment.objects.create(client=cast.client, anchor=anchor, day=today - timedelta(days=28))
    assert selectors.anchor_counts(cast.client, today) == [(anchor, 2)]
    page = http.get("/values/anchors/").content.decode()
    assert "with Priya" in page and "She talked about her dad." in page
    assert '<th scope="row">Empathetic listening</th><td>2</td>' in page
    moment = Moment.objects.get(day=today)
    http.post(f"/values/moments/{moment.pk}/delete/")
    assert Moment.objects.count() == 2


def test_a_moment_on_a_day_to_come_is_refused(cast: Cast) -> None:
    anchor = Anchor.objects.create(client=cast.client, name="Board games")
    tomorrow = client_today(cast.client) + timedelta(days=1)
    response = signed_in(cast.client).post(
        f"/values/anchors/{anchor.pk}/moments/new/", {"day": tomorrow.isoformat()}
    )
    assert response.status_code == 200
    assert b"A moment cannot be on a day that has not come yet." in response.content
    assert not Moment.objects.exists()


def test_set_aside_anchor_keeps_its_moments_and_can_come_back(cast: Cast) -> None:
    anchor = Anchor.objects.create(client=cast.client, suggestion="shared_humour")
    Moment.objects.create(client=cast.client, anchor=anchor, day=client_today(cast.client))
    http = signed_in(cast.client)
    http.post(f"/values/anchors/{anchor.pk}/active/", {"active": "0"})
    anchor.refresh_from_db()
    assert not anchor.active and Moment.objects.count() == 1
    page = http.get("/values/anchors/").content.decode()
    assert "Bring back" in page
    http.post(f"/values/anchors/{anchor.pk}/active/", {"active": "1"})
    anchor.refresh_from_db()
    assert anchor.active


def test_another_client_cannot_log_remove_or_change_anchors(cast: Cast) -> None:
    anchor = Anchor.objects.create(client=cast.client, name="Choir practice")
    moment = Moment.objects.create(
        client=cast.client, anchor=anchor, day=client_today(cast.client), note="Sang the alto"
    )
    http = signed_in(cast.other_client)
    url = f"/values/anchors/{anchor.pk}/moments/new/"
    assert http.get(url).status_code == 404
    assert http.post(url, {"day": client_today(cast.client).isoformat()}).status_code == 404
    assert http.post(f"/values/moments/{moment.pk}/delete/").status_code == 404
    assert http.post(f"/values/anchors/{anchor.pk}/active/", {"active": "0"}).status_code == 404
    assert Moment.objects.count() == 1 and Anchor.objects.get().active
    page = http.get("/values/anchors/").content.decode()
    assert "Choir practice" not in page and "Sang the alto" not in page
    for person in (cast.partner, cast.clinician, cast.facilitator):
        assert signed_in(person).post(url, {"day": "2026-01-01"}).status_code == 403
    assert Moment.objects.count() == 1


def test_a_double_click_notes_the_moment_once(cast: Cast) -> None:
    anchor = Anchor.objects.create(client=cast.client, suggestion="shared_humour")
    http = signed_in(cast.client)
    data = {"day": client_today(cast.client).isoformat(), "note": "The cat video"}
    for _ in range(2):
        http.post(f"/values/anchors/{anchor.pk}/moments/new/", data)
    assert Moment.objects.count() == 1
    for _ in range(2):
        http.post("/values/anchors/new/", {"name": "Lunch with Ade"})
    assert Anchor.objects.filter(suggestion="").count() == 1

"""Every other values page, on a phone, passes axe and fits the screen."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from attune.accounts import services
from attune.accounts.models import Role
from attune.checkins.services import client_today
from attune.valuework.models import Anchor, Moment, ValueAction, ValuesRating, ValueStatement
from conftest import assert_accessible, make_user

from .helpers import rating_form

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _phone_signed_in(browser: Any, live_server: Any, user: Any) -> Any:
    http = Client()
    http.force_login(user)
    cookie = http.cookies[settings.SESSION_COOKIE_NAME].value
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    return phone


def test_every_values_page_is_accessible_on_a_phone(browser: Any, live_server: Any) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("sam@example.test", Role.CLIENT, org, "Sam Example")
    today = client_today(client)
    ValuesRating.objects.create(
        client=client,
        day=today - timedelta(days=7),
        **{k: int(v) for k, v in rating_form(friends_consistency=2).items()},
    )
    ValuesRating.objects.create(
        client=client, day=today, **{k: int(v) for k, v in rating_form().items()}
    )
    ValueStatement.objects.create(client=client, domain="friends", text="Stay in touch.")
    past = ValueAction.objects.create(
        client=client, domain="friends", action="Call Jo", scheduled_on=today - timedelta(days=2)
    )
    ValueAction.objects.create(
        client=client,
        domain="self_care",
        action="Walk after lunch",
        scheduled_on=today,
        status="done",
        reflection="Felt lighter.",
    )
    anchor = Anchor.objects.create(client=client, suggestion="shared_humour")
    Anchor.objects.create(client=client, name="Board games", active=False)
    Moment.objects.create(client=client, anchor=anchor, day=today, note="Silly film", who_with="Jo")

    phone = _phone_signed_in(browser, live_server, client)
    page = phone.new_page()
    pages = {
        "values": "/values/?area=friends",
        "rate (editing today)": "/values/rate/",
        "statements": "/values/statements/",
        "steps": "/values/actions/",
        "edit a step": f"/values/actions/{past.pk}/edit/",
        "mark done": f"/values/actions/{past.pk}/done/",
        "not yet": f"/values/actions/{past.pk}/not-yet/",
        "reschedule": f"/values/actions/{past.pk}/reschedule/",
        "anchors": "/values/anchors/",
        "own anchor": "/values/anchors/new/",
        "note a moment": f"/values/anchors/{anchor.pk}/moments/new/",
    }
    for label, path in pages.items():
        response = page.goto(live_server.url + path)
        assert response is not None and response.status == 200, label
        assert_accessible(page, label)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, label

    # A form re-shown with an error is accessible too.
    page.goto(live_server.url + f"/values/anchors/{anchor.pk}/moments/new/")
    page.get_by_label("When?").fill((today + timedelta(days=3)).isoformat())
    page.get_by_role("button", name="Save moment").click()
    page.wait_for_load_state()
    assert page.get_by_text("A moment cannot be on a day that has not come yet.").is_visible()
    assert_accessible(page, "moment form with an error")
    phone.close()

"""On a phone, a client checks in and sees the day in their chart and calendar."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils.formats import date_format

from attune.accounts import services
from attune.accounts.models import Role
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from conftest import PASSWORD, assert_accessible, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_client_checks_in_on_a_phone_and_sees_it_in_the_chart(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(client.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_server.url + "/")

    page.locator("main").get_by_role("button", name="Add more").click()  # the full form
    page.wait_for_url("**/checkin/")
    assert_accessible(page, "check-in form")
    today_label = date_format(client_today(client), "l j F Y")

    mood = page.get_by_role("group", name="How has your mood been today?")
    mood.get_by_role("radio", name="7", exact=True).check()
    lonely = page.get_by_role("group", name="How sexually alone")
    lonely.get_by_role("radio", name="4", exact=True).check()
    page.get_by_label("Hours of sleep").fill("7.5")
    page.get_by_label("A small win today (optional)").fill("Phoned my sister")
    page.get_by_role("button", name="Save check-in").click()

    page.wait_for_url("**/checkin/insights/")
    assert page.get_by_text("Saved. Thank you for checking in.").is_visible()
    saved = CheckIn.objects.get(client=client)
    assert (saved.mood, saved.sexual_loneliness, float(saved.sleep_hours or 0)) == (7, 4, 7.5)

    # The chart's own text alternative now names today's values.
    thread = page.locator("svg.chart-line").first
    assert thread.is_visible()
    assert today_label in thread.inner_html()
    calendar = page.locator("svg.chart-calendar")
    assert today_label in calendar.inner_html()
    assert "Phoned my sister" in page.locator("#wins-title + ul").inner_text()
    box = thread.bounding_box()
    assert box is not None and box["width"] <= 390  # fits the phone, no sideways scrolling
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page, "insights")
    phone.close()

"""On a phone, a client rates their values, sees the gaps, and plans a small step."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.checkins.services import client_today
from attune.valuework.models import ValueAction, ValuesRating
from conftest import PASSWORD, assert_accessible, make_user

from .helpers import SCORES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AREA_NAMES = {
    "family": "Family (other than a couple relationship or parenting)",
    "intimate": "Marriage, couple or intimate relationships",
    "parenting": "Parenting",
    "friends": "Friendships and social life",
    "work": "Work",
    "education": "Education and training",
    "recreation": "Recreation and fun",
    "spirituality": "Spirituality",
    "community": "Citizenship and community life",
    "self_care": "Physical self-care (diet, exercise, sleep)",
}


def _fits_the_phone(page: Any) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_client_rates_values_and_plans_a_step_on_a_phone(browser: Any, live_server: Any) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(client.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_server.url + "/")

    page.goto(live_server.url + "/values/")
    assert_accessible(page, "values, before any rating")
    _fits_the_phone(page)
    page.locator("main").get_by_role("link", name="Rate your values").click()
    page.wait_for_url("**/values/rate/")
    assert_accessible(page, "rating form")
    _fits_the_phone(page)

    # Saving with one answer left out changes nothing and says what is needed.
    for domain, (importance, consistency) in SCORES.items():
        name = AREA_NAMES[domain]
        page.get_by_role("group", name=f"{name}: How important is this area to you?").get_by_role(
            "radio", name=str(importance), exact=True
        ).check()
        if domain != "self_care":
            page.get_by_role("group", name=f"{name}: How consistently").get_by_role(
                "radio", name=str(consistency), exact=True
            ).check()
    page.get_by_role("button", name="Save ratings").click()
    page.wait_for_load_state()
    assert page.get_by_text("Some answers are still needed.").is_visible()
    assert not ValuesRating.objects.exists()
    assert_accessible(page, "rating form with an error")
    group = page.get_by_role("group", name=f"{AREA_NAMES['self_care']}: How consistently")
    group.get_by_role("radio", name="5", exact=True).check()
    page.get_by_role("button", name="Save ratings").click()

    page.wait_for_url("**/values/")
    assert page.get_by_text("Saved. Thank you for taking stock").is_visible()
    rating = ValuesRating.objects.get(client=client)
    assert (rating.intimate_importance, rating.intimate_consistency) == (9, 3)
    chart = page.locator("svg.chart-bar")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] <= 390
    assert "Intimate relationships: Importance 9" in chart.inner_html()
    _fits_the_phone(page)
    assert_accessible(page, "values with gaps")

    page.get_by_role("link", name="Plan a small step for Intimate relationships").click()
    page.wait_for_url("**/values/actions/new/?area=intimate")
    assert_accessible(page, "plan a step")
    _fits_the_phone(page)
    page.get_by_label("The small step you will take").fill("Ask Alex about their day, and listen")
    tomorrow = client_today(client) + timedelta(days=1)
    page.get_by_label("On which day?").fill(tomorrow.isoformat())
    page.get_by_role("button", name="Plan this step").click()

    page.wait_for_url("**/values/actions/")
    assert page.get_by_text("Your step is planned.").is_visible()
    action = ValueAction.objects.get(client=client)
    assert (action.domain, action.scheduled_on, action.status) == ("intimate", tomorrow, "planned")
    assert page.get_by_text("Ask Alex about their day, and listen", exact=True).is_visible()
    _fits_the_phone(page)
    assert_accessible(page, "your steps")
    phone.close()

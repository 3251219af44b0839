"""On a phone, a client notes a painful moment and writes a compassionate response."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.practice.models import Trigger
from conftest import PASSWORD, assert_accessible, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_client_records_a_trigger_and_writes_a_compassionate_response(
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

    page.goto(live_server.url + "/practice/")
    assert_accessible(page, "practice home")
    page.get_by_role("link", name="Trigger map").click()
    page.get_by_role("link", name="Note a moment").click()
    assert_accessible(page, "trigger form")
    page.get_by_role("radio", name="Alone").check()
    page.get_by_label("What happened?").fill("A friend posted wedding photos")
    page.get_by_label("How painful was the longing, 0–100?").fill("75")
    page.get_by_label("What did the self-critical voice say? (optional)").fill(
        "Everyone else gets chosen"
    )
    page.get_by_role("radio", name="Early messages about desirability").check()
    page.get_by_role("button", name="Save and pause").click()

    page.wait_for_url("**/pause/")
    assert page.get_by_text("Everyone else gets chosen").is_visible()
    assert_accessible(page, "the pause")
    page.get_by_label("What would you say to a dear friend who felt this?").fill(
        "Wanting to be chosen is human. You are lonely, not unlovable."
    )
    page.get_by_label("How painful is the longing now, 0–100?").fill("50")
    page.get_by_role("button", name="Save").click()

    page.wait_for_url("**/practice/triggers/*/")
    assert page.get_by_text("You are lonely, not unlovable.").is_visible()
    assert_accessible(page, "trigger detail")
    trigger = Trigger.objects.get(client=client)
    assert (trigger.intensity_before, trigger.intensity_after) == (75, 50)
    page.goto(live_server.url + "/practice/triggers/patterns/")
    assert page.get_by_text("intensity averaged 75 before and 50 after").is_visible()
    assert_accessible(page, "patterns")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()

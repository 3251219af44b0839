"""Quick exit on a phone: first Tab stop, Enter or Esc leaves for the neutral page and Back
does not return to the page that was open; Esc while typing needs a second press; without
JavaScript it is still a link to the neutral page."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services as accounts
from attune.accounts.models import Role
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NEUTRAL = "https://www.bbc.com/weather"


def test_quick_exit_by_tab_enter_and_escape_on_a_phone(browser: Any, live_server: Any) -> None:
    base = live_server.url
    org = accounts.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    ana = make_user("ana.real@example.test", Role.CLIENT, org, "Ana Realname")
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    # The neutral site is answered locally: tests never reach the internet.
    context.route(
        "https://www.bbc.com/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>Weather</p>"),
    )
    page = context.new_page()
    sign_in(page, base, ana)
    page.goto(base + "/journal/")
    assert_accessible(page, "journal with the quick exit, phone")
    exit_link = page.locator(".quick-exit-bar [data-quick-exit]")
    assert exit_link.is_visible() and exit_link.get_attribute("href") == NEUTRAL
    box = exit_link.bounding_box()
    assert box and box["height"] >= 44 and box["x"] + box["width"] <= 390

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Quick exit"
    page.keyboard.press("Enter")
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert "/journal/" not in page.url  # the exited page left the tab's history

    page.goto(base + "/checkin/")
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL)

    page.goto(base + "/journal/new/")
    field = page.locator("textarea").first
    field.click()
    field.fill("a draft")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url.startswith(base)  # one Esc while typing keeps the draft
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL)
    context.close()

    no_js = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, java_script_enabled=False
    )
    plain = no_js.new_page()
    plain.goto(base + "/help-now/")
    link = plain.locator(".quick-exit-bar [data-quick-exit]")
    assert link.get_attribute("href") == NEUTRAL and link.is_visible()
    assert plain.get_by_text("does not erase your browser history").is_visible()
    no_js.close()

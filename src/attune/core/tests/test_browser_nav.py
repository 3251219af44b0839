"""On a phone the header leaves room for the page: secondary links wait behind "More"."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import Cast, assert_accessible, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_client_header_is_short_on_a_phone_and_more_opens_the_rest(
    browser: Any, live_server: Any, cast: Cast
) -> None:
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, live_server.url, cast.client)
    page.goto(live_server.url + "/")
    header = page.locator("header.site-header")
    assert header.bounding_box()["height"] < 160
    privacy = header.get_by_role("link", name="Privacy")
    assert not privacy.is_visible()
    assert header.get_by_role("link", name="Journal").is_visible()

    header.locator("summary", has_text="More").click()
    assert privacy.is_visible()
    assert_accessible(page, "client header with More open")
    privacy.click()
    page.wait_for_url(live_server.url + "/me/privacy/")
    phone.close()

"""A client turns on push reminders on a phone, and the reminder reaches a local push service
encrypted, decrypting to the neutral words only.

Headless Chromium cannot reach a real push service (Google's FCM) from a test machine, so the
browser's own pushManager.subscribe is replaced with one that answers a subscription for the
local test service and keys the test holds. Everything else is real: the page's script, the
service worker registration at /sw.js, the API call, the task worker's encrypted send.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import UTC, datetime, time
from typing import Any

import pytest

from attune.checkins.models import CheckinReminder, PushSubscription
from attune.checkins.reminders import send_due_reminders
from conftest import Cast, assert_accessible, sign_in

from .push_service import BrowserKeys, local_push_service

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FAKE_PUSH_SERVICE = """
(() => {
  const subscription = %s;
  let current = null;
  const made = () => ({
    endpoint: subscription.endpoint,
    toJSON: () => subscription,
    unsubscribe: () => { current = null; return Promise.resolve(true); },
  });
  PushManager.prototype.subscribe = function () {
    current = made();
    return Promise.resolve(current);
  };
  PushManager.prototype.getSubscription = function () { return Promise.resolve(current); };
})();
"""


def _serves_service_worker(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + "/sw.js", timeout=10) as answer:  # noqa: S310
            return bool(answer.status == 200)
    except urllib.error.URLError:
        return False


def test_client_turns_on_push_and_the_reminder_decrypts_to_the_neutral_words(
    browser: Any, live_server: Any, cast: Cast, settings: Any
) -> None:
    if not _serves_service_worker(live_server.url):
        pytest.skip("/sw.js (the service worker, issue 19a) is not served on this branch yet")
    settings.ATTUNE_PUSH_LOCAL_ENDPOINTS = True
    keys = BrowserKeys()
    with local_push_service() as service:
        subscription = {
            "endpoint": service.endpoint("phone"),
            "expirationTime": None,
            "keys": {"p256dh": keys.p256dh, "auth": keys.auth},
        }
        phone = browser.new_context(
            viewport={"width": 390, "height": 844}, is_mobile=True, permissions=["notifications"]
        )
        phone.add_init_script(FAKE_PUSH_SERVICE % json.dumps(subscription))
        page = phone.new_page()
        sign_in(page, live_server.url, cast.client)
        page.goto(live_server.url + "/checkin/reminders/")
        page.get_by_label("At what time?").fill("20:00")
        page.get_by_label("Your time zone").fill("Europe/London")
        page.get_by_role("button", name="Save", exact=True).click()
        page.wait_for_url("**/checkin/reminders/")

        page.get_by_text("Push reminders are off on this phone.").wait_for()  # script ready
        page.get_by_role("button", name="Turn on push reminders").click()
        page.get_by_text("Push reminders are on for this phone.").wait_for()
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
        assert_accessible(page, "reminders with push on")
        stored = PushSubscription.objects.get()
        assert stored.client == cast.client and stored.endpoint == service.endpoint("phone")
        assert CheckinReminder.objects.get(client=cast.client).local_time == time(20, 0)

        # 20:30 in London (BST): the worker's periodic task sends it.
        assert send_due_reminders(datetime(2026, 7, 1, 19, 30, tzinfo=UTC)) == 1
        [delivery] = service.deliveries
        assert keys.decrypt(delivery.body) == "attune check-in"

        page.get_by_role("button", name="Turn off push reminders on this phone").click()
        page.get_by_text("Push reminders are off on this phone.").wait_for()
        assert not PushSubscription.objects.exists()
        phone.close()


def test_without_javascript_the_reminders_page_keeps_email_and_calendar(
    browser: Any, live_server: Any, cast: Cast
) -> None:
    plain = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = plain.new_page()
    sign_in(page, live_server.url, cast.client)
    page.goto(live_server.url + "/checkin/reminders/")
    assert page.get_by_label("Send me a gentle email reminder each day").is_visible()
    assert page.get_by_role("button", name="Make a calendar address").is_visible()
    assert page.get_by_text("Push reminders need JavaScript in this browser.").is_visible()
    assert not page.get_by_role("button", name="Turn on push reminders").is_visible()
    plain.close()

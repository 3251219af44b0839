"""On a phone (Chromium, 390x844): two taps to check in, and check-ins made offline arrive
exactly once, never over a day the server already has (issue 19)."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role, User
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.safety.models import SafetyPlan
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
QUEUED = "Saved on this phone, will send when you're online."


def _client(email: str = "robin@example.test") -> User:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    return make_user(email, Role.CLIENT, org, "Robin Example")


def _phone(browser: Any, live_server: Any, user: User) -> tuple[Any, Any]:
    """A fresh context per test, so each starts without a service worker or stored data."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    sign_in(page, live_server.url, user)
    page.wait_for_selector("html[data-offline-ready]", state="attached")
    return context, page


def _tap(page: Any, question: str, value: int) -> None:
    group = page.locator("form[data-quick-checkin]").get_by_role("group", name=question)
    group.get_by_role("radio", name=str(value), exact=True).tap()


def _listed(page: Any, base: str) -> list[dict[str, Any]]:
    answer = page.request.get(base + "/api/v1/checkins")
    assert answer.status == 200
    return answer.json()["items"]  # type: ignore[no-any-return]


def test_quick_checkin_is_saved_in_two_taps(browser: Any, live_server: Any) -> None:
    client = _client()
    context, page = _phone(browser, live_server, client)
    assert_accessible(page, "home with the quick check-in")
    _tap(page, "How has your mood been today?", 7)
    _tap(page, "How sexually alone", 4)  # the second tap saves
    page.get_by_text("Saved for today: mood 7 of 10, sexual loneliness 4 of 10.").wait_for()
    saved = CheckIn.objects.get(client=client)
    assert (saved.mood, saved.sexual_loneliness) == (7, 4)
    assert page.get_by_role("link", name="Change or add more").is_visible()
    assert page.locator("main").get_by_role("link", name="Check in", exact=True).count() == 0
    assert_accessible(page, "home after checking in")
    context.close()


def test_full_checkin_keeps_its_save_button_in_reach(browser: Any, live_server: Any) -> None:
    context, page = _phone(browser, live_server, _client())
    page.goto(live_server.url + "/checkin/")
    save = page.get_by_role("button", name="Save check-in")
    box = save.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844  # seen without scrolling
    page.get_by_label("Hours of sleep").scroll_into_view_if_needed()
    box = save.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 844
    assert_accessible(page, "full check-in")
    context.close()


def test_offline_checkin_waits_on_the_phone_and_arrives_exactly_once(
    browser: Any, live_server: Any
) -> None:
    client = _client()
    context, page = _phone(browser, live_server, client)
    context.set_offline(True)
    _tap(page, "How has your mood been today?", 6)
    _tap(page, "How sexually alone", 3)
    page.get_by_text(QUEUED).wait_for()
    assert not CheckIn.objects.exists()
    queued = page.evaluate("AttuneOutbox.all()")
    assert [(item["status"], item["payload"]) for item in queued] == [
        ("queued", {"mood": 6, "sexual_loneliness": 3})
    ]
    assert_accessible(page, "check-in saved on the phone")

    context.set_offline(False)
    page.get_by_text("Saved for today: mood 6 of 10, sexual loneliness 3 of 10.").wait_for()
    # Sending again (another online event, the next page load) sends nothing new.
    page.evaluate("AttuneOutbox.flush()")
    page.reload()
    listed = _listed(page, live_server.url)
    assert [(c["mood"], c["sexual_loneliness"]) for c in listed] == [(6, 3)]
    assert CheckIn.objects.filter(client=client).count() == 1
    context.close()


def test_a_day_already_checked_in_elsewhere_becomes_a_choice(
    browser: Any, live_server: Any
) -> None:
    client = _client()
    context, page = _phone(browser, live_server, client)
    context.set_offline(True)
    _tap(page, "How has your mood been today?", 8)
    _tap(page, "How sexually alone", 2)
    page.get_by_text(QUEUED).wait_for()
    # Meanwhile the same day was checked in from another device.
    CheckIn.objects.create(client=client, day=client_today(client), mood=3, sexual_loneliness=7)

    context.set_offline(False)
    choice = page.locator("[data-outbox-conflict]")
    choice.wait_for()
    assert "Which one should stay?" in choice.inner_text()
    kept = CheckIn.objects.get(client=client)
    assert (kept.mood, kept.sexual_loneliness) == (3, 7)  # nothing overwritten before choosing
    assert_accessible(page, "conflict choice")

    choice.get_by_role("button", name="Keep the one from this phone").click()
    page.get_by_text("Saved for today: mood 8 of 10, sexual loneliness 2 of 10.").wait_for()
    kept.refresh_from_db()
    assert (kept.mood, kept.sexual_loneliness) == (8, 2)
    assert [c["id"] for c in _listed(page, live_server.url)] == [kept.pk]
    context.close()


def test_keeping_the_servers_checkin_drops_the_phones(browser: Any, live_server: Any) -> None:
    client = _client()
    context, page = _phone(browser, live_server, client)
    context.set_offline(True)
    _tap(page, "How has your mood been today?", 8)
    _tap(page, "How sexually alone", 2)
    page.get_by_text(QUEUED).wait_for()
    CheckIn.objects.create(client=client, day=client_today(client), mood=3, sexual_loneliness=7)
    context.set_offline(False)
    page.get_by_role("button", name="Keep the one already saved").click()
    page.locator("[data-outbox-conflict]").wait_for(state="detached")
    assert page.evaluate("AttuneOutbox.all()") == []
    kept = CheckIn.objects.get(client=client)
    assert (kept.mood, kept.sexual_loneliness) == (3, 7)
    context.close()


CACHED_CRISIS = """async () => {
  if (!(await caches.has("attune-private"))) return [];
  const cache = await caches.open("attune-private");
  return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
}"""


def test_crisis_pages_are_kept_offline_and_cleared_at_sign_out(
    browser: Any, live_server: Any
) -> None:
    client = _client()
    SafetyPlan.objects.create(client=client, warning_signs="Plan-marker-3141 quiet evenings")
    context, page = _phone(browser, live_server, client)
    assert {"/help-now/", "/safety-plan/", "/offline/"} <= set(page.evaluate(CACHED_CRISIS))

    # Offline, the safety plan still opens (from this phone), and the home page falls back
    # to the offline page with the quick check-in.
    context.set_offline(True)
    page.goto(live_server.url + "/safety-plan/")
    assert page.get_by_text("Plan-marker-3141").is_visible()
    page.goto(live_server.url + "/")
    assert page.locator("form[data-quick-checkin]").is_visible()
    context.set_offline(False)

    page.goto(live_server.url + "/")
    page.get_by_text("More", exact=True).click()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/accounts/login/**")
    assert page.evaluate(CACHED_CRISIS) == []
    context.set_offline(True)
    page.goto(live_server.url + "/safety-plan/")
    assert "Plan-marker-3141" not in page.content()
    context.close()


def test_the_next_person_on_the_same_phone_never_sees_the_last_ones_pages(
    browser: Any, live_server: Any
) -> None:
    first = _client()
    SafetyPlan.objects.create(client=first, warning_signs="Plan-marker-2718 long walks")
    second = _client("sam@example.test")
    context, page = _phone(browser, live_server, first)
    assert "/safety-plan/" in page.evaluate(CACHED_CRISIS)
    # The session ends without "Sign out" (the idle timeout, cookies cleared).
    context.clear_cookies()
    sign_in(page, live_server.url, second)
    page.wait_for_selector("html[data-offline-ready]", state="attached")
    page.wait_for_function("document.documentElement.dataset.offlineReady === 'kept'")
    context.set_offline(True)
    page.goto(live_server.url + "/safety-plan/")
    assert "Plan-marker-2718" not in page.content()
    context.close()


def test_full_checkin_made_offline_is_queued_then_sent_and_screened(
    browser: Any, live_server: Any
) -> None:
    client = _client()
    context, page = _phone(browser, live_server, client)
    page.goto(live_server.url + "/checkin/")
    page.wait_for_selector("html[data-offline-ready]", state="attached")
    context.set_offline(True)
    page.get_by_role("group", name="How has your mood been today?").get_by_role(
        "radio", name="2", exact=True
    ).check()
    page.get_by_label("A small win today (optional)").fill("Made tea")
    page.get_by_label("Anything else on your mind?").fill("I keep thinking about ending my life")
    page.get_by_role("button", name="Save check-in").click()
    page.get_by_text(QUEUED).wait_for()
    assert not CheckIn.objects.exists()

    context.set_offline(False)
    # Screened on arrival: the crisis response appears then.
    page.locator('[data-support="crisis"]').wait_for()
    saved = CheckIn.objects.get(client=client)
    assert (saved.mood, saved.win) == (2, "Made tea")
    assert len(_listed(page, live_server.url)) == 1
    context.close()

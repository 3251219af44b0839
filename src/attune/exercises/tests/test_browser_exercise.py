"""On a phone, a client does box breathing with a rating before and after, and sees it in
their history. Waiting is shortened by submitting the finish form (no real minutes)."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.exercises.models import ExerciseSession
from conftest import PASSWORD, assert_accessible, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(browser: Any, live_server: Any, email: str, **context: Any) -> tuple[Any, Any]:
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, **context)
    page = phone.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.problems = problems
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_server.url + "/")
    return phone, page


def _client() -> Any:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    return make_user("robin@example.test", Role.CLIENT, org, "Robin Example")


def test_client_does_box_breathing_on_a_phone_and_sees_it_in_history(
    browser: Any, live_server: Any
) -> None:
    client = _client()
    phone, page = _sign_in(browser, live_server, client.email)

    page.goto(live_server.url + "/exercises/")
    assert_accessible(page, "exercise list")
    page.get_by_role("link", name="Box breathing").click()
    page.wait_for_url("**/exercises/box-breathing/")
    assert page.get_by_text("You can stop at any time.").is_visible()
    assert_accessible(page, "box breathing intro")

    before = page.get_by_role("group", name="How distressed do you feel right now?")
    before.get_by_role("radio", name="7", exact=True).check()
    page.get_by_role("button", name="Start the exercise").click()
    page.wait_for_url("**/exercises/session/*/")
    session = ExerciseSession.objects.get(client=client)
    assert session.distress_before == 7

    # The pacer appears with JavaScript; every step is also listed as text.
    pacer = page.locator("#pacer")
    assert pacer.is_visible()
    assert page.get_by_text("Breathe in gently through your nose.").first.is_visible()
    assert_accessible(page, "pacer")
    page.get_by_role("button", name="Start", exact=True).click()
    page.wait_for_function("document.getElementById('pacer-count').textContent.trim().length > 0")
    shape = page.locator("#pacer-shape")
    assert shape.is_visible()
    assert "Round" not in page.locator("#pacer-round").inner_text()  # the settling step first
    page.get_by_role("button", name="Next step").click()
    assert page.locator("#pacer-step").inner_text() == "Breathe in gently through your nose."
    assert page.locator("#pacer-round").inner_text() == "Round 1 of 12"
    assert "is-full" in (shape.get_attribute("class") or "")
    page.get_by_role("button", name="Pause").click()
    assert page.get_by_role("button", name="Carry on").is_visible()
    assert_accessible(page, "pacer running")

    after = page.get_by_role("group", name="How distressed do you feel now?")
    after.get_by_role("radio", name="4", exact=True).check()
    page.get_by_label("Anything you noticed? (optional, private)").fill("Shoulders softer")
    page.get_by_role("button", name="I've finished").click()

    page.wait_for_url("**/exercises/history/")
    assert page.get_by_text("Distress before: 7, after: 4.").is_visible()
    table = page.locator("table.exercise-summary")
    assert "Box breathing" in table.inner_text()
    assert "+3.0" in table.inner_text()
    assert page.get_by_text("So far, Box breathing has eased your distress the most.").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page, "history")
    session.refresh_from_db()
    assert (session.distress_after, session.completed, session.note) == (
        4,
        True,
        "Shoulders softer",
    )
    assert not [p for p in page.problems if "Content Security Policy" in p], page.problems
    phone.close()


def test_reduced_motion_shows_counted_text_instead_of_the_moving_shape(
    browser: Any, live_server: Any
) -> None:
    client = _client()
    phone, page = _sign_in(browser, live_server, client.email, reduced_motion="reduce")
    session = ExerciseSession.objects.create(
        client=client, exercise="extended-exhale", distress_before=5
    )
    page.goto(f"{live_server.url}/exercises/session/{session.pk}/")
    page.get_by_role("button", name="Start", exact=True).click()
    page.get_by_role("button", name="Next step").click()
    assert not page.locator("#pacer-shape").is_visible()
    assert page.locator("#pacer").get_attribute("class") == "card pacer is-reduced"
    assert page.locator("#pacer-count").inner_text() == "1"
    assert page.locator("#pacer-step").inner_text() == "Breathe in gently through your nose."
    assert_accessible(page, "pacer, reduced motion")
    # Stopping early is a plain form too, and is logged kindly.
    page.get_by_role("button", name="Stop early").click()
    page.wait_for_url("**/exercises/history/")
    assert page.get_by_text(
        "Stopped early — that's a good choice when you need it."
    ).first.is_visible()
    session.refresh_from_db()
    assert session.stopped_early and not session.completed
    phone.close()


def test_without_javascript_the_steps_and_finish_form_still_work(
    browser: Any, live_server: Any
) -> None:
    client = _client()
    phone, page = _sign_in(browser, live_server, client.email, java_script_enabled=False)
    session = ExerciseSession.objects.create(
        client=client, exercise="grounding-5-4-3-2-1", distress_before=8
    )
    page.goto(f"{live_server.url}/exercises/session/{session.pk}/")
    assert not page.locator("#pacer").is_visible()
    assert page.get_by_text("Name five things you can see.").is_visible()
    assert page.get_by_text("(about 40 seconds)").first.is_visible()
    page.get_by_role("group", name="How distressed do you feel now?").get_by_role(
        "radio", name="5", exact=True
    ).check()
    page.get_by_role("button", name="I've finished").click()
    page.wait_for_url("**/exercises/history/")
    assert "5-4-3-2-1 grounding" in page.locator("table.exercise-summary").inner_text()
    phone.close()

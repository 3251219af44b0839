"""On a phone: a client builds a support map, turns a gap into a plan step, picks a safety-plan
contact from the map, and runs a containment exercise that can be shortened and stopped."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services as accounts
from attune.accounts.models import Role
from attune.exercises.models import ExerciseSession
from attune.plans import services as plans
from attune.safety.models import SafetyPlan
from attune.support.models import SupportPerson
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _add(
    page: Any, base: str, name: str, role: str, ring: str, helps: list[str], phone: str
) -> None:
    page.goto(base + "/support/new/")
    page.get_by_label("Name or nickname").fill(name)
    page.get_by_label("Who they are to you").select_option(role)
    page.get_by_label(ring, exact=True).check()
    page.get_by_label("How often you are in touch").select_option("weekly")
    for label in helps:
        page.get_by_label(label).check()
    page.get_by_label("Phone number (optional)").fill(phone)
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(base + "/support/")


def test_support_map_gap_step_and_safety_plan_pick_on_a_phone(
    browser: Any, live_server: Any
) -> None:
    org = accounts.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    plans.plan_start(by=client, client=client, life_stage="adult", relationship="single")
    base = live_server.url
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client)

    page.goto(base + "/support/")
    assert page.get_by_role("heading", name="Your support map").is_visible()
    assert_accessible(page, "empty support map")

    page.goto(base + "/support/new/")
    page.get_by_role("button", name="Save").click()  # empty: refused with reasons
    assert page.get_by_text("Please write a name or a nickname.").is_visible()
    assert not SupportPerson.objects.exists()
    assert_accessible(page, "support form with errors")

    _add(
        page,
        base,
        "Jo",
        "friend",
        "Closest",
        ["I could call them at night or in a hard moment"],
        "07700 900111",
    )
    _add(page, base, "Choir", "group", "Further out", ["We do things together"], "")
    assert SupportPerson.objects.filter(client=client).count() == 2

    circle = page.get_by_role("img", name="Your support circle")
    assert circle.is_visible()
    assert circle.locator("text", has_text="Jo").count() == 1
    table = page.locator("#support-table")
    assert table.get_by_role("rowheader", name="Jo").is_visible()
    assert table.get_by_role("rowheader", name="Choir").is_visible()
    assert_accessible(page, "support map with people")

    page.get_by_role(
        "button", name="Add a step for “One more person I could call at night” to my plan"
    ).click()
    page.wait_for_url(base + "/plan/")
    title = "Ask one more person if you could call them in a hard moment"
    assert page.get_by_text(f"Added to your plan: “{title}”.").is_visible()
    assert page.get_by_text(title).first.is_visible()

    page.goto(base + "/safety-plan/edit/")
    assert page.get_by_role("heading", name="Pick from my support map").is_visible()
    assert_accessible(page, "safety plan with the support map")
    page.get_by_role("button", name="Add Jo to step 4: people I can ask for help").click()
    page.wait_for_url(base + "/safety-plan/edit/")
    assert page.get_by_text("Added Jo to your safety plan.").is_visible()
    page.goto(base + "/safety-plan/")
    assert page.get_by_text("Jo — 07700 900111").first.is_visible()
    assert SafetyPlan.objects.get(client=client).help_people == "Jo — 07700 900111"


def test_containment_exercise_runs_shorter_and_stops_any_time_on_a_phone(
    browser: Any, live_server: Any
) -> None:
    org = accounts.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("sam@example.test", Role.CLIENT, org, "Sam Example")
    base = live_server.url
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client)

    page.goto(base + "/exercises/")
    assert page.get_by_role("heading", name="Containment skills").is_visible()
    assert_accessible(page, "exercise list with containment skills")
    page.get_by_role("link", name="A calm place in your mind").click()
    page.wait_for_url("**/exercises/safe-place/")
    assert page.get_by_text("Keep your eyes open if you prefer.", exact=False).is_visible()
    assert page.get_by_text("You can stop at any time.", exact=False).first.is_visible()
    assert_accessible(page, "safe place exercise")
    page.locator("label", has_text="4").first.click()
    page.get_by_role("button", name="Start the exercise").click()
    page.wait_for_url("**/exercises/session/*/")

    page.get_by_role("link", name="Make it shorter").click()
    page.wait_for_url("**/?version=short")
    assert page.get_by_text("You are doing the shorter version.").is_visible()
    assert page.get_by_text("Notice what you can see there").count() == 0
    assert_accessible(page, "shorter safe place session")
    page.get_by_role("button", name="Start", exact=True).click()
    page.get_by_role("button", name="Stop early").click()
    page.wait_for_url("**/exercises/history/")
    assert page.get_by_role("status").get_by_text("Stopped early").is_visible()
    session = ExerciseSession.objects.get(client=client)
    assert session.exercise == "safe-place" and session.stopped_early

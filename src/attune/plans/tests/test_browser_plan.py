"""A clinician adjusts a plan; on a phone the client logs a setback and sees a gentler step."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.plans import services as plans
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clinician_adjusts_plan_client_logs_setback_and_sees_gentler_proposal(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    base = live_server.url

    desk = browser.new_context()
    page = desk.new_page()
    sign_in(page, base, clinician, staff=True)
    page.goto(f"{base}/clients/{client.uuid}/plan/")
    page.get_by_label("Life stage").select_option("adult")
    page.get_by_label("Relationship").select_option("single")
    page.get_by_role("button", name="Make the plan").click()
    page.wait_for_url(f"**/clients/{client.uuid}/plan/")
    record = plans.active_plan(client)
    assert record is not None
    first = plans.this_week(record, record.started_on)[1][0]
    page.get_by_label("Difficulty 0–100").first.fill("30")
    page.get_by_role("button", name="Set").first.click()
    assert page.get_by_text("Plan updated.").is_visible()
    assert page.get_by_text("set to 30").is_visible()
    assert_accessible(page, "clinician plan editor")
    desk.close()

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client, staff=False)
    page.goto(base + "/plan/")
    assert page.get_by_role("heading", name="This week").is_visible()
    assert page.get_by_role("heading", name=first.title).is_visible()
    assert_accessible(page, "this week")
    page.get_by_role("link", name=f"Log “{first.title}”").click()
    page.get_by_role("radio", name="A setback").check()
    page.get_by_role("radio", name="Yes").check()
    page.get_by_label("How distressing was it, 0–100?").fill("65")
    page.get_by_label("What did you notice or learn? (optional)").fill("It felt like a lot today")
    assert_accessible(page, "step log")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(base + "/plan/")
    assert page.get_by_text("A hard day with a step is information").is_visible()
    proposals = page.get_by_role("region", name="Suggested changes")
    assert proposals.get_by_text("information, not a verdict").is_visible()
    assert page.get_by_text("Your clinician will look at this with you.").is_visible()
    assert_accessible(page, "plan with proposal")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()

"""A clinician discharges a client to maintenance; on a phone the client sees the lighter
routine, writes their relapse-prevention plan, and check-ins back near the start lead to a
gentle proposal to return to the full plan."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.checkins import services as checkins
from attune.checkins.services import client_today
from attune.plans import services as plans
from attune.plans.models import MaintenancePhase, PlanProposal
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_client_in_maintenance_sees_lighter_routine_plan_and_a_proposal_to_return(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    plans.plan_start(by=clinician, client=client, life_stage="adult", relationship="single")
    today = client_today(client)
    # The first weeks: low mood, strong sexual loneliness (the baseline).
    for days_ago in range(30, 16, -1):
        checkins.checkin_create(
            client=client, day=today - timedelta(days=days_ago), mood=3, sexual_loneliness=8
        )
    base = live_server.url

    desk = browser.new_context()
    page = desk.new_page()
    sign_in(page, base, clinician, staff=True)
    page.goto(f"{base}/clients/{client.uuid}/plan/")
    page.get_by_role("button", name="Discharge to maintenance").click()
    assert page.get_by_text("Discharged to maintenance.").is_visible()
    assert_accessible(page, "clinician plan in maintenance")
    page.goto(f"{base}/caseload/")
    group = page.get_by_role("region", name="Clients in maintenance, scrolls sideways")
    assert group.get_by_role("link", name="Robin Example").is_visible()
    desk.close()
    phase = MaintenancePhase.objects.get(client=client)
    assert phase.baseline_mood == 3
    phase.started_on = today - timedelta(days=14)  # as if discharged two weeks ago
    phase.save()

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client, staff=False)
    page.goto(base + "/plan/")
    assert page.get_by_role("heading", name="Your lighter routine").is_visible()
    assert page.get_by_text("A short questionnaire once a month.").is_visible()
    assert_accessible(page, "plan in maintenance")
    page.get_by_role("link", name="Write or change my plan").click()
    page.get_by_label("My early warning signs").fill("I stop answering friends' messages")
    page.get_by_label("Whom I can call").fill("My sister Ana")
    assert_accessible(page, "relapse-prevention plan form")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(base + "/plan/")
    plan_card = page.get_by_role("region", name="My plan for staying well")
    assert plan_card.get_by_text("I stop answering friends' messages").is_visible()
    assert plan_card.get_by_text("My sister Ana").is_visible()

    # Two recent check-ins back near the start, then a third through the check-in page.
    for days_ago in (10, 5):
        checkins.checkin_create(
            client=client, day=today - timedelta(days=days_ago), mood=3, sexual_loneliness=8
        )
    assert not PlanProposal.objects.filter(kind="return_to_full").exists()
    page.goto(base + "/checkin/")
    page.get_by_role("group", name="How has your mood been today?").get_by_role(
        "radio", name="3", exact=True
    ).check()
    page.get_by_role("group", name="How sexually alone").get_by_role(
        "radio", name="8", exact=True
    ).check()
    page.get_by_role("button", name="Save check-in").click()
    page.wait_for_url("**/checkin/insights/")
    page.goto(base + "/plan/")
    proposals = page.get_by_role("region", name="Suggested changes")
    assert proposals.get_by_text("look more like the time you started").is_visible()
    assert_accessible(page, "plan with a proposal to return")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()
    assert PlanProposal.objects.get(kind="return_to_full").status == PlanProposal.PENDING

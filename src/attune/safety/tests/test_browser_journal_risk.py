"""Issue 8's path end to end: heavy words in a journal entry reach the writer's crisis lines and
safety plan at once, and their clinician's caseload; the clinician follows the flag up; an
unrelated clinician sees nothing."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import ClientProfile, Role
from attune.safety import services as safety
from attune.safety.models import RiskFlag
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COPING = "Walk the dog round the long block"
REASON = "My niece's drawings on the fridge"


def test_risky_journal_entry_reaches_crisis_lines_safety_plan_and_the_treating_clinician(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    stranger = make_user("other@example.test", Role.CLINICIAN, org, "Dr Other")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    ClientProfile.objects.filter(client=client).update(country="GB")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    safety.safety_plan_save(
        by=client,
        client=client,
        fields={"coping_strategies": COPING, "reasons_for_living": REASON},
    )
    base = live_server.url

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client)
    page.goto(base + "/journal/new/")
    page.get_by_label("Your entry").fill(
        "Another evening alone. I keep thinking everyone would be better off if I killed myself."
    )
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url("**/journal/*/")
    support = page.get_by_role("region", name="carry this alone")
    assert support.get_by_role("link", name="116 123").first.is_visible()  # Samaritans (UK)
    assert support.get_by_text(COPING).is_visible()
    assert support.get_by_text(REASON).is_visible()
    assert_accessible(page, "journal entry with crisis lines and safety plan")
    phone.close()
    flag = RiskFlag.objects.get(client=client)
    assert flag.reason == "journal_risk_language"

    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    page = desk.new_page()
    sign_in(page, base, clinician, staff=True)
    page.goto(base + "/caseload/")
    table = page.get_by_role("region", name="Caseload table, scrolls sideways")
    row = table.get_by_role("row", name="Robin Example")
    assert row.get_by_text("Risk flag to follow up").is_visible()
    table.get_by_role("link", name="Robin Example").click()
    page.wait_for_url(f"**/clients/{client.uuid}/overview/")
    assert "killed myself" not in page.content()  # the words stay the client's
    page.get_by_role("link", name="Triage and record what you did").click()
    page.get_by_label("How you followed it up").fill("Phoned Robin; safety plan reviewed together.")
    page.get_by_role("button", name="Save and close the flag").click()
    assert page.get_by_text("Saved. The flag is closed.").is_visible()
    assert page.get_by_text("Phoned Robin; safety plan reviewed together.").is_visible()
    assert_accessible(page, "flag followed up")
    flag.refresh_from_db()
    assert flag.acknowledged_by == clinician and flag.acknowledgement_note
    page.goto(base + "/caseload/")
    assert row.get_by_text("Risk flag to follow up").count() == 0
    desk.close()

    other = browser.new_context()
    page = other.new_page()
    sign_in(page, base, stranger, staff=True)
    page.goto(base + "/caseload/")
    assert page.get_by_text("Robin Example").count() == 0
    response = page.goto(f"{base}/clients/{client.uuid}/overview/")
    assert response is not None and response.status == 404
    other.close()

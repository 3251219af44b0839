"""A clinician on a phone triages safety flags: urgent first, the kind of concern without the
client's words (no consent), a disposition that needs a note; axe-clean at 390 x 844."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.safety.models import RiskFlag
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clinician_triages_flags_on_a_phone(browser: Any, live_server: Any) -> None:
    base = live_server.url
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    client = make_user("ari@example.test", Role.CLIENT, org, "Ari Client")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    high = RiskFlag.objects.create(
        client=client,
        reason="journal_risk_language",
        level="high",
        category="method",
        source="journal",
        sentence="Sentence-8812 private words",
    )
    urgent = RiskFlag.objects.create(
        client=client, reason="asq_positive", level="urgent", category="asq", source="checkin"
    )
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    sign_in(page, base, clinician, staff=True)
    page.goto(f"{base}/clients/{client.uuid}/overview/")
    assert page.get_by_text("Safety flags not yet followed up, most urgent first").is_visible()
    page.get_by_role("link", name="Triage and record what you did").click()
    items = page.locator("li.flag-row")
    assert items.first.get_attribute("id") == f"flag-{urgent.pk}"
    assert "Sentence-8812" not in page.content()
    assert_accessible(page, "triage page, phone")
    row = page.locator(f"#flag-{high.pk}")
    row.get_by_label("Not a concern", exact=True).check()
    row.get_by_role("button", name="Save and close the flag").click()
    assert page.get_by_text("Say briefly why this is not a concern.").is_visible()
    row = page.locator(f"#flag-{high.pk}")
    row.get_by_label("Not a concern", exact=True).check()
    row.get_by_label("How you followed it up").fill("Song lyrics she was quoting; we talked.")
    row.get_by_role("button", name="Save and close the flag").click()
    assert page.get_by_text("Saved. The flag is closed.").is_visible()
    assert page.get_by_text("Song lyrics she was quoting; we talked.").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page, "triage page after a disposition, phone")
    high.refresh_from_db()
    assert high.disposition == "not_a_concern"
    context.close()

"""A clinician works through the caseload: filters to flagged clients, opens one, adds a note."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import Role
from attune.safety.models import RiskFlag
from attune.workspace.models import ClinicianNote
from conftest import assert_accessible, make_user, sign_in

from .factories import checkin, client_in_care, phq9

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _caseload(clinician: Any) -> tuple[Any, Any]:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    today = timezone.localdate()
    flagged = client_in_care(clinician, org, "robin@example.test", "Robin Flagged")
    calm = client_in_care(clinician, org, "sam@example.test", "Sam Steady")
    for week, total in ((10, 19), (6, 19), (2, 18)):
        phq9(flagged, today - timedelta(weeks=week), total)
    for back in range(20):
        checkin(flagged, today - timedelta(days=back), mood=4 + back % 3, sexual_loneliness=7)
        checkin(calm, today - timedelta(days=back), win="a walk" if back == 1 else "")
    RiskFlag.objects.create(client=flagged, reason="journal_risk_language")
    phq9(calm, today - timedelta(weeks=3), 12)
    phq9(calm, today, 5)
    return flagged, calm


def test_clinician_filters_to_flagged_opens_a_client_and_adds_a_note(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    flagged, _calm = _caseload(clinician)
    base = live_server.url

    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    page = desk.new_page()
    sign_in(page, base, clinician, staff=True)
    page.goto(base + "/caseload/")
    assert page.get_by_role("heading", name="Caseload", exact=True).is_visible()
    table = page.get_by_role("region", name="Caseload table, scrolls sideways")
    assert table.get_by_role("link", name="Sam Steady").is_visible()
    assert_accessible(page, "caseload")

    page.get_by_label("Only clients with a flag").check()
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/caseload/?*flagged=on*")
    assert table.get_by_role("link", name="Robin Flagged").is_visible()
    assert table.get_by_role("link", name="Sam Steady").count() == 0
    row = table.get_by_role("row", name="Robin Flagged")
    assert row.get_by_text("Risk flag to follow up").is_visible()
    assert row.get_by_text("Not on track", exact=True).is_visible()
    assert_accessible(page, "caseload, flagged only")

    table.get_by_role("link", name="Robin Flagged").click()
    page.wait_for_url(f"**/clients/{flagged.uuid}/overview/")
    assert page.get_by_role("heading", name="Robin Flagged: overview").is_visible()
    assert page.get_by_text("Not on track: the latest PHQ-9 of 18").is_visible()
    assert page.locator("svg.chart-line").count() == 2
    assert_accessible(page, "client overview")

    page.get_by_role("button", name="Save note").click()  # empty: the browser asks for words
    assert not ClinicianNote.objects.exists()
    page.get_by_label("Note", exact=True).fill("Talked through the flag; safety plan reviewed.")
    page.get_by_label("Session date (optional)").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="Save note").click()
    page.wait_for_url(f"**/clients/{flagged.uuid}/overview/#notes-title")
    assert page.get_by_text("Note saved.").is_visible()
    assert page.get_by_text("Talked through the flag; safety plan reviewed.").is_visible()
    note = ClinicianNote.objects.get()
    assert note.author == clinician and note.session_date == timezone.localdate()
    assert_accessible(page, "overview with a note")

    page.get_by_role("link", name="Session prep", exact=True).click()
    page.wait_for_url(f"**/clients/{flagged.uuid}/session-prep/")
    assert page.get_by_role("heading", name="Session prep: Robin Flagged").is_visible()
    assert page.get_by_role("button", name="Print").is_visible()  # shown by the static script
    assert_accessible(page, "session prep")
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="Print").is_visible()
    assert not page.locator("header.site-header").is_visible()
    desk.close()


def test_caseload_fits_a_phone_with_a_scrollable_table(browser: Any, live_server: Any) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    _caseload(clinician)
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, live_server.url, clinician, staff=True)
    page.goto(live_server.url + "/caseload/")
    region = page.get_by_role("region", name="Caseload table, scrolls sideways")
    assert region.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the page itself fits
    inner = region.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert inner[0] > inner[1]  # the table scrolls inside its own region
    region.focus()
    page.keyboard.press("ArrowRight")
    assert_accessible(page, "caseload on a phone")
    phone.close()


def test_session_prep_works_without_javascript(browser: Any, live_server: Any) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    flagged, _calm = _caseload(clinician)
    plain = browser.new_context(java_script_enabled=False)
    page = plain.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, live_server.url, clinician, staff=True)
    page.goto(f"{live_server.url}/clients/{flagged.uuid}/session-prep/?since=not-a-date")
    assert page.get_by_role("alert").get_by_text("is not a date written as YYYY-MM-DD").is_visible()
    assert not page.get_by_role("button", name="Print").is_visible()
    assert page.get_by_text("use your browser's Print command").is_visible()
    assert page.get_by_text("Risk language in a journal entry").is_visible()
    # axe needs JavaScript to run; the same page was checked with it in the test above.
    plain.close()

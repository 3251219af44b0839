"""On a phone, a client adds a medicine and a dose change, sees the change on the chart beside
mood (and as a table), and opens the printable summary for their prescriber."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.medications.models import DoseChange
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_client_charts_a_dose_change_beside_mood_and_prints_a_summary(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    today = client_today(client)
    for back in range(1, 15):
        CheckIn.objects.create(
            client=client, day=today - timedelta(days=back), mood=3 + back % 4, sexual_loneliness=6
        )
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, live_server.url, client)

    page.goto(live_server.url + "/medications/")
    assert page.get_by_role("heading", name="Medicines and how they feel").is_visible()
    assert_accessible(page, "empty medication timeline")

    page.get_by_role("link", name="Add a medicine").click()
    page.wait_for_url("**/medications/new/")
    assert_accessible(page, "add a medicine")
    page.get_by_label("Medicine").fill("Sertraline")
    page.get_by_label("Dose").fill("50")
    page.get_by_label("Unit").select_option("mg")
    page.get_by_label("Started on").fill((today - timedelta(days=30)).isoformat())
    page.get_by_role("button", name="Save medicine").click()
    page.wait_for_url("**/medications/*/")
    assert page.get_by_text("Added to your medication timeline.").is_visible()

    change_day = today - timedelta(days=7)
    page.get_by_label("Day of the change").fill((today + timedelta(days=3)).isoformat())
    page.get_by_label("New dose").fill("100")
    page.get_by_role("button", name="Save the change").click()
    assert page.get_by_text("This date is in the future").is_visible()
    assert DoseChange.objects.count() == 0
    assert_accessible(page, "dose change refused")
    page.get_by_label("Day of the change").fill(change_day.isoformat())
    page.get_by_label("New dose").fill("100")
    page.get_by_label("Why it changed (optional)").fill("Agreed with my GP")
    page.get_by_role("button", name="Save the change").click()
    page.wait_for_url("**/medications/*/")
    assert page.get_by_text("Dose change saved.").is_visible()
    assert_accessible(page, "medicine detail")

    page.get_by_role("link", name="Back to your medicines").click()
    page.wait_for_url("**/medications/")
    chart = page.locator("svg.chart-line").first
    assert chart.is_visible()
    svg = chart.inner_html()
    assert "Mood" in svg and "Sertraline dose changed" in svg
    page.get_by_text("The chart as a table").click()
    row = page.get_by_role("row").filter(has_text="dose changed from 50 mg to 100 mg")
    assert row.is_visible()
    assert row.get_by_role("cell").nth(1).inner_text() in {"3", "4", "5", "6"}  # mood that day
    assert_accessible(page, "timeline with chart and table")

    page.get_by_role("link", name="Note something you noticed").click()
    page.wait_for_url("**/medications/noticed/")
    assert_accessible(page, "note a side effect")
    page.get_by_label("Sexual desire").check()
    page.get_by_label("How strong").select_option("6")
    page.get_by_label("With which medicine (optional)").select_option(label="Sertraline")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/medications/")
    noticed = page.get_by_role("region", name="What you noticed")
    assert noticed.get_by_text("Noticed: Sexual desire, 6 out of 10 (with Sertraline)").is_visible()

    page.get_by_role("link", name="Summary for my prescriber").click()
    page.wait_for_url("**/medications/for-my-prescriber/")
    assert page.get_by_text(
        "Please don't stop or change a medicine without talking to your prescriber first."
    ).is_visible()
    assert page.get_by_text("Why: Agreed with my GP").is_visible()
    assert page.get_by_role("cell", name="Sexual desire").is_visible()
    assert page.get_by_role("button", name="Print").is_visible()
    assert_accessible(page, "prescriber summary")
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="Print").is_visible()
    assert not page.locator(".site-header").is_visible()
    assert page.get_by_role("heading", name="What changed and when").is_visible()
    phone.close()

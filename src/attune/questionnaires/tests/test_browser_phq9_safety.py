"""A client answers PHQ-9 item 9 above zero on a phone; their clinician sees the flag."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import ClientProfile, Role
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ANSWERS = [1, 2, 1, 1, 0, 1, 1, 0, 1]  # item 9: "Several days"


def test_phq9_item9_shows_crisis_lines_and_flags_only_the_treating_clinician(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    stranger = make_user("other@example.test", Role.CLINICIAN, org, "Dr Other")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    ClientProfile.objects.filter(client=client).update(country="US")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    base = live_server.url

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client, staff=False)
    page.goto(base + "/questionnaires/phq9/")
    assert page.get_by_text("Over the last 2 weeks").first.is_visible()
    assert_accessible(page, "PHQ-9 form")
    for number, answer in enumerate(ANSWERS, start=1):
        group = page.locator("fieldset.item").nth(number - 1)
        group.get_by_role("radio").nth(answer).check()
    page.get_by_role("button", name="See my result").click()
    page.wait_for_url("**/questionnaires/results/**")
    assert page.get_by_role("heading", name="Thank you for answering honestly").is_visible()
    assert page.get_by_role("link", name="988").first.is_visible()
    assert page.get_by_text("Your PHQ-9 score is 8").is_visible()
    assert_accessible(page, "PHQ-9 result with crisis lines")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()

    desk = browser.new_context()
    page = desk.new_page()
    sign_in(page, base, clinician, staff=True)
    flag_link = page.get_by_role("link", name="1 risk flag")
    assert flag_link.is_visible()
    flag_link.click()
    assert page.get_by_text("PHQ-9 item 9 answered 1 (of 3)").is_visible()
    assert_accessible(page, "clinician questionnaires")
    desk.close()

    other = browser.new_context()
    page = other.new_page()
    sign_in(page, base, stranger, staff=True)
    assert page.get_by_text("risk flag").count() == 0
    response = page.goto(f"{base}/clients/{client.uuid}/questionnaires/")
    assert response is not None and response.status == 404
    assert "item 9" not in page.content()
    other.close()

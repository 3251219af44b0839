"""The private couple safety check on a phone: the partner invitation asks it first; worrying
answers lead to the lines for harm from others, the quiet partner controls and the choice to
tell the clinician; going on to invite stays the client's choice (issue 16)."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import ClientProfile, Role
from attune.safety.models import CoupleCheck, RiskFlag
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_check_then_concern_then_help_on_a_phone(browser: Any, live_server: Any) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    ClientProfile.objects.filter(client=client).update(country="GB")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    base = live_server.url
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client)

    page.goto(base + "/invitations/")
    page.wait_for_url("**/me/couple-check/?next=*")
    assert page.get_by_role("heading", level=1).inner_text().startswith("A private check")
    assert page.locator("[data-quick-exit]").first.is_visible()
    assert_accessible(page, "the private couple safety check")
    label = page.locator("label[for='cc-feels_safe-not_sure']").bounding_box()
    assert label is not None and label["height"] >= 24

    page.get_by_role("button", name="Send my answers").click()  # nothing chosen yet
    assert page.get_by_role("alert").is_visible()
    assert not CoupleCheck.objects.exists()

    for question, choice in (
        ("Do you feel safe with your partner?", "Not sure"),
        ("Are you ever pressured", "Yes"),
        ("Does anyone check your phone", "Prefer not to say"),
    ):
        page.get_by_role("group", name=question).get_by_label(choice, exact=True).check()
    page.get_by_role("button", name="Send my answers").click()
    page.wait_for_url("**/me/couple-check/*/?next=*")

    help_box = page.get_by_role("region", name="You deserve to feel safe")
    assert help_box.get_by_text("National Domestic Abuse Helpline").is_visible()
    assert help_box.get_by_role("link", name="0808 2000 247").is_visible()
    choices = page.get_by_role("region", name="What you can do now, if you want to")
    assert choices.get_by_role("heading", name="Pause couple features").is_visible()
    # Not linked with a partner yet (this check came before the invitation): nothing to end.
    assert choices.get_by_role("heading", name="End the link quietly").count() == 0
    assert_accessible(page, "concern page with lines and choices")
    assert not RiskFlag.objects.exists()  # nothing told until the client chooses

    choices.get_by_role("button", name="Tell my clinician").click()
    page.wait_for_load_state()
    assert page.get_by_text("Your clinician has been told").first.is_visible()
    flag = RiskFlag.objects.get(client=client)
    assert flag.concern == "others" and flag.category == "harm_from_others:couple_check"

    page.get_by_role("link", name="Go on to where I was going").click()
    page.wait_for_url("**/invitations/")
    assert page.get_by_role("button", name="Send invitation").is_visible()
    phone.close()

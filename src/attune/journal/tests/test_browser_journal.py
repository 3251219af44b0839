"""On a phone, a client writes a journal entry from a prompt and shares it with their clinician."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.journal.models import JournalEntry
from conftest import PASSWORD, assert_accessible, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_client_writes_from_a_prompt_and_shares_it_on_a_phone(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    clinician = make_user("tamsin@example.test", Role.CLINICIAN, org, "Dr Tamsin Vale")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(client.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_server.url + "/")

    page.goto(live_server.url + "/journal/")
    assert page.get_by_role("heading", name="Your journal").is_visible()
    assert_accessible(page, "empty journal")

    page.get_by_role("link", name="Browse prompts").click()
    page.wait_for_url("**/journal/prompts/")
    assert_accessible(page, "prompt library")
    laughter = page.locator("li", has_text="When did you last laugh with someone?")
    laughter.get_by_role("link", name="Write from this prompt").click()
    page.wait_for_url("**/journal/new/?prompt=anchors-laughter")
    assert page.get_by_text("When did you last laugh with someone?").is_visible()
    assert_accessible(page, "new entry form")

    page.get_by_role("button", name="Save entry").click()  # empty: refused, with a reason
    assert page.get_by_text("Please write something in your entry before saving.").is_visible()
    assert not JournalEntry.objects.exists()
    assert_accessible(page, "entry form with an error")

    page.get_by_label("Title (optional)").fill("Tea with Sam")
    page.get_by_label("Your entry").fill("We laughed about the cat until our tea went cold.")
    page.get_by_label("Tags (optional)").fill("friends, laughter")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url("**/journal/*/")
    assert page.get_by_text("Saved to your journal.").is_visible()
    assert page.get_by_role("heading", name="Tea with Sam").is_visible()
    assert page.get_by_text("Only you can read this entry.").is_visible()
    assert_accessible(page, "entry")

    page.get_by_role("button", name="Share with my clinician").click()
    assert page.get_by_text(
        "Shared with Dr Tamsin Vale. You can make it private again"
    ).is_visible()
    assert page.get_by_text("Shared with Dr Tamsin Vale (last shared").is_visible()
    entry = JournalEntry.objects.get(client=client)
    assert entry.prompt_key == "anchors-laughter" and entry.shared_with_clinician_at is not None
    assert entry.tag_list == ["friends", "laughter"]
    assert page.get_by_role("button", name="Make private again").is_visible()
    assert_accessible(page, "shared entry")

    page.get_by_role("link", name="Back to your journal").click()
    page.wait_for_url("**/journal/")
    assert page.get_by_text("Shared with Dr Tamsin Vale").first.is_visible()
    page.get_by_role("link", name="laughter").click()
    assert page.get_by_role("heading", name="Entries tagged “laughter”").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    assert_accessible(page, "journal filtered by tag")
    phone.close()


def test_support_edit_delete_and_the_clinician_view_are_accessible_on_a_phone(
    browser: Any, live_server: Any
) -> None:
    from django.conf import settings
    from django.test import Client

    from attune.accounts.models import ClientProfile

    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    ClientProfile.objects.filter(client=client).update(country="US")
    clinician = make_user("tamsin@example.test", Role.CLINICIAN, org, "Dr Tamsin Vale")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill(client.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_server.url + "/")

    page.goto(live_server.url + "/journal/new/")
    page.get_by_label("Your entry").fill("Some nights I want to die.")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url("**/journal/*/")
    support = page.get_by_role("region", name="You don't have to carry this alone")
    assert support.get_by_role("link", name="988", exact=True).is_visible()
    assert_accessible(page, "entry with crisis support")

    page.get_by_role("link", name="Edit").click()
    page.wait_for_url("**/edit/")
    assert page.get_by_label("Title (optional)").get_attribute("maxlength") == "120"
    page.get_by_label("Your entry").fill("  ")
    page.get_by_role("button", name="Save entry").click()
    assert page.get_by_text("Please write something in your entry before saving.").is_visible()
    assert JournalEntry.objects.get().body == "Some nights I want to die."
    assert_accessible(page, "edit form with an error")
    page.get_by_label("Title (optional)").fill("A hard night")
    page.get_by_label("Your entry").fill("Some nights are hard. Tonight was better.")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url("**/journal/*/")
    page.get_by_role("button", name="Share with my clinician").click()
    assert page.get_by_role("button", name="Make private again").is_visible()

    staff = Client()
    staff.force_login(clinician)
    desk = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    desk.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": staff.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    view = desk.new_page()
    view.goto(f"{live_server.url}/clients/{client.uuid}/journal/")
    assert view.get_by_role("heading", name="A hard night").is_visible()
    assert_accessible(view, "clinician's shared journal")
    desk.close()

    page.get_by_role("link", name="Delete").click()
    page.wait_for_url("**/delete/")
    assert_accessible(page, "delete confirmation")
    page.get_by_role("button", name="Delete entry").click()
    page.wait_for_url("**/journal/")
    assert not JournalEntry.objects.exists()
    phone.close()

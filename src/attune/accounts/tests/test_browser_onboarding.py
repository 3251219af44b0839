"""A clinician signs in with two-step sign-in, invites a client, and the client joins."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail

from attune.accounts import services
from attune.accounts.models import CareRelationship, Role
from conftest import PASSWORD, assert_accessible, fresh_totp_code, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clinician_with_mfa_invites_client_who_accepts_and_lands_home(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("clinician@example.test", Role.CLINICIAN, org, "Dr Tamsin Vale")
    base = live_server.url

    desk = browser.new_context()
    page = desk.new_page()
    page.goto(base + "/")
    assert "/accounts/login/" in page.url
    assert_accessible(page, "login")
    page.get_by_label("Email").fill(clinician.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/accounts/2fa/authenticate/")
    assert_accessible(page, "two-step code")
    page.get_by_label("Code").fill(fresh_totp_code())
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(base + "/")
    assert page.get_by_role("heading", name="Caseload").is_visible()
    assert_accessible(page, "clinician home")

    page.get_by_role("link", name="Invite a client").click()
    assert_accessible(page, "invitations")
    page.get_by_label("Their email address").fill("new.client@example.test")
    page.get_by_label("A short personal message (optional)").fill("Glad you reached out.")
    page.get_by_role("button", name="Send invitation").click()
    assert page.get_by_text("Invitation sent to new.client@example.test").is_visible()
    link = re.search(r"(/invite/[^/\s]+/)", mail.outbox[-1].body)
    assert link, mail.outbox[-1].body

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    client_page = phone.new_page()
    client_page.goto(base + link.group(1))
    assert client_page.get_by_text("Glad you reached out.").is_visible()
    assert_accessible(client_page, "invitation")
    client_page.get_by_label("I have read this and I agree.").check()
    client_page.get_by_role("button", name="Continue").click()
    client_page.wait_for_url("**/accounts/signup/**")
    assert_accessible(client_page, "sign up")
    client_page.locator("#id_password1").fill(PASSWORD)
    client_page.locator("#id_password2").fill(PASSWORD)
    client_page.get_by_label("Name to show").fill("Jun")
    client_page.get_by_role("button", name="Sign Up").click()
    client_page.wait_for_url(base + "/")
    assert client_page.get_by_text("Dr Tamsin Vale is supporting you.").is_visible()
    assert_accessible(client_page, "client home")
    assert CareRelationship.objects.filter(
        clinician=clinician, client__email="new.client@example.test"
    ).exists()

    page.goto(base + "/")
    assert page.get_by_role("link", name="Jun").is_visible()
    desk.close()
    phone.close()

"""A client exports their data, sees who viewed it, signs out another session, and leaves."""

from __future__ import annotations

import zipfile
from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role, User
from conftest import PASSWORD, assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_client_exports_sees_viewers_revokes_a_session_and_deletes_the_account(
    browser: Any, live_server: Any, tmp_path: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    base = live_server.url

    desk = browser.new_context()
    clinician_page = desk.new_page()
    sign_in(clinician_page, base, clinician, staff=True)
    clinician_page.goto(f"{base}/clients/{client.uuid}/")  # a read the client will see

    laptop = browser.new_context()
    other_session = laptop.new_page()
    sign_in(other_session, base, client)

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client)
    page.goto(base + "/me/privacy/")
    assert page.get_by_role("cell", name="Dr Vale").is_visible()
    assert_accessible(page, "privacy")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download my data").click()
        page.wait_for_url("**/reauthenticate/**")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Confirm").click()
    archive = tmp_path / "export.zip"
    download_info.value.save_as(archive)
    assert "accounts.clientprofile.json" in zipfile.ZipFile(archive).namelist()

    page.goto(base + "/accounts/sessions/")
    assert_accessible(page, "sessions")
    page.get_by_role("button", name="Sign Out Other Sessions").click()
    other_session.goto(base + "/")
    assert "/accounts/login/" in other_session.url

    page.goto(base + "/me/privacy/delete/")
    assert_accessible(page, "delete account")
    page.get_by_label("I understand; delete my account now").check()
    page.get_by_role("button", name="Delete my account").click()
    assert page.get_by_role("heading", name="Your account is deleted").is_visible()
    assert not User.objects.filter(email="robin@example.test").exists()

    page.goto(base + "/accounts/login/")
    page.get_by_label("Email").fill("robin@example.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    assert "/accounts/login/" in page.url

    clinician_page.goto(base + "/")
    assert clinician_page.get_by_text("Robin Example").count() == 0
    for context in (desk, laptop, phone):
        context.close()

"""Staff pages on a 390 px phone: the clinician's home and caseload and the admin's home
have no sideways page scroll with a demo-sized caseload, and stay accessible."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import Role
from attune.safety.models import RiskFlag
from conftest import assert_accessible, make_user, sign_in

from .factories import busy_client, checkin, client_in_care, phq9

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_WIDTH = "document.scrollingElement.scrollWidth"


def _demo_like_clinic() -> tuple[Any, Any]:
    """A clinician with a mixed caseload (long names, flags, scores, plans) and an admin
    whose staff list has long addresses, as the demo data has."""
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Community Therapy")
    clinician = make_user(
        "tamsin.vale-okonkwo@riverside-community-therapy.example",
        Role.CLINICIAN,
        org,
        "Dr Tamsin Vale-Okonkwo",
    )
    admin = make_user(
        "ari.administrator@riverside-community-therapy.example", Role.ADMIN, org, "Ari Admin"
    )
    make_user(
        "facilitator.francesca@riverside-community-therapy.example",
        Role.FACILITATOR,
        org,
        "Francesca Facilitator",
    )
    today = timezone.localdate()
    for n in range(3):
        busy_client(clinician, org, n, today)
    quiet = client_in_care(
        clinician,
        org,
        "maximiliana.featherstonehaugh@example.test",
        "Maximiliana Featherstonehaugh-Worthington",
    )
    for back in range(10):
        checkin(quiet, today - timedelta(days=back), mood=5)
    phq9(quiet, today - timedelta(weeks=4), 14)
    RiskFlag.objects.create(client=quiet, reason="journal_risk_language")
    return clinician, admin


@pytest.mark.parametrize("who", ["clinician", "admin"])
def test_staff_home_and_caseload_fit_a_phone(browser: Any, live_server: Any, who: str) -> None:
    clinician, admin = _demo_like_clinic()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    person = clinician if who == "clinician" else admin
    sign_in(page, live_server.url, person, staff=True)
    pages = ["/", "/caseload/"] if who == "clinician" else ["/"]
    for path in pages:
        page.goto(live_server.url + path)
        assert page.evaluate(PAGE_WIDTH) <= 390, f"{who} {path} scrolls sideways"
        assert_accessible(page, f"{who} {path} on a phone")
    phone.close()

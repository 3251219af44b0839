"""Partners get help too: the help bar, a safety plan of their own, and working links from
the crisis box their own heavy words bring up (issue 15)."""

from __future__ import annotations

import pytest
from django.test import Client

from attune.accounts.models import User
from attune.partners.models import PartnerFeedback
from attune.safety.models import SafetyPlan
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

PARTNER_MARKER = "partner-plan-private-7c1e"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _feedback(note: str) -> dict[str, str]:
    return {
        "felt_connected": "5",
        "felt_heard": "5",
        "closeness_moments": "1",
        "what_helped": "",
        "note": note,
    }


def test_partner_pages_carry_the_help_bar_and_their_own_safety_plan_link(cast: Cast) -> None:
    http = _login(cast.partner)
    for path in ("/", "/partners/", "/partners/feedback/", "/safety-plan/"):
        page = http.get(path).content.decode()
        assert "Need help right now?" in page, path
        assert 'href="/safety-plan/"' in page, path


def test_a_partner_writes_a_safety_plan_of_their_own_that_nobody_else_sees(
    cast: Cast,
) -> None:
    http = _login(cast.partner)
    page = http.get("/safety-plan/")
    assert page.status_code == 200
    assert b"This plan is yours alone" in page.content
    assert http.get("/safety-plan/edit/").status_code == 200
    saved = http.post("/safety-plan/edit/", {"warning_signs": PARTNER_MARKER, "help_people": "Jo"})
    assert saved.status_code == 302 and saved["Location"] == "/safety-plan/"
    plan = SafetyPlan.objects.get(client=cast.partner)
    assert plan.warning_signs == PARTNER_MARKER and plan.updated_by == cast.partner
    assert PARTNER_MARKER.encode() in http.get("/safety-plan/").content
    assert PARTNER_MARKER not in dump_database()
    # Nobody else reaches it: not the linked client, not the client's clinician, not an outsider.
    for other in (cast.client, cast.clinician, cast.other_clinician, cast.other_client):
        for path in ("/safety-plan/", "/safety-plan/edit/"):
            response = _login(other).get(path)
            assert PARTNER_MARKER.encode() not in response.content, (other, path)
    assert _login(cast.clinician).get(f"/clients/{cast.partner.uuid}/safety-plan/").status_code in {
        403,
        404,
    }
    # A client's own plan is untouched by the partner's.
    assert not SafetyPlan.objects.filter(client=cast.client).exists()


def test_roles_without_a_plan_of_their_own_are_refused(cast: Cast) -> None:
    for other in (cast.clinician, cast.facilitator, cast.admin):
        http = _login(other)
        assert http.get("/safety-plan/").status_code == 403
        assert http.post("/safety-plan/edit/", {"warning_signs": "x"}).status_code == 403
    assert not SafetyPlan.objects.exists()
    assert Client().get("/safety-plan/").status_code == 302  # signed out: sign in first


def test_a_partners_heavy_words_lead_to_working_help(cast: Cast) -> None:
    http = _login(cast.partner)
    response = http.post(
        "/partners/feedback/", _feedback("I want to kill myself tonight"), follow=True
    )
    page = response.content.decode()
    assert PartnerFeedback.objects.count() == 1
    assert "carry this alone" in page
    assert "Make a safety plan" in page and 'href="/safety-plan/"' in page
    assert 'href="/help-now/"' in page
    # Every link the crisis box offers answers the partner with a page, not a 403.
    for path in ("/safety-plan/", "/safety-plan/edit/", "/help-now/"):
        assert http.get(path).status_code == 200, path
    # The words are the partner's: no flag or notice for the client they are linked with.
    client_home = _login(cast.client).get("/partners/").content.decode()
    assert "kill myself" not in client_home

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from attune.accounts.models import ClientProfile, User
from attune.audit.models import AuditEvent
from attune.questionnaires import services as questionnaires
from attune.safety.models import RiskFlag, SafetyPlan
from attune.safety.services import crisis_for, escalate_overdue_flags
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

MARKER = "safety-plan-private-2b7f"
PLAN = {
    "warning_signs": f"Staying in bed all weekend {MARKER}",
    "coping_strategies": "A hot shower, the river walk",
    "distractions": "The library café",
    "help_people": "My sister Ana 07700 900123",
    "professionals": "Dr Vale; GP surgery",
    "environment": "Give the spare pills to Ana",
    "reasons_for_living": "My nephew",
}


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def test_client_writes_a_safety_plan_that_is_encrypted(cast: Cast) -> None:
    http = _login(cast.client)
    http.post("/safety-plan/edit/", PLAN)
    page = http.get("/safety-plan/").content.decode()
    assert "Staying in bed all weekend" in page and "My sister Ana" in page
    assert "Stanley" in page and "Brown 2012" in page
    assert MARKER not in dump_database()


def test_safety_plan_is_one_tap_away_on_client_pages(cast: Cast) -> None:
    for path in ("/", "/checkin/", "/questionnaires/", "/practice/"):
        page = _login(cast.client).get(path).content.decode()
        assert 'href="/safety-plan/"' in page, path


def test_safety_plan_shows_in_the_crisis_response(cast: Cast) -> None:
    _login(cast.client).post("/safety-plan/edit/", PLAN)
    http = _login(cast.client)
    response = http.post(
        "/questionnaires/phq9/", {f"item_{n}": "1" for n in range(1, 10)} | {"action": "submit"}
    )
    result = http.get(response["Location"]).content.decode()
    assert "Your safety plan" in result and "My sister Ana" in result


def test_clinician_writes_with_the_client_audited_and_others_refused(cast: Cast) -> None:
    clinician = _login(cast.clinician)
    clinician.post(f"/clients/{cast.client.uuid}/safety-plan/", PLAN)
    plan = SafetyPlan.objects.get(client=cast.client)
    assert plan.updated_by == cast.clinician
    assert AuditEvent.objects.filter(object_type="safety.safetyplan", action="read").exists()
    for outsider in (cast.other_clinician, cast.partner, cast.far_clinician, cast.other_client):
        response = _login(outsider).post(
            f"/clients/{cast.client.uuid}/safety-plan/", {"warning_signs": "x"}
        )
        assert response.status_code in {403, 404}
    plan.refresh_from_db()
    assert plan.warning_signs.startswith("Staying in bed")
    # A partner has a safety plan of their own (test_partner_help.py), never the client's.
    assert MARKER.encode() not in _login(cast.partner).get("/safety-plan/").content


def test_admin_sets_organisation_crisis_lines_used_in_crisis_responses(cast: Cast) -> None:
    ClientProfile.objects.filter(client=cast.client).update(country="GB")
    admin = _login(cast.admin)
    admin.post(
        "/organisation/crisis-lines/",
        {
            "country": "GB",
            "emergency": "999",
            "lines": "Riverside crisis team | 0161 000 0000 | 24/7",
        },
    )
    crisis = crisis_for(cast.client)
    assert [(line.name, line.contact) for line in crisis.lines] == [
        ("Riverside crisis team", "0161 000 0000")
    ]
    assert "Riverside crisis team" in _login(cast.client).get("/help-now/").content.decode()
    assert crisis_for(cast.other_client, "US").lines[0].contact == "988"  # defaults elsewhere


def test_bad_crisis_lines_are_refused_and_change_nothing(cast: Cast) -> None:
    admin = _login(cast.admin)
    response = admin.post(
        "/organisation/crisis-lines/",
        {"country": "GB", "emergency": "999", "lines": "no separator"},
    )
    assert b"needs a name and a number or website" in response.content
    assert crisis_for(cast.client, "GB").lines[0].contact == "116 123"
    for person in (cast.clinician, cast.client):
        assert _login(person).get("/organisation/crisis-lines/").status_code == 403


def test_unacknowledged_flag_escalates_once_to_the_admin(cast: Cast) -> None:
    questionnaires.submit(
        client=cast.client, instrument_id="phq9", answers=[1, 1, 1, 1, 1, 1, 1, 1, 1]
    )
    mail.outbox.clear()
    flag = RiskFlag.objects.get()
    assert escalate_overdue_flags(timezone.now() + timedelta(hours=2)) == 0
    later = timezone.now() + timedelta(hours=25)
    assert escalate_overdue_flags(later) == 1
    assert escalate_overdue_flags(later) == 0
    assert [m.to for m in mail.outbox] == [[cast.admin.email]]
    assert cast.client.email not in mail.outbox[0].body
    flag.refresh_from_db()
    assert flag.escalated_at is not None
    changes = AuditEvent.objects.filter(object_type="safety.riskflag", action="update")
    assert any("escalated_at" in event.fields for event in changes)


def test_acknowledged_flag_never_escalates(cast: Cast) -> None:
    questionnaires.submit(
        client=cast.client, instrument_id="phq9", answers=[1, 1, 1, 1, 1, 1, 1, 1, 1]
    )
    flag = RiskFlag.objects.get()
    _login(cast.clinician).post(
        f"/clients/{cast.client.uuid}/flags/{flag.pk}/acknowledge/", {"note": "Called today."}
    )
    assert escalate_overdue_flags(timezone.now() + timedelta(days=3)) == 0

"""Session prep: what happened since the last session, on a printable page and in the API."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from attune.accounts import services
from attune.audit.models import AuditEvent
from attune.plans import services as plans
from attune.safety.models import RiskFlag
from attune.valuework.models import ValueAction
from attune.workspace.models import ClinicianNote
from conftest import Cast

from .factories import at, checkin, phq9

pytestmark = pytest.mark.django_db

WIN_IN = "Winsome-1101 phoned my sister"
WIN_BEFORE = "Oldwin-2202 long ago"
SETBACK_IN = "Stumble-3303 cancelled the date"
SETBACK_BEFORE = "Oldstumble-4404 earlier"


def _http(user: Any) -> Client:
    http = Client()
    http.force_login(user)
    return http


@pytest.fixture
def planted(cast: Cast) -> Cast:
    """A week before and a week inside the range that starts 10 days ago."""
    today = timezone.localdate()
    checkin(cast.client, today - timedelta(days=20), win=WIN_BEFORE, setback=SETBACK_BEFORE)
    checkin(cast.client, today - timedelta(days=3), win=WIN_IN)
    checkin(cast.client, today - timedelta(days=2), setback=SETBACK_IN)
    phq9(cast.client, today - timedelta(days=25), 19)
    phq9(cast.client, today - timedelta(days=1), 11)
    old = RiskFlag.objects.create(client=cast.client, reason="trigger_risk_language")
    RiskFlag.objects.filter(pk=old.pk).update(created_at=at(today - timedelta(days=20)))
    inside = RiskFlag.objects.create(client=cast.client, reason="journal_risk_language")
    RiskFlag.objects.filter(pk=inside.pk).update(created_at=at(today - timedelta(days=4)))
    record = plans.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="single"
    )
    steps = plans.this_week(record, record.started_on)[1]
    plans.step_log(
        client=cast.client,
        record=record,
        step_id=steps[0].id,
        outcome="done",
        felt_safe=True,
        distress=20,
        reflection="Reflectprivate-5505",
    )
    plans.step_log(
        client=cast.client,
        record=record,
        step_id=steps[1].id,
        outcome="setback",
        felt_safe=False,
        distress=70,
    )
    plans.step_log(
        client=cast.client,
        record=record,
        step_id=steps[2].id,
        outcome="not_yet",
        felt_safe=True,
        distress=10,
    )
    ValueAction.objects.create(
        client=cast.client,
        domain="friends",
        action="Valuedone-6606 coffee with Jo",
        scheduled_on=today - timedelta(days=5),
        status="done",
    )
    ValueAction.objects.create(
        client=cast.client,
        domain="friends",
        action="Valuelater-7707 call Sam",
        scheduled_on=today - timedelta(days=4),
    )
    cast.titles = [s.title for s in steps]
    return cast


def _prep(cast: Cast, query: str = "", user: Any = None) -> Any:
    http = _http(user or cast.clinician)
    return http.get(f"/clients/{cast.client.uuid}/session-prep/{query}")


def test_session_prep_covers_the_range_and_nothing_before_it(planted: Cast) -> None:
    since = (timezone.localdate() - timedelta(days=10)).isoformat()
    response = _prep(planted, f"?since={since}")
    assert response.status_code == 200
    page = response.content.decode()
    assert WIN_IN in page and SETBACK_IN in page
    assert WIN_BEFORE not in page and SETBACK_BEFORE not in page
    # Risk events in range only, acknowledged or not.
    assert "Risk language in a journal entry" in page
    assert "Risk language in the trigger map" not in page
    assert "not yet acknowledged" in page
    # Scores: from the last before the range (19) to the latest in it (11), with words.
    assert "reliably improved" in page or "recovered" in page
    assert "−8" in page
    # Plan steps: done, not yet, and the setback among setbacks; reflections stay private.
    titles = planted.titles
    assert escape(titles[0]) in page and escape(titles[2]) in page
    assert f"Plan step “{escape(titles[1])}”: a setback (distress 70 of 100)." in page
    assert "Reflectprivate-5505" not in page
    # Values: done and not yet.
    assert "Valuedone-6606" in page and "Valuelater-7707" in page
    # Printable: print stylesheet and a print button driven by a static script.
    assert "workspace/workspace.css" in page and "workspace/print.js" in page
    assert "data-print" in page and "Print" in page
    assert "partner feedback" not in page.lower()


def test_default_since_is_the_last_session_date_else_two_weeks(planted: Cast) -> None:
    today = timezone.localdate()
    page = _prep(planted).content.decode()
    assert (today - timedelta(days=14)).isoformat() in page
    ClinicianNote.objects.create(
        client=planted.client,
        author=planted.clinician,
        body="session",
        session_date=today - timedelta(days=3),
    )
    page = _prep(planted).content.decode()
    assert f'value="{(today - timedelta(days=3)).isoformat()}"' in page
    assert WIN_IN in page and SETBACK_IN in page
    assert "Risk language in a journal entry" not in page  # raised 4 days ago


@pytest.mark.parametrize("bad", ["yesterday", "2026-13-40", "2999-01-01"])
def test_a_bad_since_falls_back_with_a_clear_message(planted: Cast, bad: str) -> None:
    response = _prep(planted, f"?since={bad}")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'role="alert"' in page
    fallback = (timezone.localdate() - timedelta(days=14)).isoformat()
    assert f"Showing what happened since {fallback} instead." in page
    if bad.startswith("2999"):
        assert "is in the future" in page
    else:
        assert "is not a date written as YYYY-MM-DD" in page


def test_session_prep_is_audited(planted: Cast) -> None:
    _prep(planted)
    read = set(
        AuditEvent.objects.filter(
            actor_uuid=planted.clinician.uuid, subject_uuid=planted.client.uuid, action="read"
        ).values_list("object_type", flat=True)
    )
    assert {"checkins.checkin", "safety.riskflag", "plans.steplog"} <= read


@pytest.mark.parametrize(
    "role", ["other_clinician", "far_clinician", "partner", "client", "facilitator", "admin"]
)
def test_outsiders_get_404(role: str, planted: Cast) -> None:
    assert _prep(planted, user=getattr(planted, role)).status_code == 404
    http = Client()
    token = services.api_token_create(user=getattr(planted, role))
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    api = http.get(f"/api/v1/clients/{planted.client.uuid}/session-prep", **auth)
    assert api.status_code == 404
    assert WIN_IN.encode() not in api.content


# --- API -------------------------------------------------------------------------------------


def _api(cast: Cast, query: str = "") -> Any:
    auth = {"HTTP_AUTHORIZATION": f"Bearer {services.api_token_create(user=cast.clinician)}"}
    return Client().get(f"/api/v1/clients/{cast.client.uuid}/session-prep{query}", **auth)


def test_api_session_prep_returns_the_same_summary(planted: Cast) -> None:
    since = (timezone.localdate() - timedelta(days=10)).isoformat()
    response = _api(planted, f"?since={since}")
    assert response.status_code == 200
    body = response.json()
    assert body["since"] == since and body["until"] == timezone.localdate().isoformat()
    assert [w["text"] for w in body["wins"]] == [WIN_IN]
    assert SETBACK_IN in [s["text"] for s in body["setbacks"]]
    assert [s["source"] for s in body["setbacks"]].count("plan") == 1
    assert [e["reason"] for e in body["risk_events"]] == ["journal_risk_language"]
    assert body["risk_events"][0]["acknowledged_at"] is None
    phq = next(s for s in body["score_changes"] if s["instrument"] == "phq9")
    assert (phq["before"], phq["after"], phq["difference"]) == (19, 11, -8)
    assert phq["change"] in {"reliably_improved", "recovered"}
    assert len(body["steps_done"]) == 1 and len(body["steps_not_yet"]) == 1
    assert [v["status"] for v in body["values_done"]] == ["done"]
    assert [v["status"] for v in body["values_not_yet"]] == ["not_yet"]
    assert AuditEvent.objects.filter(
        actor_uuid=planted.clinician.uuid, action="read", object_type="checkins.checkin", via="api"
    ).exists()


@pytest.mark.parametrize("bad", ["yesterday", "2999-01-01"])
def test_api_bad_since_is_a_422_naming_the_field(planted: Cast, bad: str) -> None:
    response = _api(planted, f"?since={bad}")
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Please check since:")
    assert "since" in response.json()["errors"]


def test_api_anonymous_is_401(cast: Cast) -> None:
    assert Client().get(f"/api/v1/clients/{cast.client.uuid}/session-prep").status_code == 401

"""The timeline pages: a client adds a medicine and a dose change, sees the chart and its
table, prints a prescriber summary; the plan's antidepressant flag follows what they confirm;
nobody else sees any of it except the treating clinician (audited)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.test import Client

from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.medications import services
from attune.medications.models import DoseChange, Medication
from attune.plans import services as plans
from attune.plans.models import PlanVersion
from conftest import Cast

pytestmark = pytest.mark.django_db


def _as(user: User) -> Client:
    browser = Client()
    browser.force_login(user)
    return browser


def _medicine(cast: Cast, name: str = "Sertraline", days_ago: int = 20) -> Medication:
    written = services.medication_create(
        client=cast.client,
        name=name,
        dose=50,
        unit="mg",
        started_on=client_today(cast.client) - timedelta(days=days_ago),
    )
    assert isinstance(written.record, Medication)
    return written.record


def _plan_flag(cast: Cast) -> bool:
    record = plans.active_plan(cast.client)
    assert record is not None
    return plans.engine_plan(record).profile.antidepressant


def test_client_adds_a_medicine_and_a_change_and_sees_it_beside_mood(cast: Cast) -> None:
    page = _as(cast.client)
    today = client_today(cast.client)
    CheckIn.objects.create(client=cast.client, day=today - timedelta(days=2), mood=7)
    answer = page.post(
        "/medications/new/",
        {
            "name": "Sertraline",
            "dose": "50",
            "unit": "mg",
            "started_on": (today - timedelta(days=30)).isoformat(),
        },
    )
    medication = Medication.objects.get(client=cast.client)
    assert answer.status_code == 302 and answer["Location"] == f"/medications/{medication.pk}/"
    answer = page.post(
        f"/medications/{medication.pk}/change/",
        {"date": (today - timedelta(days=2)).isoformat(), "dose": "100", "unit": "mg"},
    )
    assert answer.status_code == 302
    html = page.get("/medications/").content.decode()
    assert "Sertraline: dose changed from 50 mg to 100 mg" in html
    assert "Medicine changes beside mood and sexual loneliness" in html
    assert "<svg" in html and "The chart as a table" in html
    assert "Sertraline dose changed" in html  # the marker's legend on the chart
    assert "don't stop or change a medicine without talking to your prescriber" in html


def test_a_change_dated_before_the_start_is_refused_on_the_page(cast: Cast) -> None:
    medication = _medicine(cast, days_ago=5)
    day = (medication.started_on - timedelta(days=1)).isoformat()
    answer = _as(cast.client).post(
        f"/medications/{medication.pk}/change/", {"date": day, "dose": "25", "unit": "mg"}
    )
    assert answer.status_code == 200
    assert "A change cannot be before the day you started this medicine" in (
        answer.content.decode()
    )
    assert DoseChange.objects.count() == 0


def test_prescriber_summary_says_what_changed_when_and_not_to_stop_alone(cast: Cast) -> None:
    medication = _medicine(cast, days_ago=40)
    services.dose_change_create(
        client=cast.client,
        medication=medication,
        changed_on=client_today(cast.client) - timedelta(days=10),
        dose=100,
        unit="mg",
        reason="low mood persisted",
    )
    html = _as(cast.client).get("/medications/for-my-prescriber/").content.decode()
    assert "For my prescriber" in html
    assert "Sertraline: dose changed from 50 mg to 100 mg" in html
    assert "Why: low mood persisted" in html
    assert "don't stop or change a medicine without talking to your prescriber" in html


def test_other_people_cannot_see_or_change_a_clients_medicines(cast: Cast) -> None:
    medication = _medicine(cast)
    other = _as(cast.other_client)
    assert other.get(f"/medications/{medication.pk}/").status_code == 404
    change = {"date": medication.started_on.isoformat(), "dose": "5", "unit": "mg"}
    assert other.post(f"/medications/{medication.pk}/change/", change).status_code == 404
    assert (
        other.post(f"/medications/{medication.pk}/stop/", {"date": "2024-01-01"}).status_code == 404
    )
    assert "Sertraline" not in other.get("/medications/").content.decode()
    for person in (cast.partner, cast.clinician, cast.facilitator):
        assert _as(person).get("/medications/").status_code == 403
    assert DoseChange.objects.count() == 0 and Medication.objects.get().stopped_on is None


def test_treating_clinician_sees_the_timeline_audited_and_others_get_404(cast: Cast) -> None:
    _medicine(cast)
    url = f"/clients/{cast.client.uuid}/medications/"
    answer = _as(cast.clinician).get(url)
    assert answer.status_code == 200 and "Sertraline" in answer.content.decode()
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, object_type="medications.medication"
    ).exists()
    for outsider in (cast.other_clinician, cast.far_clinician, cast.partner, cast.other_client):
        assert _as(outsider).get(url).status_code == 404


def test_the_plan_asks_about_a_listed_antidepressant_and_follows_the_answer(cast: Cast) -> None:
    plans.plan_start(
        by=cast.client, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    assert _plan_flag(cast) is False
    medication = _medicine(cast, name="Zoloft")
    page = _as(cast.client)
    assert (
        "Is Zoloft an antidepressant? Use this in your plan?"
        in page.get("/medications/").content.decode()
    )

    page.post("/medications/plan-question/", {"medication": medication.pk, "answer": "yes"})
    assert _plan_flag(cast) is True
    assert PlanVersion.objects.filter(client=cast.client).count() == 2
    assert "Use this in your plan?" not in page.get("/medications/").content.decode()

    services.medication_stop(client=cast.client, medication=medication)
    html = page.get("/medications/").content.decode()
    assert "You have stopped your antidepressant. Keep its steps in your plan?" in html
    page.post("/medications/plan-question/", {"answer": "remove"})
    assert _plan_flag(cast) is False
    assert "Keep its steps" not in page.get("/medications/").content.decode()


def test_saying_no_is_remembered_and_a_medicine_not_on_the_list_is_not_asked(cast: Cast) -> None:
    plans.plan_start(
        by=cast.client, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    _medicine(cast, name="Vitamin D")
    page = _as(cast.client)
    assert "Use this in your plan?" not in page.get("/medications/").content.decode()
    listed = _medicine(cast, name="mirtazapine")
    page.post("/medications/plan-question/", {"medication": listed.pk, "answer": "no"})
    assert "Use this in your plan?" not in page.get("/medications/").content.decode()
    assert _plan_flag(cast) is False
    other = _as(cast.other_client)
    other.post("/medications/plan-question/", {"medication": listed.pk, "answer": "yes"})
    assert Medication.objects.get(pk=listed.pk).plan_answer == "no"


def test_side_effect_form_keeps_the_rating_optional(cast: Cast) -> None:
    page = _as(cast.client)
    today = client_today(cast.client).isoformat()
    answer = page.post("/medications/noticed/", {"date": today, "kind": "blunting", "rating": ""})
    assert answer.status_code == 302
    html = page.get("/medications/").content.decode()
    assert "Noticed: Emotional blunting, no rating" in html
    refused = page.post("/medications/noticed/", {"date": today, "kind": "other"})
    assert "Please say in a few words what you noticed." in refused.content.decode()


def test_api_timeline_and_page_agree_on_the_order(cast: Cast) -> None:
    medication = _medicine(cast, days_ago=9)
    services.dose_change_create(
        client=cast.client,
        medication=medication,
        changed_on=medication.started_on + timedelta(days=3),
        dose=75,
        unit="mg",
    )
    page = _as(cast.client)
    body = json.loads(page.get("/api/v1/medications/timeline").content)
    assert [e["kind"] for e in body["events"]] == ["started", "changed"]

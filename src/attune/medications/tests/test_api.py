"""The medication timeline over the API: what a client adds comes back in date order with the
scores of the same days; bad dates are 422s naming `date` and change nothing; nobody else sees
it (404), except the treating clinician (audited)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.medications.models import DoseChange, Medication, SideEffect
from attune.questionnaires import services as questionnaires
from attune.safety.models import RiskFlag
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db


def _api(user: User) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {accounts.api_token_create(user=user)}")


def _post(api: Client, url: str, body: dict[str, Any]) -> Any:
    return api.post(url, json.dumps(body), content_type="application/json")


def _counts() -> tuple[int, int, int]:
    return Medication.objects.count(), DoseChange.objects.count(), SideEffect.objects.count()


def _add(api: Client, started: str, name: str = "Sertraline") -> int:
    answer = _post(
        api,
        "/api/v1/medications",
        {"name": name, "dose": 50, "unit": "mg", "started_on": started},
    )
    assert answer.status_code == 201, answer.content
    return int(answer.json()["id"])


def test_client_adds_a_medicine_and_a_dose_change_and_the_timeline_orders_them(
    cast: Cast,
) -> None:
    api = _api(cast.client)
    today = client_today(cast.client)
    start, change = today - timedelta(days=20), today - timedelta(days=5)
    CheckIn.objects.create(client=cast.client, day=change, mood=6, sexual_loneliness=3)
    CheckIn.objects.create(client=cast.client, day=today - timedelta(days=10), mood=2)
    medication_id = _add(api, start.isoformat())

    answer = _post(
        api,
        f"/api/v1/medications/{medication_id}/changes",
        {"date": change.isoformat(), "dose": 100, "unit": "mg", "reason": "agreed with my GP"},
    )
    assert answer.status_code == 201
    assert answer.json()["dose"] == 100

    timeline = api.get("/api/v1/medications/timeline").json()
    events = [(e["date"], e["kind"], e["dose"], e["previous_dose"]) for e in timeline["events"]]
    assert events == [
        (start.isoformat(), "started", 50, None),
        (change.isoformat(), "changed", 100, 50),
    ]
    assert timeline["events"][1]["reason"] == "agreed with my GP"
    assert timeline["scores"] == [
        {"date": start.isoformat(), "mood": None, "sexual_loneliness": None, "asex_total": None},
        {"date": change.isoformat(), "mood": 6, "sexual_loneliness": 3, "asex_total": None},
    ]
    listed = api.get("/api/v1/medications").json()
    assert [(m["name"], m["current_dose"], m["current_unit"]) for m in listed] == [
        ("Sertraline", 100, "mg")
    ]


@pytest.mark.parametrize("when", ["before_start", "future", "after_stop"])
def test_a_change_outside_the_medicines_days_is_refused_naming_date(cast: Cast, when: str) -> None:
    api = _api(cast.client)
    today = client_today(cast.client)
    medication_id = _add(api, (today - timedelta(days=10)).isoformat())
    if when == "after_stop":
        stop_day = (today - timedelta(days=4)).isoformat()
        stopped = _post(api, f"/api/v1/medications/{medication_id}/stop", {"date": stop_day})
        assert stopped.status_code == 200
    day = {
        "before_start": today - timedelta(days=11),
        "future": today + timedelta(days=1),
        "after_stop": today - timedelta(days=2),
    }[when]
    before = _counts()
    answer = _post(
        api,
        f"/api/v1/medications/{medication_id}/changes",
        {"date": day.isoformat(), "dose": 25, "unit": "mg"},
    )
    assert answer.status_code == 422
    body = answer.json()
    assert list(body["errors"]) == ["date"]
    assert "detail" in body
    assert _counts() == before


def test_a_start_in_the_future_and_a_dose_of_zero_are_refused_and_nothing_is_stored(
    cast: Cast,
) -> None:
    api = _api(cast.client)
    tomorrow = (client_today(cast.client) + timedelta(days=1)).isoformat()
    answer = _post(
        api,
        "/api/v1/medications",
        {"name": "Sertraline", "dose": 0, "unit": "mg", "started_on": tomorrow},
    )
    assert answer.status_code == 422
    assert set(answer.json()["errors"]) == {"dose", "started_on"}
    for wrong in ({"dose": True}, {"dose": "50"}, {"unit": "spoonful"}, {"name": ""}):
        body = {"name": "Sertraline", "dose": 50, "unit": "mg", "started_on": "2024-01-01"}
        answer = _post(api, "/api/v1/medications", {**body, **wrong})
        assert answer.status_code == 422
        assert list(answer.json()["errors"]) == list(wrong)
    assert _counts() == (0, 0, 0)


def test_stopping_defaults_to_today_and_cannot_precede_the_last_change(cast: Cast) -> None:
    api = _api(cast.client)
    today = client_today(cast.client)
    medication_id = _add(api, (today - timedelta(days=10)).isoformat())
    _post(
        api,
        f"/api/v1/medications/{medication_id}/changes",
        {"date": (today - timedelta(days=3)).isoformat(), "dose": 25, "unit": "mg"},
    )
    early = _post(
        api,
        f"/api/v1/medications/{medication_id}/stop",
        {"date": (today - timedelta(days=5)).isoformat()},
    )
    assert early.status_code == 422 and list(early.json()["errors"]) == ["date"]
    assert Medication.objects.get().stopped_on is None
    stopped = _post(api, f"/api/v1/medications/{medication_id}/stop", {})
    assert stopped.status_code == 200
    assert stopped.json()["stopped_on"] == today.isoformat()
    kinds = [e["kind"] for e in api.get("/api/v1/medications/timeline").json()["events"]]
    assert kinds == ["started", "changed", "stopped"]


def test_side_effects_are_rated_only_when_wanted_and_other_needs_words(cast: Cast) -> None:
    api = _api(cast.client)
    today = client_today(cast.client).isoformat()
    medication_id = _add(api, today)
    rated = _post(
        api,
        "/api/v1/medications/side-effects",
        {"date": today, "kind": "desire", "rating": 7, "medication_id": medication_id},
    )
    assert rated.status_code == 201 and rated.json()["label"] == "Sexual desire"
    unrated = _post(api, "/api/v1/medications/side-effects", {"date": today, "kind": "sleep"})
    assert unrated.status_code == 201 and unrated.json()["rating"] is None
    before = _counts()
    for body, field in (
        ({"date": today, "kind": "other"}, "other"),
        ({"date": today, "kind": "desire", "rating": 11}, "rating"),
        ({"date": today, "kind": "itching"}, "kind"),
    ):
        answer = _post(api, "/api/v1/medications/side-effects", body)
        assert answer.status_code == 422
        assert list(answer.json()["errors"]) == [field]
    assert _counts() == before
    events = api.get("/api/v1/medications/timeline").json()["events"]
    assert [e["kind"] for e in events] == ["started", "side_effect", "side_effect"]


def test_another_client_gets_404_and_cannot_tie_a_side_effect_to_it(cast: Cast) -> None:
    medication_id = _add(_api(cast.client), "2024-01-01")
    other = _api(cast.other_client)
    assert other.get(f"/api/v1/medications/{medication_id}").status_code == 404
    change = {"date": "2024-02-01", "dose": 25, "unit": "mg"}
    assert _post(other, f"/api/v1/medications/{medication_id}/changes", change).status_code == 404
    assert _post(other, f"/api/v1/medications/{medication_id}/stop", {}).status_code == 404
    tied = _post(
        other,
        "/api/v1/medications/side-effects",
        {"date": "2024-02-01", "kind": "sleep", "medication_id": medication_id},
    )
    assert tied.status_code == 422 and list(tied.json()["errors"]) == ["medication_id"]
    assert other.get("/api/v1/medications").json() == []
    assert other.get("/api/v1/medications/timeline").json()["events"] == []
    assert other.get(f"/api/v1/medications/{2**63}").status_code in {404, 422}
    assert Medication.objects.get().stopped_on is None and DoseChange.objects.count() == 0


def test_partner_and_clinicians_cannot_keep_a_timeline(cast: Cast) -> None:
    for person in (cast.partner, cast.clinician):
        assert _api(person).get("/api/v1/medications").status_code == 403


def test_treating_clinician_reads_the_timeline_audited_and_outsiders_get_404(cast: Cast) -> None:
    _add(_api(cast.client), "2024-01-01")
    url = f"/api/v1/clients/{cast.client.uuid}/medications/timeline"
    answer = _api(cast.clinician).get(url)
    assert answer.status_code == 200
    assert answer.json()["events"][0]["name"] == "Sertraline"
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid,
        subject_uuid=cast.client.uuid,
        object_type="medications.medication",
        action=AuditEvent.Action.READ,
    ).exists()
    for outsider in (cast.other_clinician, cast.far_clinician, cast.partner, cast.other_client):
        assert _api(outsider).get(url).status_code == 404


def test_words_are_encrypted_at_rest(cast: Cast) -> None:
    api = _api(cast.client)
    medication_id = _add(api, "2024-01-01", name="Quetzalmedicine")
    _post(
        api,
        f"/api/v1/medications/{medication_id}/changes",
        {"date": "2024-02-01", "dose": 25, "unit": "mg", "reason": "zanzibar-reason-marker"},
    )
    stored = dump_database()
    assert "Quetzalmedicine" not in stored and "zanzibar-reason-marker" not in stored


def test_risk_words_in_a_reason_bring_support_and_a_flag(cast: Cast) -> None:
    api = _api(cast.client)
    medication_id = _add(api, "2024-01-01")
    answer = _post(
        api,
        f"/api/v1/medications/{medication_id}/changes",
        {
            "date": "2024-02-01",
            "dose": 25,
            "unit": "mg",
            "reason": "I want to kill myself and I have a plan to do it tonight",
        },
    )
    assert answer.status_code == 201
    assert answer.json()["support"]["level"] == "high"
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.source == "medication"


def test_asex_totals_appear_only_where_the_licence_is_held(cast: Cast) -> None:
    api = _api(cast.client)
    today = client_today(cast.client)
    _add(api, today.isoformat())
    questionnaires.licence_record(
        admin=cast.admin, organisation=cast.org, instrument_id="asex", reference="ref-1"
    )
    questionnaires.submit(client=cast.client, instrument_id="asex", answers=[2, 2, 2, 5, 2])
    licensed = api.get("/api/v1/medications/timeline").json()
    assert licensed["asex_shown"] is True
    assert licensed["scores"][0]["asex_total"] == 13

    from attune.questionnaires.models import InstrumentLicence

    InstrumentLicence.objects.all().delete()
    unlicensed = api.get("/api/v1/medications/timeline").json()
    assert unlicensed["asex_shown"] is False
    assert unlicensed["scores"][0]["asex_total"] is None


def test_a_start_before_1900_is_refused_so_the_chart_always_draws(cast: Cast) -> None:
    api = _api(cast.client)
    answer = _post(
        api,
        "/api/v1/medications",
        {"name": "Sertraline", "dose": 50, "unit": "mg", "started_on": "0001-01-01"},
    )
    assert answer.status_code == 422 and list(answer.json()["errors"]) == ["started_on"]
    assert Medication.objects.count() == 0

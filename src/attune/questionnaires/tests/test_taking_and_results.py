from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from attune.accounts import services as accounts
from attune.accounts.models import ClientProfile, Role, User
from attune.audit.models import AuditEvent
from attune.questionnaires import services
from attune.questionnaires.models import Administration, Assignment
from attune.safety.models import RiskFlag
from conftest import Cast, make_user

pytestmark = pytest.mark.django_db

PHQ9_ITEM9_POSITIVE = [1, 1, 1, 1, 1, 1, 1, 1, 2]


def _form(answers: list[int | None], action: str = "submit") -> dict[str, str]:
    data = {f"item_{n}": str(a) for n, a in enumerate(answers, start=1) if a is not None}
    data["action"] = action
    return data


def _login(person: User) -> Client:
    http = Client()
    http.force_login(person)
    return http


def test_client_takes_phq9_and_sees_score_band_and_time_frame(cast: Cast) -> None:
    http = _login(cast.client)
    page = http.get("/questionnaires/phq9/")
    assert page.status_code == 200
    assert b"Over the last 2 weeks" in page.content
    assert b"Little interest or pleasure in doing things" in page.content
    response = http.post("/questionnaires/phq9/", _form([2, 2, 1, 1, 1, 1, 1, 1, 0]))
    record = Administration.objects.get(client=cast.client)
    assert response["Location"] == f"/questionnaires/results/{record.pk}/"
    assert (record.total, record.band, record.scoring_version) == (10.0, "moderate", "phq9-1")
    assert record.answers == [2, 2, 1, 1, 1, 1, 1, 1, 0]
    result = http.get(response["Location"]).content.decode()
    assert "Your PHQ-9 score is 10 (possible range 0–27)" in result
    assert "moderate" in result
    assert "This is your first result" in result
    assert "116 123" not in result and "988" not in result  # no crisis block without item 9


def test_incomplete_answers_are_refused_and_nothing_is_stored(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/questionnaires/phq9/", _form([1, 1, 1, None, 1, 1, 1, 1, 0]))
    assert response.status_code == 200
    assert b"Please choose an answer for this question." in response.content
    assert not Administration.objects.exists()


def test_out_of_range_answer_names_the_item_and_stores_nothing(cast: Cast) -> None:
    with pytest.raises(Exception, match="item 4") as caught:
        services.submit(
            client=cast.client, instrument_id="phq9", answers=[1, 1, 1, 7, 1, 1, 1, 1, 0]
        )
    assert "0" in str(caught.value) and "3" in str(caught.value)
    assert not Administration.objects.exists()


def test_saving_for_later_keeps_answers_and_resumes(cast: Cast) -> None:
    http = _login(cast.client)
    http.post("/questionnaires/gad7/", _form([2, 1, None, None, None, None, None], "save"))
    started = Administration.objects.get(client=cast.client)
    assert started.status == Administration.IN_PROGRESS
    assert started.answers == [2, 1, None, None, None, None, None]
    page = http.get("/questionnaires/gad7/").content.decode()
    assert "2 of 7 answered" in page
    assert 'value="2" required id="id_item_1_2" checked' in page or "checked" in page
    http.post("/questionnaires/gad7/", _form([2, 1, 0, 0, 1, 1, 0]))
    assert Administration.objects.filter(client=cast.client).count() == 1
    assert Administration.objects.get(client=cast.client).status == Administration.SUBMITTED


def test_item9_above_zero_shows_crisis_lines_flags_clinician_and_never_blocks(
    cast: Cast, django_capture_on_commit_callbacks: object
) -> None:
    ClientProfile.objects.filter(client=cast.client).update(country="GB")
    http = _login(cast.client)
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        response = http.post("/questionnaires/phq9/", _form(PHQ9_ITEM9_POSITIVE))
    assert response.status_code == 302  # stored, not blocked
    result = http.get(response["Location"]).content.decode()
    assert "Samaritans" in result and "116 123" in result and "999" in result
    assert "Your clinician will be told about this answer" in result
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.item_answer == 2
    assert [m.to for m in mail.outbox] == [[cast.clinician.email]]
    assert cast.client.email not in mail.outbox[0].body  # no client details in email
    assert AuditEvent.objects.filter(object_type="safety.riskflag", action="create").exists()


def test_self_guided_client_is_pointed_to_a_professional(cast: Cast) -> None:
    org = cast.org
    ash = make_user("ash@example.test", Role.CLIENT, org, "Ash")
    http = _login(ash)
    response = http.post("/questionnaires/phq9/", _form([0, 0, 0, 0, 0, 0, 0, 0, 1]))
    result = http.get(response["Location"]).content.decode()
    assert "talking with a doctor or mental health professional" in result
    assert "findahelpline.com" in result  # no country: the international fallback
    assert RiskFlag.objects.filter(client=ash).count() == 1


def test_change_since_last_time_uses_talking_therapies_rules(cast: Cast) -> None:
    services.submit(client=cast.client, instrument_id="phq9", answers=[3, 3, 2, 2, 2, 2, 1, 1, 0])
    later = services.submit(
        client=cast.client, instrument_id="phq9", answers=[1, 1, 1, 1, 0, 0, 0, 0, 0]
    )
    page = _login(cast.client).get(f"/questionnaires/results/{later.administration.pk}/")
    assert "recovered" in page.content.decode()  # 16 → 4: reliable (≥6) and below 10


def test_another_client_cannot_open_a_result(cast: Cast) -> None:
    record = services.submit(client=cast.client, instrument_id="ucla3", answers=[2, 2, 2])
    response = _login(cast.other_client).get(f"/questionnaires/results/{record.administration.pk}/")
    assert response.status_code == 404


def test_permission_only_instrument_is_off_until_the_admin_records_a_licence(cast: Cast) -> None:
    http = _login(cast.client)
    assert http.get("/questionnaires/djg6/").status_code == 404
    with pytest.raises(Exception, match="licence"):
        services.submit(client=cast.client, instrument_id="djg6", answers=[1, 1, 1, 1, 1, 1])
    admin = _login(cast.admin)
    assert b"off until recorded" in admin.get("/organisation/licences/").content
    admin.post("/organisation/licences/", {"instrument": "djg6", "reference": "Letter 2026-03"})
    assert http.get("/questionnaires/djg6/").status_code == 200


def test_only_admins_record_licences(cast: Cast) -> None:
    for person in (cast.clinician, cast.client):
        response = _login(person).post(
            "/organisation/licences/", {"instrument": "djg6", "reference": "x"}
        )
        assert response.status_code == 403


def test_clinician_assigns_and_client_sees_it_due_on_home(cast: Cast) -> None:
    clinician = _login(cast.clinician)
    today = timezone.now().date()
    response = clinician.post(
        f"/clients/{cast.client.uuid}/questionnaires/assign/",
        {"instrument": "gad7", "cadence": "weekly", "start_on": today.isoformat()},
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get(client=cast.client)
    assert (assignment.cadence, assignment.assigned_by) == ("weekly", cast.clinician)
    home = _login(cast.client).get("/").content.decode()
    assert "Questionnaires ready for you" in home and "GAD-7" in home


def test_an_open_questionnaire_from_days_ago_is_listed_gently(cast: Cast) -> None:
    start = timezone.now().date() - timedelta(days=3)
    services.assignment_set(
        by=cast.clinician, client=cast.client, instrument_id="phq9", cadence="once", start_on=start
    )
    page = _login(cast.client).get("/questionnaires/").content.decode()
    assert "whenever you&#x27;re ready" in page or "whenever you're ready" in page
    for unkind in ("overdue", "late", "missed", "failed"):
        assert unkind not in page.lower()


def test_bad_assignment_is_refused_and_changes_nothing(cast: Cast) -> None:
    clinician = _login(cast.clinician)
    response = clinician.post(
        f"/clients/{cast.client.uuid}/questionnaires/assign/",
        {"instrument": "gad7", "cadence": "every_n_days", "start_on": "2026-11-01"},
    )
    assert response.status_code == 400
    assert b"Say how many days apart." in response.content
    assert not Assignment.objects.exists()


def test_unrelated_clinician_cannot_assign_or_see_flags(cast: Cast) -> None:
    services.submit(client=cast.client, instrument_id="phq9", answers=PHQ9_ITEM9_POSITIVE)
    other = _login(cast.other_clinician)
    assert other.get(f"/clients/{cast.client.uuid}/questionnaires/").status_code == 404
    response = other.post(
        f"/clients/{cast.client.uuid}/questionnaires/assign/",
        {"instrument": "gad7", "cadence": "weekly", "start_on": "2026-11-01"},
    )
    assert response.status_code == 404
    assert not Assignment.objects.exists()
    assert b"risk flag" not in other.get("/").content


def test_clinician_sees_flag_on_caseload_and_acknowledges_it(cast: Cast) -> None:
    services.submit(client=cast.client, instrument_id="phq9", answers=PHQ9_ITEM9_POSITIVE)
    clinician = _login(cast.clinician)
    assert "1 risk flag" in clinician.get("/").content.decode()
    page = clinician.get(f"/clients/{cast.client.uuid}/questionnaires/").content.decode()
    assert "PHQ-9 item 9 answered 2 (of 3)" in page
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, subject_uuid=cast.client.uuid, action="read"
    ).exists()
    flag = RiskFlag.objects.get()
    clinician.post(f"/clients/{cast.client.uuid}/flags/{flag.pk}/acknowledge/")
    flag.refresh_from_db()
    assert flag.acknowledged_at is None  # a follow-up needs a note
    clinician.post(
        f"/clients/{cast.client.uuid}/flags/{flag.pk}/acknowledge/",
        {"note": "Called the client; safety plan reviewed."},
    )
    flag.refresh_from_db()
    assert flag.acknowledgement_note == "Called the client; safety plan reviewed."
    assert flag.acknowledged_by == cast.clinician
    assert "risk flag" not in clinician.get("/").content.decode().replace("Risk flags", "")


def test_self_guided_client_gets_the_recommended_set_with_csi4_when_partnered(cast: Cast) -> None:
    ash = make_user("ash@example.test", Role.CLIENT, cast.org, "Ash")
    ClientProfile.objects.filter(client=ash).update(relationship_status="partnered")
    _login(ash).post("/questionnaires/suggested/")
    chosen = set(Assignment.objects.filter(client=ash).values_list("instrument", flat=True))
    assert chosen == {"phq9", "ucla3", "who5", "csi4"}  # DJG-6 waits for a licence record
    accounts.organisation_get_or_create(slug="riverside")
    _login(ash).post("/questionnaires/csi4/schedule/", {"action": "stop"})
    assert not Assignment.objects.filter(client=ash, instrument="csi4", active=True).exists()


def test_client_in_care_cannot_drop_a_clinician_assignment(cast: Cast) -> None:
    services.assignment_set(
        by=cast.clinician,
        client=cast.client,
        instrument_id="phq9",
        cadence="weekly",
        start_on=timezone.now().date(),
    )
    _login(cast.client).post("/questionnaires/phq9/schedule/", {"action": "stop"})
    assert Assignment.objects.filter(client=cast.client, active=True).count() == 1

"""The client overview (thread view, scores, plan, shared journal, trigger themes) and notes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import CareRelationship
from attune.audit.models import AuditEvent
from attune.journal import services as journal_services
from attune.journal.models import JournalEntry
from attune.practice.models import Trigger
from attune.safety.models import RiskFlag
from attune.workspace.models import ClinicianNote
from conftest import Cast, dump_database, make_user

from .factories import at, checkin, phq9

pytestmark = pytest.mark.django_db

NOTE_WORDS = "Quietwren-5512 spoke about the wedding"
JOURNAL_BODY = "Lanternfish-8841 the body of my entry"
TRIGGER_WORDS = "Saltmarsh-2290 what happened at the party"


def _http(user: Any) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _overview(cast: Cast, user: Any | None = None) -> Any:
    return _http(user or cast.clinician).get(f"/clients/{cast.client.uuid}/overview/")


@pytest.fixture
def history(cast: Cast) -> Cast:
    """Five weeks of check-ins and PHQ-9s, a shared and a private journal entry, triggers."""
    today = timezone.localdate()
    for back in range(35):
        day = today - timedelta(days=back)
        checkin(
            cast.client,
            day,
            mood=3 + back % 5,
            sexual_loneliness=8 - back % 4,
            emotional_loneliness=5,
            social_loneliness=2 + back % 3,
            win="small win" if back == 2 else "",
        )
    for week, total in ((5, 20), (3, 17), (1, 12), (0, 11)):
        phq9(cast.client, today - timedelta(weeks=week), total)
    journal_services.entry_share(
        client=cast.client,
        entry=JournalEntry.objects.create(
            client=cast.client, title="Tea with Sam", body=JOURNAL_BODY
        ),
    )
    JournalEntry.objects.create(client=cast.client, title="Private thoughts", body="private")
    for theme in ("betrayal", "betrayal", "body"):
        Trigger.objects.create(
            client=cast.client,
            occurred_at=at(today, 21),
            company="alone",
            what_happened=TRIGGER_WORDS,
            intensity_before=80,
            origin_theme=theme,
            compassionate_response="be kind",
            intensity_after=50,
        )
    return cast


def test_overview_shows_the_thread_scores_and_context(history: Cast) -> None:
    response = _overview(history)
    assert response.status_code == 200
    page = response.content.decode()
    # Thread view: two charts with tables, and a sentence on sexual loneliness beside mood.
    assert page.count("<svg") >= 2 and "chart-line" in page
    assert "Sexual, emotional and social loneliness, weekly means" in page
    assert "PHQ-9 over time, with the expected-improvement band" in page
    assert "Sexual loneliness has moved fairly independently of mood" in page
    assert "How closely sexual loneliness moves with PHQ-9 scores shows once" in page
    assert "Reliably better than the baseline" in page  # 20 → 12 and 11: reliable change
    assert "On track: the latest PHQ-9 of 11, 5 weeks after a baseline of 20" in page
    # Scores with change words, plan status, check-in summary.
    assert "reliably improved" in page
    assert "No plan yet." in page
    assert "Checked in on 28 of the last 28 days." in page
    # Shared journal: titles and dates only, never the body or private entries.
    assert "Tea with Sam" in page and JOURNAL_BODY not in page
    assert "Private thoughts" not in page
    assert f"/clients/{history.client.uuid}/journal/" in page
    # Trigger themes: counts only, never the client's words.
    assert "Past betrayal" in page and TRIGGER_WORDS not in page
    assert "3 moments on the trigger map" in page
    # Links to the other clinician pages.
    for path in ("checkins", "questionnaires", "plan", "values", "practice", "session-prep"):
        assert f"/clients/{history.client.uuid}/{path}/" in page


def test_overview_with_no_data_yet_still_renders(cast: Cast) -> None:
    page = _overview(cast).content.decode()
    assert "No PHQ-9 scores yet" in page
    assert "Progress against the expected curve needs at least two PHQ-9 scores." in page
    assert "No questionnaires answered yet." in page and "No notes yet." in page


def test_overview_lists_open_risk_flags_and_the_flags_of_the_row(cast: Cast) -> None:
    RiskFlag.objects.create(client=cast.client, reason="suicidality_item_positive", item_answer=2)
    page = _overview(cast).content.decode()
    assert "Needs attention" in page and "PHQ-9 item 9 answered above 0" in page
    assert f"/clients/{cast.client.uuid}/questionnaires/" in page


def test_overview_reads_are_audited(history: Cast) -> None:
    _overview(history)
    read = set(
        AuditEvent.objects.filter(
            actor_uuid=history.clinician.uuid, subject_uuid=history.client.uuid, action="read"
        ).values_list("object_type", flat=True)
    )
    assert {
        "checkins.checkin",
        "questionnaires.administration",
        "plans.clientplan",
        "practice.trigger",
        "journal.journalentry",
        "workspace.cliniciannote",
    } <= read


@pytest.mark.parametrize(
    "role", ["other_clinician", "far_clinician", "partner", "client", "other_client", "admin"]
)
def test_outsiders_get_404_for_the_overview(role: str, cast: Cast) -> None:
    http = _http(getattr(cast, role))
    assert http.get(f"/clients/{cast.client.uuid}/overview/").status_code == 404
    response = http.post(f"/clients/{cast.client.uuid}/notes/", {"body": "sneaky"})
    assert response.status_code == 404
    assert not ClinicianNote.objects.exists()


def test_ended_care_closes_the_overview(cast: Cast) -> None:
    care = CareRelationship.objects.get(clinician=cast.clinician, client=cast.client)
    services.care_end(actor=cast.client, care=care)
    assert _overview(cast).status_code == 404


# --- notes ---------------------------------------------------------------------------------


def _add(cast: Cast, user: Any = None, **data: Any) -> Any:
    return _http(user or cast.clinician).post(
        f"/clients/{cast.client.uuid}/notes/", {"body": NOTE_WORDS, **data}
    )


def test_clinician_adds_a_note_and_sees_it_on_the_overview(cast: Cast) -> None:
    day = timezone.localdate() - timedelta(days=1)
    http = _http(cast.clinician)
    response = http.post(
        f"/clients/{cast.client.uuid}/notes/", {"body": NOTE_WORDS, "session_date": day}
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/clients/{cast.client.uuid}/overview/#notes-title")
    note = ClinicianNote.objects.get()
    assert (note.author, note.client, note.session_date) == (cast.clinician, cast.client, day)
    page = http.get(response["Location"]).content.decode()
    assert NOTE_WORDS in page and "Note saved." in page
    assert f"/notes/{note.pk}/edit/" in page
    created = AuditEvent.objects.get(object_type="workspace.cliniciannote", action="create")
    assert created.subject_uuid == cast.client.uuid and created.actor_uuid == cast.clinician.uuid


def test_notes_are_encrypted_at_rest(cast: Cast) -> None:
    _add(cast)
    assert ClinicianNote.objects.get().body == NOTE_WORDS
    assert NOTE_WORDS not in dump_database()


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"body": "   "}, "This field is required."),
        ({"session_date": "not-a-date"}, "Enter a valid date."),
        ({"session_date": "2999-01-01"}, "A session date cannot be in the future."),
    ],
)
def test_bad_notes_are_refused_with_a_reason_and_change_nothing(
    cast: Cast, data: dict[str, str], error: str
) -> None:
    response = _add(cast, **data)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not ClinicianNote.objects.exists()


def test_a_second_treating_clinician_reads_but_cannot_change_anothers_note(cast: Cast) -> None:
    _add(cast)
    note = ClinicianNote.objects.get()
    colleague = make_user("colleague@example.test", "clinician", cast.org, "Dr Colleague")
    services.care_start(
        clinician=colleague, client=cast.client, organisation=cast.org, started_by=colleague
    )
    page = _overview(cast, colleague).content.decode()
    assert NOTE_WORDS in page and f"/notes/{note.pk}/edit/" not in page
    http = _http(colleague)
    base = f"/clients/{cast.client.uuid}/notes/{note.pk}"
    assert http.get(f"{base}/edit/").status_code == 403
    assert http.post(f"{base}/edit/", {"body": "changed"}).status_code == 403
    assert http.post(f"{base}/delete/").status_code == 403
    note.refresh_from_db()
    assert note.body == NOTE_WORDS


def test_the_author_edits_and_deletes_their_note(cast: Cast) -> None:
    _add(cast)
    note = ClinicianNote.objects.get()
    http = _http(cast.clinician)
    base = f"/clients/{cast.client.uuid}/notes/{note.pk}"
    form = http.get(f"{base}/edit/")
    assert form.status_code == 200 and NOTE_WORDS in form.content.decode()
    bad = http.post(f"{base}/edit/", {"body": ""})
    assert bad.status_code == 400
    note.refresh_from_db()
    assert note.body == NOTE_WORDS
    assert http.post(f"{base}/edit/", {"body": "Revised words"}).status_code == 302
    note.refresh_from_db()
    assert note.body == "Revised words"
    assert AuditEvent.objects.filter(
        object_type="workspace.cliniciannote", action="update", fields=["body"]
    ).exists()
    assert http.get(f"{base}/delete/").status_code == 200
    assert http.post(f"{base}/delete/").status_code == 302
    assert not ClinicianNote.objects.exists()
    assert AuditEvent.objects.filter(object_type="workspace.cliniciannote", action="delete")


def test_a_note_id_of_another_client_answers_404(cast: Cast) -> None:
    from .factories import client_in_care

    other = client_in_care(cast.clinician, cast.org, "second@example.test", "Second")
    note = ClinicianNote.objects.create(client=other, author=cast.clinician, body="x")
    http = _http(cast.clinician)
    assert http.get(f"/clients/{cast.client.uuid}/notes/{note.pk}/edit/").status_code == 404
    assert http.post(f"/clients/{cast.client.uuid}/notes/{note.pk}/delete/").status_code == 404
    assert ClinicianNote.objects.filter(pk=note.pk).exists()


def test_an_author_whose_care_ended_can_no_longer_see_or_change_notes(cast: Cast) -> None:
    _add(cast)
    note = ClinicianNote.objects.get()
    care = CareRelationship.objects.get(clinician=cast.clinician, client=cast.client)
    services.care_end(actor=cast.clinician, care=care)
    http = _http(cast.clinician)
    assert http.get(f"/clients/{cast.client.uuid}/notes/{note.pk}/edit/").status_code == 404
    assert http.post(f"/clients/{cast.client.uuid}/notes/{note.pk}/delete/").status_code == 404


def test_notes_never_reach_the_client_or_their_partner(cast: Cast) -> None:
    _add(cast)
    note = ClinicianNote.objects.get()
    for role in ("client", "partner"):
        http = _http(getattr(cast, role))
        base = f"/clients/{cast.client.uuid}"
        for url in (
            "/",
            f"{base}/overview/",
            f"{base}/session-prep/",
            f"{base}/notes/{note.pk}/edit/",
            "/me/profile/",
            "/journal/",
            "/checkin/insights/",
            "/plan/",
        ):
            response = http.get(url)
            assert NOTE_WORDS.encode() not in response.content, (role, url)
        api = http.get(f"/api/v1/clients/{cast.client.uuid}/session-prep")
        assert api.status_code == 404


def test_reading_a_note_to_edit_it_is_audited(cast: Cast) -> None:
    _add(cast)
    note = ClinicianNote.objects.get()
    AuditEvent.objects.all().delete()
    _http(cast.clinician).get(f"/clients/{cast.client.uuid}/notes/{note.pk}/edit/")
    assert AuditEvent.objects.filter(
        action="read", object_type="workspace.cliniciannote", actor_uuid=cast.clinician.uuid
    ).exists()


def test_a_planted_link_between_sexual_loneliness_and_mood_is_named(cast: Cast) -> None:
    today = timezone.localdate()
    for back in range(30):
        mood = [2, 5, 8, 3, 7, 4, 9, 1, 6][back % 9]
        checkin(cast.client, today - timedelta(days=back), mood=mood, sexual_loneliness=10 - mood)
    page = _overview(cast).content.decode()
    assert "Sexual loneliness has moved closely with mood (r = -1.00" in page


def test_overview_marks_a_client_in_maintenance_and_a_suggested_return(cast: Cast) -> None:
    from attune.plans import maintenance
    from attune.plans import services as plans
    from attune.plans.models import PlanProposal

    plans.plan_start(
        by=cast.clinician, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    before = _overview(cast).content.decode()
    assert "data-overview-maintenance" not in before and "Ready this week:" in before

    maintenance.maintenance_start(by=cast.clinician, client=cast.client)
    page = _overview(cast).content.decode()
    assert "data-overview-maintenance" in page
    assert "In maintenance" in page and "weekly check-in, monthly questionnaires" in page
    assert "Ready this week:" not in page  # not a full week of plan steps
    assert "a return to the full plan is suggested" not in page

    record = plans.active_plan(cast.client)
    assert record is not None
    PlanProposal.objects.create(
        client=cast.client,
        plan=record,
        plan_version=1,
        step_id=maintenance.RETURN_STEP_ID,
        kind=maintenance.RETURN_TO_FULL,
        proposal_json="{}",
    )
    assert "a return to the full plan is suggested" in _overview(cast).content.decode()

"""Maintenance: discharge, the lighter routine, the relapse-prevention plan, warning signs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test import Client

from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.checkins import services as checkins
from attune.checkins.models import CheckIn, CheckinReminder
from attune.checkins.reminders import send_due_reminders
from attune.checkins.services import client_today
from attune.plans import maintenance, services
from attune.plans.models import (
    ClientPlan,
    MaintenancePhase,
    PlanProposal,
    RelapsePreventionPlan,
)
from attune.questionnaires import services as questionnaires
from attune.questionnaires.models import Administration, Assignment
from attune.safety.models import RiskFlag
from conftest import Cast

pytestmark = pytest.mark.django_db

WARNING_WORDS = "I stop answering messages and sleep all weekend"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _start(cast: Cast) -> ClientPlan:
    return services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="midlife", relationship="partnered"
    )


def _self_guided_plan(client: User) -> ClientPlan:
    return services.plan_start(by=client, client=client, life_stage="adult", relationship="single")


def _history(client: User, *, early: tuple[int, int], recent: tuple[int, int]) -> date:
    """Eight weeks of daily check-ins ending today: (mood, sexual loneliness) per half."""
    today = client_today(client)
    first = today - timedelta(days=55)
    for i in range(56):
        mood, lonely = early if i < 28 else recent
        CheckIn.objects.create(
            client=client, day=first + timedelta(days=i), mood=mood, sexual_loneliness=lonely
        )
    return today


def _phq9(client: User, day: date, total: int) -> None:
    Administration.objects.create(
        client=client,
        instrument="phq9",
        status=Administration.SUBMITTED,
        answers=[0] * 9,
        total=total,
        submitted_on=day,
        submitted_at=datetime.combine(day, datetime.min.time(), tzinfo=UTC),
    )


# --- discharge and return ------------------------------------------------------------------


def test_clinician_discharges_to_maintenance_and_it_is_audited(cast: Cast) -> None:
    record = _start(cast)
    weekly = questionnaires.assignment_set(
        by=cast.clinician,
        client=cast.client,
        instrument_id="gad7",
        cadence="weekly",
        start_on=record.started_on,
    )
    response = _login(cast.clinician).post(
        f"/clients/{cast.client.uuid}/plan/maintenance/", {"action": "start"}
    )
    assert response.status_code == 302
    phase = MaintenancePhase.objects.get(client=cast.client)
    assert phase.why == MaintenancePhase.CLINICIAN and phase.ended_on is None
    assert AuditEvent.objects.filter(
        object_type="plans.maintenancephase", action="create", actor_uuid=cast.clinician.uuid
    ).exists()
    # Lighter questionnaires: the weekly one becomes monthly and the PHQ-9 is asked monthly.
    active = dict(
        Assignment.objects.filter(client=cast.client, active=True).values_list(
            "instrument", "cadence"
        )
    )
    assert active == {"gad7": "monthly", "phq9": "monthly"}
    record.refresh_from_db()
    assert record.version == 2
    assert "maintenance" in record.versions.first().reason
    page = _login(cast.clinician).get(f"/clients/{cast.client.uuid}/plan/").content.decode()
    assert "In maintenance since" in page
    # Back to the full plan gives the questionnaires back as they were.
    _login(cast.clinician).post(
        f"/clients/{cast.client.uuid}/plan/maintenance/", {"action": "return"}
    )
    phase.refresh_from_db()
    assert phase.ended_on is not None and phase.ended_by == cast.clinician
    active = dict(
        Assignment.objects.filter(client=cast.client, active=True).values_list(
            "instrument", "cadence"
        )
    )
    assert active == {"gad7": weekly.cadence}


@pytest.mark.parametrize("who", ["other_clinician", "far_clinician", "partner", "other_client"])
def test_only_the_treating_clinician_can_discharge(cast: Cast, who: str) -> None:
    _start(cast)
    before = AuditEvent.objects.filter(object_type="plans.maintenancephase").count()
    response = _login(getattr(cast, who)).post(
        f"/clients/{cast.client.uuid}/plan/maintenance/", {"action": "start"}
    )
    assert response.status_code == 404
    assert not MaintenancePhase.objects.exists()
    assert AuditEvent.objects.filter(object_type="plans.maintenancephase").count() == before


def test_discharge_twice_is_refused_with_a_clear_message(cast: Cast) -> None:
    _start(cast)
    maintenance.maintenance_start(by=cast.clinician, client=cast.client)
    response = _login(cast.clinician).post(
        f"/clients/{cast.client.uuid}/plan/maintenance/", {"action": "start"}, follow=True
    )
    assert "already in maintenance" in response.content.decode()
    assert MaintenancePhase.objects.count() == 1


def test_no_plan_means_nothing_to_discharge(cast: Cast) -> None:
    response = _login(cast.clinician).post(
        f"/clients/{cast.client.uuid}/plan/maintenance/", {"action": "start"}
    )
    assert response.status_code == 404
    assert not MaintenancePhase.objects.exists()


def test_client_who_improved_is_offered_maintenance_and_takes_it(cast: Cast) -> None:
    client = cast.other_client
    _self_guided_plan(client)
    today = _history(client, early=(3, 8), recent=(7, 4))
    _phq9(client, today - timedelta(days=55), 17)
    _phq9(client, today - timedelta(days=2), 8)
    http = _login(client)
    page = http.get("/plan/").content.decode()
    assert "Ready for a lighter routine?" in page
    http.post("/plan/maintenance/", {"action": "start"})
    phase = MaintenancePhase.objects.get(client=client)
    assert phase.why == MaintenancePhase.IMPROVED
    assert phase.baseline_mood == 3 and phase.baseline_sexual_loneliness == 8


def test_client_not_yet_improved_may_still_choose_maintenance(cast: Cast) -> None:
    client = cast.other_client
    _self_guided_plan(client)
    page = _login(client).get("/plan/").content.decode()
    assert "Ready for a lighter routine?" not in page
    assert "Feeling steadier? A lighter routine" in page
    _login(client).post("/plan/maintenance/", {"action": "start"})
    assert MaintenancePhase.objects.get(client=client).why == MaintenancePhase.CLIENT


def test_client_in_maintenance_sees_the_lighter_routine_and_their_plan(cast: Cast) -> None:
    record = _start(cast)
    step = services.this_week(record, record.started_on)[1][0]
    _login(cast.client).post(
        f"/plan/steps/{step.id}/", {"outcome": "done", "felt_safe": "yes", "distress": "20"}
    )
    maintenance.maintenance_start(by=cast.clinician, client=cast.client)
    maintenance.relapse_plan_save(client=cast.client, fields={"warning_signs": WARNING_WORDS})
    page = _login(cast.client).get("/plan/").content.decode()
    assert "Your lighter routine" in page
    assert "A check-in once a week" in page
    assert "A short questionnaire once a month." in page
    assert WARNING_WORDS in page
    routine = page[page.index("data-maintenance-routine") : page.index("data-relapse-plan")]
    assert step.title in routine  # a done step worth keeping up
    assert 'id="week-title"' not in page


# --- the relapse-prevention plan -------------------------------------------------------------


def test_relapse_plan_is_encrypted_at_rest(cast: Cast) -> None:
    plan, _safety = maintenance.relapse_plan_save(
        client=cast.client, fields={"warning_signs": WARNING_WORDS}
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT warning_signs FROM plans_relapsepreventionplan WHERE id = %s", [plan.pk]
        )
        stored = cursor.fetchone()[0]
    assert WARNING_WORDS not in stored
    assert RelapsePreventionPlan.objects.get(pk=plan.pk).warning_signs == WARNING_WORDS


def test_risk_words_in_the_relapse_plan_are_screened(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post(
        "/plan/relapse-prevention/",
        {"warning_signs": "I start planning to kill myself tonight"},
    )
    assert response.status_code == 302
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.source == "relapse_plan"


def test_too_long_an_answer_is_refused_naming_the_field(cast: Cast) -> None:
    response = _login(cast.client).post(
        "/plan/relapse-prevention/", {"what_helped": "x" * 2001, "warning_signs": "ok"}
    )
    assert response.status_code == 400
    assert "at most 2000 characters" in response.content.decode()
    assert not RelapsePreventionPlan.objects.exists()


def test_unknown_fields_are_refused_by_the_service(cast: Cast) -> None:
    with pytest.raises(Exception, match="Not part of a relapse-prevention plan"):
        maintenance.relapse_plan_save(client=cast.client, fields={"diagnosis": "x"})
    assert not RelapsePreventionPlan.objects.exists()


def test_partner_cannot_open_the_relapse_plan(cast: Cast) -> None:
    maintenance.relapse_plan_save(client=cast.client, fields={"warning_signs": WARNING_WORDS})
    response = _login(cast.partner).get("/plan/relapse-prevention/")
    assert response.status_code == 403
    assert WARNING_WORDS not in response.content.decode()


def test_another_client_sees_only_their_own_relapse_plan(cast: Cast) -> None:
    maintenance.relapse_plan_save(client=cast.client, fields={"warning_signs": WARNING_WORDS})
    response = _login(cast.other_client).get("/plan/relapse-prevention/")
    assert response.status_code == 200
    assert WARNING_WORDS not in response.content.decode()
    _login(cast.other_client).post("/plan/relapse-prevention/", {"what_helped": "walks"})
    assert RelapsePreventionPlan.objects.get(client=cast.client).what_helped == ""


@pytest.mark.parametrize("who", ["other_clinician", "far_clinician"])
def test_clinician_without_care_cannot_read_the_relapse_plan(cast: Cast, who: str) -> None:
    _start(cast)
    maintenance.maintenance_start(by=cast.clinician, client=cast.client)
    maintenance.relapse_plan_save(client=cast.client, fields={"warning_signs": WARNING_WORDS})
    response = _login(getattr(cast, who)).get(f"/clients/{cast.client.uuid}/plan/")
    assert response.status_code == 404
    assert WARNING_WORDS not in response.content.decode()


def test_treating_clinician_reads_the_relapse_plan_and_the_read_is_audited(cast: Cast) -> None:
    _start(cast)
    maintenance.maintenance_start(by=cast.clinician, client=cast.client)
    maintenance.relapse_plan_save(client=cast.client, fields={"warning_signs": WARNING_WORDS})
    page = _login(cast.clinician).get(f"/clients/{cast.client.uuid}/plan/").content.decode()
    assert WARNING_WORDS in page
    assert AuditEvent.objects.filter(
        object_type="plans.relapsepreventionplan", action="read", actor_uuid=cast.clinician.uuid
    ).exists()


# --- warning signs and the return ----------------------------------------------------------


def _in_maintenance(cast: Cast) -> MaintenancePhase:
    _start(cast)
    phase = maintenance.maintenance_start(by=cast.clinician, client=cast.client)
    phase.baseline_mood, phase.baseline_sexual_loneliness = 3.0, 8.0
    phase.started_on -= timedelta(days=30)
    phase.save()
    return phase


def _weekly_checkins(client: User, values: list[tuple[int, int]]) -> None:
    today = client_today(client)
    for weeks_ago, (mood, lonely) in zip(range(len(values) - 1, -1, -1), values, strict=True):
        checkins.checkin_create(
            client=client,
            day=today - timedelta(days=weeks_ago * 4),
            mood=mood,
            sexual_loneliness=lonely,
        )


def test_warning_signs_in_check_ins_propose_a_return_the_clinician_decides(cast: Cast) -> None:
    phase = _in_maintenance(cast)
    _weekly_checkins(cast.client, [(7, 3), (3, 8), (4, 7), (3, 9)])
    proposal = PlanProposal.objects.get(kind=maintenance.RETURN_TO_FULL)
    assert proposal.status == PlanProposal.PENDING
    page = _login(cast.client).get("/plan/").content.decode()
    assert "look more like the time you started" in page
    assert "Your clinician will look at this with you." in page
    _login(cast.clinician).post(f"/plan/proposals/{proposal.pk}/decide/", {"decision": "approve"})
    phase.refresh_from_db()
    assert phase.ended_on is not None
    page = _login(cast.client).get("/plan/").content.decode()
    assert 'id="week-title"' in page and "Your lighter routine" not in page


def test_check_ins_from_before_maintenance_are_not_warning_signs(cast: Cast) -> None:
    _start(cast)
    _weekly_checkins(cast.client, [(3, 8), (3, 8), (3, 8)])
    phase = maintenance.maintenance_start(by=cast.clinician, client=cast.client)
    phase.baseline_mood, phase.baseline_sexual_loneliness = 3.0, 8.0
    phase.save()
    assert maintenance.warning_check(cast.client) is None


def test_one_hard_week_does_not_propose_a_return(cast: Cast) -> None:
    _in_maintenance(cast)
    _weekly_checkins(cast.client, [(7, 3), (7, 3), (3, 9), (7, 3)])
    assert not PlanProposal.objects.filter(kind=maintenance.RETURN_TO_FULL).exists()


def test_a_declined_return_is_not_asked_again_for_two_weeks(cast: Cast) -> None:
    _in_maintenance(cast)
    _weekly_checkins(cast.client, [(3, 8), (3, 8), (3, 8)])
    proposal = PlanProposal.objects.get(kind=maintenance.RETURN_TO_FULL)
    _login(cast.clinician).post(f"/plan/proposals/{proposal.pk}/decide/", {"decision": "decline"})
    day = client_today(cast.client) - timedelta(days=1)
    checkins.checkin_create(client=cast.client, day=day, mood=2, sexual_loneliness=9)
    assert PlanProposal.objects.filter(kind=maintenance.RETURN_TO_FULL).count() == 1
    assert maintenance.open_phase(cast.client) is not None


def test_self_guided_client_names_a_warning_sign_and_chooses_to_return(cast: Cast) -> None:
    client = cast.other_client
    _self_guided_plan(client)
    maintenance.maintenance_start(by=client, client=client)
    http = _login(client)
    http.post("/plan/maintenance/", {"action": "sign"})
    proposal = PlanProposal.objects.get(kind=maintenance.RETURN_TO_FULL)
    page = http.get("/plan/").content.decode()
    assert "You noticed one of your warning signs" in page
    http.post(f"/plan/proposals/{proposal.pk}/decide/", {"decision": "approve"})
    assert maintenance.open_phase(client) is None


def test_another_client_cannot_decide_the_return(cast: Cast) -> None:
    _in_maintenance(cast)
    maintenance.named_sign_noticed(client=cast.client)
    proposal = PlanProposal.objects.get(kind=maintenance.RETURN_TO_FULL)
    response = _login(cast.other_client).post(
        f"/plan/proposals/{proposal.pk}/decide/", {"decision": "approve"}
    )
    assert response.status_code == 404
    proposal.refresh_from_db()
    assert proposal.status == PlanProposal.PENDING


# --- boosters, reminders, home, caseload ---------------------------------------------------


def test_booster_check_done_books_the_next_in_four_weeks(cast: Cast) -> None:
    phase = _in_maintenance(cast)
    phase.next_booster_on = client_today(cast.client)
    phase.save()
    http = _login(cast.client)
    assert "Booster check done" in http.get("/plan/").content.decode()
    http.post("/plan/maintenance/", {"action": "booster", "reflection": "Walks still help."})
    phase.refresh_from_db()
    assert phase.next_booster_on == client_today(cast.client) + timedelta(weeks=4)
    assert phase.boosters.get().reflection == "Walks still help."


def test_clinician_books_a_booster_session_and_a_past_day_is_refused(cast: Cast) -> None:
    phase = _in_maintenance(cast)
    url = f"/clients/{cast.client.uuid}/plan/maintenance/"
    before = phase.next_booster_on
    response = _login(cast.clinician).post(
        url, {"action": "booster", "on": "2000-01-01"}, follow=True
    )
    assert "Choose a day from today to a year ahead." in response.content.decode()
    phase.refresh_from_db()
    assert phase.next_booster_on == before and not phase.booster_with_clinician
    day = client_today(cast.client) + timedelta(days=10)
    _login(cast.clinician).post(url, {"action": "booster", "on": day.isoformat()})
    phase.refresh_from_db()
    assert phase.next_booster_on == day and phase.booster_with_clinician
    response = _login(cast.other_clinician).post(url, {"action": "booster", "on": "2030-01-01"})
    assert response.status_code == 404


def test_reminders_in_maintenance_come_weekly(cast: Cast) -> None:
    _in_maintenance(cast)
    CheckinReminder.objects.create(client=cast.client, enabled=True, local_time="00:00")
    today = client_today(cast.client)
    CheckIn.objects.create(client=cast.client, day=today - timedelta(days=3), mood=6)
    assert send_due_reminders() == 0
    assert not mail.outbox
    CheckIn.objects.all().delete()
    CheckIn.objects.create(client=cast.client, day=today - timedelta(days=7), mood=6)
    assert send_due_reminders() == 1


def test_home_says_this_weeks_check_in_is_done_in_maintenance(cast: Cast) -> None:
    _in_maintenance(cast)
    CheckIn.objects.create(
        client=cast.client, day=client_today(cast.client) - timedelta(days=2), mood=6
    )
    page = _login(cast.client).get("/").content.decode()
    assert "check-in is done. In your lighter routine once a week is plenty" in page


def test_caseload_shows_maintenance_clients_apart(cast: Cast) -> None:
    _in_maintenance(cast)
    page = _login(cast.clinician).get("/caseload/").content.decode()
    assert "In maintenance" in page
    section = page[page.index("data-caseload-maintenance") :]
    assert str(cast.client.display_name) in section
    assert str(cast.client.display_name) not in page[: page.index("data-caseload-maintenance")]


def test_calendar_feed_follows_the_lighter_routine_in_maintenance(cast: Cast) -> None:
    from icalendar import Calendar

    from attune.checkins import calendar

    record = _start(cast)
    plan = services.engine_plan(record)
    done = sorted(plan.steps, key=lambda s: (s.difficulty, s.id))[:5]
    for step in done:
        services.step_log(
            client=cast.client,
            record=record,
            step_id=step.id,
            outcome="done",
            felt_safe=True,
            distress=10,
        )
    raw = calendar.feed_create(client=cast.client)

    def feed() -> tuple[list[str], list[str]]:
        parsed = Calendar.from_ical(Client().get(f"/calendar/{raw}.ics").content)
        events = list(parsed.walk("VEVENT"))
        summaries = [str(e["summary"]) for e in events if str(e["summary"]).startswith("attune:")]
        rules = [e["rrule"].to_ical().decode() for e in events if "rrule" in e]
        return summaries, rules

    week_steps, rules = feed()
    assert week_steps and all(s.endswith("for this week") for s in week_steps)
    assert rules == ["FREQ=DAILY"]

    maintenance.maintenance_start(by=cast.clinician, client=cast.client)
    kept, rules = feed()
    keep_up = maintenance.keep_up_steps(record)
    assert len(kept) == len(keep_up) == 3  # the few steps kept up, not a full week
    assert kept == [f"attune: step {n} to keep up this week" for n in (1, 2, 3)]
    assert rules == ["FREQ=WEEKLY"]  # the check-in once a week
    text = Client().get(f"/calendar/{raw}.ics").content.decode()
    assert not any(step.title in text for step in plan.steps)

    maintenance.maintenance_end(by=cast.clinician, client=cast.client)
    back, rules = feed()
    assert all(s.endswith("for this week") for s in back) and rules == ["FREQ=DAILY"]

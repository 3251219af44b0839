"""Steps open their tools and are counted with the person's own tap; reading steps sit apart
from this week's steps; step-log words fit what was logged; the clinician sees a waiting
plan decision and the log that led to it."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.test import Client

from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.clinical.plans.week import WEEK_STEPS
from attune.plans import services
from attune.plans.models import ClientPlan, PlanProposal, StepLog
from conftest import Cast

pytestmark = pytest.mark.django_db

READ_STEP = "read-depression-and-desire"
ARTICLE = "/library/depression-and-desire/"
TRIGGER = {
    "occurred_at": "2026-11-20T22:15",
    "company": "alone",
    "place": "kitchen",
    "what_happened": "Saw old photos",
    "intensity_before": "70",
    "body_sensations": "tight chest",
    "automatic_thought": "Nobody will ever want me",
    "origin_theme": "betrayal",
}
EXPERIMENT = {
    "belief": "If I say hello they will ignore me",
    "belief_before": "80",
    "prediction": "They will look away",
    "plan": "Say hello to a neighbour",
    "safety_behaviours": "Looking at my phone",
    "planned_on": "2026-11-28",
}


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _plan(cast: Cast, *, antidepressant: bool = False) -> ClientPlan:
    return services.plan_start(
        by=cast.clinician,
        client=cast.client,
        life_stage="adult",
        relationship="single",
        antidepressant=antidepressant,
    )


def _messages(response: Any) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


# --- reading steps --------------------------------------------------------------------------


def test_reading_steps_do_not_take_this_weeks_three_slots(cast: Cast) -> None:
    record = _plan(cast, antidepressant=True)
    _week, ready = services.this_week(record, record.started_on)
    reading = services.to_read(record, record.started_on)
    assert len(ready) == WEEK_STEPS
    assert not any(step.tool.startswith("article:") for step in ready)
    assert {s.id for s in reading} >= {READ_STEP, "read-antidepressants-and-sexual-function"}
    page = _login(cast.client).get("/plan/").content.decode()
    assert "To read when you like" in page
    section = page.split("To read when you like", 1)[1]
    assert "How depression affects desire" in section or "depression" in section.lower()


def test_the_api_lists_reading_steps_apart_from_this_week(cast: Cast) -> None:
    record = _plan(cast)
    out = _login(cast.client).get("/api/v1/plan")
    assert out.status_code == 200, out.content
    data = out.json()
    assert READ_STEP in data["to_read"] and READ_STEP not in data["this_week"]
    assert len(data["this_week"]) <= WEEK_STEPS
    assert record.pk  # the plan exists


def test_a_reading_step_opens_its_article(cast: Cast) -> None:
    _plan(cast)
    response = _login(cast.client).get(f"/plan/steps/{READ_STEP}/open/")
    assert response.status_code == 302 and response["Location"] == ARTICLE


def test_after_reading_the_article_offers_to_count_the_step_and_one_tap_logs_it(
    cast: Cast,
) -> None:
    record = _plan(cast)
    http = _login(cast.client)
    assert "Count this for your step" not in http.get(ARTICLE).content.decode()
    http.post(f"{ARTICLE}read/")
    page = http.get(ARTICLE).content.decode()
    assert "Count this for your step" in page and f'data-step-offer="{READ_STEP}"' in page
    assert not StepLog.objects.exists()  # offering logs nothing
    response = http.post(f"/plan/steps/{READ_STEP}/count/", {"decision": "count", "next": ARTICLE})
    assert response.status_code == 302 and response["Location"] == ARTICLE
    log = StepLog.objects.get(plan=record, step_id=READ_STEP)
    assert (log.outcome, log.via) == ("done", "article:depression-and-desire")
    # How it felt was not asked in the one tap: left empty, never guessed.
    assert log.felt_safe is None and log.distress is None
    assert "Count this for your step" not in http.get(ARTICLE).content.decode()
    assert "read and counted" in http.get("/plan/").content.decode()


def test_counting_a_reading_step_before_reading_it_changes_nothing(cast: Cast) -> None:
    _plan(cast)
    response = _login(cast.client).post(
        f"/plan/steps/{READ_STEP}/count/", {"decision": "count", "next": ARTICLE}
    )
    assert "Nothing is saved for this step yet." in _messages(response)
    assert not StepLog.objects.exists()


def test_not_now_logs_nothing_and_stops_offering(cast: Cast) -> None:
    _plan(cast)
    http = _login(cast.client)
    http.post(f"{ARTICLE}read/")
    http.post(f"/plan/steps/{READ_STEP}/count/", {"decision": "skip", "next": ARTICLE})
    assert not StepLog.objects.exists()
    assert "Count this for your step" not in http.get(ARTICLE).content.decode()


def test_how_it_felt_can_be_added_to_the_tap_and_bad_values_change_nothing(cast: Cast) -> None:
    record = _plan(cast)
    http = _login(cast.client)
    http.post(f"{ARTICLE}read/")
    bad = http.post(
        f"/plan/steps/{READ_STEP}/count/",
        {"decision": "count", "distress": "500", "next": ARTICLE},
    )
    assert any("less than or equal to 100" in m for m in _messages(bad))
    assert not StepLog.objects.exists()
    http.post(
        f"/plan/steps/{READ_STEP}/count/",
        {"decision": "count", "felt_safe": "no", "distress": "35", "next": ARTICLE},
    )
    log = StepLog.objects.get(plan=record)
    assert (log.felt_safe, log.distress) == (False, 35)


def test_counting_is_a_post(cast: Cast) -> None:
    _plan(cast)
    assert _login(cast.client).get(f"/plan/steps/{READ_STEP}/count/").status_code == 405


def test_an_offsite_next_is_not_followed(cast: Cast) -> None:
    _plan(cast)
    http = _login(cast.client)
    http.post(f"{ARTICLE}read/")
    response = http.post(
        f"/plan/steps/{READ_STEP}/count/",
        {"decision": "count", "next": "https://evil.example/"},
    )
    assert response["Location"] == "/plan/"


# --- tools that save a record ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("step_id", "tool_page", "form", "saved_page"),
    [
        ("trigger-map-single", "/practice/triggers/new/", TRIGGER, "/practice/triggers/"),
        ("widen-contacts", "/practice/experiments/new/", EXPERIMENT, "/practice/experiments/"),
    ],
)
def test_a_step_opens_its_tool_and_saving_offers_to_count_it(
    cast: Cast, step_id: str, tool_page: str, form: dict[str, str], saved_page: str
) -> None:
    record = _plan(cast)
    http = _login(cast.client)
    opened = http.get(f"/plan/steps/{step_id}/open/")
    assert opened["Location"] == tool_page
    saved = http.post(tool_page, form)
    assert saved.status_code == 302 and saved["Location"].startswith(saved_page)
    page = http.get(saved["Location"]).content.decode()
    assert f'data-step-offer="{step_id}"' in page
    assert not StepLog.objects.exists()
    http.post(f"/plan/steps/{step_id}/count/", {"decision": "count", "next": saved["Location"]})
    log = StepLog.objects.get(plan=record, step_id=step_id)
    assert log.outcome == "done" and log.via == record_tool(record, step_id)
    assert f'data-step-offer="{step_id}"' not in http.get(saved["Location"]).content.decode()


def record_tool(record: ClientPlan, step_id: str) -> str:
    return services.engine_plan(record).step(step_id).tool


def test_a_tool_step_is_not_counted_without_using_the_tool(cast: Cast) -> None:
    _plan(cast)
    http = _login(cast.client)
    http.get("/plan/steps/trigger-map-single/open/")
    response = http.post("/plan/steps/trigger-map-single/count/", {"decision": "count"})
    assert "Nothing is saved for this step yet." in _messages(response)
    assert not StepLog.objects.exists()


def test_a_tool_step_not_opened_from_the_plan_is_not_offered(cast: Cast) -> None:
    _plan(cast)
    http = _login(cast.client)
    saved = http.post("/practice/triggers/new/", TRIGGER)
    assert "data-step-offer" not in http.get(saved["Location"]).content.decode()
    response = http.post("/plan/steps/trigger-map-single/count/", {"decision": "count"})
    assert "Open the step from your plan first." in _messages(response)
    assert not StepLog.objects.exists()


def test_counted_steps_without_how_it_felt_propose_no_change(cast: Cast) -> None:
    record = _plan(cast)
    http = _login(cast.client)
    for _ in range(3):
        http.get("/plan/steps/trigger-map-single/open/")
        http.post("/practice/triggers/new/", TRIGGER)
        http.post("/plan/steps/trigger-map-single/count/", {"decision": "count"})
    assert StepLog.objects.filter(plan=record, via="trigger_map").count() == 3
    assert not PlanProposal.objects.filter(plan=record).exists()


# --- who may ------------------------------------------------------------------------------


def test_others_cannot_open_or_count_a_clients_step(cast: Cast) -> None:
    _plan(cast)
    _login(cast.client).post(f"{ARTICLE}read/")
    for user, status in (
        (cast.other_client, 404),  # another client: no plan of theirs has it
        (cast.partner, 403),
        (cast.clinician, 403),
    ):
        http = _login(user)
        assert http.get(f"/plan/steps/{READ_STEP}/open/").status_code == status
        response = http.post(f"/plan/steps/{READ_STEP}/count/", {"decision": "count"})
        assert response.status_code == status
    assert not StepLog.objects.exists()


def test_partner_sees_no_offer_on_an_article(cast: Cast) -> None:
    _plan(cast)
    _login(cast.client).post(f"{ARTICLE}read/")
    page = _login(cast.partner).get(ARTICLE)
    assert page.status_code == 200 and b"data-step-offer" not in page.content


# --- words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "felt_safe", "expected"),
    [
        ("setback", "yes", "information, not a verdict"),
        ("not_yet", "yes", "Logged as not yet. The step will wait for you"),
        ("done", "no", "Thank you for telling us it did not feel safe"),
        ("done", "yes", "Each small step counts"),
    ],
)
def test_logged_words_fit_the_outcome_and_never_shame(
    cast: Cast, outcome: str, felt_safe: str, expected: str
) -> None:
    record = _plan(cast)
    step = services.this_week(record, record.started_on)[1][0].id
    response = _login(cast.client).post(
        f"/plan/steps/{step}/",
        {"outcome": outcome, "felt_safe": felt_safe, "distress": "40"},
    )
    said = " ".join(_messages(response))
    assert expected in said
    assert "part of the work" not in said and "fail" not in said.lower()


# --- clinician side -------------------------------------------------------------------------


def _setback_with_reflection(cast: Cast) -> tuple[ClientPlan, PlanProposal, str]:
    record = _plan(cast)
    step = services.this_week(record, record.started_on)[1][0].id
    _login(cast.client).post(
        f"/plan/steps/{step}/",
        {
            "outcome": "setback",
            "felt_safe": "no",
            "distress": "85",
            "reflection": "My chest went tight halfway",
        },
    )
    return record, PlanProposal.objects.get(plan=record), step


def test_caseload_shows_a_plan_decision_waiting(cast: Cast) -> None:
    http = _login(cast.clinician)
    _plan(cast)
    assert "plan decision waiting" not in http.get("/caseload/").content.decode()
    _record, proposal, _step = _setback_with_reflection(cast)
    page = http.get("/caseload/").content.decode()
    assert "plan decision waiting" in page
    assert f"/clients/{cast.client.uuid}/plan/" in page
    _login(cast.clinician).post(f"/plan/proposals/{proposal.pk}/decide/", {"decision": "decline"})
    assert "plan decision waiting" not in http.get("/caseload/").content.decode()


def test_proposal_page_shows_the_log_that_led_to_it_and_audits_the_read(cast: Cast) -> None:
    _record, proposal, _step = _setback_with_reflection(cast)
    url = f"/clients/{cast.client.uuid}/plan/proposals/{proposal.pk}/"
    plan_page = _login(cast.clinician).get(f"/clients/{cast.client.uuid}/plan/").content.decode()
    assert url in plan_page
    page = _login(cast.clinician).get(url).content.decode()
    assert "The log that led to it" in page
    assert "My chest went tight halfway" in page  # the reflection, decrypted
    assert ">85<" in page and "<strong>No</strong>" in page
    assert AuditEvent.objects.filter(
        object_type="plans.steplog", action="read", object_id=str(proposal.pk)
    ).exists()


def test_others_cannot_open_the_proposal_page(cast: Cast) -> None:
    _record, proposal, _step = _setback_with_reflection(cast)
    url = f"/clients/{cast.client.uuid}/plan/proposals/{proposal.pk}/"
    for user in (cast.other_clinician, cast.far_clinician, cast.client, cast.partner):
        response = _login(user).get(url)
        assert response.status_code in {403, 404}, user
        assert b"My chest went tight" not in response.content
    # Another client's uuid with this proposal's id finds nothing either.
    other = f"/clients/{cast.other_client.uuid}/plan/proposals/{proposal.pk}/"
    assert _login(cast.clinician).get(other).status_code == 404


def test_an_exercise_step_opens_its_exercise_and_a_finished_session_offers_to_count(
    cast: Cast,
) -> None:
    from attune.exercises import services as exercises

    record = _plan(cast)
    http = _login(cast.client)
    opened = http.get("/plan/steps/breath-extended-exhale/open/")
    assert opened["Location"] == "/exercises/extended-exhale/"
    assert "data-step-offer" not in http.get("/exercises/history/").content.decode()
    # A different exercise does not count for this step.
    exercises.session_start(client=cast.client, exercise="box-breathing", distress_before=5)
    assert "data-step-offer" not in http.get("/exercises/history/").content.decode()
    session = exercises.session_start(
        client=cast.client, exercise="extended-exhale", distress_before=6
    )
    exercises.session_end(
        client=cast.client, session=session, stopped_early=False, distress_after=3
    )
    page = http.get("/exercises/history/").content.decode()
    assert 'data-step-offer="breath-extended-exhale"' in page
    http.post("/plan/steps/breath-extended-exhale/count/", {"decision": "count"})
    assert StepLog.objects.get(plan=record).via == "exercise:extended_exhale"


def test_every_engine_exercise_opens_an_exercise_of_the_catalogue() -> None:
    from attune.clinical.plans.vocab import EXERCISES as ENGINE_EXERCISES
    from attune.exercises.catalogue import get_exercise
    from attune.plans.tools import EXERCISE_SLUGS

    unopened = [
        name for name in ENGINE_EXERCISES if get_exercise(EXERCISE_SLUGS.get(name, "")) is None
    ]
    assert unopened == []

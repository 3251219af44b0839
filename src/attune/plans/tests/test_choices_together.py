"""The two halves of the person's choices together: goals chosen at plan start; a declined
step's alternative offered this week; a declined step is never offered by its tool nor
listed to read; the clinician sees declines and life changes on the plan and on a proposal."""

from __future__ import annotations

import json
from html import unescape

import pytest
from django.test import Client

from attune.accounts.models import Role, User
from attune.audit.models import AuditEvent
from attune.checkins.services import client_today
from attune.plans import services
from attune.plans.models import ClientPlan, PlanProposal, StepDecline, StepLog
from conftest import Cast, dump_database, make_user

pytestmark = pytest.mark.django_db

START = {"life_stage": "adult", "relationship": "single"}
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


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _solo(cast: Cast) -> User:
    return make_user("sam@example.test", Role.CLIENT, cast.org, "Sam Example")


def _self_guided(cast: Cast) -> tuple[User, ClientPlan]:
    client = _solo(cast)
    return client, services.plan_start(by=client, client=client, **START)


# --- goals at plan start --------------------------------------------------------------------


def test_the_start_page_offers_goals_and_the_plan_is_built_from_the_chosen_order(
    cast: Cast,
) -> None:
    client = _solo(cast)
    http = _login(client)
    page = unescape(http.get("/plan/").content.decode())
    assert "Your goals (optional)" in page
    assert "A life that feels full without sex" in page and "Less shame" in page
    response = http.post(
        "/plan/",
        {
            **START,
            "rank_full_life_without_sex": "1",
            "rank_friendship_and_belonging": "2",
            "own_goal": "Join a choir",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/plan/"
    record = services.active_plan(client)
    assert record is not None and record.version == 1
    plan = services.engine_plan(record)
    assert [g.value for g in plan.profile.ordered_goals()] == [
        "full_life_without_sex",
        "friendship_and_belonging",
    ]
    assert plan.has_step("full-life-week") and plan.has_step("regular-friend-time")
    assert not plan.has_step("dating-profile")  # dating was not chosen
    assert record.own_goal == "Join a choir" and "Join a choir" not in dump_database()
    shown = unescape(http.get("/plan/").content.decode())
    assert shown.index("A life that feels full without sex") < shown.index(
        "Friendship and belonging"
    )


def test_starting_without_choosing_goals_uses_goals_that_fit_and_says_so(cast: Cast) -> None:
    client = _solo(cast)
    http = _login(client)
    response = http.post("/plan/", START, follow=True)
    assert "choose your own at any time" in unescape(response.content.decode())
    record = services.active_plan(client)
    assert record is not None
    assert services.engine_plan(record).has_step("dating-profile")  # the single defaults


def test_a_goal_that_needs_a_partner_is_refused_at_start_naming_it_and_nothing_starts(
    cast: Cast,
) -> None:
    client = _solo(cast)
    response = _login(client).post("/plan/", {**START, "rank_closeness_with_partner": "1"})
    assert response.status_code == 200
    page = unescape(response.content.decode())
    assert "This goal is for people with a partner" in page
    assert 'id="id_rank_closeness_with_partner-error"' in page
    assert not ClientPlan.objects.filter(client=client).exists()


def test_an_own_goal_at_start_with_risk_language_is_screened(cast: Cast) -> None:
    from attune.safety.models import RiskFlag

    client = _solo(cast)
    _login(client).post(
        "/plan/", {**START, "own_goal": "I keep thinking I want to die. Nobody would notice."}
    )
    assert ClientPlan.objects.filter(client=client).exists()
    assert RiskFlag.objects.filter(client=client).exists()
    assert "want to die" not in dump_database()


def test_a_clinician_starts_a_plan_with_goals_chosen_with_the_client(cast: Cast) -> None:
    http = _login(cast.clinician)
    url = f"/clients/{cast.client.uuid}/plan/"
    page = unescape(http.get(url).content.decode())
    assert "Goals chosen with the client (optional)" in page
    assert 'name="own_goal"' not in page  # the client's own words are theirs to write
    http.post(url, {**START, "rank_less_shame": "1", "rank_self_compassion": "2"})
    record = services.active_plan(cast.client)
    assert record is not None
    goals = services.engine_plan(record).profile.ordered_goals()
    assert [g.value for g in goals] == ["less_shame", "self_compassion"]


def test_a_client_in_care_cannot_start_a_plan_with_goals_and_others_cannot_for_them(
    cast: Cast,
) -> None:
    body = {**START, "rank_less_shame": "1"}
    _login(cast.client).post("/plan/", body)  # in care: the clinician sets it up
    assert not ClientPlan.objects.filter(client=cast.client).exists()
    url = f"/clients/{cast.client.uuid}/plan/"
    for other in (cast.other_clinician, cast.far_clinician, cast.partner, cast.other_client):
        assert _login(other).post(url, body).status_code in {403, 404}
    assert not ClientPlan.objects.filter(client=cast.client).exists()


# --- the alternative is offered this week -----------------------------------------------------


def test_the_alternative_to_a_later_step_is_in_this_weeks_steps_on_the_web_and_api(
    cast: Cast,
) -> None:
    client, record = _self_guided(cast)
    plan = services.engine_plan(record)
    late = next(p for p in plan.phases if any(s.id == "dating-profile" for s in p.steps))
    assert late.first_week > 1
    http = _login(client)
    http.post("/plan/steps/dating-profile/decline/", {"reason": "doesnt_fit"})
    row = StepDecline.objects.get(plan=record)
    record.refresh_from_db()
    _week, ready = services.this_week(record, client_today(client))
    assert row.alternative_id in [s.id for s in ready]
    title = services.engine_plan(record).step(row.alternative_id).title
    page = unescape(http.get("/plan/").content.decode())
    this_week = page.split('id="week-title"', 1)[1].split("</section>", 1)[0]
    assert title in this_week
    api = http.get("/api/v1/plan").json()
    assert row.alternative_id in api["this_week"]


# --- a declined step is not offered by its tool, nor listed to read -------------------------


def test_a_declined_reading_step_is_not_listed_to_read_nor_offered_on_its_article(
    cast: Cast,
) -> None:
    client, record = _self_guided(cast)
    http = _login(client)
    assert READ_STEP in http.get("/api/v1/plan").json()["to_read"]
    http.post(f"/plan/steps/{READ_STEP}/decline/", {"reason": "not_now"})
    record.refresh_from_db()
    assert READ_STEP not in [s.id for s in services.to_read(record, client_today(client))]
    assert READ_STEP not in http.get("/api/v1/plan").json()["to_read"]
    page = unescape(http.get("/plan/").content.decode())
    assert f"/plan/steps/{READ_STEP}/open/" not in page
    # Reading the article anyway offers nothing and counts nothing.
    http.post(f"{ARTICLE}read/")
    assert "Count this for your step" not in http.get(ARTICLE).content.decode()
    http.post(f"/plan/steps/{READ_STEP}/count/", {"decision": "count", "next": ARTICLE})
    assert not StepLog.objects.filter(plan=record).exists()


def test_a_step_declined_after_opening_its_tool_is_not_offered_when_the_tool_is_used(
    cast: Cast,
) -> None:
    client, record = _self_guided(cast)
    http = _login(client)
    assert http.get("/plan/steps/trigger-map-single/open/").status_code == 302
    http.post("/plan/steps/trigger-map-single/decline/", {"reason": "doesnt_fit"})
    saved = http.post("/practice/triggers/new/", TRIGGER)
    assert saved.status_code == 302
    assert "data-step-offer" not in http.get(saved["Location"]).content.decode()
    http.post("/plan/steps/trigger-map-single/count/", {"decision": "count"})
    assert not StepLog.objects.filter(plan=record).exists()


# --- the clinician sees declines and life changes -------------------------------------------


def _in_care_choices(cast: Cast) -> tuple[ClientPlan, PlanProposal]:
    record = services.plan_start(by=cast.clinician, client=cast.client, **START)
    http = _login(cast.client)
    http.post(
        "/plan/steps/dating-profile/decline/",
        {"reason": "doesnt_fit", "note": "Dating is not for me now"},
    )
    http.post(
        "/plan/changed/",
        {"kind": "relationship", "life_stage": "adult", "relationship": "separated"},
    )
    record.refresh_from_db()
    step = services.this_week(record, client_today(cast.client))[1][0].id
    http.post(f"/plan/steps/{step}/", {"outcome": "setback", "felt_safe": "no", "distress": "85"})
    return record, PlanProposal.objects.get(plan=record, status=PlanProposal.PENDING)


def test_the_clinician_sees_declines_and_life_changes_on_the_plan_and_the_proposal(
    cast: Cast,
) -> None:
    record, proposal = _in_care_choices(cast)
    row = StepDecline.objects.get(plan=record)
    alternative = services.engine_plan(record).step(row.alternative_id).title
    http = _login(cast.clinician)
    for url in (
        f"/clients/{cast.client.uuid}/plan/",
        f"/clients/{cast.client.uuid}/plan/proposals/{proposal.pk}/",
    ):
        page = unescape(http.get(url).content.decode())
        choices = page.split("data-client-choices", 1)[1].split("</section>", 1)[0]
        assert "Write a dating profile that shows who you are" in choices
        assert "Doesn't fit me" in choices and f"in its place: “{alternative}”" in choices
        assert "My relationship changed" in choices and "Separated" in choices
        # The client's own words stay theirs.
        assert "Dating is not for me now" not in page
    assert AuditEvent.objects.filter(
        object_type="plans.steplog", action="read", object_id=str(proposal.pk)
    ).exists()


def test_others_see_no_declines_or_life_changes(cast: Cast) -> None:
    _record, proposal = _in_care_choices(cast)
    for url in (
        f"/clients/{cast.client.uuid}/plan/",
        f"/clients/{cast.client.uuid}/plan/proposals/{proposal.pk}/",
    ):
        for other in (cast.other_clinician, cast.far_clinician, cast.partner, cast.other_client):
            response = _login(other).get(url)
            assert response.status_code in {403, 404}
            assert b"Write a dating profile" not in response.content


def test_the_decline_api_answer_lists_the_alternative_this_week(cast: Cast) -> None:
    client, _record = _self_guided(cast)
    response = _login(client).post(
        "/api/v1/plan/steps/dating-profile/decline",
        data=json.dumps({"reason": "doesnt_fit"}),
        content_type="application/json",
    )
    assert response.status_code == 200
    data = response.json()
    assert data["alternative"] in data["this_week"]

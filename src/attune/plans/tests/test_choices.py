"""The client's own choices: goals, declining a step (web and API), rebuilding after a life
change, and a different kind of step after a step felt unsafe."""

from __future__ import annotations

import json
from html import unescape
from typing import Any

import pytest
from django.test import Client

from attune.accounts.models import ClientProfile, Role, User
from attune.plans import services
from attune.plans.models import ClientPlan, LifeChange, PlanProposal, PlanVersion, StepDecline
from conftest import Cast, dump_database, make_user

pytestmark = pytest.mark.django_db

RISKY = "I keep thinking I want to die. Nobody would notice."


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _self_guided(cast: Cast, **profile: str) -> tuple[User, ClientPlan]:
    client = make_user("ash@example.test", Role.CLIENT, cast.org, "Ash Example")
    if profile:
        ClientProfile.objects.update_or_create(client=client, defaults=profile)
    record = services.plan_start(
        by=client, client=client, life_stage="adult", relationship="single"
    )
    return client, record


def _steps(record: ClientPlan) -> dict[str, str]:
    record.refresh_from_db()
    return {s.id: s.title for s in services.engine_plan(record).steps}


# --- profile and plan start -----------------------------------------------------------------


def test_profile_asks_kindly_with_prefer_not_to_say_and_shapes_the_plan(cast: Cast) -> None:
    http = _login(cast.client)
    page = unescape(http.get("/me/profile/").content.decode())
    assert "Prefer not to say" in page and "A full life does not need sex" in page
    response = http.post(
        "/me/profile/",
        {
            "life_stage": "adult",
            "relationship_status": "single",
            "sexual_focus": "asexual",
            "disability": "prefer_not",
            "lgbtq": "yes",
        },
    )
    assert response.status_code == 302
    record = services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="single"
    )
    plan = services.engine_plan(record)
    assert plan.profile.non_sexual and plan.profile.lgbtq and not plan.profile.disability
    assert not plan.has_step("dating-profile")
    assert plan.has_step("read-asexuality-and-low-desire")


# --- goals ----------------------------------------------------------------------------------


def test_client_chooses_and_orders_goals_and_the_plan_is_rebuilt(cast: Cast) -> None:
    client, record = _self_guided(cast)
    http = _login(client)
    assert "Your goals" in http.get("/plan/goals/").content.decode()
    response = http.post(
        "/plan/goals/",
        {"rank_friendship_and_belonging": "1", "rank_less_shame": "2", "own_goal": "Sing again"},
    )
    assert response.status_code == 302
    record.refresh_from_db()
    plan = services.engine_plan(record)
    assert [g.value for g in plan.profile.ordered_goals()] == [
        "friendship_and_belonging",
        "less_shame",
    ]
    assert record.version == 2 and plan.has_step("shame-kind-reply")
    assert not plan.has_step("dating-profile")  # dating was not chosen
    assert record.own_goal == "Sing again" and "Sing again" not in dump_database()
    page = unescape(http.get("/plan/").content.decode())
    assert page.index("Friendship and belonging") < page.index("Less shame")
    assert "Sing again" in page


def test_choosing_no_goal_is_refused_and_nothing_changes(cast: Cast) -> None:
    client, record = _self_guided(cast)
    response = _login(client).post("/plan/goals/", {"own_goal": ""})
    assert response.status_code == 400
    assert "Choose at least one goal" in response.content.decode()
    record.refresh_from_db()
    assert record.version == 1


def test_an_own_goal_with_risk_language_is_screened(cast: Cast) -> None:
    from attune.safety.models import RiskFlag

    services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="single"
    )
    record = services.active_plan(cast.client)
    assert record is not None
    services.plan_goals_set(
        client=cast.client, record=record, goals=["self_compassion"], own_goal=RISKY
    )
    assert RiskFlag.objects.filter(client=cast.client).exists()
    assert "want to die" not in dump_database()


def test_others_cannot_choose_a_clients_goals(cast: Cast) -> None:
    services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="single"
    )
    for other in (cast.clinician, cast.partner, cast.other_clinician):
        assert _login(other).post("/plan/goals/", {"rank_dating": "1"}).status_code == 403
    # Another client reaches only their own (absent) plan.
    assert _login(cast.other_client).get("/plan/goals/").status_code == 302
    record = services.active_plan(cast.client)
    assert record is not None and record.version == 1


# --- decline and replace: web ---------------------------------------------------------------


def test_client_declines_a_step_on_the_web_and_gets_an_alternative(cast: Cast) -> None:
    client, record = _self_guided(cast)
    before = _steps(record)
    http = _login(client)
    assert "Set this step aside" in http.get("/plan/steps/dating-profile/").content.decode()
    response = http.post(
        "/plan/steps/dating-profile/decline/", {"reason": "doesnt_fit", "note": "Not my thing"}
    )
    assert response.status_code == 302
    after = _steps(record)
    assert "dating-profile" not in after
    row = StepDecline.objects.get(plan=record)
    assert row.reason == "doesnt_fit" and row.note == "Not my thing"
    assert row.alternative_id in after and row.alternative_id not in before
    assert "Not my thing" not in dump_database()
    page = unescape(http.get("/plan/").content.decode())
    assert f"In its place: “{after[row.alternative_id]}”" in page


def test_a_bad_decline_reason_on_the_web_changes_nothing(cast: Cast) -> None:
    client, record = _self_guided(cast)
    response = _login(client).post("/plan/steps/dating-profile/decline/", {"reason": "bored"})
    assert response.status_code == 400
    assert record.version == 1 and not StepDecline.objects.exists()


def test_others_cannot_decline_a_clients_step_on_the_web(cast: Cast) -> None:
    services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="single"
    )
    for other in (cast.clinician, cast.partner, cast.far_clinician):
        response = _login(other).post("/plan/steps/dating-profile/decline/", {"reason": "not_now"})
        assert response.status_code == 403
    response = _login(cast.other_client).post(
        "/plan/steps/dating-profile/decline/", {"reason": "not_now"}
    )
    assert response.status_code == 404
    assert not StepDecline.objects.exists()


# --- decline and replace: API ---------------------------------------------------------------


def _api_decline(user: User, step_id: str, body: object) -> Any:
    return _login(user).post(
        f"/api/v1/plan/steps/{step_id}/decline",
        data=json.dumps(body),
        content_type="application/json",
    )


def test_api_decline_answers_the_plan_without_the_step_and_with_an_alternative(
    cast: Cast,
) -> None:
    client, record = _self_guided(cast)
    declined_pillar = services.engine_plan(record).step("dating-profile").pillar.value
    response = _api_decline(client, "dating-profile", {"reason": "not_now"})
    assert response.status_code == 200
    data = response.json()
    steps = {s["id"]: s for p in data["plan"]["phases"] for s in p["steps"]}
    assert "dating-profile" not in steps
    alternative = steps[data["alternative"]]
    assert alternative["pillar"] != declined_pillar
    assert data["version"] == 2
    assert data["plan"]["declined"][0]["step_id"] == "dating-profile"


@pytest.mark.parametrize("body", [{"reason": "bored"}, {"reason": ""}, {}, {"reason": 3}])
def test_api_decline_refuses_a_bad_reason_naming_it_and_changes_nothing(
    cast: Cast, body: object
) -> None:
    client, record = _self_guided(cast)
    response = _api_decline(client, "dating-profile", body)
    assert response.status_code == 422
    data = response.json()
    assert "reason" in data["errors"] and data["detail"]
    record.refresh_from_db()
    assert record.version == 1 and "dating-profile" in _steps(record)


def test_api_decline_of_a_step_not_in_your_plan_is_404(cast: Cast) -> None:
    client, _record = _self_guided(cast)
    assert _api_decline(client, "no-such-step", {"reason": "not_now"}).status_code == 404
    # Another client's plan has the step; the caller (no plan) is answered 404.
    services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="single"
    )
    response = _api_decline(cast.other_client, "dating-profile", {"reason": "not_now"})
    assert response.status_code == 404


def test_api_decline_is_refused_to_everyone_but_the_client(cast: Cast) -> None:
    services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="single"
    )
    for other in (cast.clinician, cast.partner, cast.other_clinician):
        response = _api_decline(other, "dating-profile", {"reason": "not_now"})
        assert response.status_code == 403
    anonymous = Client().post(
        "/api/v1/plan/steps/dating-profile/decline",
        data=json.dumps({"reason": "not_now"}),
        content_type="application/json",
    )
    assert anonymous.status_code == 401
    record = services.active_plan(cast.client)
    assert record is not None and record.version == 1


# --- a life change --------------------------------------------------------------------------


def test_a_widowed_client_rebuilds_and_the_clinician_sees_what_changed(cast: Cast) -> None:
    record = services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="later_life", relationship="partnered"
    )
    http = _login(cast.client)
    response = http.post(
        "/plan/changed/",
        {
            "kind": "bereavement",
            "life_stage": "later_life",
            "relationship": "widowed",
            "note": "My husband died in March",
        },
    )
    assert response.status_code == 302
    record.refresh_from_db()
    plan = services.engine_plan(record)
    assert plan.profile.relationship.value == "widowed" and record.version == 2
    assert plan.has_step("bereavement-circle")
    assert list(
        PlanVersion.objects.filter(plan=record)
        .order_by("version")
        .values_list("version", flat=True)
    ) == [1, 2]
    assert plan.history[-1].kind == "rebuilt"
    assert ClientProfile.objects.get(client=cast.client).relationship_status == "widowed"
    change = LifeChange.objects.get(plan=record)
    assert change.note == "My husband died in March"
    assert "husband died" not in dump_database()
    page = unescape(
        _login(cast.clinician).get(f"/clients/{cast.client.uuid}/plan/").content.decode()
    )
    assert "Rebuilt after a life change (Someone close to me died)" in page
    assert "Partnered, living together → Widowed" in page
    assert "husband died" not in page  # the client's own words stay theirs


def test_others_cannot_rebuild_a_clients_plan(cast: Cast) -> None:
    services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="partnered"
    )
    body = {"kind": "relationship", "life_stage": "adult", "relationship": "single"}
    for other in (cast.clinician, cast.partner, cast.far_clinician):
        assert _login(other).post("/plan/changed/", body).status_code == 403
    record = services.active_plan(cast.client)
    assert record is not None and record.version == 1


def test_a_life_change_with_a_bad_value_changes_nothing(cast: Cast) -> None:
    client, record = _self_guided(cast)
    response = _login(client).post(
        "/plan/changed/", {"kind": "moved", "life_stage": "adult", "relationship": "single"}
    )
    assert response.status_code == 400
    record.refresh_from_db()
    assert record.version == 1 and not LifeChange.objects.exists()


# --- felt unsafe: a different kind of step, visibly ---------------------------------------


def test_approving_a_different_kind_of_step_after_panic_visibly_changes_the_plan(
    cast: Cast,
) -> None:
    client, record = _self_guided(cast)
    http = _login(client)
    http.post(
        "/plan/steps/breath-extended-exhale/",
        {
            "outcome": "done",
            "felt_safe": "no",
            "distress": "85",
            "reflection": "The breathing made my panic louder",
        },
    )
    proposal = PlanProposal.objects.get(plan=record, status="pending")
    assert proposal.kind == "different_step"
    page = unescape(http.get("/plan/").content.decode())
    assert "more gently" not in page and "Grounding with eyes open" in page
    http.post(f"/plan/proposals/{proposal.pk}/decide/", {"decision": "approve"})
    record.refresh_from_db()
    steps = _steps(record)
    assert "breath-extended-exhale" not in steps
    assert "breath-extended-exhale-eyes-open" in steps
    week = [s.id for s in services.this_week(record, record.started_on)[1]]
    assert "breath-extended-exhale-eyes-open" in week
    page = unescape(http.get("/plan/").content.decode())
    assert "Log “Grounding with eyes open, attention on the room”" in page
    assert "Log “Extended exhale, morning and evening”" not in page


def test_a_declined_step_stays_out_when_the_medication_timeline_rebuilds_the_plan(
    cast: Cast,
) -> None:
    client, record = _self_guided(cast)
    services.step_decline(client=client, record=record, step_id="dating-profile", reason="not_now")
    alternative = StepDecline.objects.get(plan=record).alternative_id
    assert services.plan_set_antidepressant(client=client, on=True)
    after = _steps(record)
    assert "dating-profile" not in after and alternative in after
    assert services.engine_plan(record).profile.antidepressant

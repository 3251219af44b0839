"""Steps that ask first: a therapist before sensate stages III-IV when self-guided, and whether
contact with an ex is safe (no or not sure sets the step aside); consent and referral wording
shown with the step."""

from __future__ import annotations

import json
from datetime import timedelta
from html import unescape

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import Role, User
from attune.clinical.plans.consent import REFERRAL
from attune.plans import services
from attune.plans.models import ClientPlan, PlanVersion, StepAnswer, StepLog
from attune.safety.couple_check import couple_check_record
from conftest import Cast, make_user

pytestmark = pytest.mark.django_db

STAGE_3 = "sf-stage-3-inclusive"
EX_STEP = "brief-contact-with-ex"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _only_ready(record: ClientPlan, step_id: str) -> None:
    """Move the plan a year on, log every other step as done and pause it, so `step_id` is
    this week's only step."""
    others = [s.id for s in services.engine_plan(record).steps if s.id != step_id]
    record.started_on -= timedelta(days=400)
    record.paused_steps = others
    record.save(update_fields=["started_on", "paused_steps"])
    StepLog.objects.bulk_create(
        StepLog(
            client=record.client,
            plan=record,
            step_id=step,
            outcome="done",
            felt_safe=True,
            distress=10,
            logged_on=record.started_on,
        )
        for step in others
    )
    assert [s.id for s in services.this_week(record, record.started_on + timedelta(400))[1]] == [
        step_id
    ]


SAFE_COUPLE = {"feels_safe": "yes", "pressured": "no", "monitored": "no"}


def _self_guided(cast: Cast, relationship: str) -> tuple[User, ClientPlan]:
    client = make_user("sam@example.test", Role.CLIENT, cast.org, "Sam Example")
    record = services.plan_start(
        by=client, client=client, life_stage="adult", relationship=relationship
    )
    # The private couple check comes before couple steps (issue 16); this client answered it.
    couple_check_record(client=client, answers=SAFE_COUPLE)
    return client, record


def _page(user: User) -> str:
    return unescape(_login(user).get("/plan/", follow=True).content.decode())


def test_self_guided_plan_asks_about_a_therapist_before_showing_stage_three(cast: Cast) -> None:
    client, record = _self_guided(cast, "partnered")
    _only_ready(record, STAGE_3)
    step = services.engine_plan(record).step(STAGE_3)
    page = _page(client)
    assert "is a sex therapist or clinician helping you with it?" in page
    assert step.how not in page
    assert f'/plan/steps/{STAGE_3}/"' not in page  # no log link before the answer

    response = _login(client).post(f"/plan/steps/{STAGE_3}/answer/", {"answer": "no"})
    assert response.status_code == 302
    assert StepAnswer.objects.get(plan=record, step_id=STAGE_3).answer == "no"
    page = _page(client)
    assert step.how in page
    assert "We recommend going through this stage with a sex therapist or clinician" in page
    assert "Either person may stop at any moment" in page and "No step is owed" in page
    assert REFERRAL in page
    assert "is a sex therapist or clinician helping you with it?" not in page


def test_therapist_yes_shows_the_stage_without_the_recommendation(cast: Cast) -> None:
    client, record = _self_guided(cast, "partnered")
    _login(client).post(f"/plan/steps/{STAGE_3}/answer/", {"answer": "yes"})
    page = unescape(_login(client).get(f"/plan/steps/{STAGE_3}/").content.decode())
    assert services.engine_plan(record).step(STAGE_3).how in page
    assert "We recommend going through this stage" not in page


def test_stage_three_in_care_is_shown_without_asking(cast: Cast) -> None:
    record = services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="partnered"
    )
    couple_check_record(client=cast.client, answers=SAFE_COUPLE)
    step = services.engine_plan(record).step(STAGE_3)
    assert step.asks_first == ""
    page = unescape(_login(cast.client).get(f"/plan/steps/{STAGE_3}/").content.decode())
    assert step.how in page and REFERRAL in page
    assert "helping you with it?" not in page


def test_the_step_page_asks_first_and_offers_no_log_form_until_answered(cast: Cast) -> None:
    client, record = _self_guided(cast, "separated")
    step = services.engine_plan(record).step(EX_STEP)
    page = unescape(_login(client).get(f"/plan/steps/{EX_STEP}/").content.decode())
    assert "Is it safe for you to be in contact with your ex?" in page
    assert step.how not in page and "How did it go?" not in page


@pytest.mark.parametrize("answer", ["no", "not_sure"])
def test_ex_contact_not_safe_sets_the_step_aside_and_points_to_support(
    cast: Cast, answer: str
) -> None:
    # A client in care sets it aside themself: their safety needs no approval.
    record = services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="separated"
    )
    _only_ready(record, EX_STEP)
    page = _page(cast.client)
    assert "Is it safe for you to be in contact with your ex?" in page
    assert services.engine_plan(record).step(EX_STEP).how not in page

    response = _login(cast.client).post(
        f"/plan/steps/{EX_STEP}/answer/", {"answer": answer}, follow=True
    )
    assert "We have set this step aside" in unescape(response.content.decode())
    record.refresh_from_db()
    assert EX_STEP in record.paused_steps and record.version == 2
    assert "contact may not be safe" in PlanVersion.objects.get(plan=record, version=2).reason
    page = _page(cast.client)
    assert "Set aside for now" in page and "these services can help" in page
    assert "Is it safe for you to be in contact with your ex?" not in page
    assert "Nothing new this week" in page


def test_ex_contact_safe_after_all_brings_the_step_back(cast: Cast) -> None:
    client, record = _self_guided(cast, "separated")
    _login(client).post(f"/plan/steps/{EX_STEP}/answer/", {"answer": "no"})
    _login(client).post(f"/plan/steps/{EX_STEP}/answer/", {"answer": "yes"})
    record.refresh_from_db()
    assert EX_STEP not in record.paused_steps and record.version == 3
    assert StepAnswer.objects.get(plan=record, step_id=EX_STEP).answer == "yes"


def test_an_unknown_answer_is_refused_with_a_message_and_changes_nothing(cast: Cast) -> None:
    client, record = _self_guided(cast, "separated")
    response = _login(client).post(
        f"/plan/steps/{EX_STEP}/answer/", {"answer": "maybe"}, follow=True
    )
    assert "Choose yes, no or not sure." in unescape(response.content.decode())
    record.refresh_from_db()
    assert not StepAnswer.objects.exists() and record.paused_steps == [] and record.version == 1


def test_a_step_that_asks_nothing_cannot_be_answered(cast: Cast) -> None:
    client, record = _self_guided(cast, "separated")
    _login(client).post("/plan/steps/daily-checkin/answer/", {"answer": "no"})
    record.refresh_from_db()
    assert not StepAnswer.objects.exists() and record.paused_steps == []


def test_no_one_else_can_answer_or_set_aside_a_clients_step(cast: Cast) -> None:
    record = services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="separated"
    )
    for outsider in (cast.clinician, cast.partner, cast.other_client, cast.facilitator):
        response = _login(outsider).post(f"/plan/steps/{EX_STEP}/answer/", {"answer": "no"})
        assert response.status_code in {403, 404}, outsider
    record.refresh_from_db()
    assert not StepAnswer.objects.exists() and record.paused_steps == []


def test_api_answer_sets_the_ex_step_aside_and_bad_input_gets_a_422(cast: Cast) -> None:
    services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="separated"
    )
    auth = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.client)}"}
    url = f"/api/v1/plan/steps/{EX_STEP}/answer"
    bad = Client().post(url, json.dumps({"answer": "maybe"}), "application/json", **auth)
    assert bad.status_code == 422 and "answer" in bad.json()["errors"]
    assert not StepAnswer.objects.exists()
    ok = Client().post(url, json.dumps({"answer": "not_sure"}), "application/json", **auth)
    body = ok.json()
    assert ok.status_code == 200 and EX_STEP in body["paused"]
    assert body["answers"] == {EX_STEP: "not_sure"}
    steps = {s["id"]: s for ph in body["plan"]["phases"] for s in ph["steps"]}
    assert steps[EX_STEP]["asks_first"] == "ex_contact_safe"
    other = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.other_client)}"}
    refused = Client().post(url, json.dumps({"answer": "yes"}), "application/json", **other)
    assert refused.status_code == 404
    assert StepAnswer.objects.get().answer == "not_sure"


def test_a_clinicians_custom_body_step_carries_the_consent_wording(cast: Cast) -> None:
    record = services.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="partnered"
    )
    step = services.step_add(
        by=cast.clinician,
        record=record,
        phase_key="closeness",
        title="Hold hands on a walk",
        pillar="embodiment",
        difficulty=20,
        how="Hold hands for part of a walk.",
        notice="How it feels.",
    )
    stored = services.engine_plan(record).step(step.id)
    assert "may stop at any moment" in stored.consent and "No step is owed" in stored.consent
    page = unescape(_login(cast.client).get(f"/plan/steps/{step.id}/").content.decode())
    assert stored.consent in page


def test_a_partner_sees_an_ex_step_set_aside_for_safety_as_later_not_paused(
    cast: Cast,
) -> None:
    from attune.partners import selectors as partner_views

    client, record = _self_guided(cast, "separated")
    before = partner_views.ladder(client)
    _login(client).post(f"/plan/steps/{EX_STEP}/answer/", {"answer": "no"})
    record.refresh_from_db()
    assert EX_STEP in record.paused_steps
    assert [row["status"] for row in partner_views.ladder(client)] == [
        row["status"] for row in before
    ]

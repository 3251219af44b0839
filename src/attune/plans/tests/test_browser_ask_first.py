"""On a phone, a separated client is asked whether contact with their ex is safe before the
step's instructions; "not sure" sets the step aside kindly and shows where to get help."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import ClientProfile, Role
from attune.plans import services as plans
from attune.plans.models import StepLog
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EX_STEP = "brief-contact-with-ex"


def test_ex_contact_question_comes_first_and_not_sure_sets_the_step_aside(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    ClientProfile.objects.filter(client=client).update(country="GB")
    record = plans.plan_start(
        by=client, client=client, life_stage="adult", relationship="separated"
    )
    plan = plans.engine_plan(record)
    others = [s.id for s in plan.steps if s.id != EX_STEP]
    record.started_on -= timedelta(days=400)
    record.paused_steps = others
    record.save(update_fields=["started_on", "paused_steps"])
    StepLog.objects.bulk_create(
        StepLog(
            client=client,
            plan=record,
            step_id=step_id,
            outcome="done",
            felt_safe=True,
            distress=10,
            logged_on=record.started_on,
        )
        for step_id in others
    )
    base = live_server.url

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client, staff=False)
    page.goto(base + "/plan/")
    question = page.get_by_role("group", name="Is it safe for you to be in contact with your ex?")
    assert question.is_visible()
    assert page.get_by_text(plan.step(EX_STEP).how).count() == 0
    assert page.get_by_role("link", name=f"Log “{plan.step(EX_STEP).title}”").count() == 0
    assert_accessible(page, "plan asking first")
    question.get_by_role("radio", name="Not sure").check()
    page.get_by_role("button", name="Answer").click()
    page.wait_for_url(base + "/plan/")
    assert page.get_by_text("We have set this step aside").is_visible()
    aside = page.get_by_role("region", name="Set aside for now")
    assert aside.get_by_text("these services can help").is_visible()
    assert aside.get_by_role(
        "button", name=f"Contact is safe now: bring back “{plan.step(EX_STEP).title}”"
    ).is_visible()
    assert_accessible(page, "plan with a step set aside")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()

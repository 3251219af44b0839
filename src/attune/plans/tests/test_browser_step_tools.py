"""On a phone: a reading step opens its article and, after reading, one tap counts it; an
experiment step opens the experiment tool and saving one offers to count it."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.plans import services as plans
from attune.plans.models import StepLog
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

READING_TITLE = "How depression affects desire"


def test_reading_and_experiment_steps_open_their_tools_and_count_with_one_tap(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("sam@example.test", Role.CLIENT, org, "Sam Example")
    record = plans.plan_start(by=client, client=client, life_stage="adult", relationship="single")
    reading = plans.to_read(record, record.started_on)[0]
    experiment = plans.engine_plan(record).step("widen-contacts")
    base = live_server.url

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client, staff=False)

    # The plan lists reading apart from this week's steps.
    page.goto(base + "/plan/")
    to_read = page.get_by_role("region", name="To read when you like")
    assert to_read.is_visible()
    week = page.get_by_role("region", name="This week")
    assert week.get_by_role("link", name=reading.title).count() == 0
    assert_accessible(page, "plan with reading list")

    # The reading step opens its article; after reading, the page offers to count it.
    to_read.get_by_role("link", name=reading.title).click()
    page.wait_for_url(f"**/library/{reading.tool.removeprefix('article:')}/")
    assert page.get_by_role("heading", name=READING_TITLE).is_visible()
    page.get_by_role("button", name="Mark as read").click()
    offer = page.get_by_role("region", name=f"Count this for your step “{reading.title}”?")
    assert offer.is_visible()
    assert not StepLog.objects.exists()
    assert_accessible(page, "article with the offer to count")
    offer.get_by_role("button", name="Yes, count it").click()
    assert page.get_by_text(f"Counted for your step “{reading.title}”.").is_visible()
    assert (
        page.get_by_role("region", name=f"Count this for your step “{reading.title}”?").count() == 0
    )
    assert StepLog.objects.get(step_id=reading.id).via == reading.tool

    page.goto(base + "/plan/")
    assert page.get_by_text("read and counted").is_visible()

    # An experiment step opens the experiment tool; saving one offers to count it.
    page.goto(f"{base}/plan/steps/{experiment.id}/")
    page.get_by_role("link", name="Plan an experiment").click()
    page.wait_for_url("**/practice/experiments/new/")
    page.get_by_label("The belief to test").fill("If I say hello they will ignore me")
    page.get_by_label("How strongly do you believe it right now, 0–100 %?").fill("80")
    page.get_by_label("What do you predict will happen?").fill("They will look away")
    page.get_by_label("The experiment: one small, doable step").fill("Say hello to a neighbour")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/practice/experiments/*/")
    offer = page.get_by_role("region", name=f"Count this for your step “{experiment.title}”?")
    assert offer.is_visible()
    assert_accessible(page, "experiment with the offer to count")
    offer.get_by_text("Add how it felt (optional)").click()
    offer.get_by_role("radio", name="Yes").check()
    offer.get_by_label("How distressing was it, 0–100?").fill("30")
    offer.get_by_role("button", name="Yes, count it").click()
    assert page.get_by_text(f"Counted for your step “{experiment.title}”.").is_visible()
    log = StepLog.objects.get(step_id=experiment.id)
    assert (log.via, log.felt_safe, log.distress) == ("experiment", True, 30)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    phone.close()

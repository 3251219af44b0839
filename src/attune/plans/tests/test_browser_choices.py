"""On a phone: an asexual single client sets aside a dating step, chooses goals and gets a
plan with no dating or sexual steps; a widowed client rebuilds the plan and keeps its
history."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import Role
from attune.clinical.plans.builder import DATING_STEPS, is_sexual, spec_for
from attune.plans import services as plans
from attune.plans.models import PlanVersion
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


def test_asexual_single_client_declines_a_dating_step_and_chooses_goals(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="harbour", name="Harbour Care")
    client = make_user("kit@example.test", Role.CLIENT, org, "Kit Example")
    base = live_server.url
    phone = browser.new_context(**PHONE)
    page = phone.new_page()
    sign_in(page, base, client, staff=False)

    # Goals are chosen as the plan starts: friendship first, and (for now) meeting someone.
    page.goto(base + "/plan/")
    page.get_by_label("Life stage").select_option("adult")
    page.get_by_label("Relationship").select_option("single")
    page.get_by_label("Where does sex sit in what you want? (optional)").select_option("asexual")
    page.get_by_label("Friendship and belonging").select_option("1")
    page.get_by_label("Meeting someone to date").select_option("2")
    assert_accessible(page, "plan start with optional questions and goals")
    page.get_by_role("button", name="Make my plan").click()
    page.wait_for_url(base + "/plan/")
    assert page.get_by_text("built from the goals you chose").is_visible()
    assert page.get_by_role("heading", name="This month's focus").is_visible()
    chosen = page.get_by_role("region", name="Your goals").inner_text()
    assert chosen.index("Friendship and belonging") < chosen.index("Meeting someone to date")

    # A dating step does not fit: set it aside from its own page.
    page.get_by_text("The whole plan").click()
    page.get_by_role("link", name="Write a dating profile that shows who you are").click()
    assert_accessible(page, "step page with the decline form")
    page.get_by_role("radio", name="Doesn't fit me").check()
    page.get_by_label("Anything you would like to add? (optional)").fill("I am asexual")
    page.get_by_role("button", name="Set this step aside").click()
    page.wait_for_url(base + "/plan/")
    assert page.get_by_text("Thank you for telling us. In its place:").is_visible()
    record = plans.active_plan(client)
    assert record is not None
    plan = plans.engine_plan(record)
    alternative = plan.history[-1].related_step_id
    assert alternative is not None and plan.has_step(alternative)
    assert plan.step(alternative).pillar.value != "embodiment"
    # The alternative is offered now, in this week's steps, not months away.
    this_week = page.get_by_role("region", name="This week")
    assert this_week.get_by_text(plan.step(alternative).title).first.is_visible()

    # Goals that fit: friendship first, a full life without sex second.
    page.get_by_role("link", name="Choose or reorder your goals").click()
    page.get_by_label("Friendship and belonging").select_option("1")
    page.get_by_label("A life that feels full without sex").select_option("2")
    assert_accessible(page, "goals")
    page.get_by_role("button", name="Save my goals").click()
    page.wait_for_url(base + "/plan/")
    goals = page.get_by_role("region", name="Your goals")
    assert goals.get_by_text("Friendship and belonging").is_visible()
    assert_accessible(page, "plan after choosing goals")

    record.refresh_from_db()
    plan = plans.engine_plan(record)
    assert not [s.id for s in plan.steps if s.id in DATING_STEPS]
    sexual = [
        s.id
        for s in plan.steps
        if (spec := spec_for(s.id, plan.profile)) is not None and is_sexual(spec)
    ]
    assert not sexual
    assert plan.has_step(alternative)  # the alternative chosen earlier stays
    # The steps on the page (this week and the whole plan; the history may name the
    # declined step) offer nothing about dating.
    page.get_by_text("The whole plan").click()
    steps_text = (
        page.get_by_role("region", name="This week").inner_text()
        + page.locator("details", has_text="The whole plan").inner_text()
    ).lower()
    for words in ("dating", "first message", "coffee date", "first date", "stage iii"):
        assert words not in steps_text
    phone.close()


def test_widowed_client_rebuilds_after_a_life_change_and_keeps_history(
    browser: Any, live_server: Any
) -> None:
    org = services.organisation_get_or_create(slug="harbour", name="Harbour Care")
    client = make_user("lee@example.test", Role.CLIENT, org, "Lee Example")
    record = plans.plan_start(
        by=client, client=client, life_stage="later_life", relationship="partnered"
    )
    base = live_server.url
    phone = browser.new_context(**PHONE)
    page = phone.new_page()
    sign_in(page, base, client, staff=False)

    page.goto(base + "/plan/")
    page.get_by_role("link", name="My life changed").click()
    page.get_by_role("radio", name="Someone close to me died").check()
    page.get_by_label("Relationship now").select_option("widowed")
    assert_accessible(page, "my life changed")
    page.get_by_role("button", name="Rebuild my plan").click()
    page.wait_for_url(base + "/plan/")
    assert page.get_by_text("Its history is kept").is_visible()
    page.get_by_text("How your plan has changed").click()
    history = page.locator("[data-plan-history]")
    assert history.get_by_text("Rebuilt after a life change").is_visible()
    assert history.get_by_text("Plan started.").is_visible()
    assert_accessible(page, "plan after a rebuild")

    record.refresh_from_db()
    assert record.version == 2
    assert PlanVersion.objects.filter(plan=record).count() == 2
    assert plans.engine_plan(record).has_step("bereavement-circle")
    phone.close()

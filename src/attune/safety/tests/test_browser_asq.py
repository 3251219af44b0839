"""Asking directly on a phone: a `possible` journal entry asks the ASQ questions on the same
page; all "no" shows a warm thank-you, no crisis box and no flag; a "yes" shows the crisis
lines and the safety plan and flags the clinician with the answers."""

from __future__ import annotations

from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import ClientProfile, Role
from attune.clinical.safety import asq
from attune.safety import services as safety
from attune.safety.models import AsqScreen, RiskFlag
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POSSIBLE = "Another quiet evening. I feel like everyone would be better off without me."
COPING = "Walk the dog round the long block"


def _write(page: Any, base: str) -> None:
    page.goto(base + "/journal/new/")
    page.get_by_label("Your entry").fill(POSSIBLE)
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url("**/journal/*/")


def _answer(page: Any, answers: dict[str, str]) -> None:
    ask = page.get_by_role("region", name="Can we ask you something directly?")
    for qid, choice in answers.items():
        text = asq.BY_ID[qid].text
        group = ask.get_by_role("group", name=text)
        group.get_by_label(choice, exact=True).check()


def test_possible_words_ask_the_asq_and_the_answers_decide(browser: Any, live_server: Any) -> None:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    client = make_user("robin@example.test", Role.CLIENT, org, "Robin Example")
    ClientProfile.objects.filter(client=client).update(country="GB")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    safety.safety_plan_save(by=client, client=client, fields={"coping_strategies": COPING})
    base = live_server.url
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, base, client)

    _write(page, base)
    ask = page.get_by_role("region", name="Can we ask you something directly?")
    assert ask.is_visible()
    assert page.get_by_text("ending your life").count() == 0  # that wording is for high only
    assert_accessible(page, "journal entry asking the ASQ questions")
    box = ask.get_by_role("group", name=asq.BY_ID["q1"].text).get_by_label("No", exact=True)
    label = ask.locator("label[for='asq-q1-no']").bounding_box()
    assert label is not None and label["height"] >= 44 and box.is_visible()
    assert not RiskFlag.objects.exists()
    _answer(page, {"q1": "No", "q2": "No", "q3": "No", "q4": "No"})
    ask.get_by_role("button", name="Send my answers").click()
    page.wait_for_load_state()
    assert page.get_by_role("region", name="Thank you for answering").is_visible()
    assert page.get_by_role("region", name="carry this alone").count() == 0
    assert not RiskFlag.objects.exists()
    assert AsqScreen.objects.get(client=client).result == "negative"

    _write(page, base)
    _answer(page, {"q1": "No", "q2": "Yes", "q3": "No", "q4": "No", "q5": "No"})
    page.get_by_role("button", name="Send my answers").click()
    page.wait_for_load_state()
    crisis = page.get_by_role("region", name="carry this alone")
    assert crisis.get_by_role("link", name="116 123").first.is_visible()
    assert crisis.get_by_text(COPING).is_visible()  # the safety plan, inside the response
    assert_accessible(page, "positive ASQ with crisis lines and the safety plan")
    flag = RiskFlag.objects.get(client=client)
    assert flag.level == "asked_positive" and flag.source == "journal"
    assert flag.asq_answers == {"q1": False, "q2": True, "q3": False, "q4": False, "q5": False}
    phone.close()

"""Two people on phones: the client answers the private couple check with a concern; couple
features pause at once and quietly, the plan swaps its couple steps, and the partner's page
reads word for word as before."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from attune.accounts import services
from attune.accounts.models import PartnerLink, Role
from attune.clinical.plans.couple import couple_steps_in
from attune.partners import services as partners
from attune.partners.models import Scope
from attune.plans import services as plans
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


def test_a_concern_pauses_couple_features_and_the_partner_sees_nothing_change(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("ari@example.test", Role.CLIENT, org, "Ari Client")
    partner = make_user("kai@example.test", Role.PARTNER, org, "Kai Partner")
    services.partner_link_start(client=client, partner=partner)
    link = PartnerLink.objects.get(client=client, partner=partner)
    record = plans.plan_start(
        by=client, client=client, life_stage="adult", relationship="partnered"
    )
    for scope in Scope.values:
        partners.scope_set(actor=client, link=link, scope=scope, granted=True)

    theirs = browser.new_context(**PHONE)
    them = theirs.new_page()
    sign_in(them, base, partner)
    them.goto(base + "/partners/")
    before = them.locator("main").inner_text()

    mine = browser.new_context(**PHONE)
    me = mine.new_page()
    sign_in(me, base, client)
    me.goto(base + "/me/couple-check/")
    me.locator("#cc-feels_safe-not_sure").check()
    me.locator("#cc-pressured-yes").check()
    me.locator("#cc-monitored-no").check()
    me.locator("main form button[type=submit]").first.click()
    assert me.locator("[data-support=couple-concern]").is_visible()
    assert me.locator("[data-paused]").is_visible()
    assert me.get_by_role("button", name="End the link with Kai Partner, quietly").is_visible()
    assert me.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(me, "couple check concern, phone")

    record.refresh_from_db()
    assert couple_steps_in(plans.engine_plan(record)) == ()
    them.reload()
    assert them.locator("main").inner_text() == before
    assert mail.outbox == []
    theirs.close()
    mine.close()

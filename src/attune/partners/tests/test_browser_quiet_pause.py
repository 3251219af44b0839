"""Two people on phones: the client pauses everything quietly; the partner's page reads word
for word as before, with nothing new; the client resumes with one click."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from attune.accounts import services
from attune.accounts.models import PartnerLink, Role
from attune.journal.models import JournalEntry
from attune.partners import services as partners
from attune.partners.models import Scope
from attune.plans import services as plans
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}
LATER = "Laterwords-3030 written after the pause"


def test_quiet_pause_on_phones_leaves_the_partner_page_unchanged(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("ari@example.test", Role.CLIENT, org, "Ari Client")
    partner = make_user("kai@example.test", Role.PARTNER, org, "Kai Partner")
    services.partner_link_start(client=client, partner=partner)
    link = PartnerLink.objects.get(client=client, partner=partner)
    plans.plan_start(
        by=client,
        client=client,
        life_stage="adult",
        relationship="partnered",
        trauma_informed=True,
        antidepressant=True,
    )
    for scope in Scope.values:
        partners.scope_set(actor=client, link=link, scope=scope, granted=True)

    theirs = browser.new_context(**PHONE)
    them = theirs.new_page()
    sign_in(them, base, partner)
    them.goto(base + "/partners/")
    before = them.locator("main").inner_text()
    assert "a closeness step" in before and "Stage III" not in before

    mine = browser.new_context(**PHONE)
    me = mine.new_page()
    sign_in(me, base, client)
    me.goto(base + "/partners/")
    quiet = me.locator("#quiet")
    assert quiet.get_by_role("button", name="End the link quietly").is_visible()
    assert_accessible(me, "partner page with quiet controls, phone")
    quiet.get_by_role("button", name="Pause everything I share, quietly").click()
    assert me.get_by_text("Sharing is paused, quietly.").is_visible()
    assert me.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(me, "partner page while paused, phone")

    entry = JournalEntry.objects.create(client=client, title="Later", body=LATER)
    partners.entry_share(client=client, link=link, entry=entry, shared=True)
    them.reload()
    assert them.locator("main").inner_text() == before
    assert LATER not in them.content()
    assert mail.outbox == []

    me.get_by_role("link", name="View as Kai Partner: see exactly what their page shows").click()
    assert "a closeness step" in me.locator("main").inner_text()
    assert LATER not in me.content()
    assert_accessible(me, "view as my partner, phone")
    me.goto(base + "/partners/")
    me.locator("#quiet").get_by_role("button", name="Resume sharing").click()
    them.reload()
    assert them.get_by_text(LATER).is_visible()
    theirs.close()
    mine.close()

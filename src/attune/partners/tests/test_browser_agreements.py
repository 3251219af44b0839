"""Two phones: the partner suggests a new pause word, the client sees the suggestion beside
the agreement in force and agrees, and it is in force for both; then a pause is called."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import Role
from attune.partners import services as partners
from attune.partners.models import Conversation, Scope
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


def test_partner_suggests_a_new_pause_word_and_it_applies_once_the_client_agrees(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("ari@example.test", Role.CLIENT, org, "Ari Client")
    partner = make_user("kai@example.test", Role.PARTNER, org, "Kai Partner")
    link = services.partner_link_start(client=client, partner=partner)
    partners.scope_set(actor=client, link=link, scope=Scope.CONVERSATIONS, granted=True)
    talk = partners.conversation_save(
        actor=client,
        link=link,
        starts_at=timezone.now() + timedelta(days=2),
        duration_minutes=30,
        objective="Talk about our evenings",
        pause_word="Lighthouse",
        green_means="keep going",
        amber_means="slow down",
        red_means="stop now",
        resume_how="twenty minutes apart, then back within a day",
    ).record
    partners.agreement_confirm(actor=partner, conversation=talk)
    url = base + f"/conversations/{talk.pk}/"

    theirs = browser.new_context(**PHONE)
    them = theirs.new_page()
    sign_in(them, base, partner)
    them.goto(url)
    them.get_by_role("link", name="Change the plan").click()
    them.get_by_label("Pause word").fill("Harbour")
    them.get_by_role("button", name="Save the plan").click()
    them.wait_for_url(url)
    assert them.get_by_text("Waiting for Ari Client's agreement.", exact=True).is_visible()
    assert them.get_by_role("button", name="Withdraw my suggestion").is_visible()
    assert Conversation.objects.get().pause_word == "Lighthouse"

    mine = browser.new_context(**PHONE)
    me = mine.new_page()
    sign_in(me, base, client)
    me.goto(url)
    in_force = me.locator("section", has=me.get_by_role("heading", name="Our safe-language"))
    suggested = me.locator("section", has=me.get_by_role("heading", name="A suggested change"))
    assert in_force.get_by_text("Lighthouse").is_visible()
    assert suggested.get_by_text("Harbour").is_visible()
    assert me.get_by_role("button", name="Keep the current one").is_visible()
    assert_accessible(me, "conversation with a suggested change")
    me.get_by_role("button", name="Agree", exact=True).click()
    assert me.get_by_text("This agreement is now in force.").is_visible()
    assert in_force.get_by_text("Harbour").is_visible()
    assert me.get_by_role("heading", name="A suggested change").count() == 0

    them.reload()
    assert in_force_of(them).get_by_text("Harbour").is_visible()
    them.get_by_role("button", name="Call a pause").click()
    assert them.get_by_role("heading", name="Paused — resume when you both are ready").is_visible()
    assert_accessible(them, "conversation paused")
    me.reload()
    assert me.get_by_role("heading", name="Paused — resume when you both are ready").is_visible()
    assert me.get_by_role("button", name="We are both ready: resume").count() == 0
    for context in (theirs, mine):
        context.close()


def in_force_of(page: Any) -> Any:
    return page.locator("section", has=page.get_by_role("heading", name="Our safe-language"))

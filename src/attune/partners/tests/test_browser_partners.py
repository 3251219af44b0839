"""Two browsers: a client invites their partner, the partner accepts, they plan a
conversation with a pause word, both write summaries; the clinician sees the concordance."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import PartnerLink, Role
from attune.checkins.models import CheckIn
from attune.partners.models import Conversation, ConversationSummary, PartnerFeedback
from attune.safety.couple_check import couple_check_record
from conftest import PASSWORD, assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


def _client_in_care() -> tuple[Any, Any]:
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    clinician = make_user("vale@example.test", Role.CLINICIAN, org, "Dr Vale")
    client = make_user("ari@example.test", Role.CLIENT, org, "Ari Client")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    # The private couple check comes before a partner invitation; this client answered it.
    couple_check_record(
        client=client, answers={"feels_safe": "yes", "pressured": "no", "monitored": "no"}
    )
    today = timezone.localdate()
    for back in range(14):
        CheckIn.objects.create(
            client=client,
            day=today - timedelta(days=back),
            mood=5,
            emotional_loneliness=7,
            sexual_loneliness=8,
        )
    return clinician, client


def test_couple_plans_a_conversation_and_the_clinician_sees_the_concordance(
    browser: Any, live_server: Any
) -> None:
    clinician, client = _client_in_care()
    base = live_server.url

    # The client invites their partner.
    one = browser.new_context(**PHONE)
    me = one.new_page()
    sign_in(me, base, client)
    me.goto(base + "/invitations/")
    me.get_by_label("Their email address").fill("kai@example.test")
    me.get_by_role("button", name="Send invitation").click()
    assert me.get_by_text("Invitation sent to kai@example.test").is_visible()
    invite = re.search(r"(/invite/[^/\s]+/)", mail.outbox[-1].body)
    assert invite, mail.outbox[-1].body

    # The partner accepts in their own browser and signs up.
    two = browser.new_context(**PHONE)
    them = two.new_page()
    them.goto(base + invite.group(1))
    them.get_by_label("I have read this and I agree.").check()
    them.get_by_role("button", name="Continue").click()
    them.wait_for_url("**/accounts/signup/**")
    them.locator("#id_password1").fill(PASSWORD)
    them.locator("#id_password2").fill(PASSWORD)
    them.get_by_label("Name to show").fill("Kai")
    them.get_by_role("button", name="Sign Up").click()
    them.wait_for_url(base + "/")
    assert PartnerLink.objects.filter(client=client, status="active").exists()
    them.goto(base + "/partners/")
    assert them.get_by_text("Nothing is shared with you at the moment").is_visible()
    assert_accessible(them, "partner home, nothing shared")

    # The client shares conversations.
    me.goto(base + "/partners/")
    assert_accessible(me, "client partner page")
    me.get_by_label("Conversations you plan together").check()
    me.get_by_role("button", name="Save what is shared").click()
    assert me.get_by_text("Your partner sees exactly what is ticked").is_visible()

    # The partner plans the conversation with a pause word.
    them.goto(base + "/conversations/")
    them.get_by_role("link", name="Plan a conversation").click()
    when = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT19:00")
    them.get_by_label("When").fill(when)
    them.get_by_label("One clear objective").fill("Talk about our evenings")
    them.get_by_label("A short agenda").fill("How evenings feel; one wish each")
    them.get_by_label("Pause word").fill("Lighthouse")
    them.get_by_label("Aftercare").fill("Tea together")
    assert_accessible(them, "plan a conversation")
    them.get_by_role("button", name="Save the plan").click()
    them.wait_for_url("**/conversations/*/")
    assert them.get_by_text("Lighthouse").is_visible()
    assert them.get_by_role("heading", name="Taking turns").is_visible()
    assert_accessible(them, "conversation")
    talk = Conversation.objects.get()

    # Both write their summaries; the partner shares theirs.
    me.goto(base + "/conversations/")
    me.get_by_role("link", name=re.compile("Talk about our evenings")).click()
    assert me.get_by_text("Lighthouse").is_visible()
    me.get_by_label("What I heard, what I said").fill("I felt listened to.")
    me.get_by_label("How safe it felt").fill("8")
    me.get_by_label("How close I felt").fill("7")
    me.get_by_role("button", name="Save my summary").click()
    assert me.get_by_text("Your summary is saved.").is_visible()

    them.goto(base + f"/conversations/{talk.pk}/")
    assert them.get_by_text("I felt listened to.").count() == 0
    them.get_by_label("What I heard, what I said").fill("I understood the evenings better.")
    them.get_by_label("How safe it felt").fill("9")
    them.get_by_label("How close I felt").fill("8")
    them.get_by_label("Let the other person read my summary").check()
    them.get_by_role("button", name="Save my summary").click()
    assert them.get_by_text("Your summary is saved.").is_visible()
    assert ConversationSummary.objects.filter(conversation=talk).count() == 2
    me.reload()
    assert me.get_by_text("I understood the evenings better.").is_visible()

    # The partner's weekly feedback, then the clinician's concordance chart.
    them.goto(base + "/partners/feedback/")
    them.get_by_label("This week I felt connected").fill("8")
    them.get_by_label("This week I felt heard").fill("7")
    them.get_by_label("What helped you this week").fill("a slow walk after dinner")
    assert them.get_by_label("Moments of closeness").count() == 0  # nothing that keeps score
    assert_accessible(them, "weekly feedback")
    them.get_by_role("button", name="Save").click()
    them.wait_for_url(base + "/partners/")
    saved = PartnerFeedback.objects.get()
    assert (saved.felt_connected, saved.closeness_moments) == (8, None)

    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    clin = desk.new_page()
    sign_in(clin, base, clinician, staff=True)
    clin.goto(base + f"/clients/{client.uuid}/overview/")
    assert clin.get_by_role(
        "heading", name="Partner feedback beside the client's own ratings"
    ).is_visible()
    chart = clin.locator("svg.chart-line", has_text="Partner and client views of closeness")
    assert chart.count() == 1
    clin.get_by_text("Partner and client ratings as a table").click()
    assert clin.get_by_role("columnheader", name="Partner: felt connected").is_visible()
    assert_accessible(clin, "client overview with concordance")
    for context in (one, two, desk):
        context.close()

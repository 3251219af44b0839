"""A facilitator starts a circle, two members join under pseudonyms on their phones, one
reports a reflection and the facilitator hides it; a risky reflection is held, not shown."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail

from attune.accounts import services as accounts
from attune.accounts.models import Role
from attune.circles.models import CircleMember, CirclePost, PostReport
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _phone(browser: Any) -> Any:
    return browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)


def _join(browser: Any, base: str, user: Any, link: str, name: str) -> Any:
    page = _phone(browser).new_page()
    sign_in(page, base, user)
    page.goto(base + link)
    assert page.get_by_role("heading", name="Group agreements").is_visible()
    assert_accessible(page, f"join as {name}")
    page.get_by_label("Your display name in this circle").fill(name)
    page.get_by_label("I have read the group agreements and agree to them").check()
    page.get_by_role("button", name="Agree and join").click()
    page.wait_for_url("**/circles/*/")
    assert page.get_by_text(f"You are {name} here.").is_visible()
    return page


def test_circle_from_start_to_a_hidden_report_and_a_held_risky_post(
    browser: Any, live_server: Any
) -> None:
    base = live_server.url
    org = accounts.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    facilitator = make_user("fran@example.test", Role.FACILITATOR, org, "Fran Facilitator")
    ana = make_user("ana.real@example.test", Role.CLIENT, org, "Ana Realname")
    ben = make_user("ben.real@example.test", Role.CLIENT, org, "Ben Realname")

    desk = browser.new_context(viewport={"width": 1024, "height": 900})
    fac = desk.new_page()
    sign_in(fac, base, facilitator, staff=True)
    fac.get_by_role("link", name="Your peer circles").click()
    fac.get_by_role("link", name="Start a circle").click()
    assert_accessible(fac, "new circle form")
    fac.get_by_label("Topic").fill("Finding closeness again")
    fac.get_by_label("Most members").fill("6")
    fac.get_by_role("button", name="Create circle").click()
    assert fac.get_by_text("Circle created.").is_visible()
    fac.get_by_role("link", name="Add a meeting").click()
    fac.get_by_label("Starts at").fill("2031-03-04T18:30")
    fac.get_by_label("Agenda").fill("Welcome round, then one theme.")
    fac.get_by_label("Check-in prompts (one a line)").fill("One word for today")
    fac.get_by_role("button", name="Add meeting").click()
    assert fac.get_by_text("Welcome round, then one theme.").is_visible()
    links = []
    for person in (ana, ben):
        fac.get_by_label("Email address to invite").fill(person.email)
        fac.get_by_role("button", name="Send invitation").click()
        assert fac.get_by_text("Invitation sent.").is_visible()
        found = re.search(r"(/circles/join/[^/\s]+/)", mail.outbox[-1].body)
        assert found, mail.outbox[-1].body
        links.append(found.group(1))
    assert_accessible(fac, "facilitator circle page with invitations")

    ana_page = _join(browser, base, ana, links[0], "Quiet Heron")
    ana_page.get_by_label("Your reflection").fill("I said hello to a neighbour today.")
    ana_page.get_by_role("button", name="Post to the circle").click()
    assert ana_page.get_by_text("Your reflection is shared with the circle.").is_visible()
    assert_accessible(ana_page, "member circle page")

    ben_page = _join(browser, base, ben, links[1], "Blue Fox")
    assert ben_page.get_by_text("I said hello to a neighbour today.").is_visible()
    for secret in ("ana.real@example.test", "Ana Realname", "Fran Facilitator"):
        assert secret not in ben_page.content()
    ben_page.get_by_role("link", name="Report this reflection by Quiet Heron").click()
    assert_accessible(ben_page, "report form")
    ben_page.get_by_label("Why are you reporting this? (optional)").fill("felt like advice")
    ben_page.get_by_role("button", name="Send report").click()
    assert ben_page.get_by_text("Thank you. The facilitator will look at it.").is_visible()
    assert PostReport.objects.count() == 1

    ben_page.get_by_label("Your reflection").fill("Some nights I want to kill myself.")
    ben_page.get_by_role("button", name="Post to the circle").click()
    assert ben_page.get_by_role("heading", name="You don't have to carry this alone").is_visible()
    held = ben_page.get_by_text("The facilitator will read it before the circle sees it.")
    assert held.is_visible()
    assert ben_page.get_by_text("only you and the facilitator see this for now").is_visible()
    assert_accessible(ben_page, "crisis response after a risky post")
    ana_page.reload()
    assert "kill myself" not in ana_page.content()

    fac.reload()
    assert fac.get_by_text("felt like advice").is_visible()
    assert fac.get_by_text("held: risk language, read before releasing").is_visible()
    for secret in ("ana.real@example.test", "Ana Realname", "Ben Realname"):
        assert secret not in fac.content()
    reported = CirclePost.objects.get(member__display_name="Quiet Heron")
    fac.locator(f"#post-{reported.pk}").get_by_role("button", name="Hide").click()
    assert fac.get_by_text("Done.").is_visible()
    assert_accessible(fac, "facilitator after hiding")

    ben_page.reload()
    assert "I said hello to a neighbour today." not in ben_page.content()
    ana_page.reload()
    assert ana_page.get_by_text("hidden by the facilitator").is_visible()
    assert ana_page.evaluate("document.documentElement.scrollWidth") <= 390
    desk.close()


def test_on_a_phone_hide_and_show_again_cannot_publish_a_held_reflection(
    browser: Any, live_server: Any
) -> None:
    from attune.circles import services

    base = live_server.url
    org = accounts.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    facilitator = make_user("fran@example.test", Role.FACILITATOR, org, "Fran Facilitator")
    ana = make_user("ana.real@example.test", Role.CLIENT, org, "Ana Realname")
    ben = make_user("ben.real@example.test", Role.CLIENT, org, "Ben Realname")
    circle = services.circle_create(facilitator=facilitator, topic="Closeness", size_limit=6)
    members = {}
    for person, name in ((ana, "Quiet Heron"), (ben, "Blue Fox")):
        invitation = services.invitation_create(
            facilitator=facilitator, circle=circle, email=person.email
        ).invitation
        members[name] = services.circle_join(
            invitation=invitation, user=person, display_name=name, agreed=True
        )
    held = services.post_create(
        member=members["Blue Fox"], body="Some nights I want to kill myself."
    ).post
    assert held.status == "held"

    context = _phone(browser)
    fac = context.new_page()
    sign_in(fac, base, facilitator, staff=True)
    fac.goto(f"{base}/circles/{circle.pk}/")
    item = fac.locator(f"#post-{held.pk}")
    assert item.get_by_role("button", name="Release to the circle").is_visible()
    assert item.get_by_role("button", name="Hide").count() == 0
    assert item.get_by_role("button", name="Show again").count() == 0
    assert_accessible(fac, "facilitator with a held reflection, phone")
    # Craft the old bypass by hand: the page no longer offers it, the server refuses it too.
    for action in ("hide", "restore"):
        with fac.expect_navigation():
            fac.evaluate(
                """([id, action]) => {
                    const form = document.querySelector(`#post-${id} form`);
                    const b = document.createElement('button');
                    b.name = 'action'; b.value = action; b.type = 'submit';
                    form.appendChild(b); b.click();
                }""",
                [held.pk, action],
            )
        assert fac.get_by_text("has not been released").is_visible()
        held.refresh_from_db()
        assert held.status == "held"
    assert_accessible(fac, "facilitator after a refused action, phone")
    ana_context = _phone(browser)
    ana_page = ana_context.new_page()
    sign_in(ana_page, base, ana)
    ana_page.goto(f"{base}/circles/{circle.pk}/")
    assert "kill myself" not in ana_page.content()

    # Removing a member asks first, on its own page, without JavaScript.
    fac.get_by_role("link", name="Remove Blue Fox").click()
    assert fac.get_by_role("heading", name="Remove Blue Fox from the circle?").is_visible()
    assert_accessible(fac, "remove member confirmation, phone")
    assert fac.evaluate("document.documentElement.scrollWidth") <= 390
    fac.get_by_role("link", name="No, keep them in the circle").click()
    assert CircleMember.objects.get(pk=members["Blue Fox"].pk).is_active
    context.close()
    ana_context.close()

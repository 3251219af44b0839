"""On phones: a partner's heavy words lead to working help (the help bar, crisis lines and a
safety plan of their own), and a client's disclosure of harm from others never reaches the
partner, while the client is told kindly why and offered the quick exit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from attune.accounts import services
from attune.accounts.models import ConsentGrant, Role
from attune.clinical.safety import screening
from attune.journal.models import JournalEntry
from attune.partners import selectors
from conftest import assert_accessible, make_user, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}
HARM = "Harmword-5150 he takes my phone and says I owe him sex"
REAL_SCREEN = screening.screen_text


def _share(client: Any, partner: Any, entry: JournalEntry) -> None:
    ConsentGrant.objects.create(
        client=client,
        grantee=partner,
        kind=ConsentGrant.Kind.PARTNER,
        scope=selectors.entry_scope(entry.pk),
        text_version="partner-entry-v1",
    )


def test_partner_help_and_harm_from_others_on_phones(
    browser: Any, live_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Until the real detector lands, the marker stands for a disclosure of harm from others.
    def fake(text: str, *, context: str = "free", semantic: bool = True) -> Any:
        found = REAL_SCREEN(text, context=context, semantic=False)
        return replace(found, harm_from_others="disclosed") if "Harmword" in text else found

    monkeypatch.setattr(screening, "screen_text", fake)
    base = live_server.url
    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    client = make_user("ari@example.test", Role.CLIENT, org, "Ari Client")
    partner = make_user("kai@example.test", Role.PARTNER, org, "Kai Partner")
    services.partner_link_start(client=client, partner=partner)
    kind = JournalEntry.objects.create(client=client, title="Dinner", body="We cooked together.")
    hurt = JournalEntry.objects.create(client=client, title="Evenings", body=HARM)
    _share(client, partner, kind)
    _share(client, partner, hurt)  # shared before its words were known to tell of harm

    theirs = browser.new_context(**PHONE)
    them = theirs.new_page()
    sign_in(them, base, partner)
    assert them.get_by_role("link", name="Need help right now?").is_visible()
    them.goto(base + "/partners/")
    assert them.get_by_text("We cooked together.").is_visible()
    assert "Harmword" not in them.content() and "Evenings" not in them.content()

    them.goto(base + "/partners/feedback/")
    them.get_by_label("This week I felt connected to them").fill("3")
    them.get_by_label("This week I felt heard by them").fill("3")
    them.get_by_label("Anything else (optional)").fill("I want to kill myself tonight")
    them.get_by_role("button", name="Save").click()
    assert them.get_by_role("heading", name="You don't have to carry this alone").is_visible()
    assert_accessible(them, "partner crisis response, phone")
    them.get_by_role("link", name="Make a safety plan: six short steps for hard moments").click()
    assert them.get_by_role("heading", name="My safety plan").is_visible()
    assert them.get_by_text("This plan is yours alone").is_visible()
    assert_accessible(them, "partner safety plan, phone")
    them.get_by_role("link", name="Write my safety plan").click()
    them.get_by_label("1. My warning signs").fill("Not sleeping, pacing at night")
    them.get_by_role("button", name="Save").click()
    assert them.get_by_text("Safety plan saved.").is_visible()
    assert them.get_by_text("Not sleeping, pacing at night").is_visible()
    assert them.evaluate("document.documentElement.scrollWidth") <= 390
    theirs.close()

    mine = browser.new_context(**PHONE)
    me = mine.new_page()
    sign_in(me, base, client)
    me.goto(f"{base}/journal/{hurt.pk}/")
    assert me.get_by_text("This entry stays private.").is_visible()
    assert me.get_by_role("button", name="Share this entry with Kai Partner").count() == 0
    assert me.locator("main [data-quick-exit]").is_visible()
    assert_accessible(me, "kept-private entry with the quick exit, phone")
    assert "Not sleeping" not in me.content()  # the partner's plan is theirs alone
    mine.close()

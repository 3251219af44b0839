"""On a phone, the numbers in a safety plan and the crisis lines are one tap away: ``tel:``
with the number as it is dialled, and ``sms:`` for lines that take text messages."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils.html import escape

from attune.accounts.models import ClientProfile
from attune.core.contacts import linkify, normalised_number
from attune.safety.models import SafetyPlan
from attune.safety.services import support_for
from conftest import Cast, assert_accessible, sign_in


@pytest.mark.parametrize(
    ("written", "dialled"),
    [
        ("07700 900123", "07700900123"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("0044 20 7946 0958", "+442079460958"),
        ("(555) 010-0199", "5550100199"),
        ("01.23.45.67.89", "0123456789"),
        ("12", None),
        ("1234567890123456", None),
    ],
)
def test_numbers_are_dialled_without_the_spaces_people_write(
    written: str, dialled: str | None
) -> None:
    assert normalised_number(written) == dialled


def test_plan_text_gets_tap_to_call_and_tap_to_text_links() -> None:
    html = str(linkify("Mum 07700 900123\nor text SHOUT to 85258, and call 999 if I must"))
    assert '<a class="tap" href="tel:07700900123">07700 900123</a>' in html
    assert '<a class="tap" href="sms:85258?body=SHOUT">text SHOUT to 85258</a>' in html
    assert '<a class="tap" href="tel:999">999</a>' in html


@pytest.mark.parametrize(
    "words",
    [
        "3 friends and a 10 minute walk",
        "since 2024-05-12, or 12.05.2024",
        "walk 5000 steps",
    ],
)
def test_counts_and_dates_stay_words(words: str) -> None:
    assert str(linkify(words)) == escape(words)


def test_plan_text_is_still_escaped() -> None:
    html = str(linkify('<script>alert("x")</script> 07700 900123'))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="tel:07700900123"' in html


@pytest.mark.django_db
def test_safety_plan_page_numbers_are_tap_to_call(cast: Cast) -> None:
    SafetyPlan.objects.create(
        client=cast.client,
        help_people="My sister Ana 07700 900123",
        professionals="Dr Lee +44 (0)20 7946 0958; text SHOUT to 85258",
    )
    http = Client()
    http.force_login(cast.client)
    page = http.get("/safety-plan/").content.decode()
    assert 'href="tel:07700900123"' in page
    assert 'href="tel:+442079460958"' in page
    assert 'href="sms:85258?body=SHOUT"' in page


@pytest.mark.django_db
def test_lines_that_take_texts_offer_tap_to_text(cast: Cast) -> None:
    ClientProfile.objects.filter(client=cast.client).update(country="US")
    http = Client()
    http.force_login(cast.client)
    page = http.get("/help-now/").content.decode()
    assert 'href="tel:988"' in page and 'href="sms:988"' in page
    assert 'href="tel:911"' in page

    from django.template.loader import render_to_string

    support = support_for(cast.client, level="high", concern="self")
    block = render_to_string("safety/_support.html", {"support": support})
    assert 'href="sms:988"' in block


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_safety_plan_on_a_phone_taps_to_call(browser: Any, live_server: Any, cast: Cast) -> None:
    ClientProfile.objects.filter(client=cast.client).update(country="US")
    SafetyPlan.objects.create(client=cast.client, help_people="My sister Ana (555) 010-0199")
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = phone.new_page()
    sign_in(page, live_server.url, cast.client)
    page.goto(live_server.url + "/safety-plan/")
    call = page.get_by_role("link", name="(555) 010-0199")
    assert call.get_attribute("href") == "tel:5550100199"
    box = call.bounding_box()
    assert box is not None and box["height"] >= 24  # WCAG 2.2 target size (minimum)
    assert page.get_by_role("link", name="text 988").get_attribute("href") == "sms:988"
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    assert_accessible(page, "safety plan on a phone")
    phone.close()

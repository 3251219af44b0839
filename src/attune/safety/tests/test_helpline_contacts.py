"""Helplines an admin sets are phone numbers, text codes with their keyword or https
addresses; each renders as a working tel:, sms: or web link wherever lines are shown."""

from __future__ import annotations

import pytest
from django.test import Client

from attune.accounts.models import ClientProfile, User
from attune.core.contacts import links
from attune.safety.models import CrisisLines, HarmLines
from attune.safety.services import crisis_for, support_for
from conftest import Cast

pytestmark = pytest.mark.django_db

IRELAND = {
    "country": "IE",
    "emergency": "112 or 999",
    "lines": "Samaritans | 116 123 | free, 24/7\n"
    "Shout | text SHOUT to 85258 | 24/7\n"
    "Find a helpline | https://findahelpline.com",
}


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def test_contacts_become_tel_sms_and_web_links() -> None:
    assert [(link.href, link.label) for link in links("112 or 999")] == [
        ("tel:112", "112"),
        ("tel:999", "999"),
    ]
    assert [link.href for link in links("text SHOUT to 85258")] == ["sms:85258?body=SHOUT"]
    assert [link.href for link in links("1-800-799-7233")] == ["tel:18007997233"]
    assert [link.href for link in links("https://findahelpline.com")] == [
        "https://findahelpline.com"
    ]
    assert [link.href for link in links("findahelpline.com")] == ["https://findahelpline.com"]


def test_irish_lines_set_by_an_admin_show_as_working_links_to_the_client(cast: Cast) -> None:
    admin = _login(cast.admin)
    saved = admin.post("/organisation/crisis-lines/", IRELAND)
    assert saved.status_code == 302
    ClientProfile.objects.filter(client=cast.client).update(country="IE")
    help_page = _login(cast.client).get("/help-now/").content.decode()
    assert 'href="tel:112"' in help_page and 'href="tel:999"' in help_page
    assert "tel:112or999" not in help_page
    assert 'href="sms:85258?body=SHOUT"' in help_page
    assert 'href="https://findahelpline.com"' in help_page
    assert 'href="https://text' not in help_page

    support = support_for(cast.client, level="high", concern="self")
    support["asq_result"] = "acute_positive"
    from django.template.loader import render_to_string

    block = render_to_string("safety/_support.html", {"support": support})
    assert 'href="tel:112"' in block and 'href="tel:999"' in block
    assert 'href="sms:85258?body=SHOUT"' in block


@pytest.mark.parametrize(
    ("emergency", "lines", "message"),
    [
        (
            "112 or 999",
            "Shout | SHOUT 85258",
            "Line 1 (Shout): “SHOUT 85258” is not a phone number",
        ),
        (
            "112 or 999",
            "Samaritans | 116 123\nDirectory | www.example.org/help me",
            "Line 2 (Directory): “www.example.org/help me” is not a phone number",
        ),
        (
            "112 or 999",
            "Old site | http://example.org",
            "Line 1 (Old site): “http://example.org” is not a phone number",
        ),
        ("call 112", "Samaritans | 116 123", "“call 112” is not a phone number."),
    ],
)
def test_a_line_that_is_no_number_code_or_https_address_is_refused_by_name(
    cast: Cast, emergency: str, lines: str, message: str
) -> None:
    for page, model in (("crisis-lines", CrisisLines), ("harm-lines", HarmLines)):
        response = _login(cast.admin).post(
            f"/organisation/{page}/", {"country": "IE", "emergency": emergency, "lines": lines}
        )
        assert response.status_code == 200
        assert message in response.content.decode()
        assert not model.objects.exists()
    assert crisis_for(cast.client, "IE").emergency == "112 or 999"  # attune's own, unchanged


def test_editing_a_country_starts_from_its_current_lines(cast: Cast) -> None:
    admin = _login(cast.admin)
    defaults = admin.get("/organisation/crisis-lines/?country=IE").content.decode()
    assert 'value="112 or 999"' in defaults
    assert "Samaritans | 116 123 | free, 24/7</textarea>" in defaults
    assert '<option value="IE" selected>' in defaults

    admin.post("/organisation/crisis-lines/", IRELAND)
    own = admin.get("/organisation/crisis-lines/?country=IE").content.decode()
    assert "Shout | text SHOUT to 85258 | 24/7" in own
    harm = admin.get("/organisation/harm-lines/?country=IE").content.decode()
    assert "Women&#x27;s Aid | 1800 341 900 | free, 24/7" in harm
    assert _login(cast.clinician).get("/organisation/crisis-lines/?country=IE").status_code == 403

"""The quick exit: on every client and partner page, first in the tab order, a plain link to
a neutral site that still works without JavaScript, with honest limits on the help page."""

from __future__ import annotations

import re

import pytest
from django.test import Client, override_settings

from attune.accounts.models import User
from conftest import Cast

pytestmark = pytest.mark.django_db
NEUTRAL = "https://www.bbc.com/weather"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _first_focusable(page: str) -> str:
    body = page[page.index("<body") :]
    found = re.search(r"<(a|button|input|select|textarea)\b[^>]*>", body)
    assert found
    return found.group(0)


@pytest.mark.parametrize(
    ("who", "paths"),
    [
        ("client", ["/", "/checkin/", "/journal/", "/safety-plan/", "/partners/", "/help-now/"]),
        ("partner", ["/", "/partners/", "/partners/feedback/", "/safety-plan/"]),
        ("anonymous", ["/accounts/login/", "/help-now/"]),
    ],
)
def test_quick_exit_comes_first_on_client_partner_and_public_pages(
    cast: Cast, who: str, paths: list[str]
) -> None:
    http = Client() if who == "anonymous" else _login(getattr(cast, who))
    for path in paths:
        page = http.get(path).content.decode()
        first = _first_focusable(page)
        assert "data-quick-exit" in first and f'href="{NEUTRAL}"' in first, (who, path, first)
        assert "/static/attune/quick-exit" in page, path


def test_staff_pages_do_not_carry_it(cast: Cast) -> None:
    page = _login(cast.clinician).get("/caseload/").content.decode()
    assert "data-quick-exit" not in page


@override_settings(ATTUNE_QUICK_EXIT_URL="https://example.org/news")
def test_the_neutral_address_is_configurable(cast: Cast) -> None:
    first = _first_focusable(_login(cast.client).get("/").content.decode())
    assert 'href="https://example.org/news"' in first


def test_the_help_page_states_its_limits_honestly(cast: Cast) -> None:
    page = Client().get("/help-now/").content.decode()
    assert 'id="leaving-quickly"' in page
    assert "does not erase your browser history" in page
    assert "does not sign you out" in page
    assert "monitoring apps" in page


def test_the_script_cites_its_sources_and_replaces_the_page() -> None:
    from pathlib import Path

    import attune

    script = (Path(attune.__file__).parent / "core/static/attune/quick-exit.js").read_text()
    assert "location.replace" in script and "Escape" in script
    assert "PenzeyMoog 2021" in script and "CHI 2023" in script

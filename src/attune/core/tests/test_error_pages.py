"""Error pages keep the site around a person: a way back and help, never a bare line."""

from __future__ import annotations

import logging
import sys

import pytest
from django.test import Client, RequestFactory
from django.views import defaults

from attune.core.access_log import QuietForbidden
from conftest import Cast


@pytest.mark.django_db
def test_not_found_has_the_layout_a_way_back_and_help(client: Client) -> None:
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Need help right now?" in page and 'href="/"' in page and "<nav" not in page


def test_forbidden_page_has_the_layout_and_help(cast: Cast) -> None:
    http = Client()
    http.force_login(cast.other_client)
    response = http.get(f"/clients/{cast.client.uuid}/")
    assert response.status_code in (403, 404)
    assert "Go to your home page" in response.content.decode()
    assert "Need help right now?" in response.content.decode()


def test_server_error_page_stands_alone_with_help() -> None:
    response = defaults.server_error(RequestFactory().get("/"))
    page = response.content.decode()
    assert response.status_code == 500
    assert "Need help right now?" in page and "/help-now/" in page and 'href="/"' in page


def test_expected_refusals_log_no_traceback() -> None:
    try:
        raise PermissionError("not yours")
    except PermissionError:
        record = logging.LogRecord("django.request", 30, "", 0, "Forbidden", (), None)
        record.exc_info = sys.exc_info()
    record.status_code = 403
    QuietForbidden().filter(record)
    assert record.exc_info is None


@pytest.mark.django_db
@pytest.mark.parametrize("record", ["9223372036854775808", "99999999999999999999", "0"])
def test_an_id_no_database_could_hold_is_simply_not_found(client: Client, record: str) -> None:
    assert client.get(f"/circles/{record}/").status_code == 404

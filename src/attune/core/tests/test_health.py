from unittest import mock

import pytest
from django.db.utils import OperationalError
from django.test import Client


@pytest.mark.django_db
def test_healthz_reports_database_ok(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_healthz_is_503_when_database_unreachable(client: Client) -> None:
    with mock.patch("attune.core.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error"}


@pytest.mark.django_db
def test_root_sends_anonymous_visitor_to_login_form(client: Client) -> None:
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert b'name="password"' in response.content


@pytest.mark.django_db
def test_pages_carry_security_headers(client: Client) -> None:
    response = client.get("/accounts/login/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_help_now_shows_lines_for_chosen_country(client: Client) -> None:
    response = client.get("/help-now/?country=GB")
    assert b"116 123" in response.content
    assert b"not an emergency service" in response.content
    response = client.get("/help-now/?country=US")
    assert b"988" in response.content

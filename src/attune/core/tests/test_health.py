from unittest import mock

import pytest
from django.db.utils import OperationalError
from django.test import Client


@pytest.mark.django_db
def test_healthz_reports_database_ok(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_healthz_is_503_when_database_unreachable(client: Client) -> None:
    with mock.patch("attune.core.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error", "cache": "ok"}


@pytest.mark.django_db
def test_healthz_is_503_when_the_shared_cache_is_unreachable(client: Client) -> None:
    with mock.patch("attune.core.views.cache.set", side_effect=ConnectionError("redis down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "error"}


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


@pytest.mark.django_db
def test_unknown_api_paths_refuse_anonymous_callers(client: Client) -> None:
    assert client.get("/api/v1/checkins").status_code == 401
    assert client.post("/api/v1/anything/else").status_code == 401


@pytest.mark.django_db
def test_unknown_api_paths_are_404_for_signed_in_callers(client: Client) -> None:
    from attune.accounts import services

    org = services.organisation_get_or_create(slug="o")
    user = services.user_create(email="c@example.test", role="client", organisation=org)
    token = services.api_token_create(user=user)
    response = client.get("/api/v1/nothing-here", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 404


@pytest.mark.django_db
def test_openapi_schema_and_docs_are_served_locally(client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/me" in schema["paths"]
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"swagger" in docs.content.lower()
    assert b"cdn.jsdelivr" not in docs.content  # no CDN: the machine may have no internet


def test_livez_answers_without_touching_the_database(client: Client) -> None:
    # No django_db mark: pytest-django refuses any database access, so this fails if
    # /livez ever touches the database.
    response = client.get("/livez")
    assert response.status_code == 200
    assert response.json() == {"status": "alive"}
    assert client.post("/livez").status_code == 405


@pytest.mark.django_db
def test_healthz_answers_head_for_monitors(client: Client) -> None:
    assert client.head("/healthz").status_code == 200
    assert client.head("/livez").status_code == 200

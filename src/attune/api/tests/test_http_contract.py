"""What any HTTP client may rely on: the 401 challenge and an OpenAPI that says so."""

from __future__ import annotations

import pytest
from django.test import Client

from conftest import Cast


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/checkins", "/api/v1/no-such-route"])
def test_anonymous_call_is_challenged_for_a_bearer_token(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "detail" in response.json()


@pytest.mark.django_db
def test_openapi_names_a_server_and_documents_401_on_every_secured_operation(
    client: Client,
) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["servers"]
    secured = [
        (path, method, op)
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
        if op.get("security")
    ]
    assert len(secured) > 40
    missing = [f"{m.upper()} {p}" for p, m, op in secured if "401" not in op["responses"]]
    assert missing == []


@pytest.mark.django_db
@pytest.mark.parametrize("body", ["[]", '[{"hopes": "x"}]', "5", '"text"', "null"])
def test_a_body_that_is_not_an_object_changes_nothing_and_says_so(cast: Cast, body: str) -> None:
    from attune.accounts import services
    from attune.accounts.models import ClientProfile

    before = ClientProfile.objects.get(client=cast.client).hopes
    auth = {"HTTP_AUTHORIZATION": f"Bearer {services.api_token_create(user=cast.client)}"}
    response = Client().patch("/api/v1/me/profile", body, content_type="application/json", **auth)
    assert response.status_code == 422
    assert response.json()["errors"] == {"request": ["must be a JSON object"]}
    assert ClientProfile.objects.get(client=cast.client).hopes == before

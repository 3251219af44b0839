"""The OpenAPI document says what the server does: every refusal it can give, FHIR's media
type, no null where a query string cannot carry one, and every 422 naming its fields."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.checkins.models import CheckIn
from conftest import Cast

pytestmark = pytest.mark.django_db


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    document = Client().get("/api/v1/openapi.json").json()
    return [
        (method, path, operation)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
    ]


def test_every_operation_has_a_tag_a_summary_a_description_and_its_refusals() -> None:
    lacking = []
    for method, path, operation in _operations():
        answers = set(operation["responses"])
        wanted = {"401", "403", "429"}
        if "{" in path:
            wanted.add("404")
        if operation.get("parameters") or "requestBody" in operation or method != "get":
            wanted.add("422")
        if not (operation.get("tags") and operation.get("summary") and operation["description"]):
            lacking.append((method, path, "words"))
        if wanted - answers:
            lacking.append((method, path, sorted(wanted - answers)))
    assert lacking == []


def test_every_refusal_is_documented_with_the_error_shape() -> None:
    for _, _, operation in _operations():
        content = operation["responses"]["401"]["content"]["application/json"]
        assert content["schema"] == {"$ref": "#/components/schemas/ApiError"}


def test_fhir_operations_are_documented_as_fhir_json() -> None:
    fhir = {path: op for _, path, op in _operations() if path.endswith("/fhir")}
    assert len(fhir) == 2
    for operation in fhir.values():
        assert list(operation["responses"]["200"]["content"]) == ["application/fhir+json"]


def test_fhir_answers_with_the_media_type_it_documents(cast: Cast) -> None:
    auth = f"Bearer {accounts.api_token_create(user=cast.client)}"
    response = Client().get("/api/v1/me/fhir", HTTP_AUTHORIZATION=auth)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/fhir+json")


def test_no_query_parameter_is_documented_as_null() -> None:
    nullable = [
        (path, param["name"])
        for _, path, operation in _operations()
        for param in operation.get("parameters", [])
        if param["in"] == "query" and {"type": "null"} in param["schema"].get("anyOf", [])
    ]
    assert nullable == []


def test_a_route_refusal_without_fields_still_names_what_to_fix(cast: Cast) -> None:
    auth = f"Bearer {accounts.api_token_create(user=cast.client)}"
    response = Client().post(
        "/api/v1/checkins",
        json.dumps({"date": "2026-11-20", "mood": 5}),
        content_type="application/json",
        HTTP_AUTHORIZATION=auth,
        HTTP_IDEMPOTENCY_KEY="k" * 201,
    )
    assert response.status_code == 422
    body = response.json()
    assert body["errors"] == {"Idempotency-Key": [body["detail"]]}
    assert not CheckIn.objects.exists()

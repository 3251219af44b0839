"""Every API input, read from the OpenAPI document: a number is never a date or a time,
a number is never a boolean and a boolean never a number. Each is a 422 that names the field,
and nothing is stored."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.test import Client

from attune.accounts import services as accounts
from conftest import Cast

pytestmark = pytest.mark.django_db

# What a lax parser would take, and what it would wrongly make of it.
WRONG_KIND = {
    "date": [0, 1700000000, "1700000000", True],  # 1970-01-01, a timestamp, a timestamp, 1
    "date-time": [0, 1700000000, "1700000000", "2024-07-31T13:24:23-19:33"],  # no such offset
    "partial-time": [0, 3600, "09:50Z", "25:00"],  # a local time of day, never an offset
    "boolean": [1, 0, "yes"],
    "integer": [True, False, 5.5],
}


def _document() -> dict[str, Any]:
    return dict(Client().get("/api/v1/openapi.json").json())


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _kind(document: dict[str, Any], schema: dict[str, Any]) -> str | None:
    for option in [schema, *schema.get("anyOf", []), *schema.get("allOf", [])]:
        option = _resolve(document, option)
        if option.get("format") in {"date", "date-time", "partial-time"}:
            return str(option["format"])
        if option.get("type") in {"boolean", "integer"}:
            return str(option["type"])
    return None


def _body_fields() -> list[tuple[str, str, str, str]]:
    document = _document()
    found = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is None:
                continue
            schema = _resolve(document, body["schema"])
            for name, prop in schema.get("properties", {}).items():
                kind = _kind(document, prop)
                if kind is not None:
                    found.append((method, path, name, kind))
    return found


def _query_dates() -> list[tuple[str, str, str]]:
    document = _document()
    return [
        (method, path, param["name"])
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        for param in operation.get("parameters", [])
        if param["in"] == "query" and _kind(document, param["schema"]) in {"date", "date-time"}
    ]


def _rows() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label.startswith("attune") or model._meta.label.startswith("attune")
    }


def _concrete(path: str, cast: Cast) -> str:
    path = path.replace("{client_uuid}", str(cast.client.uuid))
    while "{" in path:
        start = path.index("{")
        path = path[:start] + "1" + path[path.index("}") + 1 :]
    return path


@pytest.fixture
def as_client(cast: Cast) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {accounts.api_token_create(user=cast.client)}")


def test_every_api_input_of_these_kinds_is_checked(db: None) -> None:
    kinds = {kind for *_, kind in _body_fields()}
    assert kinds == {"date", "date-time", "partial-time", "boolean", "integer"}
    assert ("/api/v1/practice/experiments", "planned_on") in {
        (path, name) for _, path, name, _ in _body_fields()
    }


def test_a_value_of_the_wrong_kind_is_refused_naming_the_field(
    cast: Cast, as_client: Client
) -> None:
    before = _rows()
    wrong = []
    for method, path, field, kind in _body_fields():
        for value in WRONG_KIND[kind]:
            response = getattr(as_client, method)(
                _concrete(path, cast), json.dumps({field: value}), content_type="application/json"
            )
            if response.status_code != 422 or field not in response.json().get("errors", {}):
                wrong.append((method, path, field, value, response.status_code))
    assert wrong == []
    assert _rows() == before


def test_a_number_is_not_a_date_in_a_query(cast: Cast, as_client: Client) -> None:
    wrong = []
    for method, path, param in _query_dates():
        for value in ["0", "1700000000", "28/11/2026"]:
            url = f"{_concrete(path, cast)}?{urlencode({param: value})}"
            response = getattr(as_client, method)(url)
            if response.status_code != 422 or list(response.json()["errors"]) != [param]:
                wrong.append((path, param, value, response.status_code))
    assert wrong == []
    assert len(_query_dates()) >= 4

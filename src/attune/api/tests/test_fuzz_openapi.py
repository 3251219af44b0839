"""Schemathesis against attune's own OpenAPI schema, as a signed-in client and clinician:
no operation answers 5xx, and every documented response matches its schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from attune.accounts import services
from attune.accounts.models import User
from conftest import Cast

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 12


def _schema() -> Any:
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Iterator[None]:
    # Like Django's test client: a finished request must not close the test transaction's
    # database connection (PostgreSQL would then fail every later query).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _fuzz(user: User) -> int:
    headers = {"Authorization": f"Bearer {services.api_token_create(user=user)}"}
    operations = [result.ok() for result in _schema().get_all_operations()]
    for operation in operations:

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            case.call_and_validate(
                headers=headers, checks=[not_a_server_error, response_schema_conformance]
            )

        check()
    return len(operations)


def test_api_survives_generated_requests_from_a_client(cast: Cast) -> None:
    assert _fuzz(cast.client) > 40


def test_api_survives_generated_requests_from_a_clinician(cast: Cast) -> None:
    assert _fuzz(cast.clinician) > 40

"""Access log lines hold no secret token and cannot be forged with an encoded newline."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.test import Client

from attune.core.access_log import RedactTokens, redact_path


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        ("/calendar/Zx9_secret-token.ics", "/calendar/[token].ics"),
        ("/invite/abc123DEF/", "/invite/[token]/"),
        ("/circles/join/tok_en/", "/circles/join/[token]/"),
        ("/circles/12/", "/circles/12/"),
        ("/checkin/", "/checkin/"),
        ('/x\n127.0.0.1 "GET /admin" 200', '/x\\x0a127.0.0.1 "GET /admin" 200'),
    ],
)
def test_paths_are_logged_without_tokens_or_line_breaks(path: str, logged: str) -> None:
    assert redact_path(path) == logged


@pytest.mark.django_db
def test_djangos_request_log_names_no_calendar_token(
    client: Client, caplog: pytest.LogCaptureFixture, settings: Any
) -> None:
    assert "redact_tokens" in settings.LOGGING["handlers"]["console"]["filters"]
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get("/calendar/SECRET-TOKEN-123.ics")
    records = [r for r in caplog.records if r.name == "django.request"]
    assert records
    for record in records:
        RedactTokens().filter(record)
        assert "SECRET-TOKEN-123" not in record.getMessage()

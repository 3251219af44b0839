"""`attune demo` and `attune serve` before they serve: a busy port, and the demo's own address."""

from __future__ import annotations

import os
import socket

import pytest
from django.conf import settings
from django.core.management.base import CommandError

from attune.core.management.commands._server import ensure_port_free, use_base_url


def test_a_busy_port_is_named_with_a_way_out() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(CommandError, match=f"Port {port} is busy.*--port {port + 1}"):
            ensure_port_free("127.0.0.1", port)


def test_the_demo_links_emails_to_the_port_it_serves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ATTUNE_BASE_URL", raising=False)
    monkeypatch.setattr(settings, "BASE_URL", "http://127.0.0.1:8000")
    use_base_url("http://127.0.0.1:8123")
    assert settings.BASE_URL == "http://127.0.0.1:8123"
    assert os.environ["ATTUNE_BASE_URL"] == "http://127.0.0.1:8123"
    monkeypatch.delenv("ATTUNE_BASE_URL")


def test_a_public_address_set_by_the_operator_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTUNE_BASE_URL", "https://care.example")
    monkeypatch.setattr(settings, "BASE_URL", "https://care.example")
    use_base_url("http://127.0.0.1:8123")
    assert settings.BASE_URL == "https://care.example"

"""`attune demo` and `attune serve` before they serve: a busy port, and the demo's own address."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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


def test_served_pages_do_not_name_the_server_software(tmp_path: Path) -> None:
    # What `curl -I` shows on a running attune: no "Server: gunicorn" on any response.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "ATTUNE_DATA_DIR": str(tmp_path)}
    # The embedded database of its own: this is about the server's answer, and the
    # PostgreSQL pass's DATABASE_URL names a database other tests' servers may be using.
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "attune.cli", "serve", "--port", str(port)]
    command += ["--workers", "1", "--threads", "1", "--no-worker"]
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        headers = None
        deadline = time.monotonic() + 120
        while headers is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/healthz", timeout=2
                ) as answer:
                    headers = answer.headers
            except OSError:
                time.sleep(0.3)
        assert headers is not None, "attune serve did not answer"
        assert "gunicorn" not in str(headers).lower()
        assert headers["Server"] == "web"
    finally:
        server.terminate()
        server.wait(timeout=30)

"""Stopping the server is clean: five starts and stops of `attune serve`, each with the
screening model loaded in both workers and used by a real write, end with exit status 0 and
no abort in the log (outside testing saw "terminate called after throwing an instance of
'std::system_error'" and SIGABRT at shutdown)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ABORT_SIGNS = ("terminate called", "SIGABRT", "SIGSEGV", "Aborted", "core dumped", "signal 6")
ATTUNE = [sys.executable, "-m", "attune.cli"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_up(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server stopped while starting"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/livez", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail("the server did not answer within two minutes")


def _write_entry(port: int, token: str, n: int) -> None:
    body = json.dumps({"title": "", "body": f"A long quiet evening, number {n}.", "tags": []})
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/journal/entries",
        data=body.encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310
        assert answer.status == 201


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="about the server process, not the database: run once, in the SQLite pass",
)
def test_five_restarts_with_the_model_loaded_end_without_an_abort(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "ATTUNE_DATA_DIR": str(tmp_path),
        "ATTUNE_ENV": "development",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DATABASE_URL", None)  # the embedded database: this is about the process
    run = {"env": env, "check": True, "capture_output": True, "timeout": 300}
    subprocess.run([*ATTUNE, "migrate", "-v0"], **run)  # type: ignore[call-overload]
    subprocess.run(
        [
            *ATTUNE,
            "user",
            "create",
            "--email",
            "restart@example.test",
            "--role",
            "client",
            "--password-stdin",
        ],
        input=b"a-long-enough-passphrase-4471\n",
        **run,
    )  # type: ignore[call-overload]
    made = subprocess.run([*ATTUNE, "token", "create", "--email", "restart@example.test"], **run)  # type: ignore[call-overload]
    token = made.stdout.decode().split()[-1]
    for n in range(5):
        port = _free_port()
        log = tmp_path / f"serve-{n}.log"
        with log.open("wb") as out:
            server = subprocess.Popen(
                [*ATTUNE, "serve", "--port", str(port), "--no-migrate", "--no-worker"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                _wait_until_up(port, server)
                _write_entry(port, token, n)
                server.send_signal(signal.SIGTERM)
                code = server.wait(timeout=60)
            finally:
                if server.poll() is None:
                    os.killpg(server.pid, signal.SIGKILL)
                    server.wait()
        text = log.read_text(errors="replace")
        assert code == 0, (n, text[-2000:])
        assert not [sign for sign in ABORT_SIGNS if sign in text], (n, text[-2000:])
        assert "Shutting down: Master" in text

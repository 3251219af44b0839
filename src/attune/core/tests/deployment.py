"""Run attune the way docs/deploy.md runs it: gunicorn processes and Huey consumers on
loopback, production settings, a PostgreSQL database and a Redis database of their own.

Used by test_deployment.py. Every child process starts in its own process group and is
killed with it; the database is dropped and the Redis database emptied afterwards.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest

PG_SERVER = os.environ.get(
    "ATTUNE_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/attune"
).rsplit("/", 1)[0]
REDIS_SERVER = os.environ.get("ATTUNE_TEST_REDIS_URL", "redis://127.0.0.1:6379").rstrip("/")
# Redis databases the tests may lease (0-9 are left to people and other tools).
REDIS_TEST_DATABASES = range(10, 16)
LEASE_KEY = "attune:deployment-test:lease"
DATABASE_PREFIX = "attune_mp_"
STALE_AFTER_SECONDS = 3600
# What a TLS-terminating proxy in front of gunicorn adds (docs/deploy.md).
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def require_services() -> None:
    """PostgreSQL and Redis must answer: skipped locally without them, required in CI."""
    import psycopg
    import redis

    missing = []
    try:
        psycopg.connect(PG_SERVER + "/postgres", connect_timeout=3).close()
    except psycopg.Error:
        missing.append(f"PostgreSQL at {PG_SERVER}")
    try:
        redis.Redis.from_url(REDIS_SERVER + "/0", socket_timeout=3).ping()
    except redis.RedisError:
        missing.append(f"Redis at {REDIS_SERVER}")
    if missing:
        reason = "The deployment tests need " + " and ".join(missing) + "."
        if os.environ.get("CI"):
            pytest.fail(reason + " CI must provide them.")
        pytest.skip(reason)


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh database named attune_mp_<time>_<random>, dropped afterwards (with any of its
    kind older than an hour, left by a run that was itself killed)."""
    import psycopg
    from psycopg import sql

    name = f"{DATABASE_PREFIX}{int(time.time())}_{secrets.token_hex(4)}"
    with psycopg.connect(PG_SERVER + "/postgres", autocommit=True) as admin:
        rows = admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s", [DATABASE_PREFIX + "%"]
        ).fetchall()
        for (stale,) in rows:
            stamp = stale.removeprefix(DATABASE_PREFIX).split("_")[0]
            if stamp.isdigit() and time.time() - int(stamp) > STALE_AFTER_SECONDS:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(stale))
                )
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with psycopg.connect(PG_SERVER + "/postgres", autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@contextmanager
def redis_database() -> Iterator[str]:
    """Lease one of Redis's databases 10-15 (a key with an expiry, so parallel runs on one
    machine never share one), empty only that database, and empty it again afterwards."""
    import redis

    token = secrets.token_hex(8)
    numbers = list(REDIS_TEST_DATABASES)
    random.shuffle(numbers)
    for number in numbers:
        conn = redis.Redis.from_url(f"{REDIS_SERVER}/{number}")
        if conn.set(LEASE_KEY, token, nx=True, ex=900):
            break
        conn.close()
    else:
        pytest.fail(f"Redis databases {numbers} are all leased by other test runs.")
    try:
        for key in conn.scan_iter():
            if key != LEASE_KEY.encode():
                conn.delete(key)
        yield f"{REDIS_SERVER}/{number}"
    finally:
        conn.flushdb()
        conn.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def production_env(*, database_url: str, redis_url: str, data_dir: Path) -> dict[str, str]:
    """The environment docs/deploy.md lists, with fresh secrets; nothing from this process's
    own attune settings leaks in."""
    from cryptography.fernet import Fernet

    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("ATTUNE_", "DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    env.update(
        ATTUNE_ENV="production",
        ATTUNE_SECRET_KEY=secrets.token_urlsafe(50),
        ATTUNE_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        ATTUNE_ALLOWED_HOSTS="127.0.0.1",
        ATTUNE_DATA_DIR=str(data_dir),
        ATTUNE_EMAIL_DIR=str(data_dir / "mail"),
        ATTUNE_LOG_LEVEL="WARNING",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
    )
    return env


def attune(env: dict[str, str], *args: str, timeout: float = 180) -> str:
    """Run one `attune` command to completion and return what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "attune.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"attune {' '.join(args)}: {done.stderr[-3000:]}"
    return done.stdout


class Processes:
    """Long-running children (gunicorn, Huey), each in its own process group; all of them
    are killed on exit, whatever happened."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = env
        self.log_dir = log_dir
        self.started: list[tuple[subprocess.Popen[bytes], Path]] = []

    def __enter__(self) -> Processes:
        return self

    def __exit__(self, *exc: object) -> None:
        for proc, _log in self.started:
            self.stop(proc)

    def start(self, name: str, *args: str, **env: str) -> subprocess.Popen[bytes]:
        log = self.log_dir / f"{name}-{len(self.started)}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "attune.cli", *args],
                env={**self.env, **env},
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started.append((proc, log))
        return proc

    def server(self, port: int, *, workers: int = 1, **env: str) -> subprocess.Popen[bytes]:
        """An app process as the Procfile's `web` line runs it (gunicorn, gthread workers)."""
        return self.start(
            f"web-{port}",
            "serve",
            "--no-migrate",
            "--no-worker",
            "--port",
            str(port),
            "--workers",
            str(workers),
            **env,
        )

    def kill(self, proc: subprocess.Popen[bytes]) -> None:
        """SIGKILL the process and every worker it forked: a crash, not a shutdown."""
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def stop(self, proc: subprocess.Popen[bytes]) -> None:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        with suppress(ProcessLookupError):  # the group, even when its leader already left
            os.killpg(proc.pid, signal.SIGKILL)
        with suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)

    def log_of(self, proc: subprocess.Popen[bytes]) -> str:
        for started, log in self.started:
            if started is proc:
                return log.read_text(errors="replace")[-3000:]
        return ""


def wait_ready(processes: Processes, proc: subprocess.Popen[bytes], port: int) -> None:
    """Wait until /healthz answers 200, failing fast when the process died."""
    import requests

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server on port {port} exited: {processes.log_of(proc)}")
        with suppress(requests.RequestException):
            answer = requests.get(
                f"http://127.0.0.1:{port}/healthz", headers=PROXY_HEADERS, timeout=2
            )
            if answer.status_code == 200:
                return
        time.sleep(0.2)
    pytest.fail(f"server on port {port} not ready after 90 s: {processes.log_of(proc)}")


def wait_for(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.1)

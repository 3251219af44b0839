"""attune as deployed (docs/deploy.md): several app processes and task workers in front of one
PostgreSQL database and one Redis, with nothing kept in one process that another needs, and
no acknowledged write lost when an app process is killed.

Both tests use PostgreSQL and Redis in every pass of ./scripts/test: they are about the
deployment, not the database the rest of the suite runs on. Required in CI; skipped with the
reason locally when either server is missing.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from .deployment import (
    PROXY_HEADERS,
    Processes,
    attune,
    free_port,
    postgres_database,
    production_env,
    redis_database,
    require_services,
    wait_for,
    wait_ready,
)

PASSWORD = "a-long-deployment-passphrase-42"
CRASH_CLIENTS = ("crash1", "crash2", "crash3", "crash4")
FLAG_SUBJECT = "Subject: attune: a safety flag needs your attention today"

# Migrations (a release step) and the people the tests need, in one start of Django.
SETUP = f"""
import json
from django.core.management import call_command
from attune.accounts import services
call_command("migrate", verbosity=0)
org = services.organisation_get_or_create(slug="multi", name="Multi Process Clinic")
clinician = services.user_create(
    email="clinician@mp.test", role="clinician", organisation=org, password={PASSWORD!r}
)
tokens = {{}}
for name in ["session", "tasks", "limited", *{list(CRASH_CLIENTS)!r}]:
    person = services.user_create(
        email=name + "@mp.test", role="client", organisation=org, password={PASSWORD!r}
    )
    tokens[name] = services.api_token_create(user=person)
    if name == "tasks":
        services.care_start(clinician=clinician, client=person, organisation=org,
                            started_by=clinician)
print("TOKENS " + json.dumps(tokens))
"""


@dataclass
class Deployment:
    env: dict[str, str]
    database_url: str
    tokens: dict[str, str]
    data_dir: Path

    def rows(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        import psycopg

        with psycopg.connect(self.database_url) as conn:
            return conn.execute(query, params).fetchall()


@pytest.fixture(scope="module")
def deployment() -> Iterator[Deployment]:
    """One migrated database and one Redis database for the module's tests (migrations run
    once, as a release step does)."""
    require_services()
    with (
        tempfile.TemporaryDirectory(prefix="attune-deploy-") as tmp,
        postgres_database() as database_url,
        redis_database() as redis_url,
    ):
        data_dir = Path(tmp)
        (data_dir / "mail").mkdir()
        env = production_env(database_url=database_url, redis_url=redis_url, data_dir=data_dir)
        printed = attune(env, "shell", "--command", SETUP)
        tokens = json.loads(printed.split("TOKENS ", 1)[1])
        yield Deployment(env=env, database_url=database_url, tokens=tokens, data_dir=data_dir)


def _url(port: int, path: str) -> str:
    return f"http://127.0.0.1:{port}{path}"


def _bearer(token: str, **extra: str) -> dict[str, str]:
    return {**PROXY_HEADERS, "Authorization": f"Bearer {token}", **extra}


def _get(port: int, path: str, **kwargs: Any) -> Any:
    import requests

    return requests.get(_url(port, path), headers=PROXY_HEADERS, timeout=20, **kwargs)


def _submit_form(port: int, path: str, cookies: dict[str, str], **fields: str) -> Any:
    """GET a page and POST its form back with its CSRF token, as a browser behind the
    TLS-terminating proxy would."""
    import requests

    page = _get(port, path, cookies=cookies)
    form_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert form_token, page.text[:500]
    cookies = {**cookies, **page.cookies.get_dict()}
    answer = requests.post(
        _url(port, path),
        data={"csrfmiddlewaretoken": form_token[1], **fields},
        cookies=cookies,
        headers={**PROXY_HEADERS, "Origin": f"https://127.0.0.1:{port}"},
        allow_redirects=False,
        timeout=20,
    )
    assert answer.status_code == 302, answer.text[:500]
    return {**cookies, **answer.cookies.get_dict()}


def _flag_emails(mail_dir: Path) -> int:
    return sum(p.read_text(errors="replace").count(FLAG_SUBJECT) for p in mail_dir.iterdir())


def test_two_app_processes_and_two_workers_share_sessions_tasks_and_limits(
    deployment: Deployment,
) -> None:
    import requests

    one, two = free_port(), free_port()
    limit = 12
    with Processes(deployment.env, deployment.data_dir) as processes:
        servers = {
            port: processes.server(port, ATTUNE_API_RATE_PER_CALLER=str(limit))
            for port in (one, two)
        }
        for _ in range(2):
            processes.start("worker", "worker", ATTUNE_TASK_WORKERS="2")
        for port, proc in servers.items():
            wait_ready(processes, proc, port)

        # A session made by process one is the same session on process two, and signing
        # out on process two ends it on process one.
        cookies = _submit_form(
            one, "/accounts/login/", {}, login="session@mp.test", password=PASSWORD
        )
        me = _get(two, "/api/v1/me", cookies=cookies)
        assert me.status_code == 200, me.text
        assert me.json()["email"] == "session@mp.test"
        _submit_form(two, "/accounts/logout/", cookies)
        assert _get(one, "/api/v1/me", cookies=cookies).status_code == 401
        # Static files come from the app processes themselves (whitenoise).
        assert _get(two, "/static/attune/site.css").status_code == 200

        # Each risky check-in raises a flag whose email task is queued in Redis by the app
        # process that took it; two consumers compete for the queue, and each email goes
        # out exactly once.
        today = datetime.now(UTC).date()
        flags = 6
        for n in range(flags):
            port = (one, two)[n % 2]
            posted = requests.post(
                _url(port, "/api/v1/checkins"),
                json={
                    "date": (today - timedelta(days=n + 1)).isoformat(),
                    "mood": 2,
                    "note": "some nights I want to kill myself",
                },
                headers=_bearer(deployment.tokens["tasks"]),
                timeout=20,
            )
            assert posted.status_code == 201, posted.text
        mail = deployment.data_dir / "mail"
        wait_for(lambda: _flag_emails(mail) >= flags, 60, f"{flags} flag emails")
        time.sleep(1.5)  # a duplicate delivery would arrive now
        assert _flag_emails(mail) == flags
        assert deployment.rows(
            "SELECT count(*) FROM questionnaires_riskflag f JOIN accounts_user u "
            "ON u.id = f.client_id WHERE u.email = %s",
            "tasks@mp.test",
        ) == [(flags,)]

        # The per-caller API limit counts requests on both processes together.
        for _attempt in range(2):
            window = int(time.time()) // 60
            statuses = [
                requests.get(
                    _url((one, two)[n % 2], "/api/v1/me"),
                    headers=_bearer(deployment.tokens["limited"]),
                    timeout=20,
                ).status_code
                for n in range(limit + 8)
            ]
            if int(time.time()) // 60 == window:
                break  # the burst stayed inside one minute's window
        assert statuses.count(200) == limit, statuses
        assert statuses.count(429) == 8, statuses
        assert statuses[limit:] == [429] * 8


@dataclass
class Post:
    client: str
    day: date
    acked_id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.client}-{self.day.isoformat()}"

    @property
    def body(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "mood": self.day.day % 11, "win": "a walk"}


@dataclass
class Load:
    port: int
    tokens: dict[str, str]
    posts: list[Post] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def acked(self) -> int:
        with self.lock:
            return sum(1 for p in self.posts if p.acked_id is not None)

    def send(self, post: Post) -> int | None:
        """POST once; the new id on a 2xx, None when the server was not there to answer."""
        import requests

        try:
            answer = requests.post(
                _url(self.port, "/api/v1/checkins"),
                json=post.body,
                headers=_bearer(self.tokens[post.client], **{"Idempotency-Key": post.key}),
                timeout=20,
            )
        except requests.RequestException:
            return None
        if answer.status_code in (200, 201):
            assert answer.json()["date"] == post.day.isoformat()
            return int(answer.json()["id"])
        if answer.status_code >= 500:
            return None
        raise AssertionError(f"{post.key}: {answer.status_code} {answer.text[:300]}")

    def client(self, name: str) -> None:
        """Post one new day after another, backing off while the server is away."""
        failures = 0
        try:
            for back in range(1, 360):
                if self.stop.is_set():
                    return
                post = Post(client=name, day=datetime.now(UTC).date() - timedelta(days=back))
                with self.lock:
                    self.posts.append(post)
                post.acked_id = self.send(post)
                failures = 0 if post.acked_id is not None else failures + 1
                if failures:
                    time.sleep(min(1.0, 0.1 * 2**failures))
        except Exception as exc:
            self.errors.append(repr(exc))

    def retry(self, name: str) -> None:
        """Send again, with the same keys, every post of this client that had no answer."""
        try:
            for post in self.posts:
                if post.client == name and post.acked_id is None:
                    post.acked_id = self.send(post)
                    assert post.acked_id is not None, post.key
        except Exception as exc:
            self.errors.append(repr(exc))


def test_no_acknowledged_checkin_is_lost_or_doubled_when_the_app_is_killed(
    deployment: Deployment,
) -> None:
    port = free_port()
    unlimited = {"ATTUNE_API_RATE_PER_CALLER": "1000000", "ATTUNE_API_RATE_PER_IP": "1000000"}
    load = Load(port=port, tokens=deployment.tokens)
    with Processes(deployment.env, deployment.data_dir) as processes:
        server = processes.server(port, **unlimited)
        wait_ready(processes, server, port)
        clients = [threading.Thread(target=load.client, args=(n,)) for n in CRASH_CLIENTS]
        for thread in clients:
            thread.start()
        try:
            for _kill in range(2):
                target = load.acked() + 12
                wait_for(lambda t=target: load.acked() >= t, 60, f"{target} acknowledged posts")
                processes.kill(server)  # SIGKILL to gunicorn and its workers, mid-request
                server = processes.server(port, **unlimited)
                wait_ready(processes, server, port)
            target = load.acked() + 8
            wait_for(lambda: load.acked() >= target, 60, "posts after the last restart")
        finally:
            load.stop.set()
            for thread in clients:
                thread.join(timeout=30)
        assert not load.errors, load.errors

        lost = [p for p in load.posts if p.acked_id is None]
        assert lost, "the kills should have caught some requests in flight"
        acknowledged = {p.key: p.acked_id for p in load.posts if p.acked_id is not None}
        # Every request without an answer is retried with its key and now succeeds; a
        # write that had committed before the kill answers with its stored response.
        retries = [threading.Thread(target=load.retry, args=(n,)) for n in CRASH_CLIENTS]
        for thread in retries:
            thread.start()
        for thread in retries:
            thread.join(timeout=60)
        assert not load.errors, load.errors
        assert all(p.acked_id is not None for p in lost)
        # A retry of an acknowledged request answers as before and writes nothing.
        for post in load.posts[:: max(1, len(load.posts) // 10)]:
            assert load.send(post) == post.acked_id

    stored = deployment.rows(
        "SELECT u.email, c.day, c.id FROM checkins_checkin c "
        "JOIN accounts_user u ON u.id = c.client_id WHERE u.email LIKE %s",
        "crash%",
    )
    by_key = {f"{email.split('@')[0]}-{day.isoformat()}": pk for email, day, pk in stored}
    assert len(stored) == len(load.posts)
    assert by_key == {p.key: p.acked_id for p in load.posts}
    assert all(by_key[key] == pk for key, pk in acknowledged.items())
    keys = deployment.rows(
        "SELECT count(*), count(DISTINCT k.key) FROM core_idempotencykey k "
        "JOIN accounts_user u ON u.id = k.user_id WHERE u.email LIKE %s AND k.scope = %s",
        "crash%",
        "checkins.create",
    )
    assert keys == [(len(load.posts), len(load.posts))]

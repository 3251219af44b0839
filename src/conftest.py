"""Shared fixtures: the cast of every permission test (Healthchecks-style, with outsiders)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # Django is imported lazily so pure-Python tests can run without it
    from attune.accounts.models import Organisation, User

PASSWORD = "a-long-test-passphrase-42"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
HOPES_MARKER = "hopes-marker-5f0c2a9e wanting to feel close again"
CLIENT_NAME = "Zephyrine Quill"


@dataclass
class Cast:
    org: Organisation
    client: User  # "client A": the person whose records everyone else probes
    clinician: User  # A's clinician, active care
    partner: User  # A's partner, linked
    other_client: User  # unrelated client in the same organisation
    other_clinician: User  # clinician in the same organisation, not treating A
    far_clinician: User  # clinician in another organisation
    facilitator: User
    admin: User


def with_totp(user: User) -> User:
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, TOTP_SECRET)
    RecoveryCodes.activate(user)
    return user


def make_user(email: str, role: str, org: Organisation, name: str = "") -> User:
    from attune.accounts import services
    from attune.accounts.models import Role

    user = services.user_create(
        email=email, role=role, organisation=org, password=PASSWORD, display_name=name
    )
    if role in {Role.CLINICIAN, Role.FACILITATOR, Role.ADMIN}:
        with_totp(user)
    return user


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Each test starts with an empty in-process cache.

    The cache holds allauth's "this one-time code was used" marks, keyed by user id and
    code. SQLite hands the same ids out again after a rolled-back test, so a staff sign-in
    with the shared test TOTP secret could be refused as a replay of an earlier test's code
    from the same 30-second window. Rate-limit counts would leak between tests the same way.
    """
    from django.conf import settings

    if settings.CACHES["default"]["BACKEND"].endswith("LocMemCache"):
        from django.core.cache import cache

        cache.clear()


@pytest.fixture
def cast(db: None) -> Cast:
    from attune.accounts import services
    from attune.accounts.models import ClientProfile, Role

    org = services.organisation_get_or_create(slug="riverside", name="Riverside Therapy")
    other_org = services.organisation_get_or_create(slug="elsewhere", name="Elsewhere Clinic")
    client = make_user("client.a@example.test", Role.CLIENT, org, CLIENT_NAME)
    profile = ClientProfile.objects.get(client=client)
    profile.life_stage, profile.relationship_status, profile.hopes = (
        "midlife",
        "partnered",
        HOPES_MARKER,
    )
    profile.save()
    clinician = make_user("clinician@example.test", Role.CLINICIAN, org, "Dr Tamsin Vale")
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    partner = make_user("partner@example.test", Role.PARTNER, org, "Robin Partner")
    services.partner_link_start(client=client, partner=partner)
    return Cast(
        org=org,
        client=client,
        clinician=clinician,
        partner=partner,
        other_client=make_user("client.b@example.test", Role.CLIENT, org, "Other Client"),
        other_clinician=make_user("other.clin@example.test", Role.CLINICIAN, org, "Dr Other"),
        far_clinician=make_user("far.clin@example.test", Role.CLINICIAN, other_org, "Dr Far"),
        facilitator=make_user(
            "facilitator@example.test", Role.FACILITATOR, org, "Fran Facilitator"
        ),
        admin=make_user("admin@example.test", Role.ADMIN, org, "Ari Admin"),
    )


def dump_database() -> str:
    """Every value in every table, as the database holds it."""
    from django.db import connection

    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            chunks.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(chunks)


# Browser tests ---------------------------------------------------------------------------

CHROMIUM = os.environ.get("ATTUNE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium driven by Playwright. Skips locally without it; CI must have it."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Browser tests must run in CI, but {CHROMIUM} is missing.")
        pytest.skip(
            f"Browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)."
        )
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class _RequestsInFlight:
    """Counts requests the live server is still handling, so teardown can wait for them.

    On SQLite it also lets the server handle one request at a time. Its threads share the
    test's single in-memory connection, and two requests at once (a page fetched while the
    app's script keeps the crisis pages for offline use) failed as "cannot start a
    transaction within a transaction". Each request is started and finished in its own
    connection thread, so the lock is taken and let go by the same thread.
    """

    def __init__(self, *, one_at_a_time: bool) -> None:
        self.count = 0
        self.changed = threading.Condition()
        self.one_at_a_time = threading.Lock() if one_at_a_time else None
        self.holder = threading.local()

    def started(self, **_: Any) -> None:
        if self.one_at_a_time is not None:
            self.holder.held = self.one_at_a_time.acquire(timeout=60)
        with self.changed:
            self.count += 1

    def finished(self, **_: Any) -> None:
        with self.changed:
            self.count -= 1
            self.changed.notify_all()
        if self.one_at_a_time is not None and getattr(self.holder, "held", False):
            self.holder.held = False
            self.one_at_a_time.release()

    def wait_until_idle(self, timeout: float = 30.0) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.count <= 0, timeout=timeout)


def _server_connection_threads() -> list[threading.Thread]:
    """The live server's per-connection threads (socketserver names them after their target)."""
    return [t for t in threading.enumerate() if "process_request_thread" in t.name]


def _close_browser_connections(request: pytest.FixtureRequest) -> None:
    """Close what the test's browser still holds open, while the server can still answer.

    Chromium keeps idle keep-alive connections to the live server in each browser context.
    Left open, they close only when the session's browser does, after the session's live
    server has stopped and taken back the thread-sharing of the in-memory SQLite connection;
    each connection thread then ran Django's close-connections step in a thread that may no
    longer use it, and pytest printed "DatabaseWrapper objects created in a thread can only
    be used in that same thread" for every one. Closing the contexts here ends those threads
    while sharing is still allowed.
    """
    import time

    if "browser" not in request.fixturenames:
        return
    for context in list(request.getfixturevalue("browser").contexts):
        context.close()
    deadline = time.monotonic() + 10
    while _server_connection_threads() and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.fixture
def live_server(live_server: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """pytest-django's live server, but a test ends only when the server has answered and
    the browser has let go of its connections.

    A browser may leave a request running after the test's last step (a page it navigated
    away from). On SQLite the server threads share the test's connection, so flushing the
    database under such a request broke the flush's transaction and every later browser test.
    """
    from django.core.signals import request_finished, request_started
    from django.db import connection

    in_flight = _RequestsInFlight(one_at_a_time=connection.vendor == "sqlite")
    request_started.connect(in_flight.started, weak=False)
    request_finished.connect(in_flight.finished, weak=False)
    try:
        yield live_server
        assert in_flight.wait_until_idle(), "the live server is still handling a request"
    finally:
        _close_browser_connections(request)
        request_started.disconnect(in_flight.started)
        request_finished.disconnect(in_flight.finished)


def fresh_totp_code(margin: float = 10.0) -> str:
    """The test TOTP code, taken early enough in its 30-second window to still be valid when a
    busy machine gets round to submitting it (a code taken at the window's end fails then)."""
    import time

    import pyotp

    totp = pyotp.TOTP(TOTP_SECRET)
    left = totp.interval - time.time() % totp.interval
    if left < margin:
        time.sleep(left + 0.5)
    return str(totp.now())


def sign_in(page: Any, base: str, user: Any, *, staff: bool = False) -> None:
    """Sign in through the real login form (and the one-time code for staff)."""
    page.goto(base + "/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    if staff:
        page.wait_for_url("**/accounts/2fa/authenticate/")
        page.get_by_label("Code").fill(fresh_totp_code())
        page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(base + "/")


def assert_accessible(page: Any, label: str) -> None:
    """axe-core finds no serious or critical WCAG violations on the page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v.get("impact") in {"serious", "critical"}]
    summary = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in bad]
    assert not bad, f"{label}: {summary}"

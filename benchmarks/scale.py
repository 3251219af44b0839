"""attune at scale, on PostgreSQL, under gunicorn, with data from `attune seed`.

    ./scripts/bench            # quick (a few minutes)
    ./scripts/bench --full     # the sizes in docs/benchmarks.md (longer seeding and runs)

(a) check-in POST throughput and p50/p95/p99 at 50 concurrent clients (locust, headless)
    against GET /livez (a constant) on the same server, same workers, same run;
(b) caseload page at 20, 200 and 1,000 clients;  (c) client overview with two years of
daily check-ins and fortnightly PHQ-9;  (d) cohort outcomes across 10,000 clients.

Creates the database (default attune_bench on 127.0.0.1:5432) and drops it afterwards
(--keep-db keeps it). --write-doc puts the table into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import base64
import csv
import http.client
import json
import os
import platform
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DOC = ROOT / "docs" / "benchmarks.md"
REUSE = False
MARKS = {
    False: ("<!-- results:start -->", "<!-- results:end -->"),
    True: ("<!-- results-full:start -->", "<!-- results-full:end -->"),
}


@dataclass(frozen=True)
class Size:
    caseloads: tuple[int, ...] = (20, 200, 1000)
    caseload_days: int = 90
    overview_days: int = 730
    cohort_clients: int = 10_000
    cohort_days: int = 28
    load_seconds: int = 20
    repeats: int = 15


QUICK = Size()
FULL = Size(caseload_days=365, cohort_days=84, load_seconds=60, repeats=30)


@dataclass
class Row:
    name: str
    value: str
    ratio: str = ""
    target: str = ""
    met: bool | None = None


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)

    def add(self, *args: Any, **kwargs: Any) -> None:
        self.rows.append(Row(*args, **kwargs))
        row = self.rows[-1]
        mark = "" if row.met is None else ("  ok" if row.met else "  MISSED")
        print(f"  {row.name:<46} {row.value:>28} {row.ratio:>10} {row.target:>20}{mark}")


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


# --- database and environment --------------------------------------------------------------


def pg(server: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def keys_file(database: str) -> Path:
    return Path(tempfile.gettempdir()) / f"attune-bench-{database}.json"


def keys(database: str, reuse: bool) -> dict[str, str]:
    """Fresh secrets for a fresh database; a kept database keeps its keys (0600 file) so a
    --reuse-db run can still decrypt what was seeded."""
    path = keys_file(database)
    if reuse and path.exists():
        loaded: dict[str, str] = json.loads(path.read_text())
        return loaded
    fresh = {
        "ATTUNE_SECRET_KEY": secrets.token_urlsafe(50),
        "ATTUNE_ENCRYPTION_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
    }
    path.touch(mode=0o600)
    path.write_text(json.dumps(fresh))
    return fresh


def environment(database_url: str, data_dir: str, secret: dict[str, str]) -> dict[str, str]:
    """Production settings (DEBUG off) on plain HTTP, with API limits above the offered load."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "attune.config.settings",
        "DATABASE_URL": database_url,
        "ATTUNE_DATA_DIR": data_dir,
        "ATTUNE_ENV": "production",
        **secret,
        "ATTUNE_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "ATTUNE_SSL_REDIRECT": "false",
        "ATTUNE_API_RATE_PER_CALLER": "1000000",
        "ATTUNE_API_RATE_PER_IP": "1000000",
        "ATTUNE_LOG_LEVEL": "WARNING",
    }


def seed(results: Results, **options: Any) -> None:
    from django.core.management import call_command

    words = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in options.items())
    results.commands.append(f"attune seed {words}")
    if not REUSE:
        log(f"attune seed {words}")
        call_command("seed", **options)


# --- the server ------------------------------------------------------------------------------


class Server:
    def __init__(self, env: dict[str, str], port: int, workers: int, log_path: Path) -> None:
        self.port = port
        self.command = [
            str(BIN / "attune"),
            "serve",
            "--no-migrate",
            "--no-worker",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ]
        self.log_path = log_path
        self.log = log_path.open("wb")
        self.process = subprocess.Popen(  # noqa: S603 - our own fixed command
            self.command, env=env, stdout=self.log, stderr=self.log
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.get("/livez")[0] == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit(f"the server did not start; see {log_path}")

    def get(self, path: str, cookie: str = "") -> tuple[int, float]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Cookie": cookie} if cookie else {}
        started = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        elapsed = time.perf_counter() - started
        conn.close()
        return response.status, elapsed

    def timed(self, path: str, cookie: str, repeats: int) -> list[float]:
        for _ in range(4):  # warm every worker
            self.get(path, cookie)
        times = []
        for _ in range(repeats):
            status, elapsed = self.get(path, cookie)
            if status != 200:
                self.log.flush()
                tail = self.log_path.read_text(errors="replace")[-3000:]
                raise SystemExit(f"GET {path} answered {status}; the server said:\n{tail}")
            times.append(elapsed * 1000)
        return times

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def session_cookie(user: Any) -> str:
    """A signed-in browser session for `user` (with TOTP set up, as clinicians must)."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, base64.b32encode(secrets.token_bytes(20)).decode())
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = next(
        b for b in settings.AUTHENTICATION_BACKENDS if "rules" not in b
    )
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


# --- (a) check-in load ----------------------------------------------------------------------


def locust(
    target: str, port: int, users: int, seconds: int, tokens: list[str], out: Path
) -> dict[str, float]:
    prefix = out / target
    command = [
        str(BIN / "locust"),
        "-f",
        str(ROOT / "benchmarks" / "locustfile.py"),
        "--headless",
        "--only-summary",
        "--reset-stats",
        "-u",
        str(users),
        "-r",
        str(users),
        "-t",
        f"{seconds}s",
        "--host",
        f"http://127.0.0.1:{port}",
        "--csv",
        str(prefix),
        "--loglevel",
        "WARNING",
    ]
    env = {**os.environ, "BENCH_TARGET": target, "BENCH_TOKENS": json.dumps(tokens)}
    subprocess.run(command, env=env, check=False, capture_output=True)  # noqa: S603
    with open(f"{prefix}_stats.csv", newline="") as stats:
        row = next(r for r in csv.DictReader(stats) if r["Name"] == "Aggregated")
    return {
        "rps": float(row["Requests/s"]),
        "requests": float(row["Request Count"]),
        "failures": float(row["Failure Count"]),
        "p50": float(row["50%"]),
        "p95": float(row["95%"]),
        "p99": float(row["99%"]),
    }


def checkin_load(results: Results, server: Server, size: Size, users: int, out: Path) -> None:
    from attune.accounts import services
    from attune.accounts.models import User

    clients = User.objects.filter(
        email__endswith=".s90@seed.attune.test", email__startswith="client"
    )
    tokens = [services.api_token_create(user=u, name="bench") for u in clients.order_by("email")]
    log(f"locust: {users} users, {size.load_seconds} s against /livez, then POST /api/v1/checkins")
    bare = locust("bare", server.port, users, size.load_seconds, tokens, out)
    post = locust("checkin", server.port, users, size.load_seconds, tokens, out)
    ratio = post["rps"] / bare["rps"] if bare["rps"] else 0.0
    results.add("bare GET /livez throughput", f"{bare['rps']:.0f} req/s")
    results.add(
        "bare latency p50 / p95 / p99",
        f"{bare['p50']:.0f} / {bare['p95']:.0f} / {bare['p99']:.0f} ms",
    )
    results.add(
        "check-in POST throughput",
        f"{post['rps']:.0f} req/s",
        f"{ratio:.2f}",
        ">= 0.50 of bare",
        ratio >= 0.5,
    )
    results.add(
        "check-in POST latency p50 / p95 / p99",
        f"{post['p50']:.0f} / {post['p95']:.0f} / {post['p99']:.0f} ms",
        "",
        "p95 <= 50 ms",
        post["p95"] <= 50,
    )
    errors = int(post["failures"] + bare["failures"])
    results.add(
        "errors (check-in + bare)",
        f"{errors} of {int(post['requests'] + bare['requests'])}",
        "",
        "0",
        errors == 0,
    )


# --- (b), (c) pages -------------------------------------------------------------------------


def median(times: list[float]) -> float:
    return statistics.median(times)


def caseloads(results: Results, server: Server, size: Size) -> None:
    from attune.accounts.models import User

    medians: dict[int, float] = {}
    for n in size.caseloads:
        clinician = User.objects.get(email=f"clinician0000.s{n}@seed.attune.test")
        times = server.timed("/caseload/", session_cookie(clinician), size.repeats)
        medians[n] = median(times)
        target = "<= 300 ms" if n == max(size.caseloads) else ""
        met = medians[n] <= 300 if target else None
        results.add(
            f"caseload page, {n} clients (median; best)",
            f"{medians[n]:.0f} ms; {min(times):.0f} ms",
            "",
            target,
            met,
        )
    small, large = min(size.caseloads), max(size.caseloads)
    ratio = medians[large] / medians[small]
    results.add(f"caseload {large} : {small}", "", f"{ratio:.2f}", "<= 3.00", ratio <= 3)


def overview(results: Results, server: Server, size: Size) -> None:
    from attune.accounts.models import User

    client = User.objects.get(email="client00000.s730@seed.attune.test")
    clinician = User.objects.get(email="clinician0000.s730@seed.attune.test")
    times = server.timed(
        f"/clients/{client.uuid}/overview/", session_cookie(clinician), size.repeats
    )
    value = median(times)
    results.add(
        f"client overview, {size.overview_days} days (median; best)",
        f"{value:.0f} ms; {min(times):.0f} ms",
        "",
        "<= 150 ms",
        value <= 150,
    )


# --- (d) cohort ------------------------------------------------------------------------------


def cohort(results: Results, size: Size) -> None:
    from attune.accounts.models import Organisation
    from attune.workspace.outcomes import cohort_outcomes

    org = Organisation.objects.get(slug="bench-cohort")
    times = []
    for _ in range(5):
        started = time.perf_counter()
        outcome = cohort_outcomes(org)
        times.append(time.perf_counter() - started)
    results.commands.append("attune outcomes --org bench-cohort")
    value = median(times)
    results.add(
        f"cohort outcomes, {outcome.clients} clients (median; best)",
        f"{value * 1000:.0f} ms; {min(times) * 1000:.0f} ms",
        "",
        "<= 2 s",
        value <= 2,
    )


# --- the table in docs/benchmarks.md -------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu}){memory}"


def load_average() -> str:
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def postgres_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return str(cursor.fetchone()[0])


def markdown(results: Results, args: argparse.Namespace, header: dict[str, str]) -> str:
    lines = [
        f"Run {header['date']} with `{header['command']}`.",
        "",
        f"- Machine: {header['machine']}",
        f"- Load average (1 / 5 / 15 min) before seeding {header['load_before']}, "
        f"after the run {load_average()} (other work on the machine competes for the cores)",
        f"- Software: Python {platform.python_version()}, PostgreSQL {header['postgres']}, "
        f"gunicorn (gthread) with {args.workers} workers, locust {header['locust']}",
        "- Data: " + "; ".join(f"`{c}`" for c in results.commands),
        "",
        "| measurement | value | ratio | target | met |",
        "|---|---|---|---|---|",
    ]
    for row in results.rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(f"| {row.name} | {row.value} | {row.ratio} | {row.target} | {met} |")
    return "\n".join(lines)


def write_doc(block: str, full: bool) -> None:
    start, end = MARKS[full]
    text = DOC.read_text()
    before, rest = text.split(start, 1)
    _, after = rest.split(end, 1)
    DOC.write_text(f"{before}{start}\n{block}\n{end}{after}")


# --- main ------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="larger data and longer runs")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="attune_bench")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument(
        "--reuse-db", action="store_true", help="use the kept database as it is (no seeding)"
    )
    parser.add_argument("--write-doc", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--only", choices=["load", "pages", "cohort"], help="one part only")
    args = parser.parse_args()
    size = FULL if args.full else QUICK
    global REUSE
    REUSE = args.reuse_db
    database_url = f"{args.server}/{args.database}"
    work = Path(tempfile.mkdtemp(prefix="attune-bench-"))
    env = environment(database_url, str(work), keys(args.database, args.reuse_db))
    os.environ.update(env)
    header = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "load_before": load_average(),
        "command": "./scripts/bench" + (" --full" if args.full else ""),
    }
    if args.reuse_db:
        args.keep_db = True
    else:
        pg(args.server, f'DROP DATABASE IF EXISTS "{args.database}"')
        pg(args.server, f'CREATE DATABASE "{args.database}"')
    try:
        run(args, size, work, header)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep_db:
            pg(args.server, f'DROP DATABASE IF EXISTS "{args.database}"')
            keys_file(args.database).unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, size: Size, work: Path, header: dict[str, str]) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    header["locust"] = metadata.version("locust")  # importing locust would monkey-patch threads
    header["postgres"] = postgres_version()
    results = Results()
    log(f"migrating {args.database}")
    call_command("migrate", verbosity=0)
    parts: list[Callable[[], None]] = []
    if args.only in (None, "load"):
        seed(results, clients=args.users, days=1, seed=90, org="bench-load")
    if args.only in (None, "pages"):
        for n in size.caseloads:
            seed(
                results,
                clients=n,
                days=size.caseload_days,
                seed=n,
                org=f"bench-caseload-{n}",
                per_clinician=n,
            )
        seed(
            results,
            clients=1,
            days=size.overview_days,
            seed=size.overview_days,
            org="bench-overview",
        )
    if args.only in (None, "cohort"):
        seed(
            results,
            clients=size.cohort_clients,
            days=size.cohort_days,
            seed=10_000,
            org="bench-cohort",
            per_clinician=500,
        )
    log("VACUUM ANALYZE (what autovacuum does for a settled database)")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    server = Server(os.environ.copy(), args.port, args.workers, work / "server.log")
    print()
    print(f"  {'measurement':<46} {'value':>28} {'ratio':>10} {'target':>20}")
    try:
        if args.only in (None, "load"):
            parts.append(lambda: checkin_load(results, server, size, args.users, work))
        if args.only in (None, "pages"):
            parts.append(lambda: caseloads(results, server, size))
            parts.append(lambda: overview(results, server, size))
        for part in parts:
            part()
    finally:
        server.stop()
    if args.only in (None, "cohort"):
        cohort(results, size)
    block = markdown(results, args, header)
    if args.write_doc:
        write_doc(block, args.full)
        log(f"wrote {DOC.relative_to(ROOT)}")
    missed = [r.name for r in results.rows if r.met is False]
    print()
    print("all targets met" if not missed else f"targets missed: {', '.join(missed)}")


if __name__ == "__main__":
    main()

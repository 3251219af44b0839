"""Profile one page of a kept benchmark database with pyinstrument, and count its queries.

    ./scripts/bench --only pages --keep-db
    .venv/bin/python benchmarks/profile.py /caseload/ --as clinician0000.s1000@seed.attune.test

Runs the request in-process through the whole middleware stack (the Django test client).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import environment, keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="e.g. /caseload/ or 'overview' for the two-year client")
    parser.add_argument("--as", dest="email", default="clinician0000.s1000@seed.attune.test")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="attune_bench")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    url = f"{args.server}/{args.database}"
    os.environ.update(
        environment(url, tempfile.mkdtemp(prefix="attune-prof-"), keys(args.database, True))
    )
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from pyinstrument import Profiler

    from attune.accounts.models import User

    user = User.objects.get(email=args.email)
    path = args.path
    if path == "overview":
        client = User.objects.get(email="client00000.s730@seed.attune.test")
        user = User.objects.get(email="clinician0000.s730@seed.attune.test")
        path = f"/clients/{client.uuid}/overview/"
    http = Client(SERVER_NAME="127.0.0.1")
    http.force_login(user)
    assert http.get(path).status_code == 200
    queries: list[tuple[float, str]] = []

    def timed(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries.append((time.perf_counter() - started, sql))

    with connection.execute_wrapper(timed):
        http.get(path)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(args.repeat):
        http.get(path)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    total = sum(t for t, _sql in queries)
    print(f"{len(queries)} queries per request, {total * 1000:.0f} ms in the database")
    for seconds, sql in sorted(queries, key=lambda q: -q[0])[:6]:
        print(f"  {seconds * 1000:7.1f} ms  {sql[:400]}")


if __name__ == "__main__":
    main()

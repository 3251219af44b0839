"""attune benchmarks: each prints its time and its ratio to a baseline measured in the same run.

    .venv/bin/python benchmarks/run.py [--clients N] [--days D]

Runs on a fresh embedded SQLite database in a temporary folder (or DATABASE_URL when set).
The ratios, not the seconds, are what to compare between machines and commits.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any


def timed(action: Callable[[], Any], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def report(name: str, seconds: float, baseline_name: str, baseline: float) -> None:
    print(
        f"{name:<38} {seconds:8.3f} s   baseline ({baseline_name}) {baseline:8.3f} s"
        f"   ratio {seconds / baseline:6.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    os.environ.setdefault("ATTUNE_DATA_DIR", tempfile.mkdtemp(prefix="attune-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "attune.config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from attune.accounts.models import User
    from attune.checkins import insights_view
    from attune.checkins.models import CheckIn
    from attune.clinical.insights import synthetic_series
    from attune.core.seed import seed

    call_command("migrate", verbosity=0)
    start = timezone.now().date() - timedelta(days=args.days - 1)
    clients, days = args.clients, args.days
    print(f"attune benchmarks: {clients} clients x {days} days")

    # 1. Synthetic series against drawing the same count of plain normal numbers.
    rng = random.Random(1)  # noqa: S311 - a timing baseline, not security
    generate = timed(lambda: [synthetic_series(i, days, start) for i in range(clients)])
    draws = timed(lambda: [rng.gauss(0, 1) for _ in range(clients * days * 9)])
    report("synthetic series (pure Python)", generate, "bare normal draws", draws)

    # 2. attune seed against inserting the same number of bare check-in rows.
    seeded = time.perf_counter()
    result = seed(clients=clients, days=days, seed_value=1)
    seeded = time.perf_counter() - seeded
    people = list(
        User.objects.filter(email__startswith="client", email__endswith=".s1@seed.attune.test")
    )
    count = len(people)
    earlier = [start - timedelta(days=1 + i // count) for i in range(result.checkins)]
    bare = [
        CheckIn(client=people[i % count], day=earlier[i], mood=5) for i in range(result.checkins)
    ]
    insert = timed(lambda: CheckIn.objects.bulk_create(bare, batch_size=1000))
    report(f"attune seed ({result.checkins} check-ins)", seeded, "bare bulk insert", insert)

    # 3. The insights page's data for one client with a full year, against fetching the rows.
    client = people[0]
    today = timezone.now().date()
    build = timed(lambda: insights_view.build(client, today), repeat=5)
    fetch = timed(lambda: list(CheckIn.objects.filter(client=client)), repeat=5)
    report("insights page data (one client)", build, "fetch its check-ins", fetch)


if __name__ == "__main__":
    main()

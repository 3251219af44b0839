"""Load for `benchmarks/scale.py`: check-in POSTs against the bare ceiling, same server.

BENCH_TARGET=checkin: each simulated user is a distinct seeded client (its own API token
from BENCH_TOKENS, a JSON list) posting one check-in per request for an earlier day each
time (one a day is the rule), with a fresh Idempotency-Key.
BENCH_TARGET=bare: GET /livez, a view that returns a constant.
"""

from __future__ import annotations

import itertools
import json
import os
import uuid
from datetime import UTC, datetime, timedelta

from locust import FastHttpUser, constant, task

TARGET = os.environ.get("BENCH_TARGET", "bare")
TOKENS: list[str] = json.loads(os.environ.get("BENCH_TOKENS", "[]"))
_next_token = itertools.count()
WINS = (
    "Went for a walk at lunch",
    "Called an old friend",
    "Cooked a proper meal",
    "Said yes to an invitation",
    "Got through a hard evening",
)
SETBACKS = ("Cancelled plans and stayed in", "Scrolled late and slept badly")


class Bare(FastHttpUser):  # type: ignore[misc]
    wait_time = constant(0)
    abstract = TARGET != "bare"

    @task
    def livez(self) -> None:
        self.client.get("/livez", name="bare")


class Checkin(FastHttpUser):  # type: ignore[misc]
    wait_time = constant(0)
    abstract = TARGET != "checkin"

    def on_start(self) -> None:
        index = next(_next_token)
        self.headers = {"Authorization": f"Bearer {TOKENS[index % len(TOKENS)]}"}
        self.days_back = itertools.count(1)
        self.today = datetime.now(UTC).date()

    @task
    def post_checkin(self) -> None:
        back = next(self.days_back)
        if back > 366:  # the backfill limit: this client has a full year
            self.stop()
            return
        day = self.today - timedelta(days=back)
        body: dict[str, object] = {
            "date": day.isoformat(),
            "mood": back % 11,
            "sexual_loneliness": (back * 3) % 11,
            "emotional_loneliness": (back * 7) % 11,
            "social_loneliness": 4,
            "sleep_hours": 7.5,
        }
        # Free text as often as attune's synthetic model writes it (clinical/insights/
        # synthetic.py: a win on about one day in five, a setback on one in fourteen);
        # every text is screened for risk language before the answer.
        if back % 5 == 0:
            body["win"] = WINS[back % len(WINS)]
        if back % 14 == 0:
            body["setback"] = SETBACKS[back % len(SETBACKS)]
        headers = {**self.headers, "Idempotency-Key": str(uuid.uuid4())}
        self.client.post("/api/v1/checkins", json=body, headers=headers, name="checkin")

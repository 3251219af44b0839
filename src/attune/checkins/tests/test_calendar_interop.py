"""The feeds as another program reads them: ical.js (tools/ical) expands the daily check-in
in summer and in winter, and each occurrence must land at the chosen local time.

ical.js is installed by ./scripts/test from the npm registry (tools/ical/package.json). It is
required in CI; on a machine without Node.js these tests skip and say why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zoneinfo
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from django.test import Client

from attune.checkins import calendar
from attune.checkins.models import CheckinReminder
from conftest import Cast

TOOL = Path(__file__).resolve().parents[4] / "tools" / "ical"
NODE = shutil.which("node")


def _ical_js_ready() -> str:
    if NODE is None:
        return "Node.js is not installed"
    if not (TOOL / "node_modules" / "ical.js").is_dir():
        return "ical.js is not installed (./scripts/test runs npm ci in tools/ical)"
    return ""


def _expand(feed: bytes, start: str, end: str) -> list[dict[str, str]]:
    reason = _ical_js_ready()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs ical.js: {reason}")
        pytest.skip(reason)
    done = subprocess.run(
        [str(NODE), str(TOOL / "expand.mjs"), start, end],
        input=feed,
        capture_output=True,
        timeout=60,
        check=True,
        cwd=TOOL,
    )
    return list(json.loads(done.stdout))


@pytest.mark.parametrize(
    "zone", ["America/Toronto", "Europe/London", "Australia/Sydney", "Europe/Dublin", "Asia/Tokyo"]
)
@pytest.mark.parametrize(
    ("start", "end"), [("2027-07-10", "2027-07-13"), ("2028-01-10", "2028-01-13")]
)
def test_the_daily_reminder_lands_at_its_local_time_in_summer_and_winter(
    cast: Cast, zone: str, start: str, end: str
) -> None:
    CheckinReminder.objects.create(client=cast.client, local_time=time(19, 30), time_zone=zone)
    raw = calendar.feed_create(client=cast.client)
    feed = Client().get(f"/calendar/{raw}.ics").content
    found = [o for o in _expand(feed, start, end) if o["summary"] == "attune check-in"]
    assert len(found) == 3
    for occurrence in found:
        instant = datetime.fromisoformat(occurrence["utc"].replace("Z", "+00:00")).astimezone(UTC)
        assert instant.astimezone(zoneinfo.ZoneInfo(zone)).time() == time(19, 30), occurrence


def test_a_partners_feed_without_events_is_still_a_calendar(cast: Cast) -> None:
    raw = calendar.feed_create(client=cast.partner)
    feed = Client().get(f"/calendar/{raw}.ics").content.decode()
    assert "BEGIN:VTIMEZONE" in feed or "BEGIN:VEVENT" in feed
    assert _expand(feed.encode(), "2027-01-01", "2027-01-02") == []

"""Without Redis, the workers `attune serve` starts on one machine still share one cache, so
login limits, API limits and one-time-code replay checks hold across them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Settings only, no app registry: the cache backend needs nothing more.
PROBE = """
from django.core.cache import cache
cache.add("attune:count", 0)
print(cache.add("attune:probe", "first", 60), cache.incr("attune:count"))
"""


def _other_process(data_dir: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ATTUNE_", "DJANGO_"))}
    env.pop("REDIS_URL", None)
    env.update(ATTUNE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="attune.config.settings")
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_two_processes_without_redis_share_the_cache(tmp_path: Path) -> None:
    assert _other_process(tmp_path) == "True 1"
    assert _other_process(tmp_path) == "False 2"

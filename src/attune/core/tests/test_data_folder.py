"""The embedded database holds health data: only the person running attune may read it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path


def test_data_folder_and_database_files_are_private(tmp_path: Path) -> None:
    data = tmp_path / "attune-data"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "ATTUNE_"))},
        "ATTUNE_DATA_DIR": str(data),
        "DJANGO_SETTINGS_MODULE": "attune.config.settings",
    }
    subprocess.run(
        [sys.executable, "-m", "attune.cli", "migrate", "--verbosity", "0"],
        env=env,
        check=True,
        timeout=300,
    )
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    files = [p for p in data.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"attune.sqlite3", "tasks.sqlite3", "encryption.key"}
    loose = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files}
    assert all(mode == "0o600" for mode in loose.values()), loose

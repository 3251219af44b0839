"""Strict environment helpers: a bad value stops the start with a clear message."""

from __future__ import annotations

import os
from pathlib import Path


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message says which and how to fix it."""


def env_str(name: str, default: str = "") -> str:
    """Read NAME, or the contents of the file named by NAME_FILE (for container secrets)."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(
                f"{name}_FILE points to {file_path!r}, which cannot be read: {exc}"
            ) from None
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}.") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, not {value}.")
    return value


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = env_str(name)
    if not raw:
        return list(default or [])
    return [part.strip() for part in raw.replace("\n", ",").split(",") if part.strip()]


def default_data_dir() -> Path:
    """Per-user data folder, following the XDG convention when ATTUNE_DATA_DIR is unset."""
    explicit = os.environ.get("ATTUNE_DATA_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "attune"


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by this user only: it holds health data."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def private_file(path: Path) -> Path:
    """Make sure a database file is readable by this user only, before anything opens it.

    SQLite gives its -wal and -shm files the database file's permissions.
    """
    if path.exists():
        path.chmod(0o600)
    else:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    return path

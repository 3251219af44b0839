"""Record ids in web addresses: digits that fit a database id, anything else is a 404.

Django's own `int` converter takes any length, and an id past 2**63 - 1 then fails inside
the database driver (a server error on SQLite) instead of simply not being found.
"""

from __future__ import annotations

MAX_ID = 2**63 - 1


class RecordIdConverter:
    regex = r"[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 0 < number <= MAX_ID:
            raise ValueError(value)  # Django answers 404
        return number

    def to_url(self, value: int) -> str:
        return str(value)

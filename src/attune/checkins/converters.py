from __future__ import annotations

from datetime import date


class IsoDateConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value: str) -> date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(value) from None  # Django answers 404

    def to_url(self, value: date) -> str:
        return value.isoformat()

"""Strict input types for API schemas: one declaration drives both validation and the docs.

Pydantic's lax mode reads ``0`` as the date 1970-01-01, ``"1700000000"`` as a timestamp,
``1`` as ``true`` and ``true`` as ``1``. A person's records should never change because a
client sent the wrong kind of value, so request schemas use these instead of ``date``,
``datetime``, ``bool`` and ``int``; the OpenAPI stays the same (``format: date`` …).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, JsonValue, StrictBool, WithJsonSchema

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?")


def _day(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise ValueError("should be a date written as YYYY-MM-DD")
    return value


def _moment(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _MOMENT.fullmatch(value):
        raise ValueError("should be a date and time written as YYYY-MM-DDTHH:MM (ISO 8601)")
    return value


Day = Annotated[date, BeforeValidator(_day)]
"""A calendar day, only as ``YYYY-MM-DD`` text (never a number)."""

_FARTHEST_OFFSET = timedelta(hours=14)  # Kiribati's +14:00; PostgreSQL refuses past ±15:59


def _real_offset(value: Any) -> Any:
    offset = value.utcoffset()
    if offset is not None and abs(offset) > _FARTHEST_OFFSET:
        raise ValueError("has a UTC offset no place uses (the range is -14:00 to +14:00)")
    return value


Moment = Annotated[datetime, BeforeValidator(_moment), AfterValidator(_real_offset)]
"""A point in time, only as ISO 8601 text (never a number)."""

Flag = StrictBool
"""``true`` or ``false`` only (not 1, 0, "yes")."""


def _whole(value: Any) -> Any:
    # true is not 1. JSON Schema counts 7.0 as an integer, so it is one here too (7.5 is
    # refused after this); digit text ("30", as a form would send) is read as before.
    if isinstance(value, bool):
        raise ValueError("should be a whole number, not true or false")
    return value


Whole = Annotated[int, BeforeValidator(_whole)]
"""A whole number, never ``true``/``false``; for body fields."""

_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?")


def _clock(value: Any) -> Any:
    if isinstance(value, time):
        return value
    if not isinstance(value, str) or not _CLOCK.fullmatch(value):
        raise ValueError("should be a local time of day written as HH:MM (no UTC offset)")
    return value


Clock = Annotated[
    time,
    BeforeValidator(_clock),
    # Not JSON Schema's "time" format: that one requires a UTC offset, and a planned time of
    # day is wall-clock time where the person is (an offset could not be stored anyway).
    WithJsonSchema(
        {
            "type": "string",
            "format": "partial-time",  # RFC 3339's name for a time without an offset
            "pattern": "^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$",
            "examples": ["18:30"],
        }
    ),
]
"""A local time of day, only as ``HH:MM`` or ``HH:MM:SS`` text (no number, no offset)."""


def one_of(values: Iterable[str | None]) -> dict[str, JsonValue]:
    """``json_schema_extra`` that documents the values a service accepts for a text field
    whose choices live in a catalogue (exercises, instruments, prompts)."""
    choices: list[JsonValue] = list(values)
    return {"enum": choices}

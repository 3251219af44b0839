"""Event ids for the calendar feeds that say nothing about what the event is."""

from __future__ import annotations

from django.utils.crypto import salted_hmac


def opaque_uid(*parts: object) -> str:
    """A stable UID (the same event keeps it, so calendar apps update rather than duplicate)
    that names no step, person or record: calendars are often seen by others."""
    value = ":".join(str(part) for part in parts)
    return (
        salted_hmac("attune.calendar.uid", value, algorithm="sha256").hexdigest()[:32] + "@attune"
    )

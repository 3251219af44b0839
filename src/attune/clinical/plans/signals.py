"""What the adaptation rules read: the step log and recent check-in signals, validated."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class AdaptationInputError(ValueError):
    """A log entry or check-in signal is out of range; the message names the field."""


class Outcome(StrEnum):
    DONE = "done"
    NOT_YET = "not_yet"
    SETBACK = "setback"


def _in_range(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AdaptationInputError(f"{field}: {value!r} must be a whole number {low}-{high}")
    return value


@dataclass(frozen=True)
class LogEntry:
    """One attempt at a step, oldest first in a log."""

    step_id: str
    outcome: Outcome
    felt_safe: bool
    distress: int

    def __post_init__(self) -> None:
        if not isinstance(self.step_id, str) or not self.step_id:
            raise AdaptationInputError("step_id: must name a step")
        if not isinstance(self.outcome, Outcome):
            allowed = ", ".join(o.value for o in Outcome)
            raise AdaptationInputError(f"outcome: {self.outcome!r} is not one of {allowed}")
        if not isinstance(self.felt_safe, bool):
            raise AdaptationInputError(f"felt_safe: {self.felt_safe!r} must be true or false")
        _in_range("distress", self.distress, 0, 100)


def log_entry(step_id: str, outcome: str, *, felt_safe: bool, distress: int) -> LogEntry:
    """Build a LogEntry from plain values (for example a submitted form)."""
    allowed = [o.value for o in Outcome]
    if outcome not in allowed:
        raise AdaptationInputError(f"outcome: {outcome!r} is not one of {', '.join(allowed)}")
    return LogEntry(step_id, Outcome(outcome), felt_safe, distress)


@dataclass(frozen=True)
class CheckinSignals:
    """Recent daily check-ins, oldest first: mood 0-10 (10 best), longing distress 0-10."""

    mood: tuple[int, ...] = ()
    longing_distress: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        for value in self.mood:
            _in_range("mood", value, 0, 10)
        for value in self.longing_distress:
            _in_range("longing_distress", value, 0, 10)


def checkin_signals(
    *, mood: Iterable[int] = (), longing_distress: Iterable[int] = ()
) -> CheckinSignals:
    return CheckinSignals(tuple(mood), tuple(longing_distress))

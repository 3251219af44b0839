"""Caseload flags, sorting and filtering: pure Python over already-built rows' facts.

A flag is a reason to look at a client today, never a verdict:
  risk            a risk flag nobody has acknowledged yet (PHQ-9 item 9, risk language);
  deterioration   a reliable change for the worse from the first to the latest score on
                  any instrument that has a change rule (attune.clinical.instruments.change);
  not_on_track    the latest PHQ-9 lies above the expected-improvement band
                  (attune.clinical.progress);
  disengaged      no check-in and no questionnaire for ATTUNE_DISENGAGED_DAYS days (counted
                  from the client joining when they have done neither yet);
  partner_discordance  a partner's weekly "felt connected" and the client's own closeness
                  (10 minus their emotional and sexual loneliness) diverge: at least two of the
                  last four weeks with both, mean gap of 3 points or more
                  (attune.clinical.concordance).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

DEFAULT_DISENGAGED_DAYS = 14


class FlagKind(StrEnum):
    RISK = "risk"
    DETERIORATION = "deterioration"
    NOT_ON_TRACK = "not_on_track"
    DISENGAGED = "disengaged"
    DISCORDANCE = "partner_discordance"


# Most urgent first; the weights make any risk flag outrank every other combination.
FLAG_ORDER: tuple[FlagKind, ...] = tuple(FlagKind)
FLAG_WEIGHT: dict[FlagKind, int] = {
    kind: 2 ** (len(FLAG_ORDER) - i) for i, kind in enumerate(FLAG_ORDER)
}
# An open flag marked urgent (safety.RiskFlag.level) outranks every combination above.
URGENT_WEIGHT = 2 ** (len(FLAG_ORDER) + 1)


class SortKey(StrEnum):
    NAME = "name"
    FLAGS = "flags"
    PHQ9 = "phq9"
    ACTIVITY = "activity"


# The direction a sort takes when none is asked for: the order a clinician reads first.
DEFAULT_DESCENDING: dict[SortKey, bool] = {
    SortKey.NAME: False,
    SortKey.FLAGS: True,
    SortKey.PHQ9: True,
    SortKey.ACTIVITY: False,  # longest quiet first
}


def is_disengaged(last_activity: date | None, known_since: date, today: date, days: int) -> bool:
    """No check-in and no questionnaire for `days` days (or since `known_since`)."""
    if days < 1:
        msg = f"The disengagement window must be at least 1 day, got {days}."
        raise ValueError(msg)
    reference = last_activity or known_since
    return (today - reference).days >= days


def ordered(flags: set[FlagKind]) -> tuple[FlagKind, ...]:
    return tuple(kind for kind in FLAG_ORDER if kind in flags)


def urgency(flags: tuple[FlagKind, ...]) -> int:
    return sum(FLAG_WEIGHT[kind] for kind in flags)

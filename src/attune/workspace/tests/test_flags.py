from __future__ import annotations

from datetime import date

import pytest

from attune.workspace.flags import FLAG_ORDER, FlagKind, is_disengaged, ordered, urgency

TODAY = date(2026, 3, 31)


def test_disengaged_after_the_window_counting_from_the_last_activity() -> None:
    assert is_disengaged(date(2026, 3, 17), date(2025, 1, 1), TODAY, 14)
    assert not is_disengaged(date(2026, 3, 18), date(2025, 1, 1), TODAY, 14)


def test_without_any_activity_the_window_counts_from_joining() -> None:
    assert not is_disengaged(None, date(2026, 3, 25), TODAY, 14)
    assert is_disengaged(None, date(2026, 3, 1), TODAY, 14)


def test_the_window_must_be_at_least_a_day() -> None:
    with pytest.raises(ValueError, match="at least 1 day"):
        is_disengaged(None, TODAY, TODAY, 0)


def test_any_risk_flag_outranks_every_other_combination() -> None:
    others = tuple(k for k in FLAG_ORDER if k is not FlagKind.RISK)
    assert urgency((FlagKind.RISK,)) > urgency(others)
    assert ordered({FlagKind.DISENGAGED, FlagKind.RISK}) == (FlagKind.RISK, FlagKind.DISENGAGED)

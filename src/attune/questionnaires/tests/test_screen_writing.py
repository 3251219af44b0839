"""The shared rule for flagging what clients write: support every time, a flag once per concern."""

from __future__ import annotations

import pytest

from attune.questionnaires.models import RiskFlag
from attune.questionnaires.screening import screen_writing
from conftest import Cast

pytestmark = pytest.mark.django_db

RISKY = "Some nights I think everyone would be better off if I killed myself."


def _flags() -> int:
    return RiskFlag.objects.filter(reason="journal_risk_language").count()


def test_first_write_with_risk_language_raises_a_flag(cast: Cast) -> None:
    result = screen_writing(client=cast.client, texts=[RISKY], source="journal")
    assert result.risk != "none"
    assert _flags() == 1


def test_resaving_the_same_words_supports_again_without_a_second_flag(cast: Cast) -> None:
    result = screen_writing(
        client=cast.client, texts=[RISKY + " Typo fixed."], source="journal", before=[RISKY]
    )
    assert result.risk != "none"
    assert _flags() == 0


def test_new_risk_words_in_an_edit_raise_a_flag(cast: Cast) -> None:
    edited = RISKY + " I have started cutting my arms again."
    screen_writing(client=cast.client, texts=[edited], source="journal", before=[RISKY])
    assert _flags() == 1


def test_everyday_words_raise_nothing(cast: Cast) -> None:
    result = screen_writing(
        client=cast.client, texts=["This commute is killing me."], source="journal"
    )
    assert (result.risk, _flags()) == ("none", 0)


def test_a_harsh_self_belief_in_a_trigger_is_the_exercise_not_a_flag(cast: Cast) -> None:
    # Issue 14: each source screens in its own context.
    result = screen_writing(
        client=cast.client, texts=["Nobody will ever want me."], source="trigger"
    )
    assert (result.risk, result.context) == ("none", "trigger_thought")
    result = screen_writing(client=cast.client, texts=["I want to kill myself."], source="trigger")
    assert result.risk == "high"
    assert RiskFlag.objects.filter(reason="trigger_risk_language").count() == 1

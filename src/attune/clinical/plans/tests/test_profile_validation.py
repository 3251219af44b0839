from __future__ import annotations

import pytest

from attune.clinical.plans import Goal, ProfileError, make_profile
from attune.clinical.plans.profile import DEFAULT_GOALS, Relationship


def test_unknown_life_stage_names_field_and_allowed_values() -> None:
    with pytest.raises(ProfileError) as info:
        make_profile(life_stage="teen", relationship="single")
    assert info.value.field == "life_stage"
    message = str(info.value)
    assert "'teen'" in message
    for allowed in ("emerging_adult", "adult", "midlife", "later_life"):
        assert allowed in message


def test_unknown_relationship_names_field_and_allowed_values() -> None:
    with pytest.raises(ProfileError) as info:
        make_profile(life_stage="adult", relationship="married")
    assert info.value.field == "relationship"
    assert "partnered_apart" in str(info.value)
    assert "non_monogamous" in str(info.value)


def test_unknown_goal_names_goals_field() -> None:
    with pytest.raises(ProfileError) as info:
        make_profile(life_stage="adult", relationship="single", goals=["fame"])
    assert info.value.field == "goals"
    assert "more_daily_contact" in str(info.value)


def test_partner_goal_refused_for_single_person_with_fitting_goals_listed() -> None:
    with pytest.raises(ProfileError) as info:
        make_profile(life_stage="adult", relationship="single", goals=["closeness_with_partner"])
    assert info.value.field == "goals"
    assert "needs a partner" in str(info.value)
    assert "closeness_with_partner" not in info.value.allowed
    assert "dating" in info.value.allowed


def test_non_boolean_flag_is_refused() -> None:
    with pytest.raises(ProfileError) as info:
        make_profile(life_stage="adult", relationship="single", trauma_informed="yes")
    assert info.value.field == "trauma_informed"


def test_no_goals_gives_the_relationship_defaults() -> None:
    profile = make_profile(life_stage="adult", relationship="widowed")
    assert profile.goals == DEFAULT_GOALS[Relationship.WIDOWED]


def test_duplicate_goals_are_collapsed() -> None:
    profile = make_profile(life_stage="adult", relationship="single", goals=["dating", "dating"])
    assert profile.goals == frozenset({Goal.DATING})


@pytest.mark.parametrize("status", list(Relationship))
def test_every_default_goal_set_fits_its_relationship(status: Relationship) -> None:
    goals = [g.value for g in DEFAULT_GOALS[status]]
    assert make_profile(life_stage="adult", relationship=status.value, goals=goals)

"""Couple steps and the pause a couple safety check concern brings (issue 16)."""

from __future__ import annotations

import itertools

import pytest

from attune.clinical.plans import Relationship, build_plan, make_profile, plan_from_dict
from attune.clinical.plans.couple import couple_step_ids, couple_steps_in, is_couple_step
from attune.clinical.plans.profile import WITH_PARTNER, Goal, LifeStage, Profile, ProfileError
from attune.clinical.plans.serialize import plan_to_dict


def _profile(
    status: str, *, paused: bool = False, trauma: bool = False, goals: list[str] | None = None
) -> Profile:
    return make_profile(
        life_stage="adult",
        relationship=status,
        trauma_informed=trauma,
        goals=goals,
        couple_steps_paused=paused,
    )


def test_sensate_focus_with_the_partner_is_a_couple_step_and_solo_sensuality_is_not() -> None:
    profile = _profile("partnered")
    assert is_couple_step(profile, "sf-stage-0-holding-hands")
    assert is_couple_step(profile, "agree-safe-language")
    assert is_couple_step(profile, "monthly-couple-review")
    assert not is_couple_step(profile, "mindful-sensuality-solo")
    assert not is_couple_step(profile, "breath-extended-exhale")
    assert not is_couple_step(profile, "friendship-outside-couple")


def test_gentler_trauma_informed_rungs_of_couple_steps_are_couple_steps_too() -> None:
    profile = _profile("partnered", trauma=True)
    assert "sf-stage-0-holding-hands-gentler" in couple_steps_in(build_plan(profile))


def test_a_plan_without_a_partner_has_no_couple_steps() -> None:
    for status in ("single", "dating", "separated", "widowed"):
        profile = _profile(status)
        assert couple_step_ids(profile) == frozenset(), status
        assert couple_steps_in(build_plan(profile)) == (), status


def test_a_concern_swaps_partner_ladder_and_couple_talks_for_individual_steps() -> None:
    together = build_plan(_profile("partnered"))
    alone = build_plan(_profile("partnered", paused=True))
    ids = {step.id for step in alone.steps}
    assert couple_steps_in(together)
    assert couple_steps_in(alone) == ()
    assert not ids & couple_step_ids(_profile("partnered"))
    # The individual steps that take their place.
    assert {"solo-mindful-self-touch", "reflective-listening-friend"} <= ids
    assert "ongoing-circle-or-clinician" in ids
    # Steps that never involved the partner stay as they were.
    kept = {s.id for s in together.steps} - couple_step_ids(_profile("partnered"))
    assert kept <= ids


@pytest.mark.parametrize(
    ("stage", "status", "trauma", "goal"),
    [
        (stage, status, trauma, goal)
        for stage, status, trauma, goal in itertools.product(
            LifeStage, sorted(WITH_PARTNER), (False, True), (None, *Goal)
        )
    ],
)
def test_every_partnered_profile_builds_a_paused_plan_without_couple_steps(
    stage: LifeStage, status: Relationship, trauma: bool, goal: Goal | None
) -> None:
    kwargs = {"life_stage": stage, "relationship": status, "trauma_informed": trauma}
    together = build_plan(make_profile(**kwargs, goals=[goal] if goal else None))
    alone = build_plan(
        make_profile(**kwargs, goals=[goal] if goal else None, couple_steps_paused=True)
    )
    assert couple_steps_in(together)
    assert not {s.id for s in alone.steps} & set(couple_steps_in(together))
    assert any(step.pillar.value == "embodiment" for step in alone.steps)


def test_the_pause_is_kept_when_a_plan_is_stored_and_read_back() -> None:
    plan = build_plan(_profile("partnered", paused=True))
    data = plan_to_dict(plan)
    assert data["profile"]["couple_steps_paused"] is True
    assert plan_from_dict(data).profile.couple_steps_paused


def test_an_unpaused_plan_keeps_the_published_json_shape() -> None:
    data = plan_to_dict(build_plan(_profile("partnered")))
    assert set(data["profile"]) == {
        "life_stage",
        "relationship",
        "trauma_informed",
        "antidepressant",
        "goals",
        "clinician_involved",  # added by the consent-at-every-step work; the pause is not
    }


def test_the_pause_must_be_true_or_false() -> None:
    with pytest.raises(ProfileError) as caught:
        make_profile(life_stage="adult", relationship="partnered", couple_steps_paused="yes")
    assert caught.value.field == "couple_steps_paused"

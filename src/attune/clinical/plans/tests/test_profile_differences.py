from __future__ import annotations

import itertools

import pytest

from attune.clinical.plans.profile import LifeStage
from attune.clinical.plans.tests.support import (
    FLAGS,
    jaccard,
    plan_for,
    shared_fraction,
    titles,
)
from attune.clinical.plans.vocab import Pillar

LIMIT = 0.5  # the outside check asks for well under two-thirds; we hold ourselves to a half
STAGES = [s.value for s in LifeStage]


@pytest.mark.parametrize(("trauma", "meds"), FLAGS)
@pytest.mark.parametrize("stage", STAGES)
def test_single_and_partnered_plans_share_under_half_their_titles(
    stage: str, trauma: bool, meds: bool
) -> None:
    single = plan_for(stage, "single", trauma=trauma, meds=meds)
    partnered = plan_for(stage, "partnered", trauma=trauma, meds=meds)
    assert jaccard(single, partnered) < LIMIT
    assert shared_fraction(single, partnered) < LIMIT


@pytest.mark.parametrize(("trauma", "meds"), FLAGS)
def test_widowed_later_life_and_dating_emerging_adult_share_under_half(
    trauma: bool, meds: bool
) -> None:
    widowed = plan_for("later_life", "widowed", trauma=trauma, meds=meds)
    dating = plan_for("emerging_adult", "dating", trauma=trauma, meds=meds)
    assert jaccard(widowed, dating) < LIMIT
    assert shared_fraction(widowed, dating) < LIMIT


def test_named_pairs_with_default_flags_stay_under_forty_percent() -> None:
    pairs = [
        (plan_for("adult", "single"), plan_for("adult", "partnered")),
        (plan_for("midlife", "single"), plan_for("midlife", "partnered")),
        (plan_for("later_life", "widowed"), plan_for("emerging_adult", "dating")),
    ]
    for a, b in pairs:
        assert shared_fraction(a, b) < 0.4
        assert jaccard(a, b) < 0.4


def test_every_relationship_pair_at_one_stage_differs_substantially() -> None:
    statuses = [
        "single",
        "dating",
        "partnered",
        "partnered_apart",
        "separated",
        "widowed",
        "non_monogamous",
    ]
    for a, b in itertools.combinations(statuses, 2):
        assert jaccard(plan_for("adult", a), plan_for("adult", b)) < LIMIT, (a, b)


def test_widowed_later_life_plan_is_grief_aware_and_fits_an_ageing_body() -> None:
    plan = plan_for("later_life", "widowed")
    ids = {s.id for s in plan.steps}
    assert {"trigger-map-grief", "compassion-grief-guilt", "bereavement-circle"} <= ids
    assert {"companionship-outings", "plan-for-anniversaries", "health-review-later-life"} <= ids
    assert {"body-now-kindly", "pmr-gentle-seated"} <= ids
    assert any("Stroebe & Schut 1999" in s.basis for s in plan.steps)


def test_dating_emerging_adult_plan_covers_apps_consent_and_cultural_scripts() -> None:
    plan = plan_for("emerging_adult", "dating")
    ids = {s.id for s in plan.steps}
    assert {"app-limits", "trigger-map-dating", "consent-check-in-words"} <= ids
    assert {"read-cultural-scripts-about-desire", "scripts-you-grew-up-with"} <= ids
    assert {"read-consent-and-safe-language", "touch-on-dates-consent"} <= ids
    assert "rhythm-sleep-screens" in ids


def test_partnered_midlife_plan_has_sensate_ladder_conversations_and_desire_changes() -> None:
    plan = plan_for("midlife", "partnered")
    ids = {s.id for s in plan.steps}
    stages = {f"sf-stage-{n}" for n in range(5)}
    assert all(any(i.startswith(s) for i in ids) for s in stages)
    assert {"speaker-listener-light", "softened-startup-need", "imago-closeness"} <= ids
    assert {"talk-desire-midlife", "responsive-desire", "health-check-midlife"} <= ids
    assert "read-graded-closeness-and-sensate-focus" in ids


def test_single_adult_plan_follows_the_exposure_hierarchy_and_says_it_is_a_suggestion() -> None:
    plan = plan_for("adult", "single")
    hierarchy = [
        "solo-mindful-self-touch",
        "non-sexual-touch-others",
        "greetings-small-talk",
        "interest-group",
        "invite-friend-out",
        "dating-profile",
        "first-message",
        "coffee-date",
    ]
    steps = {s.id: s for s in plan.steps}
    assert set(hierarchy) <= set(steps)
    assert "peer-circle-loneliness" in steps
    for n, step_id in enumerate(hierarchy, start=1):
        basis = steps[step_id].basis
        assert f"step {n} of 8" in basis
        assert "not a published protocol" in basis
    difficulties = [steps[i].difficulty for i in hierarchy]
    assert difficulties == sorted(difficulties)
    assert steps["mindful-sensuality-solo"].pillar is Pillar.EMBODIMENT


def test_partnered_apart_plan_is_distance_aware() -> None:
    ids = {s.id for s in plan_for("adult", "partnered_apart").steps}
    assert {"daily-ritual-distance", "weekly-structured-call", "plan-visit-together"} <= ids
    assert {"distance-shared-ritual", "visit-stage-0-1", "local-company"} <= ids


def test_separated_plan_addresses_the_separation() -> None:
    ids = {s.id for s in plan_for("adult", "separated").steps}
    assert {"trigger-map-separation", "separation-circle", "brief-contact-with-ex"} <= ids
    assert {"reclaim-your-space", "plan-for-holidays-handovers"} <= ids


def test_non_monogamous_plan_works_with_agreements_across_relationships() -> None:
    ids = {s.id for s in plan_for("adult", "non_monogamous").steps}
    assert {"review-agreements", "needs-check-in-each-partner", "jealousy-speaker-listener"} <= ids
    assert {"cnm-notice-safe-closeness", "cnm-stage-0-1", "cnm-circle"} <= ids
    ids_dating = {
        s.id
        for s in plan_for(
            "adult", "non_monogamous", goals=["dating", "closeness_with_partner"]
        ).steps
    }
    assert "dating-within-agreements" in ids_dating


def test_goals_change_the_plan() -> None:
    base = titles(plan_for("adult", "single", goals=["self_compassion"]))
    with_dating = titles(plan_for("adult", "single", goals=["self_compassion", "dating"]))
    assert with_dating > base
    assert "Send a first message" in with_dating - base


def test_partnered_without_closeness_goal_stops_before_touch_stages() -> None:
    ids = {s.id for s in plan_for("adult", "partnered", goals=["meaning_and_values"]).steps}
    assert "sf-stage-0-holding-hands" in ids
    assert "sf-stage-1-turns" not in ids

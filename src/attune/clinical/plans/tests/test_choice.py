"""Goals the person picks, decline and replace, rebuild, rung order, horizon, group content."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import replace
from typing import Any

import pytest

from attune.clinical.plans import (
    ProposalKind,
    Trigger,
    apply_proposal,
    build_plan,
    log_entry,
    make_profile,
    plan_from_dict,
    plan_to_dict,
    propose_changes,
    validate_plan,
)
from attune.clinical.plans.builder import DATING_STEPS, is_sexual, ordered_specs
from attune.clinical.plans.choice import (
    STEADYING,
    ChoiceError,
    decline_step,
    pillar_weights,
    rebuild_plan,
)
from attune.clinical.plans.cli import _parser, main
from attune.clinical.plans.model import Phase, Plan
from attune.clinical.plans.profile import Goal, LifeStage, Relationship, SexualFocus
from attune.clinical.plans.vocab import ARTICLE_SLUGS, EXPOSURE_PILLARS, Pillar
from attune.clinical.plans.week import horizon, ready_steps

HIERARCHY = re.compile(r"step (\d) of 8")
NEW_SLUGS = {
    "asexuality-and-low-desire",
    "disability-illness-and-intimacy",
    "intimacy-in-later-life",
    "safer-sex-and-dating-safety",
    "lgbtq-belonging-and-minority-stress",
}


def _cli_steps(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[dict[str, Any]]:
    assert main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return [s for phase in data["phases"] for s in phase["steps"]]


@pytest.mark.parametrize(
    ("stage", "status"), list(itertools.product(LifeStage, Relationship)), ids=str
)
def test_every_ladder_is_scheduled_in_its_rung_order_through_the_cli(
    capsys: pytest.CaptureFixture[str], stage: LifeStage, status: Relationship
) -> None:
    for extra in ([], ["--trauma-informed"], ["--goal", "dating"], ["--sexual-focus", "asexual"]):
        if extra == ["--goal", "dating"] and status is Relationship.DATING:
            continue
        steps = _cli_steps(capsys, ["--life-stage", stage, "--relationship", status, *extra])
        numbers = [
            int(m.group(1)) for s in steps if (m := HIERARCHY.search(str(s.get("basis", ""))))
        ]
        assert numbers == sorted(numbers), (stage, status, extra, numbers)
        seen: set[str] = set()
        rungs: dict[str, int] = {}
        for s in steps:
            assert all(p in seen for p in s["prerequisites"]), s["id"]
            seen.add(str(s["id"]))
            pillar = str(s["pillar"])
            assert int(s["rung"]) == rungs.get(pillar, 0) + 1
            rungs[pillar] = int(s["rung"])


def test_the_single_ladder_runs_from_step_1_to_step_8(capsys: pytest.CaptureFixture[str]) -> None:
    steps = _cli_steps(capsys, ["--life-stage", "adult", "--relationship", "single"])
    numbers = [int(m.group(1)) for s in steps if (m := HIERARCHY.search(str(s.get("basis", ""))))]
    assert numbers[0] == 1 and numbers[-1] == 8
    assert sorted(set(numbers)) == list(range(1, 9))


@pytest.mark.parametrize("focus", ["asexual", "celibate", "not_possible"])
def test_a_plan_whose_success_is_not_sexual_has_no_dating_or_sexual_steps(focus: str) -> None:
    for stage, status in itertools.product(LifeStage, Relationship):
        for trauma in (False, True):
            profile = make_profile(
                life_stage=stage, relationship=status, sexual_focus=focus, trauma_informed=trauma
            )
            assert not profile.has(Goal.DATING)
            specs = ordered_specs(profile)
            assert not [s.key for s in specs if s.key in DATING_STEPS]
            assert not [s.key for s in specs if is_sexual(s)]
            validate_plan(build_plan(profile))


def test_an_asexual_person_who_chooses_dating_gets_dating_steps() -> None:
    plan = build_plan(
        make_profile(
            life_stage="adult", relationship="single", sexual_focus="asexual", goals=["dating"]
        )
    )
    assert plan.has_step("dating-profile") and plan.has_step("dating-safety-plan")


def test_goals_keep_the_persons_order_and_it_survives_storage() -> None:
    profile = make_profile(
        life_stage="adult", relationship="single", goals=["less_shame", "body_comfort"]
    )
    assert profile.ordered_goals() == (Goal.LESS_SHAME, Goal.BODY_COMFORT)
    plan = build_plan(profile)
    data = plan_to_dict(plan)
    assert data["profile"]["goals"] == ["less_shame", "body_comfort"]
    assert plan_from_dict(json.loads(json.dumps(data))) == plan
    weights = pillar_weights(profile)
    assert weights[Pillar.SELF_COMPASSION] > weights[Pillar.EMBODIMENT] > weights[Pillar.SOCIAL]


@pytest.mark.parametrize(
    ("kwargs", "slug"),
    [
        ({"sexual_focus": "asexual"}, "asexuality-and-low-desire"),
        ({"disability": True}, "disability-illness-and-intimacy"),
        ({"life_stage": "later_life"}, "intimacy-in-later-life"),
        ({"life_stage": "midlife"}, "intimacy-in-later-life"),
        ({"relationship": "dating"}, "safer-sex-and-dating-safety"),
        ({"goals": ["dating"]}, "safer-sex-and-dating-safety"),
        ({"lgbtq": True}, "lgbtq-belonging-and-minority-stress"),
    ],
)
def test_content_for_each_new_group_is_reachable_from_a_generated_plan(
    kwargs: dict[str, object], slug: str
) -> None:
    base: dict[str, object] = {"life_stage": "adult", "relationship": "single"}
    plan = build_plan(make_profile(**{**base, **kwargs}))
    tools = {step.tool for step in plan.steps}
    assert f"article:{slug}" in tools
    group_steps = [s for s in plan.steps if s.basis and s.tool != f"article:{slug}"]
    assert group_steps
    assert set(ARTICLE_SLUGS) >= NEW_SLUGS


def test_group_steps_cite_their_basis() -> None:
    plan = build_plan(
        make_profile(
            life_stage="later_life",
            relationship="partnered",
            sexual_focus="asexual",
            disability=True,
            lgbtq=True,
            goals=["closeness_with_partner", "dating", "less_shame"],
        )
    )
    for key in (
        "closeness-on-your-terms",
        "share-closeness-list",
        "carer-present-agreement",
        "adapted-touch",
        "body-changes-with-doctor",
        "dating-safety-plan",
        "minority-stress-map",
        "lgbtq-community-space",
        "shame-kind-reply",
    ):
        assert re.search(r"\(.+ \d{4}\)", plan.step(key).basis), key


def test_a_carer_step_and_adapted_touch_are_offered_to_disabled_people() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single", disability=True))
    assert plan.has_step("carer-present-agreement") and plan.has_step("adapted-touch")
    plain = build_plan(make_profile(life_stage="adult", relationship="single"))
    assert not plain.has_step("carer-present-agreement")


# --- decline and replace ------------------------------------------------------------------


def test_declining_a_step_offers_an_alternative_from_another_pillar() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    step = plan.step("dating-profile")
    new = decline_step(plan, "dating-profile", "doesnt_fit")
    assert not new.has_step("dating-profile")
    change = new.history[-1]
    assert change.kind == "declined" and change.step_id == "dating-profile"
    assert change.related_step_id is not None
    alternative = new.step(change.related_step_id)
    assert alternative.pillar is not step.pillar
    assert new.version == plan.version + 1
    assert new.declined[0].step_id == "dating-profile" and new.declined[0].reason == "doesnt_fit"
    validate_plan(new)
    assert plan_from_dict(json.loads(json.dumps(plan_to_dict(new)))) == new


def test_declining_a_dating_step_takes_the_dating_steps_built_on_it() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    new = decline_step(plan, "dating-profile", "not_now")
    for key in ("dating-profile", "first-message", "coffee-date"):
        assert not new.has_step(key)
    # Steps of other kinds that built on it keep their place.
    assert new.has_step("non-sexual-touch-others")


def test_a_declined_step_never_comes_back_unasked_and_its_pillar_weighs_less() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    before = pillar_weights(plan.profile, plan.declined)
    first = decline_step(plan, "interest-group", "doesnt_fit")
    after = pillar_weights(first.profile, first.declined)
    assert after[Pillar.SOCIAL] < before[Pillar.SOCIAL]
    alt1 = first.history[-1].related_step_id
    second = decline_step(first, "invite-friend-out", "doesnt_fit")
    alt2 = second.history[-1].related_step_id
    assert alt1 != alt2
    assert not second.has_step("interest-group")
    rebuilt = rebuild_plan(second, second.profile, "Goals changed.")
    assert not rebuilt.has_step("interest-group") and not rebuilt.has_step("invite-friend-out")
    assert alt1 is not None and rebuilt.has_step(alt1)


def test_not_safe_offers_a_steadying_alternative_never_an_approach_step() -> None:
    plan = build_plan(
        make_profile(life_stage="adult", relationship="single", goals=["friendship_and_belonging"])
    )
    new = decline_step(plan, "greetings-small-talk", "not_safe")
    alt = new.step(str(new.history[-1].related_step_id))
    assert alt.pillar in STEADYING and alt.pillar not in EXPOSURE_PILLARS


@pytest.mark.parametrize("reason", ["", "nope", "NOT_SAFE", None, 3])
def test_an_unknown_decline_reason_names_the_reason_field(reason: object) -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    with pytest.raises(ChoiceError) as caught:
        decline_step(plan, "dating-profile", reason)
    assert caught.value.field == "reason"


def test_declining_a_step_not_in_the_plan_names_the_step() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    with pytest.raises(ChoiceError) as caught:
        decline_step(plan, "no-such-step", "not_now")
    assert caught.value.field == "step_id"


def test_rebuild_after_bereavement_keeps_history_done_steps_and_declines() -> None:
    plan = build_plan(make_profile(life_stage="later_life", relationship="partnered"))
    plan = decline_step(plan, "daily-checkin", "not_now")
    plan = plan.__class__(**{**plan.__dict__, "completed": ("breath-extended-exhale",)})
    widowed = make_profile(life_stage="later_life", relationship="widowed")
    rebuilt = rebuild_plan(plan, widowed, "Bereavement: partnered to widowed.")
    assert rebuilt.version == plan.version + 1
    assert rebuilt.history[:-1] == plan.history
    assert rebuilt.history[-1].kind == "rebuilt"
    assert "Bereavement" in rebuilt.history[-1].reason
    assert rebuilt.profile.relationship is Relationship.WIDOWED
    assert rebuilt.completed == ("breath-extended-exhale",)
    assert not rebuilt.has_step("daily-checkin")
    assert rebuilt.has_step("bereavement-circle")
    validate_plan(rebuilt)


# --- a different kind of step after "felt unsafe" or high distress ------------------------


def test_breathing_that_felt_unsafe_is_replaced_by_eyes_open_grounding() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    log = [log_entry("breath-extended-exhale", "done", felt_safe=False, distress=85)]
    (proposal,) = propose_changes(plan, log)
    assert proposal.trigger is Trigger.NOT_SAFE
    assert proposal.kind is ProposalKind.DIFFERENT_STEP
    assert proposal.new_step is not None
    assert proposal.new_step.tool == "exercise:grounding_54321"
    assert "gentl" not in proposal.reason.lower()
    new = apply_proposal(plan, proposal)
    assert not new.has_step("breath-extended-exhale")
    assert new.has_step(proposal.new_step.id)
    dependents = [s for s in new.steps if proposal.new_step.id in s.prerequisites]
    assert dependents and all("breath-extended-exhale" not in s.prerequisites for s in new.steps)
    week1 = ready_steps(new, 1)
    assert proposal.new_step.id in [s.id for s in week1]


def test_an_approach_step_that_felt_unsafe_waits_behind_a_pause_with_grounding() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    log = [log_entry("greetings-small-talk", "done", felt_safe=False, distress=60)]
    (proposal,) = propose_changes(plan, log)
    assert proposal.kind is ProposalKind.PAUSE_FIRST
    new = apply_proposal(plan, proposal)
    assert proposal.new_step is not None
    assert proposal.new_step.id in new.step("greetings-small-talk").prerequisites
    # Unsafe again after the pause: the step is set aside for a rest, not repeated gently.
    log2 = [log_entry("greetings-small-talk", "done", felt_safe=False, distress=60)]
    (again,) = propose_changes(new, log2)
    assert again.kind is ProposalKind.DIFFERENT_STEP
    assert not apply_proposal(new, again).has_step("greetings-small-talk")


# --- pacing and the humane horizon --------------------------------------------------------


def test_the_horizon_names_this_months_focus_and_what_comes_after() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    view = horizon(plan, 1)
    assert view.now[0] is plan.phases[0]
    assert view.after and view.after[-1] is plan.phases[-1]
    assert set(view.now).isdisjoint(view.after)
    late = horizon(plan, plan.total_weeks + 10)
    assert late.now == (plan.phases[-1],) and late.after == ()


def test_ready_steps_put_the_pillars_the_person_weighs_most_first() -> None:
    profile = make_profile(
        life_stage="adult", relationship="single", goals=["self_compassion"], sexual_focus="open"
    )
    plan = build_plan(profile)
    done = [s.id for s in plan.steps]
    plain = ready_steps(plan, 20, done_once=done, limit=50)
    ranked = ready_steps(plan, 20, done_once=done, limit=50, weights=pillar_weights(profile))
    assert ranked[0] == plain[0]  # the plan's next step keeps its place
    assert ranked[1].pillar is Pillar.SELF_COMPASSION
    assert plain[1].pillar is not Pillar.SELF_COMPASSION
    for pillar in Pillar:
        assert [s.id for s in ranked if s.pillar is pillar] == [
            s.id for s in plain if s.pillar is pillar
        ]
    assert profile.sexual_focus is SexualFocus.OPEN


# --- the alternative is offered now -------------------------------------------------------


def _phase_of(plan: Plan, step_id: str) -> Phase:
    return next(p for p in plan.phases if any(s.id == step_id for s in p.steps))


@pytest.mark.parametrize("reason", ["doesnt_fit", "not_now", "not_safe"])
def test_declining_a_later_step_in_week_one_offers_the_alternative_this_week(reason: str) -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    assert _phase_of(plan, "dating-profile").first_week > 4  # a step months away
    new = decline_step(plan, "dating-profile", reason, week=1)
    alternative = new.step(str(new.history[-1].related_step_id))
    assert alternative.prerequisites == ()
    assert _phase_of(new, alternative.id).first_week == 1
    assert alternative in ready_steps(new, 1)  # among this week's three


def test_declining_in_a_later_week_offers_the_alternative_in_the_phase_the_person_is_in() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    connect = next(p for p in plan.phases if p.key == "connect")
    week = connect.first_week + 1
    done = [s.id for p in plan.phases[: plan.phases.index(connect)] for s in p.steps]
    plan = replace(plan, completed=tuple(done))
    new = decline_step(plan, "coffee-date", "not_now", week=week)
    alternative = new.step(str(new.history[-1].related_step_id))
    assert _phase_of(new, alternative.id).key == "connect"
    assert _phase_of(new, alternative.id).first_week <= week
    assert alternative in ready_steps(new, week)


def test_declining_a_step_whose_phase_has_begun_puts_the_alternative_in_its_place() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    order = [s.id for s in plan.steps]
    after = order[order.index("compassion-desirability") + 1]
    week = _phase_of(plan, "compassion-desirability").first_week
    new = decline_step(plan, "compassion-desirability", "doesnt_fit", week=week)
    alternative = str(new.history[-1].related_step_id)
    ids = [s.id for s in new.steps]
    assert ids.index(alternative) == ids.index(after) - 1
    assert new.step(alternative) in ready_steps(new, week, limit=50)


def test_an_alternative_that_is_a_later_rung_joins_its_ladder_after_the_easier_rungs() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="partnered"))
    new = decline_step(plan, "sf-stage-1-turns", "doesnt_fit", week=1)
    alternative = new.step(str(new.history[-1].related_step_id))
    assert alternative.pillar is Pillar.COMMUNICATION
    ladder = [s for s in new.steps if s.pillar is alternative.pillar]
    position = ladder.index(alternative)
    easier = ladder[:position]
    assert easier and all(s.difficulty < alternative.difficulty for s in easier)
    assert alternative.prerequisites == (easier[-1].id,)
    assert [s.rung for s in ladder] == list(range(1, len(ladder) + 1))
    # Once the easier rung is done, the alternative is offered first after the plan's next step.
    tried = replace(new, completed=(*new.completed, easier[-1].id, "breath-extended-exhale"))
    phase_week = _phase_of(new, alternative.id).first_week
    assert alternative in ready_steps(tried, phase_week)


def test_the_offered_alternative_is_shown_this_week_until_it_is_tried() -> None:
    # Late in the plan with earlier steps still open, plan order alone would push the
    # alternative past this week's three slots.
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    week = _phase_of(plan, "dating-profile").first_week + 1
    new = decline_step(plan, "dating-profile", "doesnt_fit", week=week)
    alternative = str(new.history[-1].related_step_id)
    shown = [s.id for s in ready_steps(new, week)]
    assert shown[1] == alternative
    tried = [s.id for s in ready_steps(new, week, done_once=[alternative])]
    assert alternative not in tried  # plan order alone puts it past this week's slots
    weights = pillar_weights(new.profile, new.declined)
    assert [s.id for s in ready_steps(new, week, weights=weights)][1] == alternative


@pytest.mark.parametrize("status", list(Relationship), ids=str)
def test_any_decline_keeps_the_plan_valid_its_ladders_in_order_and_offers_now(
    status: Relationship,
) -> None:
    for stage in LifeStage:
        plan = build_plan(make_profile(life_stage=stage, relationship=status))
        firsts = {s.pillar: s for s in reversed(plan.steps)}.values()
        for step in firsts:
            for week in (1, _phase_of(plan, step.id).first_week):
                new = decline_step(plan, step.id, "doesnt_fit", week=week)
                validate_plan(new)
                order = [s.id for s in new.steps]
                for s in new.steps:
                    assert all(order.index(p) < order.index(s.id) for p in s.prerequisites)
                for pillar in Pillar:
                    rungs = [s.rung for s in new.steps if s.pillar is pillar]
                    assert rungs == list(range(1, len(rungs) + 1))
                alt_id = new.history[-1].related_step_id
                if alt_id is None:
                    continue
                alternative = new.step(alt_id)
                if not alternative.prerequisites:  # not a later rung of a ladder
                    assert alternative in ready_steps(new, week), (stage, step.id, week)
                shown = ready_steps(new, week, limit=50)
                for pillar in EXPOSURE_PILLARS:
                    rungs = [s.rung for s in shown if s.pillar is pillar]
                    assert rungs == sorted(rungs)


def test_declining_the_last_dating_step_takes_the_dating_safety_steps_with_it() -> None:
    plan = build_plan(make_profile(life_stage="adult", relationship="single"))
    assert plan.has_step("dating-safety-plan")
    new = decline_step(plan, "dating-profile", "doesnt_fit")
    assert not [s.id for s in new.steps if s.id in DATING_STEPS]
    assert not new.has_step("dating-safety-plan")
    assert not new.has_step("read-safer-sex-and-dating-safety")
    rebuilt = rebuild_plan(new, new.profile, "Goals changed.")
    assert not rebuilt.has_step("dating-safety-plan")
    # Someone who is dating keeps the safety plan when one dating step does not fit.
    dating = build_plan(make_profile(life_stage="adult", relationship="dating"))
    kept = decline_step(dating, "profile-beyond-scripts", "doesnt_fit")
    assert kept.has_step("dating-safety-plan")
    # A partnered plan with no dating steps keeps what it was built with.
    partnered = build_plan(make_profile(life_stage="adult", relationship="partnered"))
    again = rebuild_plan(partnered, partnered.profile, "Goals changed.")
    assert again.has_step("dating-safety-plan") == partnered.has_step("dating-safety-plan")


# --- each new group's content is reachable from a generated plan ---------------------------

GROUP_CONTENT: list[tuple[list[str], set[str]]] = [
    (
        ["--sexual-focus", "asexual"],
        {"read-asexuality-and-low-desire", "closeness-on-your-terms"},
    ),
    (
        ["--relationship", "partnered", "--sexual-focus", "asexual"],
        {"read-asexuality-and-low-desire", "closeness-on-your-terms", "share-closeness-list"},
    ),
    (
        ["--disability"],
        {
            "pace-around-energy",
            "read-disability-illness-and-intimacy",
            "carer-present-agreement",
            "adapted-touch",
        },
    ),
    (
        ["--life-stage", "later_life"],
        {"body-changes-with-doctor", "read-intimacy-in-later-life"},
    ),
    (
        ["--life-stage", "midlife", "--relationship", "widowed"],
        {"body-changes-with-doctor", "read-intimacy-in-later-life"},
    ),
    (
        ["--relationship", "dating"],
        {"read-safer-sex-and-dating-safety", "dating-safety-plan"},
    ),
    (
        ["--goal", "dating", "friendship_and_belonging"],
        {"read-safer-sex-and-dating-safety", "dating-safety-plan", "regular-friend-time"},
    ),
    (
        ["--lgbtq"],
        {
            "read-lgbtq-belonging-and-minority-stress",
            "minority-stress-map",
            "lgbtq-community-space",
        },
    ),
    (
        ["--goal", "less_shame", "full_life_without_sex"],
        {"shame-kind-reply", "full-life-week"},
    ),
]


def _reached(plan: Plan) -> set[str]:
    """Every step a person reaches by doing each step as it becomes ready, week by week."""
    done: list[str] = []
    for week in range(1, plan.total_weeks + 1):
        while True:
            now = [
                *ready_steps(plan, week, done_once=done, limit=len(plan.steps)),
                *ready_steps(plan, week, done_once=done, limit=len(plan.steps), reading=True),
            ]
            new = [s.id for s in now if s.id not in done]
            if not new:
                break
            done += new
    return set(done)


def _group_plan(flags: list[str]) -> Plan:
    """The plan `attune plan` generates for these flags (adult and single unless given)."""
    args = _parser().parse_args(["--life-stage", "adult", "--relationship", "single", *flags])
    return build_plan(
        make_profile(
            life_stage=args.life_stage,
            relationship=args.relationship,
            goals=args.goal,
            sexual_focus=args.sexual_focus,
            disability=args.disability,
            lgbtq=args.lgbtq,
        )
    )


@pytest.mark.parametrize(("flags", "expected"), GROUP_CONTENT, ids=lambda v: " ".join(v))
def test_each_groups_steps_and_article_are_in_the_generated_plan_and_reached(
    capsys: pytest.CaptureFixture[str], flags: list[str], expected: set[str]
) -> None:
    argv = ["--life-stage", "adult", "--relationship", "single", *flags]
    ids = {str(s["id"]) for s in _cli_steps(capsys, argv)}
    assert expected <= ids, expected - ids
    plan = _group_plan(flags)
    reached = _reached(plan)
    assert reached == {s.id for s in plan.steps}  # nothing is out of reach
    assert expected <= reached


def test_every_new_article_is_a_step_in_a_generated_plan_for_its_group() -> None:
    tools = {s.tool for flags, _expected in GROUP_CONTENT for s in _group_plan(flags).steps}
    assert {f"article:{slug}" for slug in NEW_SLUGS} <= tools

"""Consent at every step, referral to a doctor, and questions asked first, over all content.

Every profile the engine can build (every_profile), self-guided and with a clinician.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from attune.clinical.plans import (
    Pillar,
    Plan,
    build_plan,
    make_profile,
    plan_from_dict,
    plan_to_dict,
)
from attune.clinical.plans.cli import main
from attune.clinical.plans.tests.support import every_profile, plan_for

BODY = {Pillar.EMBODIMENT, Pillar.BODY_REGULATION}
WITH_OTHERS = {Pillar.SOCIAL, Pillar.COMMUNICATION, Pillar.EMBODIMENT}
# Touch, penetration or arousal named in an embodiment step's own words.
INTIMATE_WORDS = re.compile(
    r"\bstages? (0|I|II|III|IV)\b|genital|intercourse|orgasm|arous|lubric|\bsex\b", re.I
)
LATE_STAGES = re.compile(r"\bStages? (III|IV)\b")


def every_plan() -> Iterator[Plan]:
    for p in every_profile():
        yield build_plan(p)
        yield build_plan(replace(p, clinician_involved=True))


PLANS = list(every_plan())


def _says_consent(text: str) -> bool:
    return "may stop at any moment" in text and "No step is owed" in text and "To resume" in text


def test_every_couple_and_body_step_says_stop_any_time_nothing_owed_and_how_to_resume() -> None:
    checked = 0
    for plan in PLANS:
        couple = plan.profile.with_partner
        for step in plan.steps:
            if step.pillar in BODY or (couple and step.pillar in WITH_OTHERS):
                assert _says_consent(step.consent), (plan.profile, step.id)
                checked += 1
    assert checked > 1000


def test_steps_done_with_someone_say_either_person_may_stop() -> None:
    plan = plan_for("adult", "partnered")
    for step_id in ("sf-stage-1-turns", "agree-safe-language", "couple-social-outing"):
        assert plan.step(step_id).consent.startswith("Either person may stop")
    assert plan.step("breath-extended-exhale").consent.startswith("You may stop")


def test_reading_steps_carry_no_consent_wording() -> None:
    plan = plan_for("adult", "single")
    assert all(not s.consent for s in plan.steps if s.pillar is Pillar.LEARNING)


def test_every_touch_or_arousal_step_points_to_a_doctor_about_pain() -> None:
    checked = 0
    for plan in PLANS:
        for step in plan.steps:
            if step.pillar is Pillar.EMBODIMENT and INTIMATE_WORDS.search(
                f"{step.title} {step.how}"
            ):
                assert "see a GP, doctor or sexual-health clinic" in step.referral, (
                    plan.profile,
                    step.id,
                )
                assert "pain" in step.referral or "hurts" in step.referral
                assert "bleeding" in step.referral and "erection" in step.referral
                checked += 1
    assert checked > 300


def test_touch_on_a_date_and_gentler_rungs_of_sensate_stages_point_to_a_doctor() -> None:
    dating = plan_for("adult", "dating", trauma=True)
    assert dating.step("touch-on-dates-consent").referral
    assert dating.step("touch-on-dates-consent-gentler").referral
    couple = plan_for("adult", "partnered", trauma=True)
    assert couple.step("sf-stage-0-holding-hands-gentler").referral


def test_non_touch_steps_carry_no_referral() -> None:
    plan = plan_for("adult", "single")
    assert not plan.step("daily-checkin").referral
    assert not plan.step("breath-extended-exhale").referral


def test_late_sensate_stages_ask_first_about_a_therapist_when_self_guided_or_trauma_informed() -> (
    None
):
    asked = quiet = 0
    for plan in PLANS:
        p = plan.profile
        for step in plan.steps:
            if step.pillar is not Pillar.EMBODIMENT or not LATE_STAGES.search(step.title):
                continue
            assert step.referral, step.id
            if not p.clinician_involved or p.trauma_informed:
                assert step.asks_first == "therapist_involved", (p, step.id)
                asked += 1
            else:
                assert step.asks_first == "", (p, step.id)
                quiet += 1
    assert asked > 50 and quiet > 20


def test_early_sensate_stages_never_ask_about_a_therapist() -> None:
    plan = plan_for("adult", "partnered", trauma=True)
    assert plan.step("sf-stage-1-turns").asks_first == ""
    assert plan.step("sf-stage-3-inclusive-gentler").asks_first == "therapist_involved"


def test_every_step_about_contact_with_an_ex_asks_first_whether_contact_is_safe() -> None:
    found = 0
    for plan in PLANS:
        for step in plan.steps:
            if re.search(r"\byour ex\b", step.title, re.I):
                assert step.asks_first == "ex_contact_safe", step.id
                found += 1
    assert found > 20


def test_the_new_fields_survive_storage_and_old_stored_plans_get_them() -> None:
    plan = plan_for("midlife", "partnered", trauma=True)
    assert plan_from_dict(json.loads(json.dumps(plan_to_dict(plan)))) == plan
    old = plan_to_dict(plan)
    for phase in old["phases"]:
        for step in phase["steps"]:
            for key in ("consent", "referral", "asks_first"):
                step.pop(key)
    del old["profile"]["clinician_involved"]
    assert plan_from_dict(old).steps == plan.steps


def test_cli_json_adds_the_fields_and_with_clinician_stops_asking(
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--life-stage", "adult", "--relationship", "partnered", "--json"]
    assert main(base) == 0
    steps = {
        s["id"]: s for ph in json.loads(capsys.readouterr().out)["phases"] for s in ph["steps"]
    }
    assert steps["sf-stage-3-inclusive"]["asks_first"] == "therapist_involved"
    assert "No step is owed" in steps["sf-stage-3-inclusive"]["consent"]
    assert main([*base, "--with-clinician"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["profile"]["clinician_involved"] is True
    steps = {s["id"]: s for ph in data["phases"] for s in ph["steps"]}
    assert steps["sf-stage-3-inclusive"]["asks_first"] == ""


def test_a_profile_flag_that_is_not_true_or_false_is_refused() -> None:
    with pytest.raises(ValueError, match="clinician_involved"):
        make_profile(life_stage="adult", relationship="single", clinician_involved="yes")


def test_consent_and_referral_wording_never_shames() -> None:
    shaming = re.compile(r"\bfail|should have|\bperform|\bmust\b|\bnormal\b|\bimpoten", re.I)
    for plan in PLANS[:60]:
        for step in plan.steps:
            assert not shaming.search(f"{step.consent} {step.referral}"), step.id

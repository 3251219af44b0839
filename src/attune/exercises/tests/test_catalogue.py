"""The exercises as data: steps with counts, trauma-informed guidance, honest sources."""

from __future__ import annotations

import re

import pytest
from django.utils.translation import override

from attune.exercises.catalogue import EXERCISES, Phase, minutes_for

REQUIRED = {
    "box-breathing",
    "extended-exhale",
    "progressive-muscle-relaxation",
    "grounding-5-4-3-2-1",
    "body-scan",
    "mindful-sensuality",
}
# Containment skills (issue 18): the seed model's "safe dissociation".
CONTAINMENT = {"safe-place", "container"}


def test_the_six_exercises_of_the_issue_are_there() -> None:
    assert set(EXERCISES) == REQUIRED | CONTAINMENT
    for slug in EXERCISES:
        assert re.fullmatch(r"[a-z0-9-]+", slug)


@pytest.mark.parametrize("slug", sorted(REQUIRED | CONTAINMENT))
def test_declared_minutes_match_the_steps(slug: str) -> None:
    exercise = EXERCISES[slug]
    assert exercise.minutes == minutes_for(exercise.total_seconds)
    assert all(step.seconds > 0 for step in exercise.steps)
    assert all(str(step.text).strip() for step in exercise.steps)


@pytest.mark.parametrize("slug", sorted(REQUIRED | CONTAINMENT))
def test_every_exercise_carries_trauma_informed_guidance(slug: str) -> None:
    with override("en"):
        guidance = " ".join(str(line) for line in EXERCISES[slug].all_guidance).lower()
    assert "eyes open" in guidance
    assert "stop at any time" in guidance
    assert "ground yourself first" in guidance
    assert "in charge of the pace" in guidance


def test_sources_are_named_or_honestly_absent() -> None:
    with override("en"):
        source = {slug: str(e.source) for slug, e in EXERCISES.items()}
    assert "Jacobson" in source["progressive-muscle-relaxation"]
    assert "1938" in source["progressive-muscle-relaxation"]
    assert "no single academic origin" in source["box-breathing"]
    assert "widely taught paced-breathing" in source["box-breathing"]
    assert "no single academic origin" in source["grounding-5-4-3-2-1"]
    assert "Kabat-Zinn" in source["body-scan"]
    assert "sensate focus" in source["mindful-sensuality"]
    assert "not a published protocol" in source["mindful-sensuality"]


def test_breathing_exercises_pace_the_breath_and_repeat() -> None:
    box = EXERCISES["box-breathing"]
    cycle = next(block for block in box.blocks if block.rounds > 1)
    assert [(s.phase, s.seconds) for s in cycle.steps] == [
        (Phase.EXPAND, 4),
        (Phase.FULL, 4),
        (Phase.CONTRACT, 4),
        (Phase.EMPTY, 4),
    ]
    exhale = EXERCISES["extended-exhale"]
    cycle = next(block for block in exhale.blocks if block.rounds > 1)
    breath_in, breath_out = cycle.steps
    assert breath_out.seconds > breath_in.seconds


def test_mindful_sensuality_is_not_about_performance() -> None:
    with override("en"):
        exercise = EXERCISES["mindful-sensuality"]
        words = " ".join(
            [str(exercise.intro), *(str(g) for g in exercise.guidance)]
            + [str(s.text) for s in exercise.steps]
        ).lower()
    assert "not about arousal or performance" in words
    assert "no goal" in words
    for pressure in ("orgasm", "perform well", "should feel aroused", "partner"):
        assert pressure not in words


def test_every_exercise_starts_grounded() -> None:
    with override("en"):
        for exercise in EXERCISES.values():
            first = str(exercise.steps[0].text).lower()
            assert any(w in first for w in ("feet", "look around", "room", "gaze")), exercise.slug


@pytest.mark.parametrize("slug", sorted(CONTAINMENT))
def test_containment_skills_offer_eyes_open_stop_any_time_and_a_shorter_version(
    slug: str,
) -> None:
    exercise = EXERCISES[slug]
    assert exercise.kind == "containment" and exercise.has_short_version
    with override("en"):
        guidance = " ".join(str(line) for line in exercise.all_guidance).lower()
        source = str(exercise.source)
    assert "eyes open" in guidance and "stop at any time" in guidance
    assert "shorter version" in guidance
    assert "Shapiro" in source and "Boon" in source and "not a treatment" in source
    short = [step for block in exercise.blocks_for(short=True) for step in block.steps]
    assert 0 < len(short) < len(exercise.steps)
    assert not any(step.optional for step in short)
    # The shorter version still starts and ends in the room.
    assert short[0] == exercise.steps[0] and short[-1] == exercise.steps[-1]


def test_exercises_without_optional_steps_have_no_shorter_version() -> None:
    exercise = EXERCISES["box-breathing"]
    assert not exercise.has_short_version
    assert exercise.blocks_for(short=True) == exercise.blocks

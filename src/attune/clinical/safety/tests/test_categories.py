"""Each category of risk language is found, labelled and levelled as documented."""

from __future__ import annotations

import pytest

from attune.clinical.safety import screen_text

CASES = [
    # explicit ideation and intent: high
    ("i want to kill myself", "suicidal_ideation", "high"),
    ("im gonna kms", "suicidal_ideation", "high"),
    ("i want to end my life", "suicidal_ideation", "high"),
    ("i want to take my own life", "suicidal_ideation", "high"),
    ("i just wanna die", "suicidal_ideation", "high"),
    ("i'd be better off dead", "suicidal_ideation", "high"),
    ("feeling really suicidal tonight", "suicidal_ideation", "high"),
    ("im sucidal again", "suicidal_ideation", "high"),
    ("i want to unalive myself", "suicidal_ideation", "high"),
    # passive and indirect ideation: possible
    ("i don't want to be here anymore", "passive_ideation", "possible"),
    ("everyone would be better off without me", "passive_ideation", "possible"),
    ("i wish i could disappear forever", "passive_ideation", "possible"),
    ("i wish i wouldn't wake up", "passive_ideation", "possible"),
    ("i have no reason to live", "passive_ideation", "possible"),
    ("i cant go on", "passive_ideation", "possible"),
    ("what's the point of living", "passive_ideation", "possible"),
    ("i'm a burden to everyone", "passive_ideation", "possible"),
    ("i'm so tired of living", "passive_ideation", "possible"),
    ("nobody would even notice if i was gone", "passive_ideation", "possible"),
    ("i just want it all to stop", "passive_ideation", "possible"),
    ("i cant do this anymore", "passive_ideation", "possible"),
    # self-harm: current acts and urges are high
    ("i cut myself again last night", "self_harm", "high"),
    ("i want to hurt myself", "self_harm", "high"),
    ("i burned myself with a lighter", "self_harm", "high"),
    ("i keep hitting myself", "self_harm", "high"),
    ("i've been self-harming", "self_harm", "high"),
    ("i scratched my arms until they bled", "self_harm", "high"),
    # plans and means: high
    ("i've been stockpiling my meds", "plan_or_means", "high"),
    ("i bought a lot of pills", "plan_or_means", "high"),
    ("i wrote a suicide note", "plan_or_means", "high"),
    ("i've written goodbye letters to my family", "plan_or_means", "high"),
    ("i've been giving away my things", "plan_or_means", "high"),
    ("i have a plan to kill myself", "plan_or_means", "high"),
    ("i want to hang myself", "plan_or_means", "high"),
    ("i'm going to jump off a bridge", "plan_or_means", "high"),
    ("i'm going to overdose", "plan_or_means", "high"),
    ("looking up painless ways to die", "plan_or_means", "high"),
    # farewells: high
    ("this is goodbye", "farewell", "high"),
    ("i won't be around much longer", "farewell", "high"),
    ("by the time you read this i'll be gone", "farewell", "high"),
]


@pytest.mark.parametrize(("text", "category", "level"), CASES)
def test_phrase_is_found_with_its_category_and_level(text: str, category: str, level: str) -> None:
    result = screen_text(text)
    found = [(m.category, m.level) for m in result.matches]
    assert (category, level) in found, (text, found)
    assert result.risk == "high" if level == "high" else result.risk in ("possible", "high")


def test_match_reports_rule_id_and_original_span() -> None:
    text = "Honestly, I want to KILL myself."
    match = screen_text(text).matches[0]
    assert match.pattern_id == "si.kill_self"
    assert match.text == "KILL myself"
    assert text[match.start : match.end] == match.text


def test_plan_alongside_passive_ideation_raises_overall_risk_to_high() -> None:
    result = screen_text("i cant go on. ive been stockpiling")
    assert {m.category for m in result.matches} == {"passive_ideation", "plan_or_means"}
    assert all(m.level == "possible" for m in result.matches)
    assert result.risk == "high"


def test_empty_and_blank_text_is_none() -> None:
    assert screen_text("").risk == "none"
    assert screen_text("   \n\t ").risk == "none"
    assert screen_text("").matches == []

"""Rules as data (issue 14): every rule has an example it must match and an everyday twin it
must not (``lexicon/examples.json``, proposed by ``lexicon/mine_examples.py`` from the phrase
sets: the shortest phrase a rule fires on, and the nearest everyday phrase it does not)."""

from __future__ import annotations

import json

import pytest

from attune.clinical.safety import harm
from attune.clinical.safety.lexicon import RULES
from attune.clinical.safety.lexicon.mine_examples import EXAMPLES_PATH, compiled
from attune.clinical.safety.normalise import normalise

EXAMPLES: dict[str, dict[str, str]] = json.loads(EXAMPLES_PATH.read_text(encoding="utf-8"))["rules"]
PATTERNS = {r.id: compiled(r.pattern) for r in RULES} | {
    r.id: compiled(r.pattern, expand_macros=False) for r in harm.HARM_RULES
}


def test_every_rule_has_an_example_and_a_twin_and_no_stale_entries() -> None:
    assert set(EXAMPLES) == set(PATTERNS)
    assert len(PATTERNS) == len(RULES) + len(harm.HARM_RULES)  # ids are unique


def test_every_rule_matches_its_example_and_not_its_twin() -> None:
    wrong: list[str] = []
    for rule_id, rx in PATTERNS.items():
        case = EXAMPLES[rule_id]
        if not rx.search(normalise(case["example"]).text):
            wrong.append(f"{rule_id} misses its example {case['example']!r}")
        if not case["twin"] or rx.search(normalise(case["twin"]).text):
            wrong.append(f"{rule_id} fires on its twin {case['twin']!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("rule", harm.HARM_RULES, ids=lambda r: r.id)
def test_harm_rule_examples_are_disclosures(rule: harm.HarmRule) -> None:
    found = harm.find_harm(EXAMPLES[rule.id]["example"])
    assert rule.id in {h.rule.id for h in found}

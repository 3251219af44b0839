"""Mine each rule's example and everyday twin.

Run ``python -m attune.clinical.safety.lexicon.mine_examples``.

For every rule of ``RULES`` (and the harm rules): the *example* is the shortest phrase of the
phrase sets on which its pattern fires; the *twin* is the everyday phrase nearest to the
example in words (Jaccard) on which it does not. Written to ``examples.json``; a rule with no
example fires on nothing we have and is listed under ``never_fires`` (to remove). A dev tool:
``test_rule_examples.py`` checks the file, this script only proposes it.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from attune.clinical.safety import harm
from attune.clinical.safety.lexicon import RULES, expand
from attune.clinical.safety.normalise import normalise

EXAMPLES_PATH = Path(__file__).parent / "examples.json"
_WORD = re.compile(r"[a-z0-9]+")


def compiled(pattern: str, *, expand_macros: bool = True) -> re.Pattern[str]:
    body = expand(pattern) if expand_macros else pattern
    return re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])")


def _phrases() -> tuple[list[str], list[str]]:
    from attune.clinical.safety.classifier.corpus import load
    from attune.clinical.safety.tests import (
        heldout_phrases,
        phrases,
        probe_round10,
        probe_round10_blind,
        probe_round10_e,
        probe_round10_f,
        tuning_phrases,
    )

    risk: list[str] = []
    everyday: list[str] = []
    for mod in (
        phrases,
        heldout_phrases,
        tuning_phrases,
        probe_round10,
        probe_round10_blind,
        probe_round10_e,
        probe_round10_f,
    ):
        for name, value in vars(mod).items():
            if not isinstance(value, tuple) or not value:
                continue
            items = [v[0] if isinstance(v, tuple) else v for v in value]
            if not all(isinstance(v, str) for v in items):
                continue
            (everyday if "EVERYDAY" in name else risk).extend(items)
    # String literals of the tests (parametrised cases): candidates for examples only.
    tests = Path(__file__).parent.parent / "tests"
    for path in sorted(tests.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if literal and 3 <= len(str(node.value).split()) <= 40:  # type: ignore[attr-defined]
                risk.append(str(node.value))  # type: ignore[attr-defined]
    for ex in load():
        if len(ex.text) > 200:
            continue
        if ex.risk == 1 or ex.harm == 1:
            risk.append(ex.text)
        elif ex.risk == 0 and (ex.harm in (0, None)):
            everyday.append(ex.text)
    return sorted(set(risk)), sorted(set(everyday))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def mine() -> dict[str, object]:
    risk, everyday = _phrases()
    norm = {t: normalise(t).text for t in risk + everyday}
    every_words = [(t, _words(t)) for t in everyday]
    rules = [(r.id, compiled(r.pattern)) for r in RULES]
    rules += [(r.id, compiled(r.pattern, expand_macros=False)) for r in harm.HARM_RULES]
    out: dict[str, dict[str, str]] = {}
    never: list[str] = []
    for rule_id, rx in rules:
        fired = sorted(
            (t for t in risk + everyday if rx.search(norm[t])), key=lambda t: (len(t), t)
        )
        if not fired:
            never.append(rule_id)
            continue
        example = fired[0]
        ew = _words(example)
        ranked = sorted(
            every_words, key=lambda tw: (-len(ew & tw[1]) / max(1, len(ew | tw[1])), tw[0])
        )
        twin = next((t for t, _ in ranked if not rx.search(norm[t])), "")
        out[rule_id] = {"example": example, "twin": twin}
    return {"rules": out, "never_fires": never}


def main() -> int:
    data = mine()
    EXAMPLES_PATH.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(data['rules'])} rules with examples; never fire: {data['never_fires']}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure the whole screen (lexicon + classifier) on a labelled JSON-lines set.

``python -m attune.clinical.safety.classifier.evaluate [FILE ...]``: with no file, the
corpus's validation split (never trained on). Each line: ``text``, ``context`` and ``risk``
(none / possible / high) and/or ``harm`` (none / possible / disclosed). Prints recall and
false-alarm rate per concern; a text counts as flagged for self-harm when ``risk`` is not
none, for harm when ``harm_from_others`` is not none.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from attune.clinical.safety.classifier.corpus import load
from attune.clinical.safety.screening import screen_text


def _rows(paths: list[str]) -> list[dict[str, str]]:
    if not paths:
        rows = []
        for ex in load():
            if ex.split != "validation" or ex.source == "exemplars.jsonl":
                continue
            row = {"text": ex.text, "context": ex.context}
            if ex.risk is not None:
                row["risk"] = "possible" if ex.risk else "none"
            if ex.harm is not None:
                row["harm"] = "possible" if ex.harm else "none"
            rows.append(row)
        return rows
    out = []
    for p in paths:
        out += [
            json.loads(x) for x in Path(p).read_text(encoding="utf-8").splitlines() if x.strip()
        ]
    return out


def measure(rows: list[dict[str, str]], show_errors: bool = False) -> dict[str, dict[str, float]]:
    counts = {c: {"tp": 0, "pos": 0, "fp": 0, "neg": 0} for c in ("risk", "harm")}
    for row in rows:
        r = screen_text(row["text"], context=row.get("context", "free"))
        got = {"risk": r.risk != "none", "harm": r.harm_from_others != "none"}
        for concern in ("risk", "harm"):
            label = row.get(concern)
            if label is None:
                continue
            c = counts[concern]
            if label != "none":
                c["pos"] += 1
                c["tp"] += got[concern]
            else:
                c["neg"] += 1
                c["fp"] += got[concern]
            if show_errors and got[concern] != (label != "none"):
                print(concern, label, row.get("context"), "|", row["text"][:160], file=sys.stderr)
    return {
        k: {
            "recall": round(v["tp"] / v["pos"], 3) if v["pos"] else 0.0,
            "false_alarm_rate": round(v["fp"] / v["neg"], 3) if v["neg"] else 0.0,
            "positives": v["pos"],
            "negatives": v["neg"],
        }
        for k, v in counts.items()
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    show = "--errors" in args
    paths = [a for a in args if a != "--errors"]
    print(json.dumps(measure(_rows(paths), show_errors=show), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

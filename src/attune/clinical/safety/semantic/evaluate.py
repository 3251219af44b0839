"""Measure the semantic layer: ``python -m attune.clinical.safety.semantic.evaluate [heldout]``.

Without arguments: the tuning sets, each scored against exemplars from the *other* sets only
(its own set's exemplars masked out), so the figures say how the layer does on wording it has
not seen. This is the only data thresholds in ``layer.py`` were chosen on. With the veto of
``combine.py`` and without it.

With ``heldout``: the held-out sets (round-10 blind, e and f), lexicon alone and lexicon plus
semantic layer. They are never exemplars; run this to measure, not to tune.
"""

from __future__ import annotations

import json
import sys

import numpy as np

from attune.clinical.safety.screening import screen_lexicon, screen_text
from attune.clinical.safety.semantic import layer
from attune.clinical.safety.semantic.build import EXEMPLARS_PATH, _sources
from attune.clinical.safety.semantic.combine import VETO_REASONS
from attune.clinical.safety.semantic.encoder import get_encoder
from attune.clinical.safety.semantic.segments import segments


def _flags(texts: tuple[str, ...], source: str, sources: np.ndarray, veto: bool) -> list[bool]:
    table = layer.get_table()
    out = []
    for text in texts:
        pieces = segments(text)
        if not pieces:
            out.append(False)
            continue
        exclude = np.broadcast_to(sources == source, (len(pieces), len(sources)))
        scores = table.score(get_encoder().embed([p.text for p in pieces]), exclude)
        counted = layer.counts(scores)
        if veto:
            held = screen_lexicon(text).suppressed
            for i, p in enumerate(pieces):
                if any(
                    s.reason in VETO_REASONS and s.start < p.end and p.start < s.end for s in held
                ):
                    counted[i] = False
        out.append(bool(counted.any()))
    return out


def tuning_report() -> None:
    data = json.loads(EXEMPLARS_PATH.read_text(encoding="utf-8"))["exemplars"]
    sources = np.array([ex["source"] for ex in data])
    risk, everyday = _sources()
    for veto in (True, False):
        hits = alarms = n_risk = n_everyday = 0
        for source in risk:
            r = _flags(risk[source], source, sources, veto)
            e = _flags(everyday[source], source, sources, veto)
            print(f"  {source:28} recall {np.mean(r):.3f}  false-positive rate {np.mean(e):.3f}")
            hits, n_risk = hits + sum(r), n_risk + len(r)
            alarms, n_everyday = alarms + sum(e), n_everyday + len(e)
        print(
            f"semantic alone, veto={veto}: recall {hits}/{n_risk} = {hits / n_risk:.3f}, "
            f"false-positive rate {alarms}/{n_everyday} = {alarms / n_everyday:.3f}"
        )


def heldout_report() -> None:
    from attune.clinical.safety.tests import probe_round10_blind as d
    from attune.clinical.safety.tests import probe_round10_e as e
    from attune.clinical.safety.tests import probe_round10_f as f

    sets = {
        "blind (d)": (d.BLIND_RISK, d.BLIND_EVERYDAY),
        "e": (e.E_RISK, e.E_EVERYDAY),
        "f": (f.F_RISK, f.F_EVERYDAY),
    }
    for name, (risk, everyday) in sets.items():
        for label, semantic in (("lexicon", False), ("lexicon+semantic", True)):
            rec = np.mean([screen_text(t, semantic=semantic).risk != "none" for t in risk])
            fpr = np.mean([screen_text(t, semantic=semantic).risk != "none" for t in everyday])
            print(f"{name:10} {label:17} recall {rec:.3f}  false-positive rate {fpr:.3f}")


if __name__ == "__main__":
    heldout_report() if sys.argv[1:] == ["heldout"] else tuning_report()

"""A small, cited list of medicines known to affect desire, for suggestions while typing.

Pure Python. The medication timeline lets a person write any name; this list only offers
common names as they type and tells the plan hook which names are antidepressants, so the
page can ask "Is this an antidepressant? Use this in your plan?" (the person confirms; a name
on the list is never treated as an antidepressant without that answer).

Sources
* Serretti A, Chiesa A (2009). Treatment-emergent sexual dysfunction related to
  antidepressants: a meta-analysis. J Clin Psychopharmacol 29(3):259-266. Rates of sexual
  dysfunction ranged from 25.8 % to 80.3 %; highest for sertraline, venlafaxine, citalopram,
  paroxetine and fluoxetine; agomelatine, bupropion, mirtazapine, moclobemide and nefazodone
  did not differ from placebo.
* Vortioxetine did not differ from placebo in trials (dose-dependent, unconfirmed), as
  summarised in attune's clinical notes (CLINICAL.md, "Antidepressants and desire").
* Montejo AL, Montejo L, Baldwin DS (2018). The impact of severe mental disorders and
  psychotropic medications on sexual health and its implications for clinical management.
  World Psychiatry 17(1):3-11. Antipsychotics that raise prolactin (e.g. risperidone,
  paliperidone, haloperidol) are linked to more sexual side effects than
  prolactin-sparing ones (e.g. aripiprazole).

"Other" entries are offered as suggestions only: the list does not rank them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["antidepressant", "other"]
# What the cited sources say about sexual side effects of the medicine, in one word:
# "higher" (among the highest rates), "placebo" (did not differ from placebo), "unclear"
# (not separated out in the sources above), "prolactin" (a prolactin-raising antipsychotic).
Evidence = Literal["higher", "placebo", "unclear", "prolactin", "prolactin_sparing"]

SERRETTI_CHIESA_2009 = "Serretti & Chiesa 2009"
MONTEJO_2018 = "Montejo, Montejo & Baldwin 2018"
CLINICAL_NOTES = "CLINICAL.md (trial summaries)"


@dataclass(frozen=True)
class Medicine:
    name: str  # the generic (international non-proprietary) name
    kind: Kind
    evidence: Evidence
    source: str
    brands: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.brands)


MEDICINES: tuple[Medicine, ...] = (
    # Antidepressants with among the highest rates (Serretti & Chiesa 2009).
    Medicine("sertraline", "antidepressant", "higher", SERRETTI_CHIESA_2009, ("Zoloft", "Lustral")),
    Medicine("venlafaxine", "antidepressant", "higher", SERRETTI_CHIESA_2009, ("Effexor",)),
    Medicine(
        "citalopram", "antidepressant", "higher", SERRETTI_CHIESA_2009, ("Celexa", "Cipramil")
    ),
    Medicine("paroxetine", "antidepressant", "higher", SERRETTI_CHIESA_2009, ("Paxil", "Seroxat")),
    Medicine("fluoxetine", "antidepressant", "higher", SERRETTI_CHIESA_2009, ("Prozac",)),
    # Antidepressants that did not differ from placebo (Serretti & Chiesa 2009).
    Medicine("agomelatine", "antidepressant", "placebo", SERRETTI_CHIESA_2009, ("Valdoxan",)),
    Medicine("bupropion", "antidepressant", "placebo", SERRETTI_CHIESA_2009, ("Wellbutrin",)),
    Medicine("mirtazapine", "antidepressant", "placebo", SERRETTI_CHIESA_2009, ("Remeron",)),
    Medicine("moclobemide", "antidepressant", "placebo", SERRETTI_CHIESA_2009),
    Medicine("nefazodone", "antidepressant", "placebo", SERRETTI_CHIESA_2009),
    Medicine(
        "vortioxetine", "antidepressant", "placebo", CLINICAL_NOTES, ("Trintellix", "Brintellix")
    ),
    # Common antidepressants the sources above do not separate out.
    Medicine("escitalopram", "antidepressant", "unclear", "", ("Lexapro", "Cipralex")),
    Medicine("duloxetine", "antidepressant", "unclear", "", ("Cymbalta",)),
    Medicine("trazodone", "antidepressant", "unclear", ""),
    Medicine("amitriptyline", "antidepressant", "unclear", ""),
    Medicine("clomipramine", "antidepressant", "unclear", "", ("Anafranil",)),
    # Antipsychotics (Montejo et al. 2018).
    Medicine("risperidone", "other", "prolactin", MONTEJO_2018),
    Medicine("paliperidone", "other", "prolactin", MONTEJO_2018),
    Medicine("haloperidol", "other", "prolactin", MONTEJO_2018),
    Medicine("aripiprazole", "other", "prolactin_sparing", MONTEJO_2018),
)

_BY_NAME: dict[str, Medicine] = {
    " ".join(name.split()).casefold(): medicine for medicine in MEDICINES for name in medicine.names
}


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def find(name: str) -> Medicine | None:
    """The listed medicine a typed name means: its generic or a brand name, any case, or the
    name followed by more words ("Sertraline 50mg tablets")."""
    key = _key(name)
    if key in _BY_NAME:
        return _BY_NAME[key]
    first = key.split(" ", 1)[0] if key else ""
    return _BY_NAME.get(first)


def is_listed_antidepressant(name: str) -> bool:
    found = find(name)
    return found is not None and found.kind == "antidepressant"


def suggestions() -> list[str]:
    """Every name to offer while typing (generic names, then brand names), sorted."""
    generic = sorted(m.name for m in MEDICINES)
    brands = sorted(brand for m in MEDICINES for brand in m.brands)
    return generic + brands

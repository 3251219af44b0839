"""The shipped medicine list: typed names (generic or brand, any case, with a dose after
them) find their entry; only antidepressants are offered to the plan question."""

from __future__ import annotations

from attune.clinical.medications import MEDICINES, find, is_listed_antidepressant, suggestions


def test_generic_and_brand_names_find_the_same_medicine_in_any_case() -> None:
    assert find("Zoloft") == find("sertraline") == find("  SERTRALINE 50mg tablets ")
    sertraline = find("Lustral")
    assert sertraline is not None and sertraline.evidence == "higher"


def test_only_antidepressants_count_for_the_plan_question() -> None:
    assert is_listed_antidepressant("Wellbutrin")
    assert is_listed_antidepressant("escitalopram")
    assert not is_listed_antidepressant("risperidone")
    assert not is_listed_antidepressant("Vitamin D")
    assert not is_listed_antidepressant("")


def test_placebo_level_antidepressants_match_serretti_and_chiesa_2009() -> None:
    placebo = {m.name for m in MEDICINES if m.evidence == "placebo"}
    assert placebo == {
        "agomelatine",
        "bupropion",
        "mirtazapine",
        "moclobemide",
        "nefazodone",
        "vortioxetine",
    }
    higher = {m.name for m in MEDICINES if m.evidence == "higher"}
    assert higher == {"sertraline", "venlafaxine", "citalopram", "paroxetine", "fluoxetine"}


def test_every_name_is_suggested_once() -> None:
    names = suggestions()
    assert len(names) == len({n.casefold() for n in names})
    assert "Prozac" in names and "fluoxetine" in names

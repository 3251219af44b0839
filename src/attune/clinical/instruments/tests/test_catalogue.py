"""The declarations are consistent with each other and with shared/INSTRUMENTS.md."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from attune.clinical.instruments import INSTRUMENTS, get_instrument
from attune.clinical.instruments.model import Direction

BAND_IDS = {
    "phq9": ["minimal", "mild", "moderate", "moderately_severe", "severe"],
    "phq2": ["negative", "positive"],
    "gad7": ["minimal", "mild", "moderate", "severe"],
    "who5": ["likely_depression", "poor_wellbeing", "adequate"],
    "ucla3": ["not_lonely", "lonely"],
    "djg6": ["not_lonely", "moderately_lonely", "severely_lonely"],
    "asex": ["no_dysfunction", "dysfunction"],
    "csi4": ["dissatisfied", "satisfied"],
    "scs_sf": ["low", "moderate", "high"],
    "vq": [],
}


def test_catalogue_holds_the_ten_instruments() -> None:
    assert sorted(INSTRUMENTS) == sorted(BAND_IDS)


@pytest.mark.parametrize("instrument_id", sorted(BAND_IDS))
def test_band_ids_are_exactly_those_of_the_contract(instrument_id: str) -> None:
    assert [b.id for b in get_instrument(instrument_id).bands] == BAND_IDS[instrument_id]


@pytest.mark.parametrize("instrument_id", ["phq9", "phq2", "gad7", "ucla3", "csi4", "asex"])
def test_sum_instrument_total_range_is_the_sum_of_item_ranges(instrument_id: str) -> None:
    instrument = get_instrument(instrument_id)
    low = sum(i.min_code for i in instrument.items)
    high = sum(i.max_code for i in instrument.items)
    assert instrument.total_range == (low, high)


@pytest.mark.parametrize(
    ("instrument_id", "values"),
    [
        ("phq9", range(28)),
        ("phq2", range(7)),
        ("gad7", range(22)),
        ("ucla3", range(3, 10)),
        ("djg6", range(7)),
        ("csi4", range(22)),
        ("who5", range(0, 101, 4)),
        ("scs_sf", [n / 12 for n in range(12, 61)]),
    ],
)
def test_every_reachable_value_falls_in_exactly_one_band(
    instrument_id: str, values: Iterable[float]
) -> None:
    bands = get_instrument(instrument_id).bands
    for value in values:
        assert sum(band.contains(value) for band in bands) == 1, value


@pytest.mark.parametrize(
    ("instrument_id", "lines"),
    [
        ("phq9", (4.5, 9.5, 14.5, 19.5)),
        ("phq2", (2.5,)),
        ("gad7", (4.5, 9.5, 14.5)),
        ("who5", (28, 50)),
        ("ucla3", (5.5,)),
        ("djg6", (1.5, 4.5)),
        ("csi4", (13.5,)),
        ("scs_sf", (2.5, 3.5)),
        ("asex", ()),
        ("vq", ()),
    ],
)
def test_chart_band_lines_come_from_the_band_declarations(
    instrument_id: str, lines: tuple[float, ...]
) -> None:
    assert get_instrument(instrument_id).band_lines() == lines


def test_scoring_versions_are_unique_and_named_after_the_instrument() -> None:
    versions = [i.scoring_version for i in INSTRUMENTS.values()]
    assert len(set(versions)) == len(versions)
    for instrument in INSTRUMENTS.values():
        assert instrument.scoring_version.startswith(f"{instrument.id}-")


def test_phq9_item9_is_the_critical_item() -> None:
    assert get_instrument("phq9").critical_items == (9,)
    others = [i for i in INSTRUMENTS.values() if i.id != "phq9"]
    assert all(i.critical_items == () for i in others)


def test_phq9_and_gad7_loinc_codes() -> None:
    phq9 = get_instrument("phq9")
    assert phq9.loinc is not None
    assert (phq9.loinc.panel, phq9.loinc.total) == ("44249-1", "44261-6")
    assert [i.loinc for i in phq9.items] == [
        "44250-9",
        "44255-8",
        "44259-0",
        "44254-1",
        "44251-7",
        "44258-2",
        "44252-5",
        "44253-3",
        "44260-8",
    ]
    gad7 = get_instrument("gad7")
    assert gad7.loinc is not None
    assert (gad7.loinc.panel, gad7.loinc.total) == ("69737-5", "70274-6")
    assert [i.loinc for i in gad7.items] == [
        "69725-0",
        "68509-9",
        "69733-4",
        "69734-2",
        "69735-9",
        "69689-8",
        "69736-7",
    ]
    assert dict(phq9.loinc.answers) == {
        0: "LA6568-5",
        1: "LA6569-3",
        2: "LA6570-1",
        3: "LA6571-9",
    }


@pytest.mark.parametrize("instrument_id", ["who5", "ucla3", "djg6", "asex", "csi4", "scs_sf", "vq"])
def test_no_invented_loinc_codes(instrument_id: str) -> None:
    instrument = get_instrument(instrument_id)
    assert instrument.loinc is None
    assert all(item.loinc is None for item in instrument.items)


def test_licences_gate_what_needs_permission() -> None:
    gated = {i.id for i in INSTRUMENTS.values() if i.licence.requires_permission}
    assert gated == {"djg6", "asex"}
    who5 = get_instrument("who5").licence
    assert who5.non_commercial_only
    assert "CC BY-NC-SA 3.0 IGO" in who5.text


def test_every_instrument_has_a_citation_and_licence_text() -> None:
    for instrument in INSTRUMENTS.values():
        assert instrument.citation.authors
        assert 1990 < instrument.citation.year < 2030
        assert instrument.citation.journal
        assert instrument.licence.text


def test_directions_match_what_better_means() -> None:
    lower = {"phq9", "phq2", "gad7", "ucla3", "djg6", "asex"}
    higher = {"who5", "csi4", "scs_sf"}
    for instrument in INSTRUMENTS.values():
        if instrument.id in lower:
            assert instrument.direction is Direction.LOWER_IS_BETTER
        elif instrument.id in higher:
            assert instrument.direction is Direction.HIGHER_IS_BETTER
        else:
            assert instrument.direction is None


def test_reliable_change_norms_carry_their_sources() -> None:
    for instrument in INSTRUMENTS.values():
        norms = instrument.norms
        sourced = [norms.sd, norms.reliability, norms.cutoff, norms.functional, norms.dysfunctional]
        for value in sourced:
            assert value is None or value.source
    phq9 = get_instrument("phq9").norms
    assert phq9.sd is not None
    assert phq9.reliability is not None
    assert (phq9.sd.value, phq9.reliability.value) == (5.5, 0.84)
    assert phq9.functional is not None
    assert (phq9.functional.mean, phq9.functional.sd) == (2.91, 3.5)


def test_time_frames_for_the_two_week_instruments() -> None:
    for instrument_id in ("phq9", "phq2", "gad7"):
        assert get_instrument(instrument_id).time_frame == "Over the last 2 weeks"
    assert get_instrument("who5").time_frame == "Over the last two weeks"


def test_answer_codes_span_the_published_ranges() -> None:
    ranges = {
        "phq9": [(0, 3)] * 9,
        "phq2": [(0, 3)] * 2,
        "gad7": [(0, 3)] * 7,
        "who5": [(0, 5)] * 5,
        "ucla3": [(1, 3)] * 3,
        "djg6": [(1, 3)] * 6,
        "asex": [(1, 6)] * 5,
        "csi4": [(0, 6), (0, 5), (0, 5), (0, 5)],
        "scs_sf": [(1, 5)] * 12,
        "vq": [(0, 6)] * 10,
    }
    for instrument_id, expected in ranges.items():
        items = get_instrument(instrument_id).items
        assert [(i.min_code, i.max_code) for i in items] == expected


def test_importing_the_package_does_not_import_django() -> None:
    code = (
        "import sys, attune.clinical.instruments, attune.clinical.instruments.cli, "
        "attune.clinical.instruments.change; "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    src = str(Path(__file__).resolve().parents[4])
    path = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH", "")) if p)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    assert result.stdout.strip() == "False"


def test_djg6_item_groups_cover_all_six_items_once() -> None:
    from attune.clinical.instruments.scoring import DJG6_EMOTIONAL_ITEMS, DJG6_SOCIAL_ITEMS

    assert sorted(itertools.chain(DJG6_EMOTIONAL_ITEMS, DJG6_SOCIAL_ITEMS)) == [1, 2, 3, 4, 5, 6]

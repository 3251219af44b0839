"""Every worked example in shared/INSTRUMENTS.md, through the Python API."""

from __future__ import annotations

import pytest

from attune.clinical.instruments import score


@pytest.mark.parametrize(
    ("instrument", "answers", "total", "band", "subscales", "flags"),
    [
        ("phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild", {}, []),
        ("phq9", [0, 1, 0, 1, 0, 1, 0, 0, 1], 4, "minimal", {}, ["suicidality_item_positive"]),
        ("phq9", [3, 3, 3, 2, 2, 2, 2, 3, 0], 20, "severe", {}, []),
        ("gad7", [1, 1, 1, 1, 0, 0, 0], 4, "minimal", {}, []),
        ("gad7", [3, 2, 2, 2, 2, 2, 2], 15, "severe", {}, []),
        ("who5", [3, 2, 3, 2, 3], 13, "adequate", {"percentage": 52}, []),
        ("who5", [3, 3, 2, 2, 2], 12, "poor_wellbeing", {"percentage": 48}, []),
        ("who5", [1, 2, 1, 2, 1], 7, "likely_depression", {"percentage": 28}, []),
        ("ucla3", [2, 2, 1], 5, "not_lonely", {}, []),
        ("ucla3", [2, 2, 2], 6, "lonely", {}, []),
        ("djg6", [2, 2, 3, 1, 3, 1], 2, "moderately_lonely", {"emotional": 1, "social": 1}, []),
        ("asex", [2, 2, 2, 5, 2], 13, "dysfunction", {}, []),
        ("asex", [4, 4, 3, 3, 3], 17, "no_dysfunction", {}, []),
    ],
)
def test_worked_example_scores_exactly(
    instrument: str,
    answers: list[int],
    total: int,
    band: str,
    subscales: dict[str, int],
    flags: list[str],
) -> None:
    result = score(instrument, answers)
    assert result.instrument == instrument
    assert result.total == total
    assert result.band == band
    assert result.subscales == subscales
    assert result.flags == flags
    assert result.scoring_version == f"{instrument}-1"


def test_phq9_item9_flag_is_raised_whatever_the_total() -> None:
    assert score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 3]).flags == ["suicidality_item_positive"]
    assert score("phq9", [3, 3, 3, 3, 3, 3, 3, 3, 1]).flags == ["suicidality_item_positive"]
    assert score("phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags == []


def test_phq9_total_is_an_integer_and_vq_total_is_none() -> None:
    assert isinstance(score("phq9", [1] * 9).total, int)
    result = score("vq", [0, 1, 2, 3, 4, 5, 6, 0, 1, 2])
    assert result.total is None
    assert result.band is None
    assert result.subscales == {"progress": 16, "obstruction": 8}


def test_vq_subscales_use_the_published_item_groups() -> None:
    progress_only = [0, 0, 6, 6, 6, 0, 6, 0, 6, 0]
    assert score("vq", progress_only).subscales == {"progress": 30, "obstruction": 0}
    obstruction_only = [6 - a for a in progress_only]
    assert score("vq", obstruction_only).subscales == {"progress": 0, "obstruction": 30}


def test_csi4_item1_allows_six_and_the_others_five() -> None:
    assert score("csi4", [6, 5, 5, 5]).total == 21
    assert score("csi4", [0, 0, 0, 0]).total == 0

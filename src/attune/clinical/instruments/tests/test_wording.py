"""Item wording lives in JSON beside the code; deployments can supply licensed wording."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from attune.clinical.instruments import (
    INSTRUMENTS,
    WORDING_DIR_ENV,
    WordingFileError,
    load_wording,
    wording_dir_from_env,
)
from attune.clinical.instruments.wording import NEUTRAL, PUBLISHED

SHIPPED = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("instrument_id", sorted(INSTRUMENTS))
def test_shipped_wording_matches_the_declaration(instrument_id: str) -> None:
    instrument = INSTRUMENTS[instrument_id]
    wording = load_wording(instrument_id)
    assert wording.instrument == instrument_id
    assert [i.number for i in wording.items] == [i.number for i in instrument.items]
    for item_wording, item in zip(wording.items, instrument.items, strict=True):
        assert [o.code for o in item_wording.options] == list(item.codes)
        assert item_wording.text.strip()
    assert wording.origin == f"package data/{instrument_id}.json"


@pytest.mark.parametrize("instrument_id", ["asex", "djg6"])
def test_permission_gated_instruments_ship_neutral_labels_only(instrument_id: str) -> None:
    wording = load_wording(instrument_id)
    assert wording.kind == NEUTRAL
    prefix = {"asex": "ASEX item", "djg6": "DJG-6 item"}[instrument_id]
    for item in wording.items:
        assert item.text.startswith(f"{prefix} {item.number}: ")
    assert INSTRUMENTS[instrument_id].licence.requires_permission


def test_asex_item_1_neutral_label() -> None:
    assert load_wording("asex").items[0].text == "ASEX item 1: drive"


def test_free_instruments_ship_published_wording() -> None:
    for instrument_id in ("phq9", "phq2", "gad7", "who5", "ucla3", "csi4", "scs_sf", "vq"):
        assert load_wording(instrument_id).kind == PUBLISHED


def test_phq9_wording_and_answer_labels() -> None:
    wording = load_wording("phq9")
    assert wording.instructions == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert wording.items[0].text == "Little interest or pleasure in doing things"
    assert wording.items[8].text == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert [o.label for o in wording.items[0].options] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    assert wording.supplementary[0].answers[0] == "Not difficult at all"


def test_who5_labels_run_from_at_no_time_to_all_of_the_time() -> None:
    options = load_wording("who5").items[0].options
    assert (options[0].code, options[0].label) == (0, "At no time")
    assert (options[-1].code, options[-1].label) == (5, "All of the time")


def test_csi4_item1_has_seven_labelled_answers_and_the_others_six() -> None:
    wording = load_wording("csi4")
    assert [len(i.options) for i in wording.items] == [7, 6, 6, 6]
    assert wording.items[0].options[-1].label == "Perfect"


def test_scs_sf_labels_only_the_end_points() -> None:
    labels = [o.label for o in load_wording("scs_sf").items[0].options]
    assert labels == ["Almost never", None, None, None, "Almost always"]


def test_vq_wording_is_marked_for_checking_against_the_published_form() -> None:
    assert load_wording("vq").verified is False
    assert load_wording("phq9").verified is True


def licensed_asex() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SHIPPED / "asex.json").read_text("utf-8"))
    data["wording"] = PUBLISHED
    data["source"] = "Licensed copy held by the deployment."
    for item in data["items"]:
        item["text"] = f"Licensed wording {item['number']}"
    return data


def test_deployment_wording_directory_overrides_the_shipped_file(tmp_path: Path) -> None:
    (tmp_path / "asex.json").write_text(json.dumps(licensed_asex()), "utf-8")
    wording = load_wording("asex", tmp_path)
    assert wording.kind == PUBLISHED
    assert wording.items[0].text == "Licensed wording 1"
    assert wording.origin == str(tmp_path / "asex.json")


def test_deployment_directory_without_the_file_falls_back_to_shipped(tmp_path: Path) -> None:
    assert load_wording("djg6", tmp_path).kind == NEUTRAL


def test_missing_deployment_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WordingFileError, match="does not exist"):
        load_wording("asex", tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d["items"].pop(), "it has 4 items, expected 5"),
        (lambda d: d["answer_sets"]["difficulty"].pop("6"), "label exactly the codes 1 to 6"),
        (lambda d: d.update(instrument="djg6"), "its 'instrument' field is 'djg6'"),
        (lambda d: d.update(wording="official"), "'wording' must be one of"),
        (lambda d: d["items"][2].update(text=""), "item 3's text must be non-empty text"),
        (lambda d: d["items"][1].update(answers="nope"), "item 2 names an unknown answer set"),
    ],
)
def test_malformed_deployment_file_is_refused_with_a_clear_message(
    tmp_path: Path, change: Callable[[dict[str, Any]], object], fragment: str
) -> None:
    data = licensed_asex()
    change(data)
    (tmp_path / "asex.json").write_text(json.dumps(data), "utf-8")
    with pytest.raises(WordingFileError) as caught:
        load_wording("asex", tmp_path)
    assert fragment in str(caught.value)
    assert str(tmp_path / "asex.json") in str(caught.value)


def test_invalid_json_is_refused(tmp_path: Path) -> None:
    (tmp_path / "asex.json").write_text("{not json", "utf-8")
    with pytest.raises(WordingFileError, match="is not valid JSON"):
        load_wording("asex", tmp_path)


def test_wording_directory_comes_from_the_named_environment_variable(tmp_path: Path) -> None:
    assert WORDING_DIR_ENV == "ATTUNE_INSTRUMENT_WORDING_DIR"
    assert wording_dir_from_env({}) is None
    assert wording_dir_from_env({WORDING_DIR_ENV: "  "}) is None
    assert wording_dir_from_env({WORDING_DIR_ENV: str(tmp_path)}) == tmp_path

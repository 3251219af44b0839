from pathlib import Path

from attune.clinical.instruments.catalogue import INSTRUMENTS
from attune.clinical.instruments.reference import render

PAGE = Path(__file__).resolve().parents[5] / "docs" / "instruments.md"


def test_the_committed_reference_page_matches_the_catalogue() -> None:
    assert PAGE.read_text(encoding="utf-8") == render(), (
        "run: python -m attune.clinical.instruments.reference > docs/instruments.md"
    )


def test_every_instrument_is_on_the_page() -> None:
    page = render()
    for instrument_id in INSTRUMENTS:
        assert f"(`{instrument_id}`)" in page

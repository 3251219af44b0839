"""The circle picture is safe, labelled SVG; every gap the rules find has its words and step."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from attune.clinical.plans.vocab import TOOLS
from attune.clinical.support import GAPS
from attune.support import picture
from attune.support.gaps import GAP_STEPS
from attune.support.models import SupportPerson

SVG = "{http://www.w3.org/2000/svg}"


def _people() -> list[SupportPerson]:
    long_name = "Bartholomew-Jones the Third"
    return [
        SupportPerson(pk=1, name="Sam", role="friend", ring=1, frequency="daily"),
        SupportPerson(pk=2, name="<script>x</script>", role="online", ring=3, frequency="weekly"),
        SupportPerson(pk=3, name=long_name, role="family", ring=3, frequency="rarely"),
    ]


def test_the_circle_is_an_image_with_a_title_and_a_description_naming_each_ring() -> None:
    svg = picture.draw(_people())
    root = ET.fromstring(svg)  # noqa: S314 - well-formed XML is part of the contract
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and title.text == "Your support circle"
    assert desc is not None and desc.text is not None
    assert "closest: 1 person (Sam)" in desc.text
    assert "close: 0 people" in desc.text and "further out: 2 people" in desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_names_are_escaped_and_long_ones_shortened_in_the_picture() -> None:
    svg = picture.draw(_people())
    assert "<script>" not in svg and "&lt;script&gt;x" in svg
    texts = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]  # noqa: S314
    assert "Bartholomew…" in texts and "Sam" in texts and "You" in texts


def test_a_clinicians_view_names_the_client_not_you() -> None:
    svg = picture.draw(_people(), own=False)
    assert "The client&#39;s support circle" in svg or "The client's support circle" in svg
    assert ">Client<" in svg


@pytest.mark.parametrize("gap", GAPS)
def test_every_gap_has_words_and_a_step_with_a_real_tool(gap: str) -> None:
    words = GAP_STEPS[gap]
    assert str(words.gap) and str(words.title) and str(words.how)
    assert words.tool in TOOLS
    assert 0 <= words.difficulty <= 100


def test_no_words_for_gaps_the_rules_do_not_know() -> None:
    assert set(GAP_STEPS) == set(GAPS)

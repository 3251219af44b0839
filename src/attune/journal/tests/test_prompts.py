"""The prompt library: every theme is covered, keys are stable, words are kind."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from attune.journal.prompts import BY_KEY, PROMPTS, Category, grouped, prompt_for
from conftest import Cast

UNKIND = ("fail\\w*", "should", "must", "broken", "perform\\w*", "streak", "missed")


def test_every_category_has_at_least_four_prompts() -> None:
    for value, _label, _intro, items in grouped():
        assert len(items) >= 4, value
    assert {p.category for p in PROMPTS} == {str(c) for c in Category}


def test_prompt_keys_are_unique_and_look_up_both_ways() -> None:
    assert len(BY_KEY) == len(PROMPTS)
    assert prompt_for("values-show-up") is BY_KEY["values-show-up"]
    assert prompt_for("no-such-prompt") is None
    assert prompt_for(None) is None


def test_prompts_are_worded_kindly() -> None:
    for prompt in PROMPTS:
        words = f"{prompt.text} {prompt.hint}".lower()
        for unkind in UNKIND:
            assert not re.search(rf"\b{unkind}\b", words), (prompt.key, unkind)


@pytest.mark.django_db
def test_prompt_page_lists_every_prompt_with_a_link_to_write_from_it(cast: Cast) -> None:
    http = Client()
    http.force_login(cast.client)
    html = http.get("/journal/prompts/").content.decode()
    for prompt in PROMPTS:
        assert f"/journal/new/?prompt={prompt.key}" in html
    for category in Category:
        assert str(category.label) in html.replace("&#x27;", "'")

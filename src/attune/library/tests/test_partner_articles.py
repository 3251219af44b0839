"""Psychoeducation for partners: consent, no-pressure closeness, coercion, and help for
someone worried about their own behaviour. Clinical facts as CLINICAL.md states them."""

from __future__ import annotations

import json
import re

import pytest

from attune.library import cli
from attune.library.behaviour_help import BEHAVIOUR_LINES, CHECKED, RESPECT_PHONELINE
from attune.library.catalogue import Article, get_article, list_articles, readable_by

PARTNER_ARTICLES = (
    "no-step-is-owed",
    "what-coercion-looks-like",
    "worried-about-your-own-behaviour",
)
PHONE = re.compile(r"\b0\d{3} ?\d{3} ?\d{4}\b|\b1-?8\d\d-?\d{3}-?\d{4}\b")

# Each topic: the article and the ideas (with their sources) that make it that topic.
TOPICS = {
    "consent is ongoing and freely withdrawn": (
        "no-step-is-owed",
        ["asked for every time", "at any moment", "silence", "muehlenhard et al., 2016"],
    ),
    "no-pressure intimacy": (
        "no-step-is-owed",
        ["no step is owed", "slower partner", "weiner & avery-clark, 2014", "2017"],
    ),
    "coercive control": ("what-coercion-looks-like", ["coercive control", "stark, 2007"]),
    "sexual and reproductive coercion": (
        "what-coercion-looks-like",
        ["sexual coercion", "reproductive coercion", "contraception", "miller et al., 2010"],
    ),
    "help for your own behaviour": (
        "worried-about-your-own-behaviour",
        ["behaviour-change programmes", "confidential", "kelly & westmarland, 2015"],
    ),
}


def _text(article: Article) -> str:
    return " ".join(f"{article.summary} {article.body}".split()).lower()


@pytest.mark.parametrize("topic", TOPICS)
def test_each_partner_topic_is_covered_with_its_source(topic: str) -> None:
    slug, ideas = TOPICS[topic]
    text = _text(get_article(slug))
    for idea in ideas:
        assert idea in text, (topic, idea)


@pytest.mark.parametrize("slug", PARTNER_ARTICLES)
def test_partner_articles_are_written_for_partners_and_cite_authors_and_years(slug: str) -> None:
    article = get_article(slug)
    assert "partner" in article.audience
    assert readable_by(article, {"partner"})
    assert article.citations
    assert all(re.search(r"\((19|20)\d{2}\)\.", ref) for ref in article.citations)


def test_coercion_article_cites_stark_and_miller() -> None:
    refs = " ".join(get_article("what-coercion-looks-like").citations)
    assert "Stark, E. (2007). Coercive Control" in refs
    assert "Miller, E." in refs and "(2010)" in refs


def test_the_only_phone_number_for_your_own_behaviour_is_the_recorded_dated_one() -> None:
    article = get_article("worried-about-your-own-behaviour")
    assert RESPECT_PHONELINE.contact in article.body
    assert "Respect Phoneline" in article.body
    recorded = {line.contact for line in BEHAVIOUR_LINES}
    assert set(PHONE.findall(article.body)) <= recorded
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", CHECKED)
    assert RESPECT_PHONELINE.source


def test_coercion_article_names_the_kind_of_help_without_an_unchecked_number() -> None:
    article = get_article("what-coercion-looks-like")
    assert "domestic-abuse and sexual-assault helplines" in _text(article)
    assert not PHONE.search(article.body)
    assert not PHONE.search(get_article("no-step-is-owed").body)


def test_articles_about_danger_say_attune_is_not_an_emergency_service() -> None:
    for slug in ("what-coercion-looks-like", "worried-about-your-own-behaviour"):
        assert "attune is not an emergency service" in _text(get_article(slug))


def test_a_partner_reads_only_articles_written_for_partners() -> None:
    client_only = [a for a in list_articles() if "partner" not in a.audience]
    assert client_only, "some articles are for clients only"
    for article in client_only:
        assert not readable_by(article, {"partner"}), article.slug
        assert readable_by(article, {"client"}) and readable_by(article, {"clinician"})
        assert readable_by(article, {"partner", "client"})


def test_library_list_json_shows_who_each_article_is_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["list", "--json"]) == 0
    items = {item["slug"]: item for item in json.loads(capsys.readouterr().out)}
    for slug in PARTNER_ARTICLES:
        assert "partner" in items[slug]["audience"]
    assert items["self-compassion-for-longing"]["audience"] == ["client"]

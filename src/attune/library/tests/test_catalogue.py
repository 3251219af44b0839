import re

import pytest

from attune.library.catalogue import (
    ARTICLES_DIR,
    CATEGORIES,
    Article,
    ArticleNotFoundError,
    get_article,
    list_articles,
    load_catalogue,
    reading_minutes,
)

# Shared with the plan engine (notes/HELPERS.md); every one must exist.
SHARED_SLUGS = {
    "depression-and-desire",
    "antidepressants-and-sexual-function",
    "three-kinds-of-loneliness",
    "consent-and-safe-language",
    "vulnerable-conversations",
    "trauma-responses-and-the-present",
    "cultural-scripts-about-desire",
    "accepting-fluctuating-desire",
    "sleep-activity-food-and-mood",
    "building-a-support-network",
    "body-oriented-practices",
    "what-to-expect-from-therapy",
    "self-compassion-for-longing",
    "graded-closeness-and-sensate-focus",
}
# "Author(s) (Year). Title. Journal/Publisher." (a title that asks a question keeps its "?").
CITATION = re.compile(r"^.+? \((?:19|20)\d{2}\)\. \S.*[.?] \S.*\.$")
IN_TEXT_CITATION = re.compile(r"\(([A-Z][^()]*?), ((?:19|20)\d{2})\)")


def _articles() -> tuple[Article, ...]:
    return list_articles()


def test_every_article_file_loads_into_the_catalogue() -> None:
    files = sorted(path.stem for path in ARTICLES_DIR.glob("*.md"))
    assert sorted(article.slug for article in _articles()) == files


def test_library_has_at_least_twelve_articles() -> None:
    assert len(_articles()) >= 12


def test_all_slugs_shared_with_the_plan_engine_exist() -> None:
    assert {article.slug for article in _articles()} >= SHARED_SLUGS


def test_articles_span_at_least_four_declared_categories() -> None:
    used = {article.category for article in _articles()}
    assert used <= set(CATEGORIES)
    assert len(used) >= 4


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_article_is_cited_with_full_references(article: Article) -> None:
    assert article.citations
    for citation in article.citations:
        assert CITATION.match(citation), citation


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_every_in_text_citation_matches_a_listed_reference(article: Article) -> None:
    for names, year in IN_TEXT_CITATION.findall(article.body):
        first_name = names.split()[0].rstrip(",")
        assert any(first_name in ref and f"({year})" in ref for ref in article.citations), (
            f"{article.slug}: ({names}, {year}) has no matching reference"
        )


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_every_listed_reference_is_used_in_the_text(article: Article) -> None:
    in_text = IN_TEXT_CITATION.findall(article.body)
    for ref in article.citations:
        assert any(
            names.split()[0].rstrip(",") in ref and f"({year})" in ref for names, year in in_text
        ), f"{article.slug}: {ref} is listed but never cited in the text"


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_article_length_is_between_400_and_900_words(article: Article) -> None:
    assert 400 <= article.word_count <= 900


def test_related_links_all_resolve_to_other_articles() -> None:
    slugs = {article.slug for article in _articles()}
    for article in _articles():
        assert article.related, article.slug
        assert set(article.related) <= slugs - {article.slug}


def test_catalogue_is_ordered_by_declared_category() -> None:
    order = list(CATEGORIES)
    positions = [order.index(article.category) for article in _articles()]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("words", "minutes"), [(0, 1), (99, 1), (299, 1), (300, 2), (650, 3), (700, 4), (900, 5)]
)
def test_reading_minutes_round_at_200_words_a_minute_and_never_below_one(
    words: int, minutes: int
) -> None:
    assert reading_minutes(words) == minutes


def test_reading_minutes_follow_the_word_count() -> None:
    for article in _articles():
        assert article.reading_minutes == reading_minutes(article.word_count)


def test_get_article_returns_the_article_with_that_slug() -> None:
    article = get_article("depression-and-desire")
    assert article.title == "How depression affects desire"
    assert article.category_label == CATEGORIES["understanding"]


def test_get_article_with_unknown_slug_raises_a_clear_lookup_error() -> None:
    with pytest.raises(ArticleNotFoundError, match="no article with slug 'nope'"):
        get_article("nope")


def test_article_html_is_rendered_from_its_markdown() -> None:
    html = get_article("vulnerable-conversations").html()
    assert "<h2>" in html
    assert "<li>" in html
    assert "<script" not in html


def test_loading_the_directory_again_gives_equal_articles() -> None:
    assert load_catalogue(ARTICLES_DIR) == list_articles()

"""Articles for asexual, disabled, older and LGBTQ+ readers and on safer sex: each is cited,
listed in the library, opens, and a plan step can point to it."""

from __future__ import annotations

import pytest
from django.test import Client

from attune.clinical.plans.vocab import ARTICLE_SLUGS, TOOLS
from attune.library.catalogue import Article, get_article, list_articles
from conftest import Cast

NEW_SLUGS = (
    "asexuality-and-low-desire",
    "disability-illness-and-intimacy",
    "intimacy-in-later-life",
    "safer-sex-and-dating-safety",
    "lgbtq-belonging-and-minority-stress",
)
# The ideas that make each article that topic.
TOPICS = {
    "asexuality-and-low-desire": ["asexual", "sexual orientation", "low desire"],
    "disability-illness-and-intimacy": ["carer", "adapted touch", "pain", "privacy"],
    "intimacy-in-later-life": ["menopause", "andropause", "older"],
    "safer-sex-and-dating-safety": ["condoms", "prep", "testing", "dating", "public place"],
    "lgbtq-belonging-and-minority-stress": ["minority stress", "belonging", "meyer"],
}


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_every_article_old_and_new_has_citations(article: Article) -> None:
    assert article.citations and all(c.strip() for c in article.citations)


@pytest.mark.parametrize("slug", NEW_SLUGS)
def test_new_article_covers_its_topic_and_is_a_plan_tool(slug: str) -> None:
    article = get_article(slug)
    text = f"{article.title} {article.summary} {article.body}".lower()
    for idea in TOPICS[slug]:
        assert idea in text, (slug, idea)
    assert slug in ARTICLE_SLUGS and f"article:{slug}" in TOOLS


def test_minority_stress_article_cites_meyer_2003() -> None:
    article = get_article("lgbtq-belonging-and-minority-stress")
    assert any(ref.startswith("Meyer, I. H. (2003).") for ref in article.citations)
    assert "(Meyer, 2003)" in article.body


@pytest.mark.django_db
@pytest.mark.parametrize("slug", NEW_SLUGS)
def test_new_article_is_listed_in_the_library_and_opens(cast: Cast, slug: str) -> None:
    http = Client()
    http.force_login(cast.client)
    listing = http.get("/library/").content.decode()
    assert f"/library/{slug}/" in listing
    page = http.get(f"/library/{slug}/")
    assert page.status_code == 200
    assert get_article(slug).title.replace('"', "&quot;") in page.content.decode() or (
        get_article(slug).citations[0].split(" (")[0] in page.content.decode()
    )

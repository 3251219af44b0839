"""Clinical statements the articles must (and must not) make; see shared/CLINICAL.md."""

import re

import pytest

from attune.library.catalogue import Article, get_article, list_articles

PRESCRIBER_WARNING = "never stop or change an antidepressant without your prescriber"
CRISIS_WORDS = re.compile(r"crisis|suicid|ending your life|emergency|harm(?:ing)? yourself", re.I)


def _text(article: Article) -> str:
    return " ".join(f"{article.summary} {article.body}".split()).lower()


def test_antidepressant_article_opens_with_the_prescriber_warning() -> None:
    article = get_article("antidepressants-and-sexual-function")
    first_paragraph = article.body.split("\n\n")[0].lower()
    assert PRESCRIBER_WARNING in first_paragraph


def test_antidepressant_article_frames_management_options_as_things_to_discuss() -> None:
    text = _text(get_article("antidepressants-and-sexual-function"))
    assert "options to discuss with your prescriber" in text
    for option in ("waiting", "dose", "switching", "adding a medicine"):
        assert option in text


def test_antidepressant_article_reports_the_serretti_chiesa_findings() -> None:
    text = _text(get_article("antidepressants-and-sexual-function"))
    assert "26 %" in text
    assert "80 %" in text
    for drug in ("agomelatine", "bupropion", "mirtazapine", "moclobemide", "nefazodone"):
        assert drug in text


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_articles_that_mention_medicine_changes_keep_the_prescriber_warning(
    article: Article,
) -> None:
    text = _text(article)
    if "antidepressant" in text and ("stop" in text or "change" in text):
        assert PRESCRIBER_WARNING in text


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_articles_touching_on_crisis_say_attune_is_not_an_emergency_service(
    article: Article,
) -> None:
    if CRISIS_WORDS.search(article.body):
        assert "attune is not an emergency service" in _text(article)


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_unconfirmed_facts_are_not_stated(article: Article) -> None:
    text = _text(article)
    assert "vortioxetine" not in text  # placebo-level rate is (unconfirmed) in CLINICAL.md
    assert "741741" not in text  # Crisis Text Line number is (unconfirmed)


def test_single_persons_ladder_is_labelled_as_a_suggestion_not_a_protocol() -> None:
    text = _text(get_article("graded-closeness-and-sensate-focus"))
    assert "not a published, tested protocol" in text


def test_sensate_focus_keeps_the_early_stage_agreements() -> None:
    text = _text(get_article("graded-closeness-and-sensate-focus"))
    for phrase in ("temperature, pressure and texture", "either person may decline", "hand away"):
        assert phrase in text


def test_safety_plan_lists_all_six_stanley_brown_steps() -> None:
    article = get_article("building-a-support-network")
    assert any("Stanley, B., & Brown, G. K. (2012)" in ref for ref in article.citations)
    steps = re.findall(r"^\d\. ", article.body, re.M)
    assert len(steps) >= 6

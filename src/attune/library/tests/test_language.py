"""Client-facing words never shame, never frame desire as performance, never promise cures."""

import re

import pytest

from attune.library.catalogue import Article, list_articles

FORBIDDEN = {
    r"\bfail\w*": "a missed step is a setback or 'not yet'",
    r"\bshould have\b|\bshould've\b": "hindsight blame",
    r"performance anxiety is": "desire is not a performance",
    r"\bperform\w*": "desire is not a performance",
    r"\bfrigid\b|\bimpoten\w*": "stigmatising labels",
    r"\bdysfunction\w*|\babnormal\b|\binadequa\w*": "clinical labels applied to the reader",
    r"\bpathetic\b|\blazy\b|\bbroken\b|\bdamaged\b|\bselfish\b": "shaming words",
    r"\bcured?\b|\bcures\b|\bguarantee\w*": "never promise cures",
}


def _client_text(article: Article) -> str:
    # Citations are bibliographic titles of published work, so they are not checked.
    return f"{article.title}\n{article.summary}\n{article.body}"


@pytest.mark.parametrize("article", list_articles(), ids=lambda a: a.slug)
def test_article_uses_no_shaming_or_performance_words(article: Article) -> None:
    text = _client_text(article)
    found = {
        match.group(0): reason
        for pattern, reason in FORBIDDEN.items()
        for match in re.finditer(pattern, text, re.I)
    }
    assert not found, f"{article.slug}: {found}"


def test_language_check_catches_shaming_words() -> None:
    text = "If you failed, you should have tried harder; performance anxiety is weakness."
    hits = [pattern for pattern in FORBIDDEN if re.search(pattern, text, re.I)]
    assert len(hits) >= 3

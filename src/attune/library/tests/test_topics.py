"""The topics issue #5 requires, each checked for the ideas that make it that topic."""

import pytest

from attune.library.catalogue import get_article

REQUIRED_TOPICS = {
    "depression and desire": ("depression-and-desire", ["depression", "desire"]),
    "antidepressants and sexual function": (
        "antidepressants-and-sexual-function",
        ["antidepressant", "prescriber", "placebo"],
    ),
    "sexual vs emotional vs social loneliness": (
        "three-kinds-of-loneliness",
        ["sexual loneliness", "emotional loneliness", "social loneliness"],
    ),
    "consent and safe language": (
        "consent-and-safe-language",
        ["consent", "safe-language", "traffic light", "non-verbal signal"],
    ),
    "communication skills": (
        "vulnerable-conversations",
        ["speaker", "listener", "paraphrase", "softened start-up"],
    ),
    "trauma vs present": (
        "trauma-responses-and-the-present",
        ["trauma", "present", "grounding", "window of tolerance"],
    ),
    "cultural scripts": (
        "cultural-scripts-about-desire",
        ["sexual scripts", "desirab", "culture"],
    ),
    "fluctuating desire": ("accepting-fluctuating-desire", ["desire", "self-blame", "responds"]),
    "sleep, activity, food and mood": (
        "sleep-activity-food-and-mood",
        ["sleep", "activity", "food", "mood"],
    ),
    "support network": ("building-a-support-network", ["network", "circle", "safety plan"]),
    "body-oriented practices": (
        "body-oriented-practices",
        ["box breathing", "progressive muscle relaxation", "5-4-3-2-1", "body scan", "mindful"],
    ),
    "what to expect from therapy": (
        "what-to-expect-from-therapy",
        ["therapy", "questionnaires", "setbacks"],
    ),
}


@pytest.mark.parametrize("topic", sorted(REQUIRED_TOPICS))
def test_required_topic_has_an_article_covering_its_key_ideas(topic: str) -> None:
    slug, phrases = REQUIRED_TOPICS[topic]
    article = get_article(slug)
    text = f"{article.title}\n{article.summary}\n{article.body}".lower()
    missing = [phrase for phrase in phrases if phrase not in text]
    assert not missing, f"{slug} lacks {missing}"

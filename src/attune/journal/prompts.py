"""The journal prompt library: attune's own words, kept as data in code.

Themes follow the model attune implements (shared/CLINICAL.md): values and how one wishes
to show up in relationships; non-sexual anchors of connection (shared humour, empathetic
listening, solving problems together); noticing closeness that feels safe rather than
pressured; accepting fluctuations in desire without self-blame; and answering
self-criticism with compassion. Prompts invite, never test: there is no right answer.

Keys are stable identifiers stored on entries; change wording freely, never a key.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    VALUES = "values", _("Values")
    ANCHORS = "anchors", _("Non-sexual anchors of connection")
    CLOSENESS = "closeness", _("Noticing closeness")
    DESIRE = "desire", _("Accepting desire as it changes")
    COMPASSION = "compassion", _("Self-compassion")


CATEGORY_INTROS: dict[str, Promise] = {
    Category.VALUES: _(
        "How you want to show up for the people in your life, whatever is happening with "
        "desire or sex."
    ),
    Category.ANCHORS: _(
        "The everyday ways people connect: laughing together, listening, working something "
        "out side by side."
    ),
    Category.CLOSENESS: _(
        "Small moments of closeness that are easy to miss, and what helps closeness feel safe."
    ),
    Category.DESIRE: _(
        "Desire rises and falls with mood, sleep, stress, medicines and life. Noticing this "
        "without blame."
    ),
    Category.COMPASSION: _(
        "Meeting longing and self-criticism with the kindness you would offer a friend."
    ),
}


@dataclass(frozen=True)
class Prompt:
    key: str
    category: str
    text: str | Promise
    hint: str | Promise = ""

    @property
    def category_label(self) -> str:
        return str(Category(self.category).label)


PROMPTS: tuple[Prompt, ...] = (
    # Values
    Prompt(
        "values-show-up",
        Category.VALUES,
        _(
            "Think of someone you care about. How would you like to show up for them this "
            "week? Not perfectly, just in a way that feels like you."
        ),
    ),
    Prompt(
        "values-worth",
        Category.VALUES,
        _(
            "Write about three things that make you worthwhile that have nothing to do with "
            "being desired or having sex."
        ),
    ),
    Prompt(
        "values-small-step",
        Category.VALUES,
        _(
            "Choose one value that matters to you in relationships: honesty, warmth, "
            "playfulness, loyalty, curiosity, or your own. What is one small thing you could do "
            "today that lives it out?"
        ),
    ),
    Prompt(
        "values-admire",
        Category.VALUES,
        _(
            "Who do you admire for the way they treat the people close to them? What do they "
            "do that you would like to do a little more of?"
        ),
    ),
    Prompt(
        "values-ordinary-evening",
        Category.VALUES,
        _(
            "Imagine a year from now, living a little closer to what matters to you. What does "
            "an ordinary evening look like?"
        ),
    ),
    # Non-sexual anchors of connection
    Prompt(
        "anchors-laughter",
        Category.ANCHORS,
        _(
            "When did you last laugh with someone? Write about the moment: who was there, what "
            "was funny, how it felt."
        ),
    ),
    Prompt(
        "anchors-listening",
        Category.ANCHORS,
        _(
            "Describe a time someone really listened to you, or you really listened to them. "
            "What made it feel that way?"
        ),
    ),
    Prompt(
        "anchors-together",
        Category.ANCHORS,
        _(
            "Think of something you worked out together with another person: a plan, a repair, "
            "a puzzle. What was it like to be on the same side?"
        ),
    ),
    Prompt(
        "anchors-everyday",
        Category.ANCHORS,
        _(
            "List the small, non-sexual ways you feel connected to people: a message, a shared "
            "meal, a nod from a neighbour. Which would you like more of?"
        ),
    ),
    Prompt(
        "anchors-offer",
        Category.ANCHORS,
        _(
            "What is one way you could offer connection to someone this week: a call, a "
            "question, a bit of help?"
        ),
    ),
    # Noticing closeness
    Prompt(
        "closeness-today",
        Category.CLOSENESS,
        _(
            "Where did you notice even a little closeness today? It may have been brief or "
            "ordinary. Write it down before it slips away."
        ),
    ),
    Prompt(
        "closeness-body",
        Category.CLOSENESS,
        _(
            "Think of a moment of closeness that felt safe. What did you notice in your body: "
            "your breath, warmth, your shoulders, your face?"
        ),
    ),
    Prompt(
        "closeness-safe-or-pressured",
        Category.CLOSENESS,
        _(
            "What helps closeness feel safe rather than pressured for you? And what makes it "
            "feel pressured? There are no wrong answers."
        ),
    ),
    Prompt(
        "closeness-senses",
        Category.CLOSENESS,
        _(
            "Recall a recent moment of comfort: a warm drink, sun on your skin, a soft blanket, "
            "a hug. Describe it through your senses."
        ),
    ),
    Prompt(
        "closeness-longing",
        Category.CLOSENESS,
        _(
            "What kind of closeness are you longing for right now? Try to name it as exactly as "
            "you can, without judging the wish."
        ),
    ),
    # Accepting fluctuating desire
    Prompt(
        "desire-weather",
        Category.DESIRE,
        _(
            "Desire comes and goes a bit like weather. How has it been for you lately, and what "
            "else has been happening in your life alongside it?"
        ),
    ),
    Prompt(
        "desire-friend",
        Category.DESIRE,
        _(
            "What would you say to a friend who told you their desire had faded for a while? "
            "Could you say the same to yourself?"
        ),
    ),
    Prompt(
        "desire-influences",
        Category.DESIRE,
        _(
            "What seems to affect your interest in sex or closeness: sleep, stress, mood, "
            "medicine, time of day? Just notice, without trying to fix anything."
        ),
        hint=_(
            "If you take an antidepressant and notice changes, note them to talk over with your "
            "prescriber. Never stop or change a medicine without them."
        ),
    ),
    Prompt(
        "desire-beyond",
        Category.DESIRE,
        _(
            "Apart from desire, what do you want from intimacy? Comfort, play, being known, "
            "rest? Write about what matters most to you right now."
        ),
    ),
    Prompt(
        "desire-quiet-day",
        Category.DESIRE,
        _(
            "On a day when desire is quiet, what other kinds of warmth or pleasure are still "
            "open to you?"
        ),
    ),
    # Self-compassion
    Prompt(
        "compassion-friend",
        Category.COMPASSION,
        _(
            "Think of a hard moment of longing this week. What would a kind friend say to you "
            "about it? Write their words to you."
        ),
    ),
    Prompt(
        "compassion-critic",
        Category.COMPASSION,
        _(
            "What does your inner critic say when you feel lonely? Write it down, then write a "
            "gentler reply, one you could actually believe."
        ),
    ),
    Prompt(
        "compassion-common",
        Category.COMPASSION,
        _(
            "Many people feel sexually lonely at some point in their lives. What is it like to "
            "remember that you are not the only one?"
        ),
    ),
    Prompt(
        "compassion-needs",
        Category.COMPASSION,
        _(
            "What do you need right now: rest, comfort, company, movement? How could you give "
            "yourself a little of it today?"
        ),
    ),
    Prompt(
        "compassion-letter",
        Category.COMPASSION,
        _("Write a short letter to yourself from someone who accepts you exactly as you are."),
    ),
)

BY_KEY: dict[str, Prompt] = {prompt.key: prompt for prompt in PROMPTS}


def prompt_for(key: str | None) -> Prompt | None:
    return BY_KEY.get(key or "")


def grouped() -> list[tuple[str, str, Promise, list[Prompt]]]:
    """(category value, label, intro, prompts) in library order."""
    return [
        (
            str(category.value),
            str(category.label),
            CATEGORY_INTROS[category],
            [p for p in PROMPTS if p.category == category],
        )
        for category in Category
    ]

"""The private couple safety check: three questions and the rule for a concern.

Some partners control, monitor or pressure the person attune serves (PenzeyMoog 2021,
*Design for Safety*; coercive control: Stark 2007). Before a partner link is made, before the
first couple step of a plan, and whenever the client wants, attune asks privately:

1. Do you feel safe with your partner? (the question of the Partner Violence Screen asks
   about "your current relationship": Feldhaus et al. 1997, JAMA 277:1357-1361);
2. Are you ever pressured or made to do sexual things you don't want to? (sexual coercion
   within relationships);
3. Does anyone check your phone, your messages or this app? (technology-enabled monitoring:
   Freed et al. 2018, CHI, "A Stalker's Paradise").

These three questions are not a validated screen: attune uses them to offer help and
choices, never to diagnose. Each answer is "yes", "no", "not sure" or "prefer not to say".
Only the clearly safe answer is safe ("yes" to the first, "no" to the others); anything
else -- including "not sure" and "prefer not to say", which people who are controlled often
choose -- is a concern. A concern offers help; it decides nothing on its own.

Pure Python, no Django: the wording is marked with ``gettext_noop`` so translators see it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Answer = Literal["yes", "no", "not_sure", "prefer_not"]
ANSWERS: tuple[str, ...] = ("yes", "no", "not_sure", "prefer_not")
# How long a check counts as recent before a partner link or the first couple step.
RECENT_DAYS = 90


def gettext_noop(text: str) -> str:
    return text


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    safe: str  # the one clearly safe answer


QUESTIONS: tuple[Question, ...] = (
    Question("feels_safe", gettext_noop("Do you feel safe with your partner?"), "yes"),
    Question(
        "pressured",
        gettext_noop("Are you ever pressured or made to do sexual things you don't want to do?"),
        "no",
    ),
    Question(
        "monitored",
        gettext_noop("Does anyone check your phone, your messages or this app?"),
        "no",
    ),
)
IDS: tuple[str, ...] = tuple(q.id for q in QUESTIONS)

ANSWER_LABELS: dict[str, str] = {
    "yes": gettext_noop("Yes"),
    "no": gettext_noop("No"),
    "not_sure": gettext_noop("Not sure"),
    "prefer_not": gettext_noop("Prefer not to say"),
}


class CoupleCheckError(ValueError):
    """An answer is missing or not one of the choices; ``field`` names the question."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class Assessment:
    answers: dict[str, str]
    # The questions whose answer was not clearly safe, in question order.
    concerns: tuple[str, ...]

    @property
    def concern(self) -> bool:
        return bool(self.concerns)


def problems(answers: Mapping[str, object]) -> dict[str, str]:
    """Every question whose answer is missing or not a choice, and anything that is not a
    question, each with what is wrong (empty: all three answered)."""
    found = dict.fromkeys(sorted(set(answers) - set(IDS)), "is not one of the questions")
    for question in QUESTIONS:
        value = answers.get(question.id)
        if value is None or value == "":
            found[question.id] = "needs an answer"
        elif not isinstance(value, str) or value not in ANSWERS:
            found[question.id] = f"must be one of {', '.join(ANSWERS)}"
    return found


def assess(answers: Mapping[str, object]) -> Assessment:
    """Check the three answers and say which (if any) are not clearly safe."""
    wrong = problems(answers)
    if wrong:
        field = next(iter(wrong))
        raise CoupleCheckError(field, wrong[field])
    clean = {question.id: str(answers[question.id]) for question in QUESTIONS}
    concerns = tuple(q.id for q in QUESTIONS if clean[q.id] != q.safe)
    return Assessment(clean, concerns)

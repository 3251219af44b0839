"""The NIMH Ask Suicide-Screening Questions (ASQ): the questions and the outcome rule.

Source: National Institute of Mental Health, *Ask Suicide-Screening Questions (ASQ)
Toolkit* (public domain), https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials
Horowitz LM et al. (2012). Ask Suicide-Screening Questions (ASQ): a brief instrument for the
pediatric emergency department. Arch Pediatr Adolesc Med 166(12):1170-1176.
Horowitz LM et al. (2020). Validation of the Ask Suicide-Screening Questions for adult
medical inpatients: a brief tool for all ages. Psychosomatics 61(6):713-722.

Four questions with their published time frames (q1, q2: the past few weeks; q3: the past
week; q4: ever), then the acuity question (q5: right now), asked when any of q1-q4 is "yes"
or the person declines to answer. The outcome:

- all four "no": negative screen (unless q5 was answered "yes" anyway: attune never sets
  that aside, it counts as acute positive);
- any "yes", or declining to answer: positive screen (declining counts as positive, as the
  toolkit says);
- "yes" to q5: acute positive (imminent risk: emergency help now); otherwise non-acute
  positive (a brief suicide safety assessment by a clinician).

**How attune differs from the validation.** The ASQ was validated with the questions asked
aloud by nurses and physicians (Horowitz 2012, 2020). attune asks them *in writing*, on the
page or in the API, when the words someone wrote might (but need not) mean risk. Nobody has
validated the written form; treat its result as a prompt for a clinician, never as a
diagnosis, and clinical judgement can always override a negative screen.

Pure Python, no Django: the wording strings are marked with ``gettext_noop`` (a no-op here)
so translators see them; the web and API layers translate them when they show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Outcome = Literal["negative", "non_acute_positive", "acute_positive"]

SCREENING_IDS: tuple[str, ...] = ("q1", "q2", "q3", "q4")
ACUITY_ID = "q5"
IDS: tuple[str, ...] = (*SCREENING_IDS, ACUITY_ID)

CITATION = (
    "NIMH Ask Suicide-Screening Questions (ASQ) Toolkit (public domain); Horowitz et al. "
    "2012, Arch Pediatr Adolesc Med 166:1170-1176; Horowitz et al. 2020, Psychosomatics "
    "61:713-722. Validated asked aloud by staff; attune asks the questions in writing."
)


def gettext_noop(text: str) -> str:
    """Marks a string for translation without translating it (see the module docstring)."""
    return text


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    time_frame: str  # "past few weeks", "past week", "ever", "right now"


QUESTIONS: tuple[Question, ...] = (
    Question(
        "q1",
        gettext_noop("In the past few weeks, have you wished you were dead?"),
        "past few weeks",
    ),
    Question(
        "q2",
        gettext_noop(
            "In the past few weeks, have you felt that you or your family would be better "
            "off if you were dead?"
        ),
        "past few weeks",
    ),
    Question(
        "q3",
        gettext_noop("In the past week, have you been having thoughts about killing yourself?"),
        "past week",
    ),
    Question("q4", gettext_noop("Have you ever tried to kill yourself?"), "ever"),
    Question(
        "q5", gettext_noop("Are you having thoughts of killing yourself right now?"), "right now"
    ),
)
BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}


class AsqError(ValueError):
    """Answers that cannot be scored; ``field`` names the answer at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class AsqOutcome:
    result: Outcome
    declined: bool
    # The answers as given (q5 None when not asked), or {} when declined.
    answers: dict[str, bool | None]

    @property
    def positive(self) -> bool:
        return self.result != "negative"

    @property
    def record_result(self) -> str:
        """What a stored screen or flag says: ``declined`` stands in for a refusal."""
        return "declined" if self.declined else self.result


def validate(answers: Mapping[str, object]) -> dict[str, bool | None]:
    """Check one set of answers; raise ``AsqError`` naming the first field at fault.

    q1-q4 are required booleans; q5 is a boolean, required when any of q1-q4 is true and
    otherwise optional (None or absent). Unknown keys are refused.
    """
    for key in answers:
        if key not in IDS:
            raise AsqError(str(key), "not an ASQ question; use q1 to q5")
    clean: dict[str, bool | None] = {}
    for qid in SCREENING_IDS:
        if qid not in answers or answers[qid] is None:
            raise AsqError(qid, "an answer (yes or no) is needed")
        value = answers[qid]
        if not isinstance(value, bool):
            raise AsqError(qid, "answer true (yes) or false (no)")
        clean[qid] = value
    acuity = answers.get(ACUITY_ID)
    if acuity is not None and not isinstance(acuity, bool):
        raise AsqError(ACUITY_ID, "answer true (yes) or false (no)")
    if any(clean[qid] for qid in SCREENING_IDS) and acuity is None:
        raise AsqError(ACUITY_ID, "needed when any of q1 to q4 is yes")
    clean[ACUITY_ID] = acuity
    return clean


def outcome(answers: Mapping[str, object] | None, *, declined: bool = False) -> AsqOutcome:
    """Score one screen. ``declined`` (or ``answers`` None) is a refusal: a positive screen.

    A refusal is non-acute unless the person answered the acuity question "yes" (they may
    decline q1-q4 and still answer q5, as the toolkit asks q5 after a refusal).
    """
    if declined or answers is None:
        acuity = (answers or {}).get(ACUITY_ID)
        if acuity is not None and not isinstance(acuity, bool):
            raise AsqError(ACUITY_ID, "answer true (yes) or false (no)")
        result: Outcome = "acute_positive" if acuity is True else "non_acute_positive"
        given: dict[str, bool | None] = {ACUITY_ID: acuity} if acuity is not None else {}
        return AsqOutcome(result, True, given)
    clean = validate(answers)
    if not any(clean[qid] for qid in SCREENING_IDS):
        # The toolkit does not ask q5 after four "no"s; a form that shows it anyway may still
        # get a "yes", and attune never sets that aside: it is acute.
        if clean[ACUITY_ID] is True:
            return AsqOutcome("acute_positive", False, clean)
        return AsqOutcome("negative", False, clean)
    return AsqOutcome("acute_positive" if clean[ACUITY_ID] else "non_acute_positive", False, clean)

"""The risk lexicon: phrase patterns for suicide and self-harm language, kept as data.

Method
------
Each rule is a regular expression over *normalised* text (see ``normalise.py``: lowercase,
apostrophes dropped so "I'm" = "im" and "don't" = "dont", hyphens as spaces, "sooo" read as
both "soo" and "so"). ``<NAME>`` tokens are shorthands expanded from ``base.MACROS``, so the
rules stay readable. Rules live in one module per category and carry an id and a level:

* ``high`` - a plan or means, intent, a farewell, current self-harm, or explicit current
  suicidal ideation ("i want to kill myself", "i have been stockpiling my pills").
* ``possible`` - passive or indirect ideation, hedged or ambiguous wording, mentions of the
  topic, someone else's risk, and statements about the past ("i dont want to be here
  anymore", "i used to cut").

Modules: ``ideation`` (explicit ideation and intent), ``passive`` (wishes to be dead or gone,
burden, entrapment, hopelessness), ``self_harm``, ``plans`` (plans, means, preparation),
``farewell``, ``third_party``, ``broad`` (rules written from the structure of a statement
rather than a fixed phrase, added in round 9), ``grammar`` (slot-grammar rules joining a
stance, a predicate and an object, added in round 10), ``warning_signs`` (preparation,
timing, concealment and aborted acts written without death words, round 11), ``benign``
(idioms and accidents that look like risk) and
``cues`` (denial, time, subject and media words). ``screening.py`` applies them.

Sources
-------
* The PHQ-9 item 9 concept - thoughts of being better off dead or of hurting oneself - and
  its link to later suicide attempts (Simon et al. 2013, shared/CLINICAL.md), with the point
  that many people at risk do not endorse item 9, which is why free text is screened at all.
* The usual graded distinction between a passive wish to be dead, active thoughts, intent,
  plan and preparatory acts, as in the Columbia-Suicide Severity Rating Scale (Posner et al.
  2011; not yet in shared/CLINICAL.md - to be confirmed by the clinical lead). It sets the
  levels: passive wishes are ``possible``; intent, plans, means and preparation are ``high``.
* Exposure to a suicide is kept as ``third_party`` rather than dropped because bereavement by
  suicide raises risk (Pitman et al. 2014; also to be confirmed).
* A hit should lead to crisis resources and the Stanley-Brown safety plan (Stanley & Brown
  2012, shared/CLINICAL.md).

The phrases were written for attune from how people write in private journals (lowercase, no
punctuation, slang such as "kms" and "unalive", misspellings such as "sucidal"); none is
taken from any person's words.

Limits
------
This is a screen, not a diagnosis and not a risk assessment. It will miss things: new slang,
metaphor, other languages, sarcasm, quotation, and risk that is never put into words. It
will sometimes fire on words that were not about risk, and it cannot tell hyperbole ("so
sunburnt i wanted to die lol") from intent. A hit must lead a person to crisis resources and
a clinician to a conversation, never to a conclusion; no hit must never be read as "safe".
attune is not an emergency service and is not monitored around the clock.
"""

from __future__ import annotations

from attune.clinical.safety.lexicon.base import Benign, Category, Level, Rule, expand
from attune.clinical.safety.lexicon.benign import BENIGN, OVERRIDE_ACCIDENT
from attune.clinical.safety.lexicon.broad import BROAD
from attune.clinical.safety.lexicon.farewell import FAREWELL
from attune.clinical.safety.lexicon.grammar import GRAMMAR
from attune.clinical.safety.lexicon.ideation import SUICIDAL_IDEATION
from attune.clinical.safety.lexicon.passive import PASSIVE_IDEATION
from attune.clinical.safety.lexicon.plans import PLAN_OR_MEANS
from attune.clinical.safety.lexicon.self_harm import SELF_HARM
from attune.clinical.safety.lexicon.third_party import THIRD_PARTY
from attune.clinical.safety.lexicon.warning_signs import WARNING_SIGNS

RULES: tuple[Rule, ...] = (
    SUICIDAL_IDEATION
    + PASSIVE_IDEATION
    + SELF_HARM
    + PLAN_OR_MEANS
    + FAREWELL
    + THIRD_PARTY
    + BROAD
    + GRAMMAR
    + WARNING_SIGNS
)

__all__ = [
    "BENIGN",
    "OVERRIDE_ACCIDENT",
    "RULES",
    "Benign",
    "Category",
    "Level",
    "Rule",
    "expand",
]

"""How content declares a step before the builder places it, links it and numbers its rung."""

from __future__ import annotations

from dataclasses import dataclass

from attune.clinical.plans.vocab import PhaseKey, Pillar


@dataclass(frozen=True)
class Gentler:
    """A smaller rung placed before a step: used for trauma-informed plans and after setbacks."""

    title: str
    how: str
    notice: str


@dataclass(frozen=True)
class StepSpec:
    key: str
    phase: PhaseKey
    pillar: Pillar
    title: str
    difficulty: int
    tool: str
    how: str
    notice: str
    after: tuple[str, ...] = ()
    basis: str = ""
    sessions: int = 1
    gentler: Gentler | None = None
    # Sensate-focus stages the step includes (0-4), when it follows sensate focus.
    sensate_stages: tuple[int, ...] = ()
    # Touch, penetration or arousal with someone else is involved (see consent.py).
    intimate: bool = False
    # A question asked before the step whatever the profile (consent.AsksFirst value).
    asks_first: str = ""


def gentler_key(key: str) -> str:
    return f"{key}-gentler"


# Shared wording for citations and provenance notes (kept as data for translation).
HIERARCHY_NOTE = (
    "Single-person exposure hierarchy, step {n} of 8: a design suggestion drawn from "
    "exposure-therapy practice, not a published protocol. Rate expected distress 0-100 "
    "before and after, and repeat the step until the number falls."
)
SENSATE_FOCUS = "Sensate focus (Masters & Johnson 1970; Weiner & Avery-Clark 2014, 2017)"
SPEAKER_LISTENER = "Speaker-listener technique, PREP (Markman, Stanley & Blumberg 1994)"
SOFTENED_STARTUP = "Softened start-up and breaks when flooded (Gottman & Silver 1999)"
IMAGO = "Imago dialogue: mirror, validate, empathise (Hendrix 1988)"
EXPERIMENT = "Behavioural experiment record (Bennett-Levy et al. 2004)"
VALUES = "Valued Living Questionnaire life areas (Wilson et al. 2010)"
SELF_COMPASSION = "Self-compassion (Neff 2003); compassion-focused therapy (Gilbert 2009)"
ACTIVATION = "Behavioural activation (Jacobson, Martell & Dimidjian 2001)"
GRIEF = "Dual process model of coping with bereavement (Stroebe & Schut 1999)"
RESPONSIVE_DESIRE = "Responsive desire (Basson 2000)"
ASEXUALITY = (
    "Asexuality as an orientation, not a dysfunction (Brotto & Yule 2017); about 1 % in a "
    "national sample (Bogaert 2004)"
)
DISABILITY = (
    "Sex and disability: adapting positions, supports and touch (Kaufman, Silverberg & Odette 2007)"
)
LATER_LIFE = "Many people stay sexually active into their 70s and 80s (Lindau et al. 2007)"
MENOPAUSE = (
    "Genitourinary syndrome of menopause (Portman & Gass 2014); late-onset hypogonadism needs "
    "symptoms and a low testosterone (Wu et al. 2010)"
)
SAFER_SEX = "Condoms cut heterosexual HIV transmission by about 80 % (Weller & Davis-Beaty 2002)"
MINORITY_STRESS = "Minority stress model (Meyer 2003)"
TRAUMA_SENSITIVE = (
    "Trauma-sensitive mindfulness: eyes open, attention outside the body, shorter practice "
    "(Treleaven 2018)"
)
SELF_DISCLOSURE = "Intimacy grows through disclosure met with responsiveness (Reis & Shaver 1988)"
SERRETTI = "Treatment-emergent sexual dysfunction 25.8-80.3 % (Serretti & Chiesa 2009)"


def hierarchy(n: int) -> str:
    return HIERARCHY_NOTE.format(n=n)


def sensate(stage: str) -> str:
    return f"{SENSATE_FOCUS}, stage {stage}"

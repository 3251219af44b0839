"""Harm from others: explicit disclosures of abuse, coercive control, sexual assault, stalking.

Kinds follow the issue's list: coercive control (Stark 2007), physical violence, sexual
coercion (pressure, punishment for refusing sex, reproductive coercion), sexual assault
(recent or past, including by a partner), stalking, threats, financial control, isolation,
monitoring, and abuse by a carer. People often minimise ("it's not abuse, he just..."), so a
minimiser does not set a disclosure aside; a denial attached to the act ("he has never hit
me"), a sentence about media, and past abuse told from safety ("used to ... I'm safe now")
do. Rules are data (``HARM_RULES``) with examples and everyday twins in ``rules_data``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from attune.clinical.safety.lexicon import cues
from attune.clinical.safety.normalise import normalise


class HarmRule(NamedTuple):
    id: str
    kind: str
    pattern: str
    # "possible": worth a private question rather than a disclosure (fear, veiled threats).
    level: str = "disclosed"


_AGENT = (
    r"(?:he|she|they|hes|shes|him|her|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf"
    r"|ex|ex husband|ex wife|fiance|fiancee|carer|dad|father|mum|mom|mother|stepdad|landlord"
    r"|boss|brother|son|daughter))"
)
_GAP = r"(?: (?!(?:never|not|doesnt|didnt|wouldnt|hasnt|hadnt|wont|isnt|would never)\b)\w+){0,3}"

HARM_RULES: tuple[HarmRule, ...] = (
    HarmRule(
        "harm.physical",
        "physical_violence",
        _AGENT + _GAP + r" (?:hit|hits|hitting|punched|punches|slapped|slaps|kicked|kicks"
        r"|choked|chokes|strangled|strangles|pushed|shoved|shoves|pinned|beat|beats|smacked"
        r"|smacks|headbutted|dragged|throttled|bites|bit|scratches|scratched|pinches|pinched"
        r"|spat on|spits on|burned|burns|threw (?:something|a \w+|things) at) (?:me|my)\b",
    ),
    HarmRule(
        "harm.throat",
        "physical_violence",
        r"(?:hands?|forearm|arm) (?:on|around|round) my (?:throat|neck)",
    ),
    HarmRule(
        "harm.assault",
        "sexual_assault",
        r"(?:raped|rapes|molested|sexually assaulted|assaulted) me"
        r"|i was (?:raped|sexually assaulted"
        r"|molested|assaulted)|forced (?:himself|herself) on me|forced me (?:to have sex|into sex)"
        r"|(?:had sex with|touched|groped|undressed) me (?:while|when) i was (?:asleep|passed out"
        r"|too drunk|unconscious|drunk)|(?:said|kept saying) no (?:and|but) (?:he|she|they)"
        r" (?:kept going|did it anyway|carried on|didnt stop)|(?:touched|groped) me (?:without"
        r"|under my)",
    ),
    HarmRule(
        "harm.coercion",
        "sexual_coercion",
        r"(?:pressures?|pressured|pressuring|guilts?|guilted|nags?|nagged) me (?:into|to have)"
        r" (?:sex|it)|(?:wont|doesnt|didnt|never) take no for an answer|punish\w* me (?:for|when"
        r"|if) (?:i )?(?:refus|say no|said no|dont want|not want)|(?:sulks?|sulked|goes cold"
        r"|gives me the silent treatment) (?:for days )?(?:if|when|until) i (?:dont|say no|said no"
        r"|refuse)|took the condom off|stealth\w*|(?:hides?|hid|flushes|flushed|threw away|swapped)"
        r" my (?:pill|pills|contraception|birth control)"
        r"|(?:makes|made) me (?:do|watch) (?:things|stuff"
        r"|porn|sexual)",
    ),
    HarmRule(
        "harm.control",
        "coercive_control",
        r"(?:wont|doesnt|does not|will not|never) let me (?:go|leave|work|drive|wear|take|have|out"
        r"|use|talk|speak|decide)|(?:im|i am) not allowed (?:to )?(?:go|leave|work|wear|drive|have"
        r"|talk|speak|spend|use|take)|(?:need|have) (?:to ask )?(?:his|her|their) permission"
        r"|(?:he|she) controls (?:everything|what i|where i|who i|my)",
    ),
    HarmRule(
        "harm.monitoring",
        "monitoring",
        r"(?:checks?|checking|went through|goes through|reads?|reading|demands?) my (?:phone"
        r"|messages|texts|emails|passwords?)|(?:tracks?|tracking|tracked) (?:my (?:phone|location"
        r"|car)|me)\b|(?:put|installed|hid) (?:a )?(?:tracker|tracking app|spyware|an app|a camera)"
        r" (?:on|in) my|(?:makes|made) me (?:send|share) (?:my location|(?:a )?photos?)",
    ),
    HarmRule(
        "harm.threats",
        "threats",
        r"threaten\w* (?:to |that (?:he|she)(?:ll| will| would) )?(?:kill|hurt|take the kids|take"
        r" my|post|share|throw me out|report me|tell everyone|ruin)|(?:said|says) (?:hell|shell|he"
        r" would|she would|hed|shed|he will|she will) (?:kill|hurt|destroy) me|(?:kill|hurt) me if"
        r" i (?:leave|left|ever|tell)",
    ),
    HarmRule(
        "harm.stalking",
        "stalking",
        r"(?:keeps?|kept) (?:turning up|showing up|following me|waiting outside)|(?:stalking|stalks"
        r"|stalked|following|follows|followed) me\b|(?:waiting|waits|waited|turned up|turns up"
        r"|shows up|showed up) (?:outside|at) my (?:house|flat|work|door|home|office|gym)"
        r"|(?:new|fake) (?:numbers?|accounts?) to (?:message|contact|watch|find) me",
    ),
    HarmRule(
        "harm.money",
        "financial_control",
        r"(?:takes?|took|keeps?|controls?|has) (?:all )?my (?:wages|salary|money|bank cards?|cards"
        r"|pay|benefits|pin)\b|(?:gives|give) me (?:an )?(?:allowance|pocket money)"
        r"|account for every"
        r" (?:penny|pound|dollar|cent)",
    ),
    HarmRule(
        "harm.isolation",
        "isolation",
        r"(?:wont|doesnt|will not|does not) let me see (?:my )?(?:friends|family|sister|brother|mum"
        r"|mom|dad|parents|kids)|(?:stops?|stopped) me (?:from )?seeing|cut me off from"
        r"|(?:makes|made) me (?:stop seeing|cut off|choose between)",
    ),
    HarmRule(
        "harm.asleep",
        "sexual_assault",
        r"(?:touch|touching|touches|touched|having sex with|has sex with|had sex with) me (?:when"
        r"|while) (?:im|i am|i was|i m) (?:asleep|sleeping|unconscious|passed out)",
    ),
    HarmRule(
        "harm.if_i_refuse",
        "sexual_coercion",
        r"if i (?:dont|do not|wont|will not|say no|refuse|said no)(?: \w+){0,5}"
        r" (?:(?:he|she|they)(?:ll| will| would|d)) (?:leave|tell|hurt|cheat|find someone|make)"
        r"|make me want it",
    ),
    HarmRule(
        "harm.in_my_name",
        "financial_control",
        r"(?:loans?|credit cards?|debts?|overdrafts?|a mortgage|finance) in my name"
        r"|(?:took|takes|taken) (?:out )?(?:money|loans?) (?:from my|out of my)"
        r" (?:account|savings)",
    ),
    HarmRule(
        "harm.rules_for_me",
        "coercive_control",
        r"tells me (?:when|what|where|who) i (?:can|may|am allowed to) (?:speak|say|eat|go|leave"
        r"|wear|see|talk)|(?:decides|chooses) (?:what i (?:wear|eat|watch|say)|when i (?:go to"
        r" bed|sleep|eat|leave)|who i (?:see|talk to))",
    ),
    HarmRule(
        "harm.afraid_of_partner",
        "coercive_control",
        r"(?:scared|afraid|frightened|terrified) (?:of (?:him|her|my (?:partner|husband|wife"
        r"|boyfriend|girlfriend|ex))|to go home|of what (?:he|she)(?:ll| will| would| might) do)",
        level="possible",
    ),
    HarmRule(
        "harm.youll_be_sorry",
        "threats",
        r"(?:said|says|told me) (?:that )?(?:i(?:d| would| will|ll)|youll|you will|you d) be sorry",
        level="possible",
    ),
    HarmRule(
        "harm.carer",
        "carer_abuse",
        r"(?:my )?(?:carer|care worker|caregiver|support worker)" + _GAP + r" (?:hits|hit|slaps"
        r"|shouts at|takes|took|steals|stole|hurts|hurt|locks|locked|leaves me|left me|grabs"
        r"|pinches|withholds|refuses)|(?:takes|took|hides|hid) my (?:hearing aids?|wheelchair"
        r"|walking stick|frame|medication) away",
    ),
)

_COMPILED = tuple(
    (r, re.compile(r"(?<![a-z0-9])(?:" + r.pattern + r")(?![a-z0-9])")) for r in HARM_RULES
)
# Narrower than the self-harm media cue: "i told my therapist he hits me" is a disclosure.
_MEDIA = re.compile(
    r"\b(?:film|films|movie|movies|show|tv|series|episode|book|novel|documentary|drama|soap"
    r"|news|article|podcast|character|characters|storyline|plot|play|song|thriller|netflix"
    r"|friend told me|my friend said|she told me (?:her|about)|in the story)\b"
)
_PAST = re.compile(cues.PAST + r"|\b(?:my ex|years? ago|as a child|growing up)\b")
_SAFE_NOW = re.compile(
    r"\b(?:safe now|im safe|i left|left him|left her|divorced|at peace|behind me|moved on|healed"
    r"|years of therapy|i got out|got away|no contact|long time ago|in a good place)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+")


class HarmHit(NamedTuple):
    rule: HarmRule
    start: int  # original offsets
    end: int
    sentence: tuple[int, int]


def find_harm(text: str) -> list[HarmHit]:
    """Harm disclosures that count, with spans in the original text."""
    norm = normalise(text)
    t = norm.text
    if not t:
        return []
    told_from_safety = bool(_SAFE_NOW.search(t))
    out: list[HarmHit] = []
    for m in _SENTENCE.finditer(t):
        ss, se = m.span()
        sentence = t[ss:se]
        if _MEDIA.search(sentence):
            continue
        for rule, rx in _COMPILED:
            for h in rx.finditer(t, ss, se):
                if told_from_safety and _PAST.search(sentence):
                    continue
                start, end = norm.span_to_original(h.start(), h.end())
                o_s, o_e = norm.span_to_original(ss, se)
                out.append(HarmHit(rule, start, end, (o_s, o_e)))
    return out

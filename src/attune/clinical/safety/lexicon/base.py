"""Building blocks of the lexicon: rule types, shorthands and their expansion."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

Category = Literal[
    "suicidal_ideation",
    "passive_ideation",
    "self_harm",
    "plan_or_means",
    "farewell",
    "third_party",
    "harm_from_others",
]
Level = Literal["possible", "high"]


class Rule(NamedTuple):
    id: str
    category: Category
    level: Level
    pattern: str
    # A mention of the topic rather than a statement about oneself: dropped when the
    # sentence is clearly about media, study or awareness work.
    mention: bool = False
    # Too ambiguous alone ("i have a plan", "i bought a rope"): counts only when another
    # risk phrase is present in the same text, and then as high.
    needs_context: bool = False


class Benign(NamedTuple):
    id: str
    pattern: str
    reason: Literal["idiom", "accident", "everyday"]


MACROS: dict[str, str] = {
    "SELF": r"(?:myself|my self|meself|myslef|mysef|myselfe|myslf|mself|my own self)",
    "IM": r"(?:im|i am|i m|iam)",
    "TO": r"(?:to|2)",
    "ADV": (
        r"(?:(?:just|really|rly|so|fucking|fuckin|fking|fkn|effing|freaking|frickin|friggin"
        r"|literally|actually|honestly|seriously|genuinely|simply|truly|totally|completely"
        r"|even|still|only|kinda|kind of|sorta|sort of|sometimes|often|always|constantly"
        r"|secretly|bloody|damn|goddamn|badly|desperately|basically|pretty much|almost"
        r"|finally|already|probably|maybe|all|quietly|peacefully|painlessly|lowkey|low key"
        r"|highkey|deadass|legit|ngl|tbh|fr|istg|f[a-z*]{0,6}ing) ){0,4}"
    ),
    "DESIRE": (
        r"(?:want|wanted|wanting|wants|need|needed|needing|would like|id like|i d like|would love"
        r"|id love|i d love"
        r"|long|longing|longed|wish|wished|wishing|ready|prefer|desperate|pray|praying"
        r"|hope|hoping|yearn|yearning|itching|aching)"
    ),
    "INTENT": (
        r"(?:going|gonna|plan|planning|planned|intend|intending|intended|decided|deciding"
        r"|try|tried|trying|attempt|attempted|attempting|about|ready|tempted|determined"
        r"|mean|meant|gotta|will|ill|i ll)"
    ),
    "DONT": r"(?:dont|do not|don t|dnt|didnt|did not)",
    "CANTS": (
        r"(?:cant|can not|cannot|can t|cnt|couldnt|could not|dont think i can|not sure i can"
        r"|dont know if i can|dont know how (?:much )?(?:longer )?i can|dont know how to"
        r"|unable to|no longer able to|too (?:tired|exhausted|weak|broken) to|not able to"
        r"|dont have (?:the |any )?(?:strength|energy|will) (?:left )?to"
        r"|have no (?:strength|energy|will) (?:left )?to|can no longer|just cant)"
    ),
    "WONT": (
        r"(?:wont|will not|won t|aint gonna|am not going to|m not going to|not going to"
        r"|not gonna|will no longer|shall not)"
    ),
    "NOONE": (
        r"(?:no one|noone|nobody|no body|not one person|not a single person|not a soul"
        r"|none of them|nobody else|no one else)"
    ),
    "ANYMORE": r"(?:anymore|any more|any longer|no more|much longer|for much longer)",
    "LIVING": r"(?:living|liveing|livin)",
    "SUICIDAL": (
        r"(?:suicidal|sucidal|suicdal|suisidal|suicidial|sucidial|suicial|suacidal|suicidel"
        r"|suicidle|suiciadal|suicdial|suicidey|suisidle)"
    ),
    "SUICIDE": (
        r"(?:suicide|sucide|suicde|suiside|suicid|suiscide|suicied|sewerslide|sewer slide"
        r"|sewer sliding|unalive|unaliving)"
    ),
    "PILLS": (
        r"(?:pills?|meds|medication|medications|medicine|medicines|tablets?|painkillers?"
        r"|pain killers?|sleeping pills?|sleeping tablets?|sleepers|antidepressants?"
        r"|paracetamol|acetaminophen|tylenol|panadol|aspirin|ibuprofen|codeine|opioids?"
        r"|oxy|oxycodone|oxycontin|xanax|benzos?|diazepam|valium|insulin|lithium|sertraline"
        r"|prozac|zoloft|quetiapine|seroquel|amitriptyline|heroin|fentanyl|morphine|tramadol"
        r"|zopiclone|ambien|lorazepam|citalopram|fluoxetine|mirtazapine|propranolol)"
    ),
    "HEIGHT": (
        r"(?:bridge|building|roof|rooftop|cliff|cliffs|balcony|tower|overpass|ledge|window"
        r"|car park|parking garage|parking structure|multi storey|multistorey|top floor"
        r"|skyscraper|flyover|viaduct|dam|tower block|high rise|highrise)"
    ),
    "VEHICLE": (
        r"(?:train|bus|car|truck|lorry|van|tube|subway|tram|traffic|oncoming traffic"
        r"|oncoming car|semi|motorbike)"
    ),
    "BODY": (
        r"(?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|belly|hips?|body|ankles?"
        r"|chest|shoulders?|calf|calves)"
    ),
    # Self-directed death or disappearance, as the verb after "to", "i" or "i could":
    # "wish i could OUTCOME", "telling myself to OUTCOME".
    "OUTCOME": (
        r"(?:die+|drop dead|be dead|be deceased|stop breathing|stop existing|cease to exist"
        r"|cease existing|cease to be|stop being alive|no longer exist|no longer be alive"
        r"|not exist|not be (?:alive|here|around)(?: <ANYMORE>)?|never wake up|not wake up"
        r"|(?:dont|didnt|wont|wouldnt|do not|did not|will not|would not) wake up"
        r"(?! (?:early|late|before|at|in time|on time|the|my|him|her|them|you|us|hungover"
        r"|hung over|with|feeling|until|till|til|for|when|so|to))"
        r"|stay asleep (?:forever|for good|permanently|and never wake)|(?:go to sleep|fall asleep"
        r"|sleep|rest) (?:forever"
        r"|for ever|permanently|eternally)(?! (?:on|at|in|this|every|today|tomorrow"
        r"|sundays|weekends|when|after|like|lol|haha))"
        r"|(?:go to sleep|fall asleep|sleep) and (?:never wake|not wake|stay asleep)(?: up)?"
        r"|disappear (?:forever|for good"
        r"|permanently)|vanish (?:forever|for good|permanently)|be gone (?:forever|for good)"
        r"|(?:dont|do not|not|never|wont|will not) (?:make it|last) (?:through the (?:night|week"
        r"|weekend)|to (?:the )?(?:morning|tomorrow|weekend))(?! without)"
        r"|(?:dont|do not|wont|will not|never) survive (?:the night|tonight)"
        r"|slip away(?= in my sleep| forever| for good| quietly|$|[.!?,;:])|fade (?:away|out)"
        r"(?: of existence| forever| for good| into nothing)?(?=$|[.!?,;:]| (?:forever|for good"
        r"|of existence|and|into nothing)\b)|fade out of existence"
        r"|end it(?: all)?|end things|end everything|end my (?:own )?life|kill (?:myself|meself)"
        r"|take my (?:own )?life|get (?:hit|run over|killed)|get (?:into|in) (?:a|an) (?:fatal"
        r" |bad |serious |car )?(?:crash|accident))"
    ),
    # "going on" as in living on, not "going on facebook": only before an end or more of
    # the same thought.
    "GOING_ON": (
        r"(?:going on|carrying on)(?=$|[.!?,;:]| (?:anymore|any more|like this|<LIVING>"
        r"|with (?:life|this|it all|any of it)|and|i|when|if|at all|honestly|tbh)\b)"
    ),
    # "of this" followed by an everyday noun ("no way out of this escape room"); used in
    # exclusion lists, so "no way out of this" and "... of this mess" still count.
    "OF_THIS_ELSEWHERE": (
        r"of this (?!(?:mess|situation|life|pain|hell|hole|darkness|feeling|cycle|misery|place"
        r"|tunnel"
        r"|anymore|any more|except|but|other|apart|besides|and|i)\b)\w+"
    ),
    # What may follow an ambiguous phrase for it to count: the end of the clause, or words
    # that carry on the same thought ("i cant do this anymore and ...").
    "HOLD_FOLLOW": (
        r"(?=$|[.!?,;:\"()]| (?:and|but|so|because|cause|cuz|i|im|its|it|everything|nothing"
        r"|nobody|no one|life|honestly|tbh|lol|ugh|anyway|idk|please|at all|either|or|any ?more"
        r"|any longer|now|tonight|today|rn)\b)"
    ),
}

_TOKEN_RE = re.compile(r"<([A-Z_]+)>")


def _closing_paren(regex: str, open_at: int) -> int:
    depth, i, in_class = 0, open_at, False
    while i < len(regex):
        ch = regex[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced group at {open_at}")


def _bound_exclusions(regex: str) -> str:
    """Make ``(?! (?:a|an|the))`` exclude whole words only, so "a" does not block "anymore"."""
    marker = "(?! (?:"
    start = regex.rfind(marker)
    while start != -1:
        close = _closing_paren(regex, start + len("(?! "))
        if regex[close + 1 : close + 2] not in ("?", "*", "+", "{"):
            regex = regex[: close + 1] + r"\b" + regex[close + 1 :]
        start = regex.rfind(marker, 0, start)
    return regex


def expand(pattern: str) -> str:
    """Replace ``<NAME>`` shorthands with their regular expressions; bound exclusion lists."""
    for _ in range(3):  # shorthands may name other shorthands ("<OUTCOME>" uses "<ANYMORE>")
        pattern = _TOKEN_RE.sub(lambda m: MACROS[m.group(1)], pattern)
    return _bound_exclusions(pattern)


SI: Category = "suicidal_ideation"
PI: Category = "passive_ideation"
SH: Category = "self_harm"
PM: Category = "plan_or_means"
FW: Category = "farewell"
TP: Category = "third_party"

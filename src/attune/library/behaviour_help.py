"""Help for someone worried about their own behaviour towards a partner: dated, sourced facts.

Checked on ``CHECKED``. The Respect Phoneline is run by Respect, the UK charity that works
with people who use abuse in close relationships; Respect describes it as the UK's helpline,
email and webchat service for people worried that their behaviour may be abusive
(respect.uk.net, "Respect Phoneline support over the festive period"). Its number,
0808 802 4040, was confirmed that day in several public UK helpline listings; Respect's own
page seen that day did not print it, so confirm it before relying on it. For other countries
attune names the kind of service (a behaviour-change programme, reached through a doctor,
therapist or local domestic-abuse service) and gives no number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

CHECKED: Final = "2026-12-07"


@dataclass(frozen=True)
class BehaviourLine:
    country: str
    name: str
    contact: str
    for_whom: str
    source: str


RESPECT_PHONELINE: Final = BehaviourLine(
    country="GB",
    name="Respect Phoneline",
    contact="0808 802 4040",
    for_whom="people worried that their behaviour towards a partner or family may be abusive",
    source="Respect (respect.uk.net); number cross-checked in public UK helpline listings",
)

BEHAVIOUR_LINES: Final = (RESPECT_PHONELINE,)

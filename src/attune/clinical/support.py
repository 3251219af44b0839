"""The support-network map: who holds the person, and where the map has gaps. Pure Python.

The map serves the seed model's "social reintegration": a network of supportive
relationships, a wider "emotional ecosystem" (shared/CLINICAL.md). Each person or place has
a role, a ring (1 closest, 3 furthest out) and what they help with.

Gaps are attune's own rules, not a validated measure: they point at kinds of support the
person has not put on their map yet, as an invitation, never a verdict:

  night          fewer than NIGHT_PEOPLE people they could call at night or in a hard moment
                 (a safety plan works best with more than one person to reach: Stanley &
                 Brown 2012 list family or friends who can help, in the plural);
  do_things      nobody to do things with (shared activity, a non-sexual anchor of
                 connection);
  group          no group or community, in person or online (for people without a partner,
                 group formats and peer circles are the communication practice of the model);
  mental_health  nobody who knows about their mental health (a professional counts).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ROLES: tuple[str, ...] = (
    "friend",
    "family",
    "partner",
    "peer",
    "professional",
    "group",
    "online",
)
GROUP_ROLES: frozenset[str] = frozenset({"group", "online"})
HELPS: tuple[str, ...] = (
    "listen",
    "night",
    "do_things",
    "practical",
    "mental_health",
    "belonging",
)
FREQUENCIES: tuple[str, ...] = ("daily", "weekly", "monthly", "rarely")
RINGS: tuple[int, ...] = (1, 2, 3)
NIGHT_PEOPLE = 2
GAPS: tuple[str, ...] = ("night", "do_things", "group", "mental_health")


@dataclass(frozen=True)
class Person:
    role: str
    ring: int
    helps: frozenset[str]

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}")
        if self.ring not in RINGS:
            raise ValueError(f"ring {self.ring!r} is not 1, 2 or 3")
        unknown = sorted(self.helps - set(HELPS))
        if unknown:
            raise ValueError(f"unknown kinds of help: {', '.join(unknown)}")


def gaps(people: Iterable[Person]) -> list[str]:
    """The gaps in this map, in GAPS order (empty when every kind of support is there)."""
    found = list(people)
    night = sum(1 for p in found if "night" in p.helps)
    open_gaps = {
        "night": night < NIGHT_PEOPLE,
        "do_things": not any("do_things" in p.helps for p in found),
        "group": not any(p.role in GROUP_ROLES for p in found),
        "mental_health": not any(
            "mental_health" in p.helps or p.role == "professional" for p in found
        ),
    }
    return [key for key in GAPS if open_gaps[key]]


def ring_counts(people: Iterable[Person]) -> dict[int, int]:
    """How many people sit in each ring, every ring present."""
    counts = dict.fromkeys(RINGS, 0)
    for person in people:
        counts[person.ring] += 1
    return counts

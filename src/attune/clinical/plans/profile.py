"""Who the plan is for: life stage, relationship status, flags and chosen goals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar


class LifeStage(StrEnum):
    EMERGING_ADULT = "emerging_adult"
    ADULT = "adult"
    MIDLIFE = "midlife"
    LATER_LIFE = "later_life"


class Relationship(StrEnum):
    SINGLE = "single"
    DATING = "dating"
    PARTNERED = "partnered"
    PARTNERED_APART = "partnered_apart"
    SEPARATED = "separated"
    WIDOWED = "widowed"
    NON_MONOGAMOUS = "non_monogamous"


class Goal(StrEnum):
    MORE_DAILY_CONTACT = "more_daily_contact"
    VULNERABILITY_IN_CONVERSATION = "vulnerability_in_conversation"
    CLOSENESS_WITH_PARTNER = "closeness_with_partner"
    DATING = "dating"
    SELF_COMPASSION = "self_compassion"
    BODY_COMFORT = "body_comfort"
    MEANING_AND_VALUES = "meaning_and_values"


WITH_PARTNER = frozenset(
    {Relationship.PARTNERED, Relationship.PARTNERED_APART, Relationship.NON_MONOGAMOUS}
)

# Goals that only make sense for some relationship statuses; every other goal fits everyone.
GOAL_FITS: dict[Goal, frozenset[Relationship]] = {
    Goal.CLOSENESS_WITH_PARTNER: WITH_PARTNER,
}

_G = Goal
DEFAULT_GOALS: dict[Relationship, frozenset[Goal]] = {
    Relationship.SINGLE: frozenset(
        {
            _G.MORE_DAILY_CONTACT,
            _G.VULNERABILITY_IN_CONVERSATION,
            _G.SELF_COMPASSION,
            _G.BODY_COMFORT,
            _G.DATING,
        }
    ),
    Relationship.DATING: frozenset(
        {_G.DATING, _G.VULNERABILITY_IN_CONVERSATION, _G.SELF_COMPASSION, _G.BODY_COMFORT}
    ),
    Relationship.PARTNERED: frozenset(
        {
            _G.CLOSENESS_WITH_PARTNER,
            _G.VULNERABILITY_IN_CONVERSATION,
            _G.DATING,
            _G.MEANING_AND_VALUES,
        }
    ),
    Relationship.PARTNERED_APART: frozenset(
        {_G.CLOSENESS_WITH_PARTNER, _G.VULNERABILITY_IN_CONVERSATION, _G.MORE_DAILY_CONTACT}
    ),
    Relationship.SEPARATED: frozenset(
        {_G.MORE_DAILY_CONTACT, _G.SELF_COMPASSION, _G.MEANING_AND_VALUES, _G.BODY_COMFORT}
    ),
    Relationship.WIDOWED: frozenset(
        {_G.MORE_DAILY_CONTACT, _G.SELF_COMPASSION, _G.MEANING_AND_VALUES, _G.BODY_COMFORT}
    ),
    Relationship.NON_MONOGAMOUS: frozenset(
        {
            _G.CLOSENESS_WITH_PARTNER,
            _G.VULNERABILITY_IN_CONVERSATION,
            _G.SELF_COMPASSION,
            _G.MORE_DAILY_CONTACT,
        }
    ),
}


class ProfileError(ValueError):
    """A profile value is not allowed; `field` names it and `allowed` lists what is."""

    def __init__(self, field: str, message: str, allowed: Iterable[str] = ()) -> None:
        self.field = field
        self.allowed = tuple(allowed)
        text = f"{field}: {message}"
        if self.allowed:
            text += f" (allowed: {', '.join(self.allowed)})"
        super().__init__(text)


@dataclass(frozen=True)
class Profile:
    life_stage: LifeStage
    relationship: Relationship
    trauma_informed: bool
    antidepressant: bool
    goals: frozenset[Goal]
    # False means self-guided: steps that need a clinician's support ask about one first.
    clinician_involved: bool = False
    # A private couple safety check found a concern that still stands: offer steps done
    # alone (or with friends) instead of partner ladders and couple conversations
    # (PenzeyMoog 2021, Design for Safety; see attune.clinical.plans.couple).
    couple_steps_paused: bool = False

    def has(self, goal: Goal) -> bool:
        return goal in self.goals

    @property
    def with_partner(self) -> bool:
        return self.relationship in WITH_PARTNER

    def sorted_goals(self) -> tuple[Goal, ...]:
        """Goals in declaration order, so output never depends on set iteration."""
        return tuple(goal for goal in Goal if goal in self.goals)


_E = TypeVar("_E", bound=StrEnum)


def _parse(kind: type[_E], field: str, value: object) -> _E:
    allowed = [member.value for member in kind]
    if isinstance(value, kind):
        return value
    if isinstance(value, str) and value in allowed:
        return kind(value)
    raise ProfileError(field, f"{value!r} is not a known value", allowed)


def _flag(field: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise ProfileError(field, f"{value!r} must be true or false", ("true", "false"))


def goals_for(relationship: Relationship) -> tuple[str, ...]:
    """The goal values that fit a relationship status."""
    return tuple(
        goal.value for goal in Goal if relationship in GOAL_FITS.get(goal, frozenset(Relationship))
    )


def default_goals(relationship: Relationship) -> frozenset[Goal]:
    return DEFAULT_GOALS[relationship]


def make_profile(
    *,
    life_stage: object,
    relationship: object,
    trauma_informed: object = False,
    antidepressant: object = False,
    goals: Iterable[object] | None = None,
    clinician_involved: object = False,
    couple_steps_paused: object = False,
) -> Profile:
    """Parse and check a profile; with no (or empty) goals, the relationship's defaults apply."""
    stage = _parse(LifeStage, "life_stage", life_stage)
    status = _parse(Relationship, "relationship", relationship)
    if isinstance(goals, str):
        goals = [goals]
    chosen = frozenset(_parse(Goal, "goals", goal) for goal in goals or ())
    for goal in sorted(chosen):
        fits = GOAL_FITS.get(goal)
        if fits is not None and status not in fits:
            needs = ", ".join(r.value for r in Relationship if r in fits)
            raise ProfileError(
                "goals",
                f"{goal.value!r} needs a partner (relationship {needs}), "
                f"not relationship {status.value!r}",
                goals_for(status),
            )
    return Profile(
        life_stage=stage,
        relationship=status,
        trauma_informed=_flag("trauma_informed", trauma_informed),
        antidepressant=_flag("antidepressant", antidepressant),
        goals=chosen or default_goals(status),
        clinician_involved=_flag("clinician_involved", clinician_involved),
        couple_steps_paused=_flag("couple_steps_paused", couple_steps_paused),
    )

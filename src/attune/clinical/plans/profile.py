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
    FRIENDSHIP_AND_BELONGING = "friendship_and_belonging"
    LESS_SHAME = "less_shame"
    FULL_LIFE_WITHOUT_SEX = "full_life_without_sex"
    TALKING_ABOUT_NEEDS = "talking_about_needs"
    SEXUAL_CLOSENESS = "sexual_closeness"


class SexualFocus(StrEnum):
    """Where sex sits in what the person wants from the plan (asked kindly, optional).

    ASEXUAL covers the asexual spectrum and lasting low desire that the person does not want
    treated (Brotto & Yule 2017); CELIBATE is a chosen celibacy; NOT_POSSIBLE is partnered
    sex that is not possible (illness, disability, circumstance). For these three the plan's
    success is not sexual: no dating or sexual steps unless the person chooses such a goal.
    """

    UNSAID = "unsaid"
    OPEN = "open"
    ASEXUAL = "asexual"
    CELIBATE = "celibate"
    NOT_POSSIBLE = "not_possible"


NON_SEXUAL_FOCUS = frozenset({SexualFocus.ASEXUAL, SexualFocus.CELIBATE, SexualFocus.NOT_POSSIBLE})


WITH_PARTNER = frozenset(
    {Relationship.PARTNERED, Relationship.PARTNERED_APART, Relationship.NON_MONOGAMOUS}
)

# Goals that only make sense for some relationship statuses; every other goal fits everyone.
GOAL_FITS: dict[Goal, frozenset[Relationship]] = {
    Goal.CLOSENESS_WITH_PARTNER: WITH_PARTNER,
}

# Goals about dating or sex: never among the defaults when sex is set aside (SexualFocus).
SEXUAL_GOALS = frozenset({Goal.DATING, Goal.SEXUAL_CLOSENESS})

# The pillars each goal is mostly about: a chosen goal raises their weight, higher for goals
# ranked first (attune.clinical.plans.choice).
GOAL_PILLARS: dict[Goal, tuple[str, ...]] = {
    Goal.MORE_DAILY_CONTACT: ("social", "foundations"),
    Goal.VULNERABILITY_IN_CONVERSATION: ("communication",),
    Goal.CLOSENESS_WITH_PARTNER: ("embodiment", "communication"),
    Goal.DATING: ("social", "embodiment"),
    Goal.SELF_COMPASSION: ("self_compassion",),
    Goal.BODY_COMFORT: ("embodiment", "body_regulation"),
    Goal.MEANING_AND_VALUES: ("values",),
    Goal.FRIENDSHIP_AND_BELONGING: ("social",),
    Goal.LESS_SHAME: ("self_compassion", "learning"),
    Goal.FULL_LIFE_WITHOUT_SEX: ("values", "social"),
    Goal.TALKING_ABOUT_NEEDS: ("communication",),
    Goal.SEXUAL_CLOSENESS: ("embodiment",),
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


def _non_sexual_defaults(relationship: Relationship) -> frozenset[Goal]:
    """Defaults for a plan whose success is not sexual: no dating, friendship and a full
    life instead."""
    base = DEFAULT_GOALS[relationship] - SEXUAL_GOALS
    return base | {Goal.FRIENDSHIP_AND_BELONGING, Goal.FULL_LIFE_WITHOUT_SEX}


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
    sexual_focus: SexualFocus = SexualFocus.UNSAID
    # Disability or long-term illness; LGBTQ+ (both optional, asked with "prefer not to say").
    disability: bool = False
    lgbtq: bool = False
    # The person's own order of their goals, most important first (may be empty).
    goal_order: tuple[Goal, ...] = ()

    def has(self, goal: Goal) -> bool:
        return goal in self.goals

    @property
    def non_sexual(self) -> bool:
        """The plan's success is not sexual (asexual, celibate, partnered sex not possible)."""
        return self.sexual_focus in NON_SEXUAL_FOCUS

    @property
    def wants_dating(self) -> bool:
        """Dating steps belong in the plan: always when the person chose dating; otherwise
        as before, unless sex is set aside."""
        return self.has(Goal.DATING) or (
            not self.non_sexual and self.relationship is Relationship.DATING
        )

    @property
    def wants_sexual_steps(self) -> bool:
        """Sexual (intimate) steps belong in the plan."""
        if not self.non_sexual:
            return True
        return self.has(Goal.SEXUAL_CLOSENESS) or self.has(Goal.DATING)

    def ordered_goals(self) -> tuple[Goal, ...]:
        """The person's order first, then the rest in declaration order."""
        ranked = tuple(g for g in self.goal_order if g in self.goals)
        return (*ranked, *(g for g in Goal if g in self.goals and g not in ranked))

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


def default_goals(
    relationship: Relationship, sexual_focus: SexualFocus = SexualFocus.UNSAID
) -> frozenset[Goal]:
    if sexual_focus in NON_SEXUAL_FOCUS:
        return _non_sexual_defaults(relationship)
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
    sexual_focus: object = SexualFocus.UNSAID,
    disability: object = False,
    lgbtq: object = False,
) -> Profile:
    """Parse and check a profile; with no (or empty) goals, the relationship's defaults apply.

    The order of `goals` is kept as the person's order of importance.
    """
    stage = _parse(LifeStage, "life_stage", life_stage)
    status = _parse(Relationship, "relationship", relationship)
    focus = _parse(SexualFocus, "sexual_focus", sexual_focus)
    if isinstance(goals, str):
        goals = [goals]
    order = tuple(dict.fromkeys(_parse(Goal, "goals", goal) for goal in goals or ()))
    chosen = frozenset(order) or default_goals(status, focus)
    if not order:
        order = tuple(goal for goal in Goal if goal in chosen)
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
        goals=chosen,
        clinician_involved=_flag("clinician_involved", clinician_involved),
        couple_steps_paused=_flag("couple_steps_paused", couple_steps_paused),
        sexual_focus=focus,
        disability=_flag("disability", disability),
        lgbtq=_flag("lgbtq", lgbtq),
        goal_order=order,
    )

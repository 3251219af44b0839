"""Phase 5: keeping what helps: setback plans, ongoing support, accepting fluctuation."""

from __future__ import annotations

from attune.clinical.plans import spec as cite
from attune.clinical.plans.content.common import article
from attune.clinical.plans.content.understand import values_key
from attune.clinical.plans.profile import Profile, Relationship
from attune.clinical.plans.spec import StepSpec
from attune.clinical.plans.vocab import PhaseKey, Pillar

_P = PhaseKey.SUSTAIN
_R = Relationship
_COUPLE = (_R.PARTNERED, _R.PARTNERED_APART)


_SETBACK_TAIL = (
    " Setbacks are part of change; they show where the next small step is, and each small "
    "success before them still counts."
)

# (key, title, early signs, what helps) for people planning on their own.
_SOLO_SETBACKS: dict[Relationship, tuple[str, str, str, str]] = {
    _R.SINGLE: (
        "setback-plan",
        "Plan for setbacks: what you will do when longing flares",
        "sleep slipping, withdrawing from friends, harsh self-talk",
        "a grounding exercise, a message to one friend",
    ),
    _R.DATING: (
        "setback-plan-dating",
        "Plan for when dating knocks your confidence",
        "long app sessions, replaying a silence, comparing yourself with others",
        "closing the apps for a few days, an evening with friends",
    ),
    _R.SEPARATED: (
        "setback-plan-separation",
        "Plan for the days the separation hits hard again",
        "checking your ex's news, sleepless nights, blaming yourself",
        "a call with someone on your side, time in a place that is yours",
    ),
    _R.WIDOWED: (
        "setback-plan-grief",
        "Plan for the days grief and loneliness return",
        "staying in, skipping meals, long evenings without a voice",
        "a call to family or your group, a walk at a familiar time",
    ),
}


def _setback_plan(profile: Profile) -> StepSpec:
    if profile.with_partner:
        key, title = "shared-setback-plan", "A shared plan for when closeness stalls"
        how = (
            "Together, write the early signs that closeness is stalling (avoiding touch, "
            "short tempers, long silences), what each of you will do (step back a stage, "
            "book a structured conversation, a Stage 0 evening) and how you will talk about "
            "it without blame."
        )
    else:
        key, title, signs, helps = _SOLO_SETBACKS[profile.relationship]
        how = (
            f"Write your early signs (for example {signs}), two things that help (for "
            f"example {helps}) and who you will tell."
        )
    return StepSpec(
        key=key,
        phase=_P,
        pillar=Pillar.SELF_COMPASSION,
        title=title,
        difficulty=20,
        tool="journal",
        how=how + _SETBACK_TAIL,
        notice="What a setback has taught you so far.",
    )


def _hard_dates(profile: Profile) -> list[StepSpec]:
    texts = {
        _R.WIDOWED: (
            "plan-for-anniversaries",
            "Plan ahead for anniversaries and other hard dates",
            "Mark the coming year's hard dates (the anniversary of the death, birthdays, "
            "holidays) and plan each one: who you will be with, a way to remember, and "
            "something gentle for the evening.",
        ),
        _R.SEPARATED: (
            "plan-for-holidays-handovers",
            "Plan ahead for holidays, handovers and anniversaries",
            "Mark the dates that may sting (holidays, handovers, the old anniversary) and "
            "plan each one: company, something for yourself, and a kind word ready for the "
            "evening.",
        ),
    }
    if profile.relationship not in texts:
        return []
    key, title, how = texts[profile.relationship]
    return [
        StepSpec(
            key=key,
            phase=_P,
            pillar=Pillar.SELF_COMPASSION,
            title=title,
            difficulty=25,
            tool="action_plan",
            how=how,
            notice="That grief often arrives in waves, and that waves pass.",
            basis=cite.GRIEF if profile.relationship is _R.WIDOWED else "",
        )
    ]


def _ongoing(profile: Profile) -> StepSpec:
    # The review together is a couple step: while those are paused, the individual one.
    if profile.relationship in _COUPLE and not profile.couple_steps_paused:
        return StepSpec(
            key="monthly-couple-review",
            phase=_P,
            pillar=Pillar.COMMUNICATION,
            title="A monthly review together, with each other's feedback",
            difficulty=25,
            tool="conversation",
            how=(
                "Once a month, at a set time: each say what helped, what was hard and what "
                "you would like next, using the speaker-listener rules. If you share attune "
                "feedback, read it together first."
            ),
            notice="Progress you might not see on your own.",
            basis=cite.SPEAKER_LISTENER,
        )
    return StepSpec(
        key="ongoing-circle-or-clinician",
        phase=_P,
        pillar=Pillar.SOCIAL,
        title="Keep a regular check-in with your circle or clinician",
        difficulty=20,
        tool="circle",
        how=(
            "Keep a regular place to review how things are going: your peer circle, a group, "
            "or sessions with your clinician. Put the next three dates in your calendar."
        ),
        notice="What others notice about your progress that you might miss.",
    )


def _revisit(profile: Profile) -> StepSpec:
    together = profile.relationship in _COUPLE
    return StepSpec(
        key="revisit-values-together" if together else "revisit-values",
        phase=_P,
        pillar=Pillar.VALUES,
        title=(
            "Revisit your values together and plan the next month"
            if together
            else "Revisit your values and plan the next month"
        ),
        difficulty=15,
        tool="values",
        how=(
            "Re-rate the life areas and compare with your first ratings. Choose one small, "
            "value-based action for each week of the coming month."
        ),
        notice="Each small success counts, including the ones that looked small at the time.",
        after=(values_key(profile),),
        basis=cite.VALUES,
    )


def sustain_steps(profile: Profile) -> list[StepSpec]:
    return [
        _setback_plan(profile),
        *_hard_dates(profile),
        _ongoing(profile),
        article(
            "accepting-fluctuating-desire",
            _P,
            "Read: accepting that desire comes and goes",
            "Read why sexual interest rises and falls with health, stress, mood, medicines "
            "and seasons of life, and how to meet that without self-blame.",
            "How you might respond kindly to a quiet patch in desire.",
        ),
        _revisit(profile),
    ]

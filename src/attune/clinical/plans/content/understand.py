"""Phase 2: trigger map, compassionate response, values and non-sexual anchors of connection."""

from __future__ import annotations

from attune.clinical.plans import spec as cite
from attune.clinical.plans.content.common import article
from attune.clinical.plans.profile import Goal, LifeStage, Profile, Relationship
from attune.clinical.plans.spec import StepSpec
from attune.clinical.plans.vocab import PhaseKey, Pillar

_P = PhaseKey.UNDERSTAND
_R = Relationship

# (key, title, how, notice) per relationship status.
_TRIGGERS: dict[Relationship, tuple[str, str, str, str]] = {
    _R.SINGLE: (
        "trigger-map-single",
        "Map the moments when longing hurts most",
        "For two weeks, each time longing turns painful, note where you were, what set it off "
        "(a couple holding hands, a wedding invitation, a quiet Sunday), the thought that "
        "followed and where you felt it in your body. Look for patterns, including old "
        "messages you absorbed about being desirable.",
        "Which moments repeat, and which thoughts about yourself ride along with them.",
    ),
    _R.DATING: (
        "trigger-map-dating",
        "Map the spikes around dating: apps, replies, dates",
        "Each time longing or self-doubt spikes, note the trigger: no reply, an unmatch, late "
        "scrolling through profiles, a date that went quiet. Note the story you told yourself "
        "and how long it lasted.",
        "Whether spikes follow app use more than actual contact, and which story repeats.",
    ),
    _R.PARTNERED: (
        "trigger-map-partnered",
        "Map the moments you feel alone beside your partner",
        "Note moments when longing hurts while your partner is near: a turned back in bed, a "
        "touch declined, a busy evening, comparing now with how things used to be. Write what "
        "happened, what you felt, what you told yourself and what you did next.",
        "Links to old hurts or betrayals, and patterns between you rather than faults in "
        "either of you.",
    ),
    _R.PARTNERED_APART: (
        "trigger-map-distance",
        "Map the hard moments of distance",
        "Note when the distance hurts most: the end of a call, weekends, a couple in the "
        "street, a late reply across time zones. Write what happened, what you felt and the "
        "story you told yourself about it.",
        "Which moments are about missing touch and which are about worry or insecurity.",
    ),
    _R.SEPARATED: (
        "trigger-map-separation",
        "Map the moments the separation stings",
        "Note when longing or hurt flares: handover days, anniversaries, an empty bed, news "
        "about your ex. Write what happened, what you felt, the thought that followed and "
        "where it sat in your body.",
        "Which stings are grief for what was, and which are fears about what comes next.",
    ),
    _R.WIDOWED: (
        "trigger-map-grief",
        "Map when grief and longing for closeness meet",
        "Note moments when missing your partner's touch and company is sharpest: evenings, "
        "anniversaries, the empty side of the bed, couples at family gatherings. Note too "
        "any moment of longing for closeness with someone new, and any guilt that followed.",
        "That grief and longing can sit side by side; neither cancels the other.",
    ),
    _R.NON_MONOGAMOUS: (
        "trigger-map-non-monogamous",
        "Map the moments of feeling left out or unchosen",
        "Note when longing or jealousy flares: a partner's date night, changed plans, news "
        "from a metamour, an empty week in the calendar. Write what happened, what you felt, "
        "the thought that followed and the need underneath it.",
        "Which feelings point to an unmet need, or to an agreement that needs another look.",
    ),
}

_COMPASSION: dict[Relationship, tuple[str, str, str, str]] = {
    _R.SINGLE: (
        "compassion-desirability",
        "Answer 'nobody would want me' with compassion",
        "nobody would want me",
        "Many people long for closeness and wait for it; wanting it shows you are capable "
        "of love, not that something is wrong with you.",
    ),
    _R.DATING: (
        "compassion-rejection",
        "Meet rejection with compassion, not a verdict",
        "they didn't reply, so I'm not enough",
        "A silence on an app says more about timing and chance than about your worth.",
    ),
    _R.PARTNERED: (
        "compassion-couple",
        "Soften the 'something is wrong with us' voice",
        "something is wrong with me, or with us",
        "Desire ebbs and flows in long relationships; we are two people learning each "
        "other again, and that takes care, not blame.",
    ),
    _R.PARTNERED_APART: (
        "compassion-distance",
        "Meet worries about the distance with kindness",
        "out of sight, out of mind: they'll drift away",
        "Missing someone this much shows how much they matter; worry is not evidence.",
    ),
    _R.SEPARATED: (
        "compassion-separation",
        "Answer 'I got love wrong' with compassion",
        "I got love wrong and I'll end up alone",
        "Relationships end for many reasons, most of them shared; I am allowed to grieve "
        "and to hope at the same time.",
    ),
    _R.WIDOWED: (
        "compassion-grief-guilt",
        "Meet guilt about wanting closeness again with kindness",
        "wanting closeness again betrays the person I lost",
        "Longing for touch and company is human; it sits beside my love for them and does "
        "not replace it.",
    ),
    _R.NON_MONOGAMOUS: (
        "compassion-comparison",
        "Meet comparison and jealousy with compassion",
        "they'd rather be with someone else",
        "Jealousy is a signal of a need, not proof that I matter less; I can ask for what I need.",
    ),
}

_VALUES: dict[Relationship, tuple[str, str, str]] = {
    _R.SINGLE: (
        "values-single",
        "Name how you want to show up in relationships, whatever happens",
        "In the friendship and intimate-relations areas, write three words for how you want "
        "to be (for example warm, honest, playful), whether or not anyone responds.",
    ),
    _R.DATING: (
        "values-dating",
        "Know what you value before you swipe",
        "Then write what matters to you in a partner and in yourself while dating "
        "(kindness, curiosity, honesty), apart from looks or the scripts you grew up with.",
    ),
    _R.PARTNERED: (
        "values-couple",
        "Each name your values, then compare them together",
        "Do this separately, then share the two or three that matter most to each of you in "
        "the couple and intimacy area. Look for overlap before differences.",
    ),
    _R.PARTNERED_APART: (
        "values-distance",
        "Values for a relationship across distance",
        "Then agree on what staying close looks like while apart: reliability, curiosity "
        "about each other's days, honesty about loneliness.",
    ),
    _R.SEPARATED: (
        "values-after-separation",
        "What matters to you now, on your own terms",
        "Rate them as you are now, not as you were in the relationship. Mark the areas that "
        "shrank during it and that you would like to grow again.",
    ),
    _R.WIDOWED: (
        "values-new-chapter",
        "Values for this chapter: honouring the past, choosing the present",
        "Write what you carry from your partnership that still matters, and what you would "
        "like to give time to now: family, friends, community, companionship, your own "
        "interests.",
    ),
    _R.NON_MONOGAMOUS: (
        "values-non-monogamy",
        "Your values across all of your relationships",
        "Note how you want to show up with each partner, with friends and with yourself, and "
        "which values your agreements should protect (honesty, care, freedom).",
    ),
}

_ANCHORS: dict[Relationship, tuple[str, str, str]] = {
    _R.SINGLE: (
        "anchors-friendship",
        "Plan three non-sexual anchors of connection with friends",
        "Pick three moments this week that don't depend on romance: laughing with someone, "
        "really listening to a friend, solving a small problem together (a recipe, a repair, "
        "a puzzle).",
    ),
    _R.DATING: (
        "anchors-beyond-dating",
        "Anchors of connection that don't depend on a match",
        "Plan a weekly laugh with friends, one conversation where you mostly listen, and one "
        "small shared project, so your sense of connection does not rest on the apps.",
    ),
    _R.PARTNERED: (
        "anchors-couple",
        "Non-sexual anchors as a couple: humour, listening, teamwork",
        "Each week plan one shared laugh, one moment of simply listening to each other, and "
        "one small problem you solve together. These are anchors in their own right, not "
        "warm-ups for sex.",
    ),
    _R.PARTNERED_APART: (
        "anchors-long-distance",
        "Shared anchors across the distance",
        "Watch the same film on a call, cook the same recipe, keep a shared playlist, or "
        "solve a puzzle together: small things that make the distance feel shared.",
    ),
    _R.SEPARATED: (
        "anchors-own-week",
        "Fixed points of connection that belong to you",
        "Set up anchors that are yours alone: a standing coffee with a friend, a class, a "
        "shared project, so your week has fixed points that were never part of the "
        "relationship.",
    ),
    _R.WIDOWED: (
        "anchors-remembrance-and-new",
        "Anchors that carry on: remembrance and new shared moments",
        "Keep one ritual that honours your late partner (a walk you took together, a meal on "
        "an anniversary) and add one new shared moment with someone living: a regular lunch, "
        "a card game, a choir.",
    ),
    _R.NON_MONOGAMOUS: (
        "anchors-each-relationship",
        "A non-sexual anchor in each relationship",
        "For each partner, and for one friendship, name a non-sexual anchor: a shared joke, a "
        "ritual, a way you listen to each other. Protect it in the calendar.",
    ),
}


def values_key(profile: Profile) -> str:
    return _VALUES[profile.relationship][0]


def _trigger_map(profile: Profile) -> StepSpec:
    key, title, how, notice = _TRIGGERS[profile.relationship]
    return StepSpec(
        key=key,
        phase=_P,
        pillar=Pillar.SELF_COMPASSION,
        title=title,
        difficulty=20,
        tool="trigger_map",
        how=how,
        notice=notice,
    )


def _compassion(profile: Profile, trigger_key: str) -> StepSpec:
    key, title, critic, kinder = _COMPASSION[profile.relationship]
    how = (
        f"When you notice the thought '{critic}', pause and name it ('there is the critic'). "
        "If it feels comfortable, rest a hand where you feel it. Then write what you would say "
        f"to a friend in your place, for example: '{kinder}' Read it back to yourself slowly."
    )
    return StepSpec(
        key=key,
        phase=_P,
        pillar=Pillar.SELF_COMPASSION,
        title=title,
        difficulty=25,
        tool="journal",
        how=how,
        notice="How the critic's tone changes when it is met with kindness rather than obeyed.",
        after=(trigger_key,),
        basis=cite.SELF_COMPASSION,
    )


def _then_and_now() -> list[StepSpec]:
    read = article(
        "trauma-responses-and-the-present",
        _P,
        "Read: trauma responses and the present",
        "Read how the body can react to reminders of past harm as if it were happening now, "
        "and how to tell a trauma response from what is happening today.",
        "Which reactions you recognise in yourself, without judging them.",
    )
    practice = StepSpec(
        key="then-and-now",
        phase=_P,
        pillar=Pillar.SELF_COMPASSION,
        title="Tell then from now when your body reacts",
        difficulty=25,
        tool="journal",
        how=(
            "When a reaction feels bigger than the moment, write three lines: what is "
            "happening now, what it may remind your body of, and what is different today (who "
            "you are with, where you are, what you can choose). Ground first if you need to."
        ),
        notice="Signs your body is reacting to the past (freezing, numbness, racing heart) and "
        "what brings you back to the present.",
        after=(read.key, "grounding-54321"),
    )
    return [read, practice]


def _values(profile: Profile) -> StepSpec:
    key, title, extra = _VALUES[profile.relationship]
    return StepSpec(
        key=key,
        phase=_P,
        pillar=Pillar.VALUES,
        title=title,
        difficulty=15,
        tool="values",
        how=(
            "Rate the ten life areas for how much each matters to you and how closely you "
            f"have lived it lately. {extra}"
        ),
        notice="Your worth in these values does not depend on any sexual or romantic outcome.",
        basis=cite.VALUES,
    )


def _anchors(profile: Profile, values_key: str) -> StepSpec:
    key, title, how = _ANCHORS[profile.relationship]
    return StepSpec(
        key=key,
        phase=_P,
        pillar=Pillar.VALUES,
        title=title,
        difficulty=20,
        tool="anchors",
        how=how,
        notice="Which anchor leaves you feeling most connected, and why.",
        after=(values_key,),
    )


def _scripts() -> list[StepSpec]:
    read = article(
        "cultural-scripts-about-desire",
        _P,
        "Read: cultural scripts about desire",
        "Read how family, faith, friends, films, porn and social media shape what we expect "
        "desire and dating to look like.",
        "Which scripts you recognise, and which you never chose.",
    )
    practice = StepSpec(
        key="scripts-you-grew-up-with",
        phase=_P,
        pillar=Pillar.VALUES,
        title="Name the scripts about desire you grew up with",
        difficulty=20,
        tool="journal",
        how=(
            "List three messages you absorbed about sex, desire or being attractive, and where "
            "they came from. For each, write whether it fits your values now, and what you "
            "would like to believe instead."
        ),
        notice="The difference between a script and a choice.",
        after=(read.key,),
    )
    return [read, practice]


def _letter(compassion_key: str) -> StepSpec:
    return StepSpec(
        key="compassionate-letter",
        phase=_P,
        pillar=Pillar.SELF_COMPASSION,
        title="Write a compassionate letter to yourself about longing",
        difficulty=35,
        tool="journal",
        how=(
            "Write as a wise, kind friend who knows everything about your longing and "
            "loneliness and does not judge any of it. What do they understand about where it "
            "comes from? What do they hope for you?"
        ),
        notice="What the letter says about your worth, apart from any romantic outcome.",
        after=(compassion_key,),
        basis=cite.SELF_COMPASSION,
    )


def _action_plan(values_key: str) -> StepSpec:
    return StepSpec(
        key="value-action-plan",
        phase=_P,
        pillar=Pillar.VALUES,
        title="A value-based action plan for the month",
        difficulty=20,
        tool="action_plan",
        how=(
            "Pick one value from your list and plan three small actions that express it this "
            "month, with a day and time for each. Choose actions that are in your hands, "
            "whatever anyone else does."
        ),
        notice="How acting on a value feels, regardless of how others respond.",
        after=(values_key,),
        basis=cite.VALUES,
    )


def understand_steps(profile: Profile) -> list[StepSpec]:
    trigger = _trigger_map(profile)
    compassion = _compassion(profile, trigger.key)
    values = _values(profile)
    steps: list[StepSpec] = []
    if profile.relationship in (_R.SINGLE, _R.WIDOWED, _R.SEPARATED):
        steps.append(
            article(
                "three-kinds-of-loneliness",
                _P,
                "Read: social, emotional and sexual loneliness",
                "Read how the three kinds of loneliness differ and why each needs its own kind "
                "of answer.",
                "Which of the three is loudest for you this month.",
            )
        )
    steps += [trigger, compassion]
    steps.append(
        article(
            "self-compassion-for-longing",
            _P,
            "Read: self-compassion for longing",
            "Read why harsh self-talk keeps longing painful and how a kinder inner voice can "
            "be practised, even when it feels awkward at first.",
            "Which kind phrases feel believable to you, and which don't yet.",
            basis=cite.SELF_COMPASSION,
        )
    )
    if profile.has(Goal.SELF_COMPASSION):
        steps.append(_letter(compassion.key))
    if profile.trauma_informed:
        steps += _then_and_now()
    steps += [values, _anchors(profile, values.key)]
    if profile.life_stage is LifeStage.EMERGING_ADULT or profile.relationship is _R.DATING:
        steps += _scripts()
    if profile.has(Goal.MEANING_AND_VALUES):
        steps.append(_action_plan(values.key))
    return steps

"""Phase 1: routine, daily contact, body regulation, first reading, medicines and health."""

from __future__ import annotations

from attune.clinical.plans import spec as cite
from attune.clinical.plans.content.common import article
from attune.clinical.plans.profile import Goal, LifeStage, Profile, Relationship
from attune.clinical.plans.spec import StepSpec
from attune.clinical.plans.vocab import PhaseKey, Pillar

_P = PhaseKey.GROUND

GROUNDING = StepSpec(
    key="grounding-54321",
    phase=_P,
    pillar=Pillar.BODY_REGULATION,
    title="Grounding with 5-4-3-2-1",
    difficulty=5,
    tool="exercise:grounding_54321",
    how=(
        "Name five things you can see, four you can touch, three you can hear, two you can "
        "smell and one you can taste. Practise once a day while calm, so it is ready when a "
        "memory or a wave of fear arrives."
    ),
    notice="How quickly your attention comes back to the room, and what in the present helps.",
    basis="A widely used grounding technique in trauma-informed care; no single published source.",
)

AGENCY = StepSpec(
    key="agency-agreement",
    phase=_P,
    pillar=Pillar.FOUNDATIONS,
    title="Write your own agreement about pace and stopping",
    difficulty=10,
    tool="action_plan",
    how=(
        "Write down, in your words: you choose when and how to connect; any step can be "
        "paused; any exercise can stop at any moment. Choose a stop word or gesture for "
        "practices with other people, and one person or professional to contact if a memory "
        "overwhelms you."
    ),
    notice="What helps you feel in charge of the pace, and what takes that feeling away.",
    after=("grounding-54321",),
)

BODY_SCAN_SHORT = StepSpec(
    key="body-scan-short",
    phase=_P,
    pillar=Pillar.BODY_REGULATION,
    title="A short body scan, eyes open, starting where you choose",
    difficulty=15,
    tool="exercise:body_scan",
    how=(
        "For five minutes, move attention slowly through the body, starting with a neutral "
        "place such as the feet or hands. Keep your eyes open and skip any area that feels "
        "unsafe; coming back to 5-4-3-2-1 is always allowed."
    ),
    notice="Which places feel neutral or pleasant: these are resources you can return to.",
    after=("grounding-54321",),
    basis="Body scan (Kabat-Zinn 1990), shortened and adapted for trauma-informed practice.",
)

CHECKIN = StepSpec(
    key="daily-checkin",
    phase=_P,
    pillar=Pillar.FOUNDATIONS,
    title="A two-minute daily check-in",
    difficulty=5,
    tool="checkin",
    how=(
        "Once a day, at a time you choose, rate your mood and the three kinds of loneliness "
        "(social, emotional, sexual), and note sleep, movement and contact. Two minutes is "
        "enough; a missed day is simply a gap."
    ),
    notice="Patterns across the week: on which days longing is loudest, and what came before.",
    basis="Measurement-based care: self-reported mood and loneliness reviewed over time.",
)

BREATH = StepSpec(
    key="breath-extended-exhale",
    phase=_P,
    pillar=Pillar.BODY_REGULATION,
    title="Extended exhale, morning and evening",
    difficulty=5,
    tool="exercise:extended_exhale",
    how=(
        "Breathe in for about four counts and out for six to eight, for three minutes, "
        "morning and evening, sitting or lying however is comfortable."
    ),
    notice="Changes in your shoulders, jaw and belly, and in your mood afterwards.",
    basis="Slow breathing (systematic review: Zaccaro et al. 2018); the longer exhale is a "
    "common variant.",
)

_ROUTINES: dict[LifeStage, tuple[str, str, str, str]] = {
    LifeStage.EMERGING_ADULT: (
        "rhythm-sleep-screens",
        "Protect sleep from late-night scrolling",
        "Choose a screens-off time an hour before bed on five nights this week, keep a steady "
        "wake time, and move your body on most days. Social and dating apps late at night "
        "tend to feed comparison when you are tired.",
        "How mood and longing the next day differ after nights with and without scrolling.",
    ),
    LifeStage.ADULT: (
        "rhythm-sleep-movement-meals",
        "A steady rhythm for sleep, movement and meals",
        "Choose one anchor for each: a regular wake time, twenty minutes of movement you "
        "enjoy, and one unhurried meal a day. Start with whichever feels easiest.",
        "Which of the three lifts your mood most; energy and desire often follow rhythm.",
    ),
    LifeStage.MIDLIFE: (
        "rhythm-energy-midlife",
        "Rhythm for sleep and energy around work and caring",
        "Sketch a typical week: work, caring for children or parents, rest. Guard a regular "
        "bedtime and find two short windows for movement that are yours. If night sweats, "
        "pain or worry break your sleep, note it for your doctor.",
        "Where your energy goes, and whether tiredness explains some of what feels like low "
        "desire.",
    ),
    LifeStage.LATER_LIFE: (
        "rhythm-gentle-movement",
        "Gentle daily movement and a steady sleep pattern",
        "Choose movement that suits your body now: a walk, chair exercises, swimming or "
        "gardening on most days, with regular times for waking, meals and winding down. Ask "
        "your doctor first if you have a heart, joint or balance condition.",
        "How daylight and movement change your sleep and your evening mood.",
    ),
}

_CONTACTS: dict[Relationship, tuple[str, str, str, str]] = {
    Relationship.SINGLE: (
        "daily-contact-single",
        "One small contact each day",
        "Each day, one brief contact that has nothing to do with dating: a message to a "
        "friend, a word with a neighbour, a call to a relative. Log it in your check-in.",
        "How you feel in the hour after a contact, even a short one.",
    ),
    Relationship.DATING: (
        "daily-contact-offline",
        "Daily contact away from the dating apps",
        "Each day, one contact with a friend, housemate, classmate or colleague that happens "
        "outside dating apps: a voice note, a shared meal, a walk.",
        "Whether friendship changes how much silence on the apps stings.",
    ),
    Relationship.PARTNERED: (
        "daily-time-together",
        "Ten minutes a day together, without screens",
        "Pick ten minutes a day with your partner: tea, a short walk, the end of the evening. "
        "No logistics, no screens and no expectation of anything more. Talk, or simply sit "
        "together.",
        "Whether small, regular, pressure-free time changes how close you feel.",
    ),
    Relationship.PARTNERED_APART: (
        "daily-ritual-distance",
        "A small daily ritual across the distance",
        "Agree on one reliable daily touchpoint: a good-morning message, a photo of your "
        "day, or a five-minute call at a time that works in both time zones.",
        "How predictability changes the ache of distance.",
    ),
    Relationship.SEPARATED: (
        "daily-contact-ally",
        "A daily contact with someone on your side",
        "Each day, reach one person who supports you: a friend, a sibling, a colleague. "
        "Arrangements with your ex or about the separation don't count.",
        "Who leaves you steadier after contact, and who leaves you more unsettled.",
    ),
    Relationship.WIDOWED: (
        "daily-call-or-visit",
        "A daily call, visit or chat",
        "Set up one contact a day: a call with family or a friend, a chat with a neighbour, "
        "a visit to a cafe, library or community centre. Evenings and weekends are often "
        "hardest; place contacts there if you can.",
        "At which times loneliness peaks, and which contacts ease it.",
    ),
    Relationship.NON_MONOGAMOUS: (
        "daily-contact-beyond-partners",
        "Daily contact beyond your partners",
        "Each day, one contact with a friend or relative outside your relationships, so that "
        "partners are not your only source of company and support.",
        "Whether friendship makes the gaps between time with partners easier to bear.",
    ),
}

_HEALTH: dict[LifeStage, tuple[str, str, str, str]] = {
    LifeStage.MIDLIFE: (
        "health-check-midlife",
        "Check body changes with your doctor",
        "Book a routine check and bring a short list: sleep, energy, mood, and any changes in "
        "desire, arousal, lubrication, erections or pain. Perimenopause and menopause, lower "
        "testosterone, blood pressure, diabetes and many medicines can all play a part, and "
        "most have options.",
        "Relief or worry as you write the list; both are worth bringing.",
    ),
    LifeStage.LATER_LIFE: (
        "health-review-later-life",
        "Review health and medicines with intimacy in mind",
        "Ask your doctor or pharmacist to look at your medicines and conditions with "
        "closeness in mind: some heart, blood-pressure and mood medicines affect desire or "
        "arousal, and pain, dryness or erection changes often have simple options. It is a "
        "reasonable question at any age.",
        "What you would like your body to enjoy again: warmth, touch, rest, closeness.",
    ),
}


APP_LIMITS = StepSpec(
    key="app-limits",
    phase=_P,
    pillar=Pillar.FOUNDATIONS,
    title="Set your app limits: when, how long, in what mood",
    difficulty=20,
    tool="action_plan",
    how=(
        "Choose set times and a limit for dating apps (for example twenty minutes, not in "
        "bed, not when low), and turn notifications off. Check your mood before opening an "
        "app; if it is under 4 out of 10, do something else first."
    ),
    notice="How your mood after the apps changes with limits in place.",
    after=("daily-checkin",),
)


def _routine(profile: Profile) -> StepSpec:
    key, title, how, notice = _ROUTINES[profile.life_stage]
    return StepSpec(
        key=key,
        phase=_P,
        pillar=Pillar.FOUNDATIONS,
        title=title,
        difficulty=10,
        tool="action_plan",
        how=how,
        notice=notice,
        after=("daily-checkin",),
        basis=cite.ACTIVATION,
    )


def contact_key(profile: Profile) -> str:
    return _CONTACTS[profile.relationship][0]


def _contact(profile: Profile) -> StepSpec:
    key, title, how, notice = _CONTACTS[profile.relationship]
    return StepSpec(
        key=key,
        phase=_P,
        pillar=Pillar.FOUNDATIONS,
        title=title,
        difficulty=15,
        tool="checkin",
        how=how,
        notice=notice,
        basis=cite.ACTIVATION,
    )


def _widen(profile: Profile) -> StepSpec:
    return StepSpec(
        key="widen-contacts",
        phase=_P,
        pillar=Pillar.FOUNDATIONS,
        title="Add one less familiar contact each week",
        difficulty=25,
        tool="experiment",
        how=(
            "Alongside familiar people, add one contact a week with someone you know less "
            "well: a colleague, a neighbour, someone from a class. Before it, note what you "
            "expect to happen; afterwards, note what did."
        ),
        notice="How the worry beforehand compares with how it went.",
        after=(contact_key(profile),),
        basis=cite.EXPERIMENT,
    )


def _health(profile: Profile) -> list[StepSpec]:
    if profile.life_stage not in _HEALTH:
        return []
    key, title, how, notice = _HEALTH[profile.life_stage]
    return [
        StepSpec(
            key=key,
            phase=_P,
            pillar=Pillar.FOUNDATIONS,
            title=title,
            difficulty=20,
            tool="action_plan",
            how=how,
            notice=notice,
        )
    ]


def _medication() -> list[StepSpec]:
    read = article(
        "antidepressants-and-sexual-function",
        _P,
        "Read: antidepressants and sexual side effects",
        "Read how antidepressants can change desire, arousal and orgasm, how often this "
        "happens with different medicines, and which options people talk through with their "
        "prescriber.",
        "Which changes you recognise, and when they began compared with starting or changing "
        "a medicine.",
        basis=cite.SERRETTI,
    )
    prepare = StepSpec(
        key="prepare-prescriber-conversation",
        phase=_P,
        pillar=Pillar.FOUNDATIONS,
        title="Prepare a conversation with your prescriber",
        difficulty=25,
        tool="action_plan",
        how=(
            "Write down what you have noticed (desire, arousal, orgasm; since when), how much "
            "it matters to you, and what you would like to ask about: waiting to see whether "
            "it eases, a lower dose, switching, or adding a medicine. Take the list to your "
            "next appointment or ask for one. Never stop or change an antidepressant without "
            "your prescriber: stopping suddenly can bring back low mood or cause withdrawal "
            "effects."
        ),
        notice=(
            "Whether naming it makes it feel more manageable. You have a right to informed "
            "choices about your treatment."
        ),
        after=(read.key,),
        basis=cite.SERRETTI,
    )
    return [read, prepare]


def _pmr(profile: Profile) -> StepSpec:
    if profile.life_stage is LifeStage.LATER_LIFE:
        key, title = "pmr-gentle-seated", "Gentle seated muscle relaxation"
        how = (
            "Sitting in a supportive chair, tense each muscle group only lightly, or simply "
            "notice it, then let go, from feet to face. Skip any joint or muscle that hurts."
        )
    else:
        key, title = "pmr-evening", "Progressive muscle relaxation in the evening"
        how = (
            "Tense each muscle group gently for about five seconds, then release for fifteen, "
            "from feet to face. About fifteen minutes, before sleep."
        )
    return StepSpec(
        key=key,
        phase=_P,
        pillar=Pillar.BODY_REGULATION,
        title=title,
        difficulty=10,
        tool="exercise:progressive_muscle_relaxation",
        how=how,
        notice="The difference between tension and release, and where you hold the day.",
        after=("breath-extended-exhale",),
        basis="Progressive relaxation (Jacobson 1938).",
    )


def _depression_article() -> StepSpec:
    return article(
        "depression-and-desire",
        _P,
        "Read: how depression affects desire",
        "Read how low mood dampens desire and pleasure, and why this says nothing about your "
        "worth or your attractiveness.",
        "Which parts sound like your experience, and what you would like someone close to "
        "you to understand.",
        basis="About 50-70 % of people with depression report sexual problems, mostly low desire.",
    )


def ground_steps(profile: Profile) -> list[StepSpec]:
    steps: list[StepSpec] = []
    if profile.trauma_informed:
        steps += [GROUNDING, AGENCY]
    steps += [BREATH, CHECKIN, _routine(profile), _contact(profile)]
    if profile.relationship is Relationship.DATING:
        steps.append(APP_LIMITS)
    if profile.has(Goal.MORE_DAILY_CONTACT):
        steps.append(_widen(profile))
    steps += _health(profile)
    steps.append(_depression_article())
    if profile.antidepressant:
        steps += _medication()
    steps.append(_pmr(profile))
    if profile.trauma_informed:
        steps.append(BODY_SCAN_SHORT)
    return steps

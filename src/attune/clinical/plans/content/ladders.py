"""Embodiment ladders. Each rung carries a gentler, smaller rung used when pace must slow.

Partnered ladders follow sensate focus (Masters & Johnson 1970; Weiner & Avery-Clark 2014,
2017). The single-person ladder follows the exposure hierarchy in CLINICAL.md, which is a
design suggestion from exposure-therapy practice, not a published protocol.
"""

from __future__ import annotations

from attune.clinical.plans import spec as cite
from attune.clinical.plans.profile import Goal, LifeStage, Profile, Relationship
from attune.clinical.plans.spec import Gentler, StepSpec, hierarchy, sensate
from attune.clinical.plans.vocab import PhaseKey, Pillar

_NO_GOAL = (
    "Attention stays on sensation (temperature, pressure, texture) for your own interest, "
    "not on giving or getting pleasure or arousal."
)


def _rung(
    key: str,
    title: str,
    difficulty: int,
    tool: str,
    how: str,
    notice: str,
    gentler: Gentler,
    *,
    after: tuple[str, ...] = (),
    basis: str = "",
    sessions: int = 2,
    stages: tuple[int, ...] = (),
    intimate: bool = False,
) -> StepSpec:
    return StepSpec(
        key=key,
        phase=PhaseKey.CLOSENESS,
        pillar=Pillar.EMBODIMENT,
        title=title,
        difficulty=difficulty,
        tool=tool,
        how=how,
        notice=notice,
        after=after,
        basis=basis,
        sessions=sessions,
        gentler=gentler,
        sensate_stages=stages,
        intimate=intimate,
    )


def mindful_sensuality() -> StepSpec:
    return _rung(
        "mindful-sensuality-solo",
        "Mindful sensuality on your own: texture, warmth, breath",
        10,
        "exercise:mindful_sensuality",
        "For ten minutes, explore sensation for its own sake: the texture of fabric, warm "
        "water on your hands, the weight of a blanket, your breath. When your mind judges or "
        "drifts, bring it back to what you feel. Nothing needs to happen.",
        "Which sensations feel pleasant, neutral or unpleasant, without deciding what they "
        "should mean.",
        Gentler(
            "Two minutes with one texture, eyes open",
            "Hold one object (a smooth stone, a soft scarf) for two minutes with your eyes "
            "open, describing its temperature and texture out loud. Stop whenever you want.",
            "One sensation that feels neutral or pleasant.",
        ),
        sessions=1,
    )


def _sensate_couple(profile: Profile) -> list[StepSpec]:
    stage0 = _rung(
        "sf-stage-0-holding-hands",
        "Stage 0: holding hands and back rubs, nothing more expected",
        20,
        "experiment",
        "Agree beforehand that nothing sexual will follow. Take turns inviting: ten minutes "
        "of holding hands, a back or shoulder rub over clothes, or lying close. Use your "
        "traffic light; either of you may say 'not today'.",
        "What closeness feels like when nothing else is expected.",
        Gentler(
            "Sitting side by side, clothed, for five minutes",
            "Sit close on the sofa, shoulders or knees touching, for five minutes while you "
            "talk or listen to music. Whoever feels more hesitant decides when it ends.",
            "Whether your body settles or tenses as the minutes pass.",
        ),
        after=("agree-safe-language",),
        basis=sensate("0 (optional)"),
        stages=(0,),
    )
    extra: list[StepSpec] = []
    if profile.life_stage is LifeStage.MIDLIFE:
        extra.append(
            _rung(
                "responsive-desire",
                "Notice how desire can follow closeness rather than lead it",
                25,
                "journal",
                "After a Stage 0 time together, note whether interest grew once you were close "
                "and relaxed, rather than arriving first. Nothing needs to follow; you are "
                "learning how your desire works now.",
                "What helps interest arise, and what dampens it: tiredness, worry, timing.",
                Gentler(
                    "Note one moment of warmth this week",
                    "Write one line each evening about any moment of warmth or interest, "
                    "however small, with or without your partner.",
                    "That warmth comes in many sizes.",
                ),
                basis=cite.RESPONSIVE_DESIRE,
                sessions=1,
                intimate=True,
            )
        )
    if profile.life_stage is LifeStage.LATER_LIFE:
        extra.append(
            _rung(
                "adapt-touch-later-life",
                "Adapt touch to your bodies now: comfort, positions, support",
                25,
                "experiment",
                "Before touching, make each other comfortable: pillows for joints, a warm "
                "room, a lubricant if dryness is an issue, a time of day when you both have "
                "energy. Plan pauses. Comfort is part of closeness.",
                "Which adjustments make touch easier and more enjoyable.",
                Gentler(
                    "Talk through comfort before touching",
                    "Spend ten minutes telling each other what helps your body feel "
                    "comfortable (warmth, support, time of day) without trying anything yet.",
                    "What you did not know about your partner's comfort.",
                ),
                sessions=1,
                intimate=True,
            )
        )
    if not profile.has(Goal.CLOSENESS_WITH_PARTNER):
        return [stage0, *extra]
    return [stage0, *extra, *_sensate_stages()]


def _sensate_stages() -> list[StepSpec]:
    return [
        _rung(
            "sf-stage-1-turns",
            "Stage I: taking turns touching, breasts and genitals off-limits",
            35,
            "experiment",
            "Take turns of about fifteen minutes. The toucher explores the partner's body, "
            f"except breasts and genitals. {_NO_GOAL} The receiver notices and may move the "
            "toucher's hand away. Intercourse and touching to orgasm are off the table at this "
            "stage. Take turns starting sessions; either of you may decline.",
            "Where your attention goes, and how you bring it back to sensation.",
            Gentler(
                "Stage I, clothed, hands, arms and back only",
                "As Stage I, but clothed and limited to hands, arms and back, ten minutes each "
                "way.",
                "What it is like to receive touch with no next step.",
            ),
            basis=sensate("I"),
            stages=(1,),
        ),
        _rung(
            "sf-stage-2-guiding",
            "Stage II: the receiver guides the toucher's hand",
            45,
            "experiment",
            "As in Stage I, but the receiver may rest a hand over the toucher's to show "
            "pressure, pace or place. It is information, not a correction. Breasts and "
            "genitals are still excluded.",
            "How it feels to show what you like, and to be shown.",
            Gentler(
                "Stage II for five minutes, then rest together",
                "Guide your partner's hand for five minutes only, then lie together without "
                "touching, and talk about it if you want to.",
                "Whether guiding feels like asking too much, and what eases that.",
            ),
            basis=sensate("II"),
            stages=(2,),
        ),
        _rung(
            "sf-stage-3-inclusive",
            "Stage III: breasts and genitals included, without an orgasm goal",
            55,
            "experiment",
            "Touch may now include breasts and genitals, still for the toucher's own interest "
            "in sensation, still with no aim of arousal or orgasm. If arousal comes, notice it "
            "and let it come and go. Go at the slower partner's pace and step back a stage "
            "whenever either of you wants.",
            "Any pull towards a goal, and what happens when you return to sensation.",
            Gentler(
                "Talk Stage III through first, then try it briefly",
                "Before Stage III, talk about it: what each of you is curious about, what is "
                "off-limits, which signals you will use. Then try it for five minutes and "
                "stop there.",
                "Whether talking first makes the step feel more chosen.",
            ),
            basis=sensate("III"),
            stages=(3,),
        ),
        _rung(
            "sf-stage-4-mutual",
            "Stage IV: mutual touch, then more only if you both want",
            65,
            "experiment",
            "Touch each other at the same time. Later, if you both want, orgasm and then "
            "intercourse can be included, one step at a time. The slower partner sets the "
            "pace, and stepping back a stage is always fine.",
            "Closeness and pleasure as things you share, not a test either of you can pass.",
            Gentler(
                "Mutual touch for a few minutes, then back to turns",
                "Touch each other at the same time for a few minutes, then return to taking "
                "turns as in Stage II.",
                "How mutual touch differs from taking turns.",
            ),
            basis=sensate("IV"),
            stages=(4,),
        ),
    ]


def _apart_ladder(profile: Profile) -> list[StepSpec]:
    rungs = [
        _rung(
            "distance-shared-ritual",
            "Closeness on a call: eat, read or fall asleep 'together'",
            15,
            "experiment",
            "Stay on a call while doing something ordinary together: eating, reading, falling "
            "asleep. No need to talk the whole time.",
            "Whether sharing quiet time feels close.",
            Gentler(
                "Ten minutes of quiet company on a call",
                "Stay on a call for ten minutes while each of you does something calm, "
                "cameras optional.",
                "How silence feels when it is shared.",
            ),
            sessions=1,
        ),
        _rung(
            "describe-sensations",
            "Describe a pleasant sensation of your day to each other",
            25,
            "conversation",
            "Each evening this week, describe one pleasant sensation from your day: sun on "
            "your face, a hot shower, a soft jumper. Listen without steering it anywhere.",
            "What your partner notices, and what that tells you about them.",
            Gentler(
                "Write one sensation in a message",
                "Send one line a day about something pleasant you felt, without expecting a "
                "reply in kind.",
                "Which sensations you choose to share.",
            ),
            sessions=1,
        ),
    ]
    if profile.has(Goal.CLOSENESS_WITH_PARTNER):
        rungs += [
            _rung(
                "visit-stage-0-1",
                "On a visit: holding and Stage I touch, without expectations",
                40,
                "experiment",
                "The first hours of a visit can feel strange. Start with holding hands, a "
                f"back rub or Stage I turns, agreed in advance. {_NO_GOAL} No catching up on "
                "sex is expected.",
                "How long it takes your bodies to feel familiar again.",
                Gentler(
                    "On a visit: sit close and talk, then hold hands",
                    "Spend the first evening sitting close and talking; hold hands when it "
                    "feels right, and leave it there.",
                    "What helps the first awkwardness pass.",
                ),
                after=("plan-visit-together",),
                basis=sensate("0 and I"),
                stages=(0, 1),
            ),
            _rung(
                "visit-stage-2-3",
                "On a visit: guided touch, then more, at the slower partner's pace",
                55,
                "experiment",
                "On a later visit, move to Stage II (the receiver guides the toucher's hand) "
                "and, only if you both want, Stage III, still without an orgasm goal. Step "
                "back whenever either of you wants.",
                "What you want to carry home from the visit.",
                Gentler(
                    "On a visit: Stage II only, then talk about Stage III",
                    "Practise Stage II once, then talk about whether and when Stage III "
                    "would feel right.",
                    "Whether you both feel ready, or one of you needs more time.",
                ),
                basis=sensate("II and III"),
                stages=(2, 3),
            ),
        ]
    return [mindful_sensuality(), *rungs]


def _cnm_ladder(profile: Profile) -> list[StepSpec]:
    rungs = [
        _rung(
            "cnm-notice-safe-closeness",
            "Notice what closeness feels safe with each partner",
            20,
            "journal",
            "After time with each partner, note where in your body you felt at ease, where you "
            "tensed, and what felt chosen rather than pressured. Closeness can feel different "
            "in each relationship.",
            "Differences between relationships, without ranking them.",
            Gentler(
                "One line after time with a partner",
                "After time with one partner, write one line: at ease, tense, or mixed.",
                "A single signal from your body.",
            ),
            sessions=1,
        )
    ]
    if profile.has(Goal.CLOSENESS_WITH_PARTNER):
        rungs += [
            _rung(
                "cnm-stage-0-1",
                "Holding and Stage I touch with a partner you choose",
                35,
                "experiment",
                "With one partner, agree on a traffic light and take turns: first holding and "
                f"back rubs, then Stage I, breasts and genitals off-limits. {_NO_GOAL}",
                "Whether slowing down changes closeness in this relationship.",
                Gentler(
                    "Holding and back rubs only, clothed",
                    "Ten minutes of holding or a clothed back rub with one partner, nothing more.",
                    "What your body says about this pace.",
                ),
                after=("review-agreements",),
                basis=sensate("0 and I"),
                stages=(0, 1),
            ),
            _rung(
                "cnm-stage-2",
                "Stage II: the receiver guides the toucher's hand",
                45,
                "experiment",
                "As before, but the receiver may rest a hand over the toucher's to show "
                "pressure, pace or place. Breasts and genitals are still excluded.",
                "How it feels to show what you like.",
                Gentler(
                    "Guide for five minutes, then rest",
                    "Guide your partner's hand for five minutes only, then rest together.",
                    "Whether guiding feels easy or exposing.",
                ),
                basis=sensate("II"),
                stages=(2,),
            ),
            _rung(
                "cnm-stage-3-4",
                "Stages III and IV, within your agreements, only as they feel safe",
                60,
                "experiment",
                "When you both want, include breasts and genitals without an orgasm goal, and "
                "later mutual touch, within your safer-sex agreements. The slower partner "
                "sets the pace.",
                "Closeness as something shared, not something to achieve.",
                Gentler(
                    "Talk through the next stage before trying it",
                    "Talk about the next stage: curiosity, limits, signals, safer sex. Try it "
                    "briefly only if you both want to.",
                    "Whether talking first makes the step feel chosen.",
                ),
                basis=sensate("III and IV"),
                stages=(3, 4),
            ),
        ]
    return [mindful_sensuality(), *rungs]


def partner_ladder(profile: Profile) -> list[StepSpec]:
    if profile.relationship is Relationship.PARTNERED_APART:
        return _apart_ladder(profile)
    if profile.relationship is Relationship.NON_MONOGAMOUS:
        return _cnm_ladder(profile)
    return [mindful_sensuality(), *_sensate_couple(profile)]


SELF_TOUCH = _rung(
    "solo-mindful-self-touch",
    "Mindful touch of your own hands, arms and face",
    20,
    "exercise:mindful_sensuality",
    "For ten minutes, touch your own hands, forearms, face or feet with curiosity about "
    "temperature, pressure and texture, as in sensate focus but alone. Rate distress 0-100 "
    "before and after, and repeat on several days.",
    "How the distress rating changes from one day to the next.",
    Gentler(
        "One minute: a warm hand resting on your forearm",
        "Rest a warm hand on your forearm for one minute and notice the warmth and weight. "
        "That is the whole step.",
        "Whether the contact feels neutral, pleasant or uneasy.",
    ),
    basis=hierarchy(1),
)

NON_SEXUAL_TOUCH = _rung(
    "non-sexual-touch-others",
    "Welcome non-sexual touch: a massage, hugs, a dance class",
    30,
    "experiment",
    "Choose one way to receive non-sexual touch this fortnight: a professional massage, "
    "asking a friend for a hug, a partner-dance or yoga class with hands-on guidance. Rate "
    "distress before and after.",
    "What your body does when touch begins and ends.",
    Gentler(
        "Touch with a clear start and end: a handshake, a pet, a haircut",
        "Choose brief touch with a clear beginning and end (a handshake, stroking a pet, a "
        "haircut) and notice it with curiosity.",
        "That you can receive touch and still feel in charge.",
    ),
    basis=hierarchy(2),
)

SINGLE_TOUCH_RUNGS = (SELF_TOUCH, NON_SEXUAL_TOUCH)

SINGLE_DATING_RUNGS = (
    _rung(
        "dating-profile",
        "Write a dating profile that shows who you are",
        50,
        "experiment",
        "Write it around your values and what you enjoy, not what you think will be wanted. "
        "Rate distress before publishing; you can keep it hidden for a few days.",
        "Which parts felt good to write, and which felt exposing.",
        Gentler(
            "Draft a profile privately, without publishing",
            "Write a draft in your journal only. Read it back as a friend would.",
            "What you like about the person described.",
        ),
        basis=hierarchy(6),
    ),
    _rung(
        "first-message",
        "Send a first message",
        60,
        "experiment",
        "Send one message that responds to something specific in the other person's profile. "
        "A reply, or none, is information about fit and timing, not about your worth.",
        "The distress before sending, and an hour afterwards.",
        Gentler(
            "Write three first messages and send none",
            "Write three possible first messages to real or imagined profiles, and keep them.",
            "Which one sounds most like you.",
        ),
        basis=hierarchy(7),
    ),
    _rung(
        "coffee-date",
        "Meet for a coffee date, connection first",
        70,
        "experiment",
        "Choose a public place and a set length (an hour is plenty) and tell a friend where "
        "you are. Aim to learn one thing about the other person and notice how you feel with "
        "them; nothing needs to happen next. Rate distress before and after.",
        "How you felt with them, not how you came across.",
        Gentler(
            "A short video call before meeting",
            "Suggest a fifteen-minute video call first, so meeting in person is the second "
            "step rather than the first.",
            "Whether seeing and hearing them makes meeting feel safer.",
        ),
        basis=hierarchy(8),
    ),
)


def _profile_rung(stage: LifeStage) -> StepSpec:
    scripts = {
        LifeStage.EMERGING_ADULT: "scripts from friends, porn and social media",
        LifeStage.ADULT: "scripts from friends, films and earlier relationships",
        LifeStage.MIDLIFE: "scripts about what is attractive at your age",
        LifeStage.LATER_LIFE: "scripts saying that dating is for the young",
    }[stage]
    return _rung(
        "profile-beyond-scripts",
        "A profile that shows you, not a script",
        40,
        "experiment",
        f"Review or rewrite your profile. Notice {scripts}, and keep what reflects your "
        "values and what you enjoy. Introductions through friends or groups count too.",
        "How it feels to be seen as you are.",
        Gentler(
            "Mark what is you and what is script",
            "Read your profile and mark each line as 'me' or 'script', without changing "
            "anything yet.",
            "Which lines you would keep.",
        ),
    )


def dating_rungs(profile: Profile) -> list[StepSpec]:
    return [
        _rung(
            "body-yes-no-maybe",
            "Notice your body's yes, no and maybe",
            20,
            "journal",
            "In everyday choices (a food, a plan, a hug), pause and notice what your body "
            "signals: openness, tightness, uncertainty. Practise treating a 'maybe' as a "
            "reason to slow down.",
            "How your yes, no and maybe feel different in the body.",
            Gentler(
                "Notice one yes and one no a day",
                "Once a day, name one thing your body said yes to and one it said no to.",
                "Small signals you usually override.",
            ),
            sessions=1,
        ),
        _profile_rung(profile.life_stage),
        _rung(
            "honest-first-messages",
            "Send messages that say what you are looking for",
            50,
            "experiment",
            "In your next conversations, say honestly what you are looking for and ask what "
            "the other person wants. It saves time and protects you both.",
            "Which conversations become easier, and which end, and what each tells you.",
            Gentler(
                "Draft an honest opener, send it once",
                "Draft one honest opening line and send it to one person only.",
                "How it feels to be direct.",
            ),
        ),
        _rung(
            "connection-first-date",
            "A first date built around connection, not a test",
            60,
            "experiment",
            "Choose a short, public date with an activity that makes conversation easy. Aim "
            "to learn about the other person and notice how you feel with them, not to "
            "impress.",
            "Your own comfort and interest, not only theirs.",
            Gentler(
                "A daytime coffee of under an hour",
                "Meet for a short daytime coffee, with a friend who knows where you are.",
                "Whether shorter and lighter makes it easier to be yourself.",
            ),
        ),
        _rung(
            "touch-on-dates-consent",
            "Touch on a date only as it feels safe, with words",
            65,
            "experiment",
            "If touch comes up, go slowly and ask out loud ('Can I hold your hand?'). A yes "
            "can become a no at any time, for either of you. Notice your body's yes, no and "
            "maybe, and follow the slower one.",
            "Whether asking out loud changes how safe and close you feel.",
            Gentler(
                "Decide your limit before the date",
                "Before the date, decide what touch you would welcome and where you would "
                "stop, and tell a friend.",
                "Whether knowing your limit lets you relax.",
            ),
            intimate=True,
        ),
    ]


def widowed_ladder(profile: Profile) -> list[StepSpec]:
    rungs = [
        _rung(
            "sensory-comfort",
            "Comfort through the senses: warmth, texture, music",
            10,
            "exercise:mindful_sensuality",
            "Give yourself ten minutes of sensory comfort and attend to it: a warm bath, a "
            "soft blanket, music you love, hand cream worked slowly into your hands.",
            "Comfort your body can still receive, even on heavy days.",
            Gentler(
                "Two minutes of warmth",
                "Hold a warm cup or a hot-water bottle for two minutes and notice the warmth.",
                "One moment of ease.",
            ),
            sessions=1,
        ),
        _rung(
            "receive-caring-touch",
            "Receive caring touch: a hairdresser, a hand massage, a pedicure",
            20,
            "experiment",
            "Book something that includes gentle, professional touch: a haircut, a hand or "
            "foot massage, a manicure. Many widowed people go months without being touched.",
            "What it is like to be cared for with touch again.",
            Gentler(
                "A haircut or a handshake, noticed",
                "At your next haircut or greeting, notice the touch with curiosity for a few "
                "seconds.",
                "That touch can be brief and still count.",
            ),
        ),
        _rung(
            "body-now-kindly",
            "Get to know your body as it is now",
            25,
            "exercise:body_scan",
            "In a body scan or in the bath, notice your body with kindness: changes with age, "
            "illness, grief or years of caring. Ask your doctor about anything that hurts or "
            "worries you; comfort and pleasure are still allowed.",
            "Parts of your body that feel like old friends, and parts that feel new.",
            Gentler(
                "Notice your hands and feet kindly",
                "Spend a few minutes with your hands and feet only: warmth, weight, what they "
                "have carried.",
                "Gratitude or grief; both are welcome.",
            ),
            sessions=1,
        ),
        _rung(
            "ask-for-hugs",
            "Ask family or friends for hugs",
            30,
            "experiment",
            "Let one or two people know that a hug helps you, and accept one when it is offered.",
            "How touch from people who love you lands now.",
            Gentler(
                "Hold someone's hand for a moment",
                "When it feels natural, take the hand of a family member or friend for a moment.",
                "Whether it steadies or unsettles you.",
            ),
        ),
    ]
    if profile.has(Goal.DATING):
        rungs += [
            _rung(
                "companion-wishes",
                "Write what you would want in a companion now",
                30,
                "journal",
                "Write what you would like in a companion at this point in life: shared "
                "interests, humour, how much time together, whether touch or intimacy "
                "matters. None of it replaces anyone.",
                "Which wishes feel new, and which carry on from before.",
                Gentler(
                    "Write one wish",
                    "Write a single sentence about the company you would enjoy.",
                    "How it feels to let yourself want it.",
                ),
                sessions=1,
            ),
            _rung(
                "meet-someone-new",
                "Meet someone new for a coffee or a walk",
                55,
                "experiment",
                "Through friends, a group, or a dating site for people your age, arrange a "
                "short daytime meeting in a public place. Go at your own pace; companionship "
                "is a worthwhile aim in itself.",
                "How you feel in their company, and afterwards.",
                Gentler(
                    "A phone call before meeting",
                    "Talk on the phone first, so meeting is the second step.",
                    "Whether their voice puts you at ease.",
                ),
            ),
        ]
    return rungs


def separated_ladder(profile: Profile) -> list[StepSpec]:
    rungs = [
        mindful_sensuality(),
        _rung(
            "reclaim-your-space",
            "Make your space your own again",
            15,
            "action_plan",
            "Change something in your bedroom or home so that it feels like yours: new "
            "sheets, a moved chair, a plant. Then spend ten minutes there doing something "
            "soothing.",
            "How the space feels before and after.",
            Gentler(
                "Change one small thing",
                "Change one small object in the room you sleep in.",
                "Whether a small change shifts the feel of the room.",
            ),
            sessions=1,
        ),
        NON_SEXUAL_TOUCH,
    ]
    if profile.has(Goal.DATING):
        rungs += [
            _rung(
                "readiness-check",
                "Ask yourself what a new connection would need",
                30,
                "journal",
                "Write what would need to be true for dating to feel safe and welcome: time, "
                "energy, what you have learned, what you will not accept again.",
                "Whether you are drawn to dating for connection or to escape a feeling; both "
                "are human.",
                Gentler(
                    "Rate your readiness 0-10",
                    "Once a week, rate how ready you feel (0-10) and note one reason.",
                    "How the number moves over the weeks.",
                ),
                sessions=1,
            ),
            *SINGLE_DATING_RUNGS,
        ]
    return rungs

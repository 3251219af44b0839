"""Steps for particular groups, chosen from the profile and the person's goals.

Asexual and low-desire people; people with a disability or long-term illness (intimacy with
a carer present, adapted touch); midlife and later life (menopause, andropause); people who
are dating (safer sex and online-dating safety); LGBTQ+ people (minority stress). Each group
has its own library article (wt-plan-tools writes them; the slugs are in vocab.ARTICLE_SLUGS).
"""

from __future__ import annotations

from attune.clinical.plans import spec as cite
from attune.clinical.plans.content.common import article
from attune.clinical.plans.profile import Goal, LifeStage, Profile, SexualFocus
from attune.clinical.plans.spec import StepSpec
from attune.clinical.plans.vocab import PhaseKey, Pillar


def _step(
    key: str,
    phase: PhaseKey,
    pillar: Pillar,
    title: str,
    difficulty: int,
    tool: str,
    how: str,
    notice: str,
    basis: str,
) -> StepSpec:
    return StepSpec(
        key=key,
        phase=phase,
        pillar=pillar,
        title=title,
        difficulty=difficulty,
        tool=tool,
        how=how,
        notice=notice,
        basis=basis,
    )


def _asexual(profile: Profile) -> list[StepSpec]:
    steps = [
        article(
            "asexuality-and-low-desire",
            PhaseKey.UNDERSTAND,
            "Read: asexuality and low desire",
            "Read how asexuality is a way of being rather than a problem to fix, how low "
            "desire differs from it, and how closeness, touch and partnership can take many "
            "shapes without sex.",
            "Which parts describe you, and which do not.",
            basis=cite.ASEXUALITY,
        ),
        _step(
            "closeness-on-your-terms",
            PhaseKey.UNDERSTAND,
            Pillar.VALUES,
            "Name the closeness you do want: a yes, no and maybe list",
            15,
            "values",
            "Write three lists: kinds of closeness you would welcome (company, conversation, "
            "a hand held, a shared home, a project together), ones you would not, and ones "
            "you are unsure about. Nothing on the lists has to include sex.",
            "Which kinds of closeness you miss most; that is where the plan starts.",
            cite.ASEXUALITY,
        ),
    ]
    if profile.with_partner and not profile.couple_steps_paused:
        steps.append(
            _step(
                "share-closeness-list",
                PhaseKey.CONNECT,
                Pillar.COMMUNICATION,
                "Share your yes, no and maybe list with your partner",
                35,
                "conversation",
                "At a calm time, share one item from each of your lists and invite your "
                "partner to share theirs. Look for what you both welcome; differences are "
                "something to work around together, not a verdict on either of you.",
                "Something you both say yes to.",
                cite.SELF_DISCLOSURE,
            )
        )
    return steps


def _full_life() -> StepSpec:
    return _step(
        "full-life-week",
        PhaseKey.SUSTAIN,
        Pillar.VALUES,
        "Build a week that feels full: friendship, comfort, meaning",
        15,
        "action_plan",
        "Plan one week with something in each area: time with a friend, a comfort for the "
        "body that is not sexual (warmth, movement, a massage), something that matters to "
        "you, and something just for fun. Then look back on which parts made the week feel "
        "full.",
        "Which parts of a full life you already have, and which you want more of.",
        f"{cite.ACTIVATION}; {cite.VALUES}",
    )


def _friendship() -> StepSpec:
    return _step(
        "regular-friend-time",
        PhaseKey.CONNECT,
        Pillar.SOCIAL,
        "Make one friendship regular: the same time, every week or two",
        35,
        "action_plan",
        "Choose a friend you enjoy and suggest something that can repeat: a Tuesday walk, a "
        "monthly meal, a weekly call. Regular, ordinary time is how friendships deepen.",
        "How it feels to know the next time is already planned.",
        cite.ACTIVATION,
    )


def _less_shame() -> StepSpec:
    return _step(
        "shame-kind-reply",
        PhaseKey.UNDERSTAND,
        Pillar.SELF_COMPASSION,
        "When shame shows up, answer it as a good friend would",
        25,
        "journal",
        "When you notice shame (a hot face, wanting to hide, 'what is wrong with me'), write "
        "down the thought, then write what a warm, wise friend would say back. Read the reply "
        "slowly.",
        "Whether the friend's reply softens the shame, even a little.",
        cite.SELF_COMPASSION,
    )


def _disability(profile: Profile) -> list[StepSpec]:
    steps = [
        _step(
            "pace-around-energy",
            PhaseKey.GROUND,
            Pillar.FOUNDATIONS,
            "Plan connection around your energy, pain and care routines",
            10,
            "action_plan",
            "Note the times of day when you have most energy and least pain, and plan contact "
            "and closeness for those times rather than the end of the day. Build in rest "
            "before and after.",
            "Which times work best, and what drains you.",
            cite.DISABILITY,
        ),
        article(
            "disability-illness-and-intimacy",
            PhaseKey.UNDERSTAND,
            "Read: disability, illness and intimacy",
            "Read how people with a disability or long-term illness adapt closeness and touch, "
            "how to talk about it with partners, carers and clinicians, and that intimacy "
            "belongs to every body.",
            "One idea you would like to try.",
            basis=cite.DISABILITY,
        ),
        _step(
            "carer-present-agreement",
            PhaseKey.CONNECT,
            Pillar.COMMUNICATION,
            "When a carer is present: agree privacy, roles and signals",
            30,
            "conversation",
            "If a carer or personal assistant helps you, agree with them what privacy you want "
            "(knocking, leaving the room, times that are yours), which help you would welcome "
            "with positioning or getting ready, and a signal for 'please step out'. You decide "
            "what stays private.",
            "Whether clear agreements make closeness, alone or with someone, feel more yours.",
            cite.DISABILITY,
        ),
        StepSpec(
            key="adapted-touch",
            phase=PhaseKey.CLOSENESS,
            pillar=Pillar.EMBODIMENT,
            title="Adapted touch: find what your body enjoys now",
            difficulty=20,
            tool="exercise:mindful_sensuality",
            how="With pillows or supports that spare pain, explore touch on places where you "
            "have comfortable sensation: hands, face, scalp, arms. Use your own hands, a soft "
            "brush or fabric, or ask someone you trust. Stop at the first sign of pain.",
            notice="Places and kinds of touch that feel good in your body as it is now.",
            basis=cite.DISABILITY,
        ),
    ]
    return steps


def _later_life(profile: Profile) -> list[StepSpec]:
    return [
        _step(
            "body-changes-with-doctor",
            PhaseKey.GROUND,
            Pillar.FOUNDATIONS,
            "Ask about menopause or andropause changes that affect comfort",
            15,
            "action_plan",
            "Write down changes that affect comfort, sleep or closeness (hot flushes, dryness "
            "or pain, erection changes, tiredness, low mood) and take the list to your GP or "
            "nurse. Several have simple treatments, such as moisturisers or local oestrogen "
            "for dryness; a testosterone test is worth it only alongside symptoms.",
            "Which changes you had put down to 'just age' and could ask about.",
            cite.MENOPAUSE,
        ),
        article(
            "intimacy-in-later-life",
            PhaseKey.UNDERSTAND,
            "Read: intimacy in later life",
            "Read how closeness and desire change in midlife and later life, what menopause "
            "and andropause can bring, and how people adapt and keep what matters to them.",
            "Whether anything surprised you about how common closeness in later life is.",
            basis=cite.LATER_LIFE,
        ),
    ]


def _dating_safety() -> list[StepSpec]:
    return [
        article(
            "safer-sex-and-dating-safety",
            PhaseKey.CONNECT,
            "Read: safer sex and dating safety",
            "Read how to meet people from apps safely, how to talk about safer sex and "
            "testing, and what to do if a date goes wrong.",
            "One safety habit you already have, and one to add.",
            basis=cite.SAFER_SEX,
        ),
        _step(
            "dating-safety-plan",
            PhaseKey.CONNECT,
            Pillar.FOUNDATIONS,
            "Make your dating safety plan",
            15,
            "action_plan",
            "Write your plan: a video call before meeting; a public place and your own way "
            "home; a friend who knows where you are and when to expect a message; no home "
            "address or money shared early. Decide about safer sex in advance: condoms, "
            "testing, PrEP if it fits you.",
            "Whether having a plan lets you relax into the date itself.",
            cite.SAFER_SEX,
        ),
    ]


def _lgbtq() -> list[StepSpec]:
    return [
        article(
            "lgbtq-belonging-and-minority-stress",
            PhaseKey.UNDERSTAND,
            "Read: LGBTQ+ belonging and minority stress",
            "Read how stigma, expecting rejection and hiding who you are add stress of their "
            "own, and how community and pride protect against it.",
            "Which kinds of minority stress you recognise in your own life.",
            basis=cite.MINORITY_STRESS,
        ),
        _step(
            "minority-stress-map",
            PhaseKey.UNDERSTAND,
            Pillar.SELF_COMPASSION,
            "Notice minority stress, and what is not yours to carry",
            25,
            "journal",
            "For a week, note moments when you braced for rejection, edited yourself or heard "
            "an old message about who you should be. Beside each, write: this comes from "
            "stigma, not from something wrong with me.",
            "Where you hide, and where you can be fully yourself.",
            cite.MINORITY_STRESS,
        ),
        _step(
            "lgbtq-community-space",
            PhaseKey.CONNECT,
            Pillar.SOCIAL,
            "Find a place where you do not have to explain yourself",
            40,
            "experiment",
            "Try one LGBTQ+ group, space or event, in person or online: a social group, a "
            "sports club, a choir, a faith or community group. Going once and leaving early "
            "counts.",
            "What it is like to be among people who get it.",
            cite.MINORITY_STRESS,
        ),
    ]


def group_steps(profile: Profile) -> list[StepSpec]:
    """Every group step that fits this profile (the builder orders them into their phases)."""
    steps: list[StepSpec] = []
    if profile.sexual_focus is SexualFocus.ASEXUAL:
        steps += _asexual(profile)
    if profile.has(Goal.LESS_SHAME):
        steps.append(_less_shame())
    if profile.disability:
        steps += _disability(profile)
    if profile.life_stage in (LifeStage.MIDLIFE, LifeStage.LATER_LIFE):
        steps += _later_life(profile)
    if profile.wants_dating:
        steps += _dating_safety()
    if profile.lgbtq:
        steps += _lgbtq()
    if profile.has(Goal.FRIENDSHIP_AND_BELONGING):
        steps.append(_friendship())
    if profile.has(Goal.FULL_LIFE_WITHOUT_SEX):
        steps.append(_full_life())
    return steps

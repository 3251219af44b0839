"""Phase 3, communication pillar: structured conversations, from safe-language to vulnerability."""

from __future__ import annotations

from dataclasses import replace

from attune.clinical.plans import spec as cite
from attune.clinical.plans.consent import AsksFirst
from attune.clinical.plans.profile import Goal, LifeStage, Profile, Relationship
from attune.clinical.plans.spec import StepSpec
from attune.clinical.plans.vocab import PhaseKey, Pillar

_R = Relationship
_TRAFFIC_LIGHT = (
    "Traffic-light agreement (green continue, yellow slow down, red stop) with a non-verbal "
    "signal; time-out rule from the speaker-listener technique (Markman, Stanley & Blumberg "
    "1994)"
)


def _talk(
    key: str,
    title: str,
    difficulty: int,
    tool: str,
    how: str,
    notice: str,
    *,
    after: tuple[str, ...] = (),
    basis: str = "",
) -> StepSpec:
    return StepSpec(
        key=key,
        phase=PhaseKey.CONNECT,
        pillar=Pillar.COMMUNICATION,
        title=title,
        difficulty=difficulty,
        tool=tool,
        how=how,
        notice=notice,
        after=after,
        basis=basis,
    )


def _desire_talk(stage: LifeStage) -> StepSpec:
    if stage is LifeStage.MIDLIFE:
        return _talk(
            "talk-desire-midlife",
            "Talk about how desire has changed in midlife, without blame",
            55,
            "conversation",
            "Using the speaker-listener rules, each share how desire has changed over the "
            "years: what you miss, what you have discovered, and what tiredness, hormones, "
            "health or stress have done. In long relationships desire often answers closeness "
            "rather than arriving out of the blue; neither way is wrong.",
            "Whether hearing your partner's experience changes the story you had about yours.",
            basis=cite.RESPONSIVE_DESIRE,
        )
    if stage is LifeStage.LATER_LIFE:
        return _talk(
            "talk-intimacy-ageing",
            "Talk about intimacy as your bodies change",
            55,
            "conversation",
            "Using the speaker-listener rules, each share what your body can enjoy now, what "
            "has become uncomfortable (pain, stiffness, dryness, erections, tiredness) and "
            "what you would like to try. Closeness can take many forms.",
            "What you both still want, underneath what has changed.",
        )
    return _talk(
        "talk-desire-differences",
        "Talk about differences in desire without blame",
        55,
        "conversation",
        "Using the speaker-listener rules, each describe what desire is like for you: when it "
        "shows up, what dampens it, what helps. A difference in desire is something to "
        "understand together, not a problem to pin on one person.",
        "Where your experiences overlap, and where they simply differ.",
        basis=cite.RESPONSIVE_DESIRE,
    )


def _partnered(profile: Profile) -> list[StepSpec]:
    steps = [
        _talk(
            "agree-safe-language",
            "Agree on a traffic light and a time-out together",
            15,
            "conversation",
            "Agree that green means carry on, yellow means slow down or check in, and red "
            "means stop at once, and choose a gesture for each. Agree that either of you can "
            "call a time-out, and that you will come back to the topic within 24 hours.",
            "Whether having a way to stop makes it easier to start.",
            basis=_TRAFFIC_LIGHT,
        ),
        _talk(
            "speaker-listener-light",
            "Speaker-listener on a light topic, ten minutes",
            25,
            "conversation",
            "Set a time. The speaker holds an object as 'the floor', speaks for themself in "
            "short pieces and pauses; the listener paraphrases without rebuttal or advice. "
            "Swap after five minutes. No problem-solving during the exercise.",
            "How it feels to be paraphrased accurately.",
            basis=cite.SPEAKER_LISTENER,
        ),
        _talk(
            "softened-startup-need",
            "Share one need with a softened start-up",
            40,
            "conversation",
            "Describe rather than blame: 'I feel ... about ... and I need ...'. If either of "
            "you feels flooded, take a break of at least 20 minutes (and less than a day), "
            "then come back.",
            "How your partner responds when the need arrives without criticism.",
            basis=cite.SOFTENED_STARTUP,
        ),
    ]
    if profile.has(Goal.VULNERABILITY_IN_CONVERSATION) or profile.has(Goal.TALKING_ABOUT_NEEDS):
        steps.append(
            _talk(
                "imago-closeness",
                "Talk about what closeness means to each of you",
                50,
                "conversation",
                "One of you speaks about what closeness means to them now. The other mirrors "
                "('Did I get it? Is there more?'), validates ('You make sense, because ...') "
                "and empathises ('I imagine you feel ...'). Then swap.",
                "What you learn that you had assumed you already knew.",
                basis=cite.IMAGO,
            )
        )
    steps.append(_desire_talk(profile.life_stage))
    return steps


def _apart(profile: Profile) -> list[StepSpec]:
    steps = [
        _talk(
            "agree-safe-language-distance",
            "Agree on safe words for calls, messages and visits",
            15,
            "conversation",
            "Agree on a traffic light that works at a distance: words or emojis for 'carry "
            "on', 'slow down' and 'stop', and a message that means 'I need a pause; I'll come "
            "back within a day'.",
            "Whether a shared signal lowers worry when a call goes quiet.",
            basis=_TRAFFIC_LIGHT,
        ),
        _talk(
            "weekly-structured-call",
            "A weekly call with a set time and a clear aim",
            25,
            "conversation",
            "Once a week, at a set time: one appreciation each, one thing on your mind, one "
            "plan. Use the speaker-listener rules: the speaker has the floor, the listener "
            "paraphrases before replying.",
            "What changes when the important things have a reserved place.",
            basis=cite.SPEAKER_LISTENER,
        ),
        _talk(
            "plan-visit-together",
            "Plan the next visit together, including closeness",
            40,
            "conversation",
            "Before the visit, talk through hopes for time alone, time with others and "
            "closeness, so neither of you arrives with silent expectations. Plan the goodbye "
            "too: how you will part, and how you will reconnect afterwards.",
            "Where your hopes match and where they differ.",
        ),
    ]
    if profile.has(Goal.VULNERABILITY_IN_CONVERSATION) or profile.has(Goal.TALKING_ABOUT_NEEDS):
        steps.append(
            _talk(
                "share-distance-cost",
                "Tell your partner, gently, what the distance costs you",
                50,
                "conversation",
                "With a softened start-up ('I feel ... when ... and I need ...'), share what "
                "the distance is like for you. Ask your partner to mirror before answering.",
                "What it is like to be understood rather than reassured.",
                basis=cite.SOFTENED_STARTUP,
            )
        )
    return steps


def _single(profile: Profile) -> list[StepSpec]:
    steps = [
        _talk(
            "reflective-listening-friend",
            "Practise reflective listening with a friend",
            20,
            "conversation",
            "In your next conversation with a friend, listen fully and, before giving your "
            "view, sum up what you heard: 'So it sounds like ...'. Do it at least twice.",
            "How the conversation deepens when someone feels heard.",
        ),
        _talk(
            "share-one-honest-thing",
            "Tell a friend one honest thing about how you are",
            40,
            "experiment",
            "Write down what you predict will happen and how sure you are (0-100 %). Then tell "
            "a trusted friend one true thing about loneliness or longing. Afterwards, note "
            "what happened and re-rate the prediction.",
            "The gap between the prediction and what happened.",
            basis=cite.EXPERIMENT,
        ),
    ]
    if profile.has(Goal.VULNERABILITY_IN_CONVERSATION) or profile.has(Goal.TALKING_ABOUT_NEEDS):
        steps.append(
            _talk(
                "speak-in-circle-longing",
                "Speak about longing in your peer circle",
                50,
                "circle",
                "When you feel ready, share a few sentences in your circle about what longing "
                "is like for you. You decide how much to say.",
                "How the circle responds, and how you feel in the day after.",
                after=("peer-circle-loneliness",),
            )
        )
    return steps


def _dating(profile: Profile) -> list[StepSpec]:
    steps = [
        _talk(
            "talk-dating-with-friend",
            "Talk honestly with a friend about dating",
            25,
            "conversation",
            "Tell a friend what dating is really like for you at the moment: the hopes, the "
            "silences, the pressure. Ask about their experiences too.",
            "Which parts of your experience turn out to be common.",
        ),
        _talk(
            "consent-check-in-words",
            "Rehearse checking in out loud: 'Is this OK?'",
            35,
            "experiment",
            "Practise the words you would use on a date, alone or with a friend: 'Is this "
            "OK?', 'Want to slow down?', 'I'd like to stop here.' Say them aloud until they "
            "feel like yours.",
            "Whether having the words ready makes closeness feel safer.",
        ),
    ]
    if profile.has(Goal.VULNERABILITY_IN_CONVERSATION) or profile.has(Goal.TALKING_ABOUT_NEEDS):
        steps += [
            _talk(
                "say-what-youre-looking-for",
                "Say what you are looking for, early and kindly",
                45,
                "experiment",
                "On a date or in messages, say honestly what you are looking for (something "
                "casual, something serious, not sure yet) and ask the other person the same.",
                "How honesty early on changes the rest of the conversation.",
            ),
            _talk(
                "give-and-receive-no",
                "Give and receive a 'no' kindly",
                50,
                "experiment",
                "Practise turning down something you don't want, clearly and kindly, and "
                "hearing a 'no' without treating it as a judgement of your worth. A no "
                "protects both people.",
                "What happens in your body when you say no, and when you hear it.",
            ),
        ]
    return steps


def _separated(profile: Profile) -> list[StepSpec]:
    steps = [
        replace(
            _talk(
                "brief-contact-with-ex",
                "Keep any contact with your ex brief and clear",
                30,
                "conversation",
                "If you need to be in touch (children, money, a home), use short, factual messages "
                "and a set time to reply, and a softened start-up if something needs raising. If "
                "you have no contact, write in your journal the message you would like to send "
                "but won't.",
                "How keeping it brief affects the hours afterwards.",
                basis=cite.SOFTENED_STARTUP,
            ),
            # Never assume an ex is safe to contact (CLINICAL.md "Harm from others").
            asks_first=AsksFirst.EX_CONTACT_SAFE.value,
        ),
        _talk(
            "tell-friend-what-it-cost",
            "Tell a friend what the separation has cost you",
            40,
            "experiment",
            "Choose a friend you trust and tell them honestly what the separation has taken: "
            "company, touch, plans, a sense of who you are.",
            "What it is like to be witnessed rather than advised.",
        ),
    ]
    if profile.has(Goal.VULNERABILITY_IN_CONVERSATION) or profile.has(Goal.TALKING_ABOUT_NEEDS):
        steps.append(
            _talk(
                "name-what-you-need-next",
                "Say out loud what a future relationship would need",
                45,
                "experiment",
                "With a friend or in your circle, describe what a future relationship would "
                "need for you to feel safe and valued, drawing on what you have learned.",
                "Which needs feel new, and which you had set aside before.",
            )
        )
    return steps


def _widowed(profile: Profile) -> list[StepSpec]:
    steps = [
        _talk(
            "share-memory-and-hope",
            "Share a memory and a hope in your group",
            35,
            "circle",
            "In your bereavement group, or with a friend, share one memory of your partner "
            "and one small hope for the months ahead.",
            "That remembering and hoping can be said in one breath.",
            after=("bereavement-circle",),
            basis=cite.GRIEF,
        ),
        _talk(
            "tell-about-missing-touch",
            "Tell someone you trust that you miss touch and closeness",
            45,
            "experiment",
            "Many widowed people go a long time without being touched. Tell one trusted "
            "person that you miss it: a hug, a hand held, someone to sit close to.",
            "How they respond, and whether more closeness follows.",
        ),
    ]
    if (
        profile.has(Goal.VULNERABILITY_IN_CONVERSATION) or profile.has(Goal.TALKING_ABOUT_NEEDS)
    ) or profile.has(Goal.DATING):
        steps.append(
            _talk(
                "talk-family-companionship",
                "Talk with family about your wish for companionship",
                55,
                "conversation",
                "Tell adult children or close family that you would like companionship, and "
                "perhaps more one day. They may have feelings about it; you can listen to "
                "them and still make your own choice.",
                "What you need from them, and what is yours to decide.",
            )
        )
    return steps


def _cnm(profile: Profile) -> list[StepSpec]:
    steps = [
        _talk(
            "needs-check-in-each-partner",
            "A monthly needs check-in with each partner",
            25,
            "conversation",
            "Once a month with each partner, at a set time: what is working, what you need "
            "more or less of, anything coming up in the calendar. One topic at a time.",
            "Needs that come up with every partner, and needs unique to one.",
            basis=cite.SPEAKER_LISTENER,
        ),
        _talk(
            "review-agreements",
            "Review your agreements in a structured conversation",
            35,
            "conversation",
            "With each partner separately, go through your agreements: time, safer sex, what "
            "is shared about other relationships, how changes are asked for. Use the "
            "speaker-listener rules, and agree on a traffic light for the talk itself.",
            "Which agreements still fit, and which were made for an earlier stage.",
            basis=cite.SPEAKER_LISTENER,
        ),
    ]
    if profile.has(Goal.VULNERABILITY_IN_CONVERSATION) or profile.has(Goal.TALKING_ABOUT_NEEDS):
        steps.append(
            _talk(
                "jealousy-speaker-listener",
                "Speaker-listener about jealousy and reassurance",
                50,
                "conversation",
                "The speaker describes a moment of jealousy and the need underneath it, "
                "without blame; the listener paraphrases only. Then swap, and agree on one "
                "form of reassurance that would help.",
                "The need behind the jealousy, and whether it can be met.",
                basis=cite.SPEAKER_LISTENER,
            )
        )
    return steps


_LADDERS = {
    _R.SINGLE: _single,
    _R.DATING: _dating,
    _R.PARTNERED: _partnered,
    _R.PARTNERED_APART: _apart,
    _R.SEPARATED: _separated,
    _R.WIDOWED: _widowed,
    _R.NON_MONOGAMOUS: _cnm,
}


def solo_talk(profile: Profile) -> list[StepSpec]:
    """Conversation practice with friends instead of the partner, while couple steps are
    paused (attune.clinical.plans.couple). Steps that build on the single person's peer-circle
    rungs are left out: those rungs are not in a partnered plan."""
    return [spec for spec in _single(profile) if not spec.after]


def talk_steps(profile: Profile) -> list[StepSpec]:
    if profile.with_partner and profile.couple_steps_paused:
        return solo_talk(profile)
    return _LADDERS[profile.relationship](profile)

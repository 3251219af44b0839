"""Phase 3: the social reintegration ladder and structured conversations, per relationship."""

from __future__ import annotations

from attune.clinical.plans import spec as cite
from attune.clinical.plans.content.closeness import single_touch_ladder
from attune.clinical.plans.content.common import ARENAS, article
from attune.clinical.plans.content.talk import talk_steps
from attune.clinical.plans.profile import Goal, Profile, Relationship
from attune.clinical.plans.spec import StepSpec, hierarchy
from attune.clinical.plans.vocab import PhaseKey, Pillar

_P = PhaseKey.CONNECT
_R = Relationship
_SOCIAL = Pillar.SOCIAL
_TALK = Pillar.COMMUNICATION


def _step(
    key: str,
    pillar: Pillar,
    title: str,
    difficulty: int,
    tool: str,
    how: str,
    notice: str,
    *,
    after: tuple[str, ...] = (),
    basis: str = "",
    sessions: int = 1,
) -> StepSpec:
    return StepSpec(
        key=key,
        phase=_P,
        pillar=pillar,
        title=title,
        difficulty=difficulty,
        tool=tool,
        how=how,
        notice=notice,
        after=after,
        basis=basis,
        sessions=sessions,
    )


def _box(profile: Profile) -> StepSpec:
    if profile.with_partner:
        key, title, when = (
            "box-breathing-before-talks",
            "Box breathing before a hard conversation",
            "before a conversation with a partner that you expect to be difficult",
        )
    else:
        key, title, when = (
            "box-breathing-before-reaching-out",
            "Box breathing before reaching out",
            "before a call, a message, a group or a meeting that makes you nervous",
        )
    return _step(
        key,
        Pillar.BODY_REGULATION,
        title,
        10,
        "exercise:box_breathing",
        "Breathe in for four, hold for four, out for four, hold for four, for two minutes, "
        f"{when}. Leave out the holds if they feel uncomfortable.",
        "Whether your voice and pace feel steadier afterwards.",
        after=("breath-extended-exhale",),
        basis="A common paced-breathing exercise.",
    )


def _single_social(profile: Profile) -> list[StepSpec]:
    arena = ARENAS[profile.life_stage]
    return [
        *single_touch_ladder(profile),
        _step(
            "greetings-small-talk",
            _SOCIAL,
            "Greetings and small talk with people you see often",
            35,
            "experiment",
            "On three days this week, say hello and one more sentence to someone you see "
            "regularly: a neighbour, a shop assistant, a colleague. Rate the distress you "
            "expect (0-100) before, and again afterwards.",
            "How the number moves from the first try to the third.",
            basis=hierarchy(3),
            sessions=2,
        ),
        _step(
            "interest-group",
            _SOCIAL,
            "Go to a group built around something you enjoy",
            40,
            "experiment",
            f"Choose {arena}, and go twice. You only need to arrive, join in and say one "
            "thing; leaving early is allowed.",
            "What you predicted beforehand, and what actually happened.",
            basis=hierarchy(4),
            sessions=2,
        ),
        _step(
            "peer-circle-loneliness",
            _SOCIAL,
            "Join a peer circle about loneliness and longing",
            40,
            "circle",
            "Join a facilitated peer circle. In the first meetings you can simply listen; "
            "read the circle's agreements on confidentiality and respectful language first.",
            "What it is like to hear others describe what you feel.",
            basis=hierarchy(4),
            sessions=2,
        ),
        _step(
            "invite-friend-out",
            _SOCIAL,
            "Invite a friend out",
            45,
            "experiment",
            "Invite a friend to something specific (a film, a walk, a meal) on a specific day. "
            "Rate the distress you expect before you ask; a 'not this time' is about their "
            "week, not about you.",
            "How the distress before asking compares with the time together.",
            basis=hierarchy(5),
            sessions=2,
        ),
    ]


def _dating_social(profile: Profile) -> list[StepSpec]:
    arena = ARENAS[profile.life_stage]
    return [
        _step(
            "offline-plan-friends",
            _SOCIAL,
            "One offline plan a week with friends",
            20,
            "action_plan",
            "Put one plan with friends in the calendar each week, away from phones as much as "
            "you can: a game, a meal, a walk.",
            "How you feel about dating after an evening with friends.",
        ),
        _step(
            "group-not-dating",
            _SOCIAL,
            "Join a group built around an interest, not dating",
            35,
            "experiment",
            f"Choose {arena}. Go for the activity itself; any connection is a bonus, not the aim.",
            "Whether meeting people without an agenda feels different from dating.",
        ),
        _step(
            "peer-circle-dating",
            _SOCIAL,
            "Share the ups and downs of dating in a peer circle",
            40,
            "circle",
            "Join a facilitated peer circle and, when ready, share one experience from "
            "dating, good or hard. Listening is enough at first.",
            "How others' stories change the meaning you give to your own.",
        ),
    ]


def _partnered_social(profile: Profile) -> list[StepSpec]:
    steps = [
        _step(
            "friendship-outside-couple",
            _SOCIAL,
            "Keep a friendship of your own outside the couple",
            20,
            "action_plan",
            "Plan one contact a week with a friend of your own. A wider circle takes pressure "
            "off the relationship: your partner does not have to be everything.",
            "Whether time with friends changes how you come back to each other.",
        ),
        _step(
            "couple-social-outing",
            _SOCIAL,
            "A social outing together with friends or family",
            30,
            "experiment",
            "Spend an evening with other people and notice each other while you are there: a "
            "look across the room, a shared joke on the way home.",
            "How you see your partner when others enjoy their company.",
        ),
    ]
    if profile.has(Goal.DATING):
        steps.append(
            _step(
                "date-night-connection",
                _SOCIAL,
                "A regular date that puts connection first",
                30,
                "action_plan",
                "Every week or two, plan a date built around connection: a walk with questions "
                "you are curious about, cooking something new, a place from your early days. "
                "Nothing has to follow; the date is the point.",
                "What you learn about your partner that you did not know.",
                after=("daily-time-together",),
            )
        )
    return steps


def _apart_social(profile: Profile) -> list[StepSpec]:
    arena = ARENAS[profile.life_stage]
    steps = [
        _step(
            "local-company",
            _SOCIAL,
            "Build company where you live",
            25,
            "action_plan",
            "Distance can shrink your local life. Plan two contacts a week with people near "
            f"you, and consider {arena}.",
            "Whether local company eases the wait between visits.",
        ),
        _step(
            "shared-virtual-gathering",
            _SOCIAL,
            "Join each other's friends for a video call or game night",
            30,
            "experiment",
            "Take part in an online evening with your partner's friends, or invite them to "
            "one with yours, so each of you knows the other's world.",
            "What it is like to be seen as a couple, even at a distance.",
        ),
        _step(
            "visit-with-others",
            _SOCIAL,
            "On a visit, spend time with each other's friends too",
            35,
            "experiment",
            "During the next visit, plan one outing with friends or family, not only time "
            "alone together.",
            "Whether it relieves or adds pressure; both are useful to know.",
        ),
    ]
    if profile.has(Goal.DATING):
        steps.append(
            _step(
                "distance-date",
                _SOCIAL,
                "A date across the distance, built around connection",
                25,
                "action_plan",
                "Plan a video date with a shared activity: the same recipe, the same film, a "
                "walk 'together' on the phone. Dress for it if you like; the point is "
                "attention, not effort.",
                "What makes you feel close when you cannot touch.",
                after=("daily-ritual-distance",),
            )
        )
    return steps


def _separated_social(profile: Profile) -> list[StepSpec]:
    arena = ARENAS[profile.life_stage]
    return [
        _step(
            "reconnect-drifted-friend",
            _SOCIAL,
            "Reconnect with a friend who drifted away",
            35,
            "experiment",
            "Send a short message to someone you saw less of during the relationship. No need "
            "to explain everything: 'I've been thinking of you, coffee soon?' is enough.",
            "What you expected them to say, and what they said.",
        ),
        _step(
            "separation-circle",
            _SOCIAL,
            "Join a peer circle for people going through separation",
            40,
            "circle",
            "Join a facilitated circle for separated or divorced people. Listen first; share "
            "when you are ready.",
            "What others have found helpful, and what you would add.",
        ),
        _step(
            "place-of-your-own",
            _SOCIAL,
            "Find a group or place that is yours alone",
            40,
            "experiment",
            f"Choose {arena} that was never part of your relationship, and go twice.",
            "What it feels like to be known there as yourself, not as half of a couple.",
        ),
    ]


def _widowed_social(profile: Profile) -> list[StepSpec]:
    arena = ARENAS[profile.life_stage]
    return [
        _step(
            "accept-invitation",
            _SOCIAL,
            "Accept one invitation, with a plan to leave early if you need",
            35,
            "experiment",
            "Say yes to one invitation this fortnight. Arrange your own way home so you can "
            "leave whenever you want; staying half an hour counts.",
            "How others respond to you being there, and how you feel afterwards.",
            basis=cite.GRIEF,
        ),
        _step(
            "bereavement-circle",
            _SOCIAL,
            "Join a bereavement or widowed peer group",
            40,
            "circle",
            "Join a group of people who have also lost a partner. Many find it easier to be "
            "understood there than anywhere else.",
            "Whether grief feels lighter when it is shared.",
            basis=cite.GRIEF,
        ),
        _step(
            "return-or-begin-activity",
            _SOCIAL,
            "Return to a shared activity, or begin one of your own",
            40,
            "action_plan",
            "Choose something you used to do together and try it again, or begin something "
            f"new: {arena}. Both grieving and rebuilding have their place.",
            "Moments of enjoyment, and any guilt that follows them; both are allowed.",
            basis=cite.GRIEF,
        ),
        _step(
            "host-a-meal",
            _SOCIAL,
            "Host a small meal or gathering",
            45,
            "experiment",
            "Invite two or three people for a simple meal or tea. Keep it easy: bought food "
            "is fine.",
            "What it is like to have voices in your home again.",
        ),
        _step(
            "companionship-outings",
            _SOCIAL,
            "Companionship: a regular outing with a newer acquaintance",
            50,
            "experiment",
            "Suggest a regular walk, lunch or outing with someone you met recently. "
            "Companionship has value of its own, whether or not it ever becomes more.",
            "How regular company changes your week.",
        ),
    ]


def _cnm_social(profile: Profile) -> list[StepSpec]:
    steps = [
        _step(
            "friends-outside-relationships",
            _SOCIAL,
            "Time with friends outside all of your relationships",
            20,
            "action_plan",
            "Plan a weekly contact with a friend who is not a partner or metamour, so you "
            "have support that sits outside every relationship.",
            "Where you can talk freely about your relationships.",
        ),
        _step(
            "cnm-circle",
            _SOCIAL,
            "Join a peer circle for people in open or polyamorous relationships",
            40,
            "circle",
            "Join a facilitated circle where consensual non-monogamy is understood. Listen "
            "first; share when you are ready.",
            "What it is like not to have to explain your relationships.",
        ),
        _step(
            "open-community-event",
            _SOCIAL,
            "Go to an event where you can be open about your relationships",
            40,
            "experiment",
            "Choose a social or community event where you can talk about your life as it is. "
            "Go with a friend if that helps.",
            "How openness changes your ease with people.",
        ),
    ]
    return steps


_SOCIAL_LADDERS = {
    _R.SINGLE: _single_social,
    _R.DATING: _dating_social,
    _R.PARTNERED: _partnered_social,
    _R.PARTNERED_APART: _apart_social,
    _R.SEPARATED: _separated_social,
    _R.WIDOWED: _widowed_social,
    _R.NON_MONOGAMOUS: _cnm_social,
}


def _volunteer() -> StepSpec:
    return _step(
        "volunteer-or-create",
        _SOCIAL,
        "Volunteer or join a creative project with others",
        30,
        "action_plan",
        "Choose a way of giving time or making something with others that fits your values: "
        "a volunteering shift, a community garden, a choir, a group project. Commit to three "
        "sessions.",
        "Connection that grows sideways, through doing something together.",
        after=("value-action-plan",),
    )


def connect_steps(profile: Profile) -> list[StepSpec]:
    steps = [_box(profile)]
    lonely = profile.relationship in (_R.SINGLE, _R.WIDOWED, _R.SEPARATED)
    if lonely or profile.has(Goal.MORE_DAILY_CONTACT):
        steps.append(
            article(
                "building-a-support-network",
                _P,
                "Read: building a support network",
                "Read how a wider network of friends, groups and communities spreads the need "
                "for closeness across many relationships.",
                "Which parts of your network are strong, and which you would like to grow.",
            )
        )
    steps += _SOCIAL_LADDERS[profile.relationship](profile)
    if profile.has(Goal.MEANING_AND_VALUES):
        steps.append(_volunteer())
    if profile.with_partner or (
        profile.has(Goal.VULNERABILITY_IN_CONVERSATION) or profile.has(Goal.TALKING_ABOUT_NEEDS)
    ):
        steps.append(
            article(
                "vulnerable-conversations",
                _P,
                "Read: vulnerable conversations",
                "Read how structured conversations (set times, clear aims, safe-language "
                "agreements) make it safer to say what matters.",
                "Which conversation you have been putting off, and why.",
            )
        )
    steps += talk_steps(profile)
    return steps

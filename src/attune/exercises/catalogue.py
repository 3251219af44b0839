"""The guided body exercises, as data: steps with their counts, guidance and sources.

The wording is attune's own. Sources are named only where a standard one exists; where a
technique has no single academic origin, the source line says so instead of inventing one.
Trauma-informed guidance (eyes open is fine, ground first, stop any time, you set the pace)
follows the spirit of trauma-sensitive mindfulness (Treleaven 2018) and shared/CLINICAL.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class Phase(StrEnum):
    """What the visual pacer does during a step."""

    EXPAND = "expand"  # the shape grows: breathing in, gently tensing
    FULL = "full"  # the shape stays large: a soft hold after breathing in
    CONTRACT = "contract"  # the shape shrinks: breathing out, letting go
    EMPTY = "empty"  # the shape stays small: a rest after breathing out
    STILL = "still"  # the shape rests: noticing, grounding


BREATH_PHASES = frozenset({Phase.EXPAND, Phase.FULL, Phase.CONTRACT, Phase.EMPTY})


@dataclass(frozen=True)
class Step:
    text: StrOrPromise
    seconds: int
    phase: Phase = Phase.STILL
    # Left out of the shorter version of an exercise that offers one (containment skills).
    optional: bool = False

    @property
    def counted(self) -> bool:
        """Breathing steps are counted one, two, three…; others are timed in seconds."""
        return self.phase in BREATH_PHASES


@dataclass(frozen=True)
class Block:
    steps: tuple[Step, ...]
    rounds: int = 1

    @property
    def seconds(self) -> int:
        return self.rounds * sum(step.seconds for step in self.steps)


@dataclass(frozen=True)
class Exercise:
    slug: str
    title: StrOrPromise
    minutes: int
    summary: StrOrPromise
    intro: StrOrPromise
    source: StrOrPromise
    blocks: tuple[Block, ...]
    guidance: tuple[StrOrPromise, ...] = field(default=())
    kind: str = "body"  # "body" or "containment" (listed apart, beside the grounding ones)

    @property
    def has_short_version(self) -> bool:
        return any(step.optional for block in self.blocks for step in block.steps)

    def blocks_for(self, *, short: bool) -> tuple[Block, ...]:
        """The exercise as shown: the shorter version leaves out the optional steps."""
        if not short:
            return self.blocks
        kept = (
            Block(tuple(s for s in block.steps if not s.optional), block.rounds)
            for block in self.blocks
        )
        return tuple(block for block in kept if block.steps)

    @property
    def total_seconds(self) -> int:
        return sum(block.seconds for block in self.blocks)

    @property
    def steps(self) -> list[Step]:
        """Every distinct step once, in order (a repeated cycle is listed once)."""
        return [step for block in self.blocks for step in block.steps]

    @property
    def all_guidance(self) -> tuple[StrOrPromise, ...]:
        return (*GROUNDING_FIRST, *self.guidance)


def minutes_for(seconds: int) -> int:
    return max(1, math.ceil(seconds / 60))


# Shared by every exercise, shown before anything else.
GROUNDING_FIRST: tuple[StrOrPromise, ...] = (
    _(
        "Ground yourself first: feel your feet on the floor, look around the room and notice "
        "that you are here, now."
    ),
    _(
        "Keep your eyes open if you prefer. A soft gaze towards the floor works just as well "
        "as closed eyes."
    ),
    _(
        "You are in charge of the pace. Pause, slow down, skip a step or breathe in your own "
        "rhythm instead of the counts."
    ),
    _("You can stop at any time. Stopping when you need to is a good choice, never a setback."),
    _(
        "If strong feelings or memories come up, open your eyes, look around and name what "
        "you see — or use “Need help right now?” at the top of the page."
    ),
)

ARRIVE = Step(
    _(
        "Settle in a way that feels comfortable. Feel your feet on the floor and look around: "
        "notice three things you can see."
    ),
    20,
)
RETURN = Step(
    _(
        "Let your breath find its own rhythm again. Look around the room and notice that you "
        "are here, now."
    ),
    20,
)

BOX_BREATHING = Exercise(
    slug="box-breathing",
    title=_("Box breathing"),
    minutes=4,
    summary=_("Four even sides: in, hold, out, hold — four counts each."),
    intro=_(
        "Box breathing paces the breath in four equal parts. The steady count gives the mind "
        "something simple to follow, and many people find it settling when they feel keyed up."
    ),
    source=_(
        "A widely taught paced-breathing technique (also called square or 4-4-4-4 breathing). "
        "It has no single academic origin."
    ),
    blocks=(
        Block((ARRIVE,)),
        Block(
            (
                Step(_("Breathe in gently through your nose."), 4, Phase.EXPAND),
                Step(_("Hold softly, without strain."), 4, Phase.FULL),
                Step(_("Breathe out slowly through your mouth or nose."), 4, Phase.CONTRACT),
                Step(_("Rest with your lungs empty, softly."), 4, Phase.EMPTY),
            ),
            rounds=12,
        ),
        Block((RETURN,)),
    ),
    guidance=(
        _(
            "If holding your breath feels uncomfortable, shorten the holds or leave them out. "
            "Breathing in and out at your own pace is enough."
        ),
        _("If you feel light-headed or dizzy, return to your usual breathing."),
    ),
)

EXTENDED_EXHALE = Exercise(
    slug="extended-exhale",
    title=_("Breathing with a longer out-breath"),
    minutes=4,
    summary=_("Breathe in for four counts and out for six: slow, unforced breathing."),
    intro=_(
        "Letting the out-breath be a little longer than the in-breath slows breathing down "
        "without holding it. Many people find it calming, and it is easy to do anywhere."
    ),
    source=_(
        "A widely taught paced-breathing technique with no single academic origin. For "
        "research on slow breathing in general, see Zaccaro et al. 2018, Frontiers in Human "
        "Neuroscience 12:353."
    ),
    blocks=(
        Block((ARRIVE,)),
        Block(
            (
                Step(_("Breathe in gently through your nose."), 4, Phase.EXPAND),
                Step(
                    _(
                        "Breathe out slowly, a little longer — through softly pursed lips if "
                        "you like."
                    ),
                    6,
                    Phase.CONTRACT,
                ),
            ),
            rounds=18,
        ),
        Block((RETURN,)),
    ),
    guidance=(
        _(
            "Never force the breath. If six counts out feels long, breathe out for five, or "
            "simply a little longer than you breathe in."
        ),
        _("If you feel light-headed or dizzy, return to your usual breathing."),
    ),
)


def _muscle_group(tense: StrOrPromise) -> Block:
    return Block(
        (
            Step(tense, 5, Phase.EXPAND),
            Step(
                _("Let go all at once. Notice the difference between tension and ease."),
                20,
                Phase.CONTRACT,
            ),
        )
    )


PROGRESSIVE_MUSCLE_RELAXATION = Exercise(
    slug="progressive-muscle-relaxation",
    title=_("Progressive muscle relaxation"),
    minutes=5,
    summary=_("Gently tense and then release one group of muscles at a time."),
    intro=_(
        "You tense a group of muscles gently for a few seconds, then let go and notice how "
        "release feels. Moving through the body this way helps many people notice and ease "
        "tension they were carrying without knowing it."
    ),
    source=_(
        "Jacobson, E. (1938). Progressive Relaxation (2nd edn). University of Chicago Press. "
        "Shortened forms like this one descend from Bernstein, D. A. & Borkovec, T. D. (1973), "
        "Progressive Relaxation Training: A Manual for the Helping Professions."
    ),
    blocks=(
        Block(
            (
                Step(
                    _(
                        "Sit or lie in a way that feels safe, eyes open or closed. Look around "
                        "the room, then feel where your body is supported."
                    ),
                    30,
                ),
            )
        ),
        _muscle_group(_("Hands and forearms: make gentle fists.")),
        _muscle_group(
            _("Upper arms: bend your elbows and draw your hands towards your shoulders.")
        ),
        _muscle_group(_("Forehead and face: raise your eyebrows, then scrunch your face softly.")),
        _muscle_group(_("Jaw and lips: press your lips gently together.")),
        _muscle_group(_("Shoulders: lift them up towards your ears.")),
        _muscle_group(_("Belly: draw your stomach muscles gently in.")),
        _muscle_group(_("Legs: straighten your legs and press your heels into the floor.")),
        _muscle_group(_("Feet: point your toes gently up towards you.")),
        Block(
            (
                Step(
                    _(
                        "Rest and notice your whole body. Then look around the room, move your "
                        "fingers and toes, and come back at your own pace."
                    ),
                    30,
                ),
            )
        ),
    ),
    guidance=(
        _("Tense gently — about half your strength is plenty — and never to the point of pain."),
        _(
            "Skip any area that is injured, painful, or where tensing does not feel safe "
            "today. Just breathe while you wait for the next one."
        ),
    ),
)

GROUNDING_54321 = Exercise(
    slug="grounding-5-4-3-2-1",
    title=_("5-4-3-2-1 grounding"),
    minutes=4,
    summary=_("Use your senses to come back to the here and now."),
    intro=_(
        "When the past or a strong feeling pulls you away, your senses can bring you back to "
        "the present. You name five things you see, four you can feel, three you hear, two "
        "you can smell and one you can taste. This one works best with your eyes open."
    ),
    source=_(
        "A widely taught sensory grounding technique used in trauma-informed care. It has no "
        "single academic origin."
    ),
    blocks=(
        Block(
            (
                Step(
                    _("Feet on the floor, eyes open. Let your gaze move slowly around the room."),
                    15,
                ),
                Step(_("Name five things you can see. Say them in your head or out loud."), 40),
                Step(
                    _(
                        "Name four things you can feel: your feet on the floor, the chair, your "
                        "clothes, the air on your skin."
                    ),
                    40,
                ),
                Step(_("Name three things you can hear, near or far."), 40),
                Step(
                    _("Name two things you can smell — or two smells you like, if none are near."),
                    30,
                ),
                Step(_("Name one thing you can taste — or one thing you like about yourself."), 20),
                Step(
                    _("Tell yourself where you are and what day it is. You are here, now."),
                    20,
                ),
            ),
        ),
    ),
    guidance=(
        _(
            "There is no wrong answer. If a sense is hard to use today, move on to the next, "
            "or name more things you can see."
        ),
    ),
)

BODY_SCAN = Exercise(
    slug="body-scan",
    title=_("Body scan"),
    minutes=7,
    summary=_("Move your attention slowly through the body, noticing without changing."),
    intro=_(
        "You move your attention slowly from your feet to your head, noticing whatever is "
        "there — warmth, pressure, tingling, or nothing much — without needing to change it. "
        "It helps reconnect sensation and feeling, at a pace you choose."
    ),
    source=_(
        "The body scan as taught in Mindfulness-Based Stress Reduction: Kabat-Zinn, J. (1990). "
        "Full Catastrophe Living. Trauma-sensitive adjustments follow Treleaven, D. A. (2018). "
        "Trauma-Sensitive Mindfulness."
    ),
    blocks=(
        Block(
            (
                Step(
                    _(
                        "Settle in a position that feels safe, eyes open or closed. Notice the "
                        "room around you and the support beneath you."
                    ),
                    30,
                ),
                Step(_("Bring your attention to your feet. Notice what is there."), 45),
                Step(_("Move your attention to your lower legs and knees."), 45),
                Step(_("Notice your thighs and hips, and where you are supported."), 45),
                Step(
                    _(
                        "Notice your belly and lower back. If this feels like too much, move "
                        "straight on to your hands."
                    ),
                    45,
                ),
                Step(_("Notice your chest and upper back, and the breath moving there."), 45),
                Step(_("Notice your hands and arms, from fingertips to shoulders."), 45),
                Step(
                    _("Notice your shoulders, neck and face. Let your jaw soften if it likes."), 45
                ),
                Step(_("Notice your body as a whole, breathing."), 45),
                Step(
                    _(
                        "Look around the room, move your fingers and toes, and come back at "
                        "your own pace."
                    ),
                    30,
                ),
            ),
        ),
    ),
    guidance=(
        _(
            "You can skip any part of the body, or rest your attention on a neutral place "
            "such as your hands or feet for the whole exercise."
        ),
        _("Noticing nothing in particular is fine too. There is nothing to achieve."),
    ),
)

MINDFUL_SENSUALITY = Exercise(
    slug="mindful-sensuality",
    title=_("Mindful sensuality"),
    minutes=6,
    summary=_("Solo, unhurried attention to texture, temperature and breath — with no goal."),
    intro=_(
        "A quiet way to reconnect with sensation on your own terms. You rest your attention "
        "on texture, temperature and pressure, for your own interest and nothing more. This "
        "is not about arousal or performance, and nothing needs to happen."
    ),
    source=_(
        "Adapted for solo practice from the attention to touch 'for your own interest' in "
        "sensate focus (Masters & Johnson 1970; Weiner & Avery-Clark 2014, 2017). This solo "
        "adaptation is attune's own, not a published protocol."
    ),
    blocks=(
        Block(
            (
                Step(
                    _(
                        "Sit somewhere comfortable and private. Look around and notice that you "
                        "are here, now. Clothes on is fine."
                    ),
                    30,
                ),
                Step(
                    _(
                        "Rest one hand on something with a texture — a sleeve, a blanket, the "
                        "back of your other hand. Is it rough or smooth, soft or firm?"
                    ),
                    45,
                ),
                Step(
                    _("Notice temperature: warm, cool, or somewhere between. Nothing to change."),
                    45,
                ),
                Step(
                    _(
                        "Move your fingertips slowly. Notice light and firmer pressure, and "
                        "follow what interests you, not what you think you should feel."
                    ),
                    45,
                ),
                Step(
                    _(
                        "If your mind starts to judge, plan or wonder where this should lead, "
                        "gently return to texture, temperature and pressure."
                    ),
                    45,
                ),
                Step(
                    _(
                        "Notice your breath as it is: where you feel it, and the cooler air "
                        "coming in and the warmer air going out."
                    ),
                    45,
                ),
                Step(
                    _(
                        "Let your hands rest. Notice what your body tells you now — comfort, "
                        "neutral, unease. All of it is useful information."
                    ),
                    30,
                ),
                Step(_("Look around the room and name three things you can see."), 30),
            ),
        ),
    ),
    guidance=(
        _(
            "You choose where to touch: hands and forearms are plenty. There is no goal, no "
            "right way to feel, and nothing to get to."
        ),
        _(
            "If arousal comes, notice it like any other sensation and return to texture and "
            "temperature. If none comes, that is just as fine."
        ),
        _(
            "If memories of unwanted touch or strong feelings arise, stop and ground yourself. "
            "You might explore this with your clinician, at your own pace."
        ),
    ),
)

# Containment skills: the seed model's "safe dissociation" — stepping back from a feeling for
# a while, on purpose and with the way back in view. Offered as stabilisation skills, not as
# trauma treatment, and never as a way to push memories away for good.
CONTAINMENT_GUIDANCE: tuple[StrOrPromise, ...] = (
    _(
        "This is imagination you steer. If an image turns unpleasant, open your eyes, look "
        "around and name what you see; you can change the image or stop."
    ),
    _(
        "Choose the shorter version whenever you like: it keeps the essential steps and "
        "leaves out the longer ones."
    ),
    _(
        "If a place or image linked to someone who hurt you comes to mind, choose another, or "
        "use a made-up place. It is fine not to find one today."
    ),
)

SAFE_PLACE = Exercise(
    slug="safe-place",
    title=_("A calm place in your mind"),
    minutes=4,
    summary=_("Imagine a place where you feel calm and safe, and a word that brings it back."),
    intro=_(
        "You build a calm place in your imagination — real, remembered or made up — and "
        "notice what you see, hear and feel there. With practice, a word or a small gesture "
        "can bring some of that calm back when things feel too much. You stay in charge of "
        "it the whole time, and the room you are in is always there to come back to."
    ),
    source=_(
        "Adapted from the calm or safe place exercise used to prepare for EMDR therapy "
        "(Shapiro, F. 2001, Eye Movement Desensitization and Reprocessing: Basic Principles, "
        "Protocols and Procedures, 2nd edn) and from imagery in trauma stabilisation skills "
        "training (Boon, S., Steele, K. & van der Hart, O. 2011, Coping with Trauma-Related "
        "Dissociation). The wording is attune's own; it is a self-help skill, not a treatment."
    ),
    blocks=(
        Block(
            (
                Step(
                    _(
                        "Sit comfortably with your feet on the floor, eyes open or softly "
                        "lowered. Look around and name three things you can see."
                    ),
                    20,
                ),
                Step(
                    _(
                        "Bring to mind a place where you feel calm and safe: somewhere real, "
                        "remembered, or made up. Take the first one that feels right."
                    ),
                    30,
                ),
                Step(
                    _("Notice what you can see there: colours, light, shapes."),
                    30,
                    optional=True,
                ),
                Step(
                    _("Notice what you can hear there, and what the air feels like."),
                    30,
                    optional=True,
                ),
                Step(
                    _(
                        "Notice where in your body you feel a little calmer, if anywhere. "
                        "Nothing is fine too."
                    ),
                    30,
                ),
                Step(
                    _(
                        "Choose one word for this place, or a small gesture such as resting a "
                        "hand on your arm. Say the word to yourself as you picture it."
                    ),
                    30,
                ),
                Step(
                    _(
                        "Let the picture fade, knowing you can come back to it. Look around "
                        "the room, feel your feet, and notice that you are here, now."
                    ),
                    20,
                ),
            ),
        ),
    ),
    guidance=CONTAINMENT_GUIDANCE,
    kind="containment",
)

CONTAINER = Exercise(
    slug="container",
    title=_("A container for what can wait"),
    minutes=4,
    summary=_("Put a feeling or memory that can wait into an imagined container, for now."),
    intro=_(
        "When something keeps pulling at you at a time you cannot deal with it, you can "
        "imagine putting it into a strong container to keep it until you choose to come "
        "back to it — alone, or with your clinician. It does not make anything disappear; "
        "it lets you set it down for a while. What you put away stays yours."
    ),
    source=_(
        "Adapted from container imagery taught in trauma stabilisation and EMDR preparation "
        "(Boon, S., Steele, K. & van der Hart, O. 2011, Coping with Trauma-Related "
        "Dissociation; Shapiro, F. 2001). The wording is attune's own; it is a self-help "
        "skill, not a treatment."
    ),
    blocks=(
        Block(
            (
                Step(
                    _(
                        "Sit comfortably with your feet on the floor, eyes open if you like. "
                        "Look around and name three things you can see."
                    ),
                    20,
                ),
                Step(
                    _(
                        "Imagine a container strong enough to hold what you want to set "
                        "down: a box, a safe, a jar with a lid — whatever suits you."
                    ),
                    30,
                ),
                Step(
                    _(
                        "Notice its details: what it is made of, its colour, how it closes. "
                        "Make it as sturdy as you need."
                    ),
                    30,
                    optional=True,
                ),
                Step(
                    _(
                        "Put into it what can wait: a feeling, a worry, an image. You do not "
                        "need to look at it closely; a word or a shape is enough."
                    ),
                    40,
                ),
                Step(
                    _(
                        "Close it, and put it somewhere in your imagination where it will "
                        "stay until you choose to open it."
                    ),
                    30,
                ),
                Step(
                    _(
                        "Notice how your body feels now. Breathe out slowly, a little longer "
                        "than you breathe in."
                    ),
                    30,
                    optional=True,
                ),
                Step(
                    _(
                        "Come back to the room: look around, feel your feet, and name where "
                        "you are and what day it is."
                    ),
                    20,
                ),
            ),
        ),
    ),
    guidance=(
        *CONTAINMENT_GUIDANCE,
        _(
            "The container is for now, not for ever: what you put in it deserves care, "
            "later, when you have support and time — for example with your clinician."
        ),
    ),
    kind="containment",
)

EXERCISES: dict[str, Exercise] = {
    exercise.slug: exercise
    for exercise in (
        BOX_BREATHING,
        EXTENDED_EXHALE,
        PROGRESSIVE_MUSCLE_RELAXATION,
        GROUNDING_54321,
        BODY_SCAN,
        MINDFUL_SENSUALITY,
        SAFE_PLACE,
        CONTAINER,
    )
}


def get_exercise(slug: str) -> Exercise | None:
    return EXERCISES.get(slug)


def title_of(slug: str) -> StrOrPromise:
    """An exercise's title; a slug no longer in the catalogue is shown as it is."""
    exercise = EXERCISES.get(slug)
    return exercise.title if exercise else slug

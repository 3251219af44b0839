"""What each gap of a support map says, and the plan step it can become.

The rules that find gaps are in ``attune.clinical.support`` (pure). The words here are an
invitation: a gap is something the person might like to grow, never something missing in
them. Steps are small and done at the person's own pace; "not yet" is always fine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


@dataclass(frozen=True)
class GapStep:
    gap: StrOrPromise  # how the gap reads on the map
    title: StrOrPromise
    how: StrOrPromise
    notice: StrOrPromise
    tool: str  # an attune tool (clinical/plans/vocab.py TOOLS)
    difficulty: int
    basis: StrOrPromise


_BASIS = _(
    "You added this from your support map. A wider network of supportive relationships is "
    "part of attune's model of care; the gaps are attune's own prompts, not a test."
)

GAP_STEPS: dict[str, GapStep] = {
    "night": GapStep(
        gap=_("One more person I could call at night"),
        title=_("Ask one more person if you could call them in a hard moment"),
        how=_(
            "Think of someone on your map, or someone you would like to add, who you trust. "
            "Ask them, in your own words, whether you could call or text them on a hard "
            "night. A short message is enough."
        ),
        notice=_(
            "How it felt to ask, and what they said. Whatever the answer, asking is the step."
        ),
        tool="action_plan",
        difficulty=45,
        basis=_BASIS,
    ),
    "do_things": GapStep(
        gap=_("Someone to do things with"),
        title=_("Do one small thing with someone"),
        how=_(
            "Invite someone to a walk, a coffee, a game or a film — something low-key that "
            "you both might enjoy. Doing it together matters more than what you do."
        ),
        notice=_("Moments of shared humour or ease, however small."),
        tool="anchors",
        difficulty=35,
        basis=_BASIS,
    ),
    "group": GapStep(
        gap=_("A group or community"),
        title=_("Look for one group or community to try"),
        how=_(
            "Find one group that fits an interest or a value of yours: a class, a club, a "
            "volunteering team, a peer circle or an online community. Going once, or just "
            "reading along, is enough for now."
        ),
        notice=_("Whether you felt a little more like you belonged, and what helped."),
        tool="circle",
        difficulty=40,
        basis=_BASIS,
    ),
    "mental_health": GapStep(
        gap=_("Someone who knows about my mental health"),
        title=_("Tell one person a little about how you have been"),
        how=_(
            "Choose someone you trust — a friend, a family member, your doctor or a "
            "counsellor — and tell them as much or as little as feels right about your mood "
            "lately. You decide what to share."
        ),
        notice=_("How they responded, and how you felt afterwards."),
        tool="article:what-to-expect-from-therapy",
        difficulty=50,
        basis=_BASIS,
    ),
}

"""Adaptation rules: read the step log and check-ins, propose changes. Proposals are data;
nothing changes until `apply_proposal` (see apply.py) is called with one.

Rules, per step that has log entries and is not completed (entries oldest first):

1. Latest entry is a setback                              -> soften (trigger `setback`)
2. Latest entry did not feel safe, whatever the outcome   -> a different kind of step
                                                             (`not_safe`)
3. The last HIGH_DISTRESS_RUN entries all had distress >= HIGH_DISTRESS
                                                          -> a different kind of step
                                                             (`high_distress`)
4. The last NOT_YET_RUN entries were all `not_yet`        -> soften (`not_yet_run`)
5. The last max(WIN_RUN, step.sessions) entries were all `done` and felt safe, and distress
   fell across them (last < first) or is already <= LOW_DISTRESS   -> next rung (`wins`)

Check-ins (values oldest first, one a day): a run of the last CHECKIN_RUN days with mood <=
LOW_MOOD, or with longing distress >= HIGH_LONGING, slows the *current* step (the step of the
most recent log entry that is not completed): a pending next-rung proposal becomes a repeat,
and a step with no proposal is softened. With no current step, check-ins propose nothing
here; low mood and risk are also watched by the safety rules, which this module does not
replace.

A different kind of step is never the same step "more gently": a breathing or body-focus
exercise that felt unsafe (panic can grow when attention turns to the breath or the body) is
replaced by grounding with eyes open and attention on the room; grounding that felt unsafe is
replaced by a pause; any other step waits behind a pause with grounding, and returns only
after it (Treleaven 2018, trauma-sensitive mindfulness: eyes open, external anchors, shorter
practice, the choice to stop).

To soften is to propose a smaller step (a new, easier rung placed before the step) when the
step's difficulty is at least MIN_DIFFICULTY_TO_SPLIT and fewer than MAX_SMALLER smaller
rungs already sit before it; otherwise to propose a repeat at a gentler pace.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from attune.clinical.plans.content import catalogue
from attune.clinical.plans.model import Plan, Step
from attune.clinical.plans.signals import AdaptationInputError, CheckinSignals, LogEntry, Outcome
from attune.clinical.plans.spec import TRAUMA_SENSITIVE, gentler_key
from attune.clinical.plans.vocab import Pillar

HIGH_DISTRESS = 70
HIGH_DISTRESS_RUN = 2
NOT_YET_RUN = 2
WIN_RUN = 2
LOW_DISTRESS = 20
CHECKIN_RUN = 3
LOW_MOOD = 3
HIGH_LONGING = 7
MIN_DIFFICULTY_TO_SPLIT = 10
MAX_SMALLER = 2


class ProposalKind(StrEnum):
    SMALLER_STEP = "smaller_step"
    REPEAT = "repeat"
    NEXT_RUNG = "next_rung"
    # A different kind of step in place of this one (the step is set aside).
    DIFFERENT_STEP = "different_step"
    # A different kind of step first; this one waits behind it.
    PAUSE_FIRST = "pause_first"


class Trigger(StrEnum):
    SETBACK = "setback"
    NOT_SAFE = "not_safe"
    HIGH_DISTRESS = "high_distress"
    NOT_YET_RUN = "not_yet_run"
    LOW_MOOD = "low_mood"
    HIGH_LONGING = "high_longing"
    WINS = "wins"


@dataclass(frozen=True)
class Proposal:
    kind: ProposalKind
    step_id: str
    trigger: Trigger
    reason: str
    plan_version: int
    new_step: Step | None = None
    target_step_id: str | None = None


# Client-facing reasons: setbacks are learning, never a verdict. Plain data for translation.
WHY: dict[Trigger, str] = {
    Trigger.SETBACK: (
        "A setback on '{title}' is information, not a verdict: it shows where the next "
        "small step is."
    ),
    Trigger.NOT_SAFE: (
        "'{title}' did not feel safe this time. Safety comes first, so the plan changes the "
        "kind of step, not just its size; what made it feel unsafe is worth noting, because "
        "it tells us what to adjust."
    ),
    Trigger.HIGH_DISTRESS: (
        "Distress stayed high on '{title}' ({values} out of 100). That is useful to know: a "
        "different kind of step comes first, so your body can settle."
    ),
    Trigger.NOT_YET_RUN: (
        "'{title}' has been 'not yet' a few times. That often means the step is bigger than "
        "it looked, which is worth learning."
    ),
    Trigger.LOW_MOOD: (
        "Mood has been low on each of the last {days} days. When mood dips, a gentler pace "
        "is part of the plan, not a step back."
    ),
    Trigger.HIGH_LONGING: (
        "Longing has been painful on each of the last {days} days. A gentler pace for a "
        "while makes room for care and self-compassion."
    ),
    Trigger.WINS: (
        "'{title}' went well {count} times in a row, felt safe, and distress settled "
        "({values} out of 100). Each small success counts."
    ),
}
THEN_SMALLER = " Proposed next: a smaller step, '{new}', before returning to it."
THEN_REPEAT = " Proposed next: practise '{title}' once more, at a gentler pace."
THEN_NEXT = " Proposed next: the next rung, '{next}'."
THEN_INSTEAD = (
    " Proposed instead: '{new}'. '{title}' is set aside and comes back only if you ask for it."
)
THEN_PAUSE_FIRST = (
    " Proposed first: '{new}'. '{title}' waits behind it, for when you choose to return."
)
THEN_TOP = " This is the top of its ladder: keep it as a regular practice."

SMALLER_HINTS: dict[str, str] = {
    "foundations": "half the amount, on fewer days",
    "self_compassion": "one sentence instead of a page, at a calm moment",
    "values": "one value rather than all of them",
    "social": "a shorter visit, a familiar person, or a message instead of a meeting",
    "communication": "five minutes instead of ten, a lighter topic, or writing it down first",
    "embodiment": "fewer minutes, clothed, or the earlier stage again, with your stop signal ready",
    "body_regulation": "one minute, sitting, eyes open",
    "learning": "one short section at a time",
}
SMALLER_TITLE = "Smaller step: {title}"
SMALLER_HOW = (
    "Try a gentler slice of this step: {hint}. When that feels manageable, return to '{title}'."
)
SMALLER_NOTICE = (
    "What made the full step feel too big, and what makes this one manageable: both are "
    "useful learning."
)
SMALLER_BASIS = "Proposed by the plan's adaptation rules as a smaller rung before '{title}'."


def _entries_by_step(plan: Plan, log: Sequence[LogEntry]) -> dict[str, list[LogEntry]]:
    known = {step.id for step in plan.steps}
    grouped: dict[str, list[LogEntry]] = {}
    for entry in log:
        if entry.step_id not in known:
            raise AdaptationInputError(f"step_id: {entry.step_id!r} is not in this plan")
        grouped.setdefault(entry.step_id, []).append(entry)
    return grouped


def _smaller_count(plan: Plan, step_id: str) -> int:
    prefix = f"{step_id}-smaller"
    ids = [s.id for s in plan.steps]
    return sum(1 for i in ids if i.startswith(prefix)) + (gentler_key(step_id) in ids)


def _smaller_id(plan: Plan, step_id: str) -> str:
    base = f"{step_id}-smaller"
    candidate, n = base, 1
    while plan.has_step(candidate):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _derived(step: Step, new_id: str, title: str, how: str, notice: str) -> Step:
    return Step(
        id=new_id,
        title=title,
        pillar=step.pillar,
        rung=step.rung,
        difficulty=step.difficulty * 2 // 3,
        prerequisites=step.prerequisites,
        how=how,
        notice=notice,
        tool=step.tool,
        basis=SMALLER_BASIS.format(title=step.title),
        consent=step.consent,
        referral=step.referral,
        asks_first=step.asks_first,
    )


def smaller_step(plan: Plan, step: Step) -> Step | None:
    """A new, easier rung to place before `step`, or None when it cannot be split further.

    Uses the content's own gentler rung when there is one not yet in the plan.
    """
    if step.difficulty < MIN_DIFFICULTY_TO_SPLIT or _smaller_count(plan, step.id) >= MAX_SMALLER:
        return None
    spec = next((s for s in catalogue(plan.profile) if s.key == step.id), None)
    if spec is not None and spec.gentler is not None and not plan.has_step(gentler_key(step.id)):
        g = spec.gentler
        return _derived(step, gentler_key(step.id), g.title, g.how, g.notice)
    return _derived(
        step,
        _smaller_id(plan, step.id),
        SMALLER_TITLE.format(title=step.title),
        SMALLER_HOW.format(hint=SMALLER_HINTS[step.pillar.value], title=step.title),
        SMALLER_NOTICE,
    )


# Exercises that turn attention to the breath or inside the body.
BODY_FOCUS_TOOLS = frozenset(
    {
        "exercise:extended_exhale",
        "exercise:box_breathing",
        "exercise:body_scan",
        "exercise:progressive_muscle_relaxation",
        "exercise:mindful_sensuality",
    }
)
GROUNDING_TOOL = "exercise:grounding_54321"

EYES_OPEN_TITLE = "Grounding with eyes open, attention on the room"
EYES_OPEN_HOW = (
    "Keep your eyes open and put your attention outside your body: name five things you can "
    "see, four you can touch, three you can hear, two you can smell and one you can taste. "
    "One or two minutes is enough, and you can stop whenever you want."
)
EYES_OPEN_NOTICE = "How quickly the room feels present again."
REST_TITLE = "A pause: two weeks of rest and ordinary comforts"
REST_HOW = (
    "Set practice exercises aside for two weeks. Keep the short daily check-in and do "
    "ordinary things that soothe you: a walk, music, a warm drink, company. If feeling "
    "unsafe keeps coming back, tell your clinician or GP; you do not have to carry it alone."
)
REST_NOTICE = "What helps you feel steady on ordinary days."
PAUSE_TITLE = "A pause, with grounding, before '{title}'"
PAUSE_HOW = (
    "Set '{title}' aside for now. Once a day, practise 5-4-3-2-1 grounding with your eyes "
    "open, and note what made the step feel unsafe. When you feel ready, you can return to it "
    "shorter and with a clear way out (a time limit, your own way home, a stop word); if "
    "you do not feel ready, it can wait."
)
PAUSE_NOTICE = "What made the step feel unsafe, and what would need to be different."


def _made(key: str, pillar: Pillar, title: str, tool: str, how: str, notice: str) -> Step:
    return Step(
        id=key,
        title=title,
        pillar=pillar,
        rung=1,
        difficulty=5 if tool == GROUNDING_TOOL else 0,
        prerequisites=(),
        how=how,
        notice=notice,
        tool=tool,
        basis=TRAUMA_SENSITIVE,
    )


def different_step(plan: Plan, step: Step) -> tuple[ProposalKind, Step]:
    """A different kind of step for one that felt unsafe or stayed highly distressing, and
    whether it replaces the step (DIFFERENT_STEP) or comes first (PAUSE_FIRST)."""
    rest_tool = "anchors" if step.tool == "checkin" else "checkin"
    rest = _made(
        f"{step.id}-rest", Pillar.FOUNDATIONS, REST_TITLE, rest_tool, REST_HOW, REST_NOTICE
    )
    if step.tool in BODY_FOCUS_TOOLS and not plan.has_step(f"{step.id}-eyes-open"):
        eyes_open = _made(
            f"{step.id}-eyes-open",
            Pillar.BODY_REGULATION,
            EYES_OPEN_TITLE,
            GROUNDING_TOOL,
            EYES_OPEN_HOW,
            EYES_OPEN_NOTICE,
        )
        return ProposalKind.DIFFERENT_STEP, eyes_open
    if step.tool in BODY_FOCUS_TOOLS or step.tool == GROUNDING_TOOL:
        return ProposalKind.DIFFERENT_STEP, rest
    if plan.has_step(f"{step.id}-pause"):
        return ProposalKind.DIFFERENT_STEP, rest
    pause = _made(
        f"{step.id}-pause",
        Pillar.BODY_REGULATION,
        PAUSE_TITLE.format(title=step.title),
        GROUNDING_TOOL,
        PAUSE_HOW.format(title=step.title),
        PAUSE_NOTICE,
    )
    return ProposalKind.PAUSE_FIRST, pause


def _different(plan: Plan, step: Step, trigger: Trigger, why: str) -> Proposal:
    kind, new = different_step(plan, step)
    then = THEN_INSTEAD if kind is ProposalKind.DIFFERENT_STEP else THEN_PAUSE_FIRST
    reason = why + then.format(new=new.title, title=step.title)
    return Proposal(kind, step.id, trigger, reason, plan.version, new)


def _soften(plan: Plan, step: Step, trigger: Trigger, why: str) -> Proposal:
    new = smaller_step(plan, step)
    if new is None:
        reason = why + THEN_REPEAT.format(title=step.title)
        return Proposal(ProposalKind.REPEAT, step.id, trigger, reason, plan.version)
    reason = why + THEN_SMALLER.format(new=new.title)
    return Proposal(ProposalKind.SMALLER_STEP, step.id, trigger, reason, plan.version, new)


def _repeat(plan: Plan, step: Step, trigger: Trigger, why: str) -> Proposal:
    reason = why + THEN_REPEAT.format(title=step.title)
    return Proposal(ProposalKind.REPEAT, step.id, trigger, reason, plan.version)


def next_rung(plan: Plan, step: Step) -> Step | None:
    """The next uncompleted step on the same pillar's ladder, else the first step that
    depends on this one; None at the top of a ladder."""
    steps = plan.steps
    later = steps[steps.index(step) + 1 :]
    open_later = [s for s in later if s.id not in plan.completed]
    same = next((s for s in open_later if s.pillar is step.pillar), None)
    if same is not None:
        return same
    return next((s for s in open_later if step.id in s.prerequisites), None)


def _advance(plan: Plan, step: Step, entries: Sequence[LogEntry]) -> Proposal:
    values = " then ".join(str(e.distress) for e in entries)
    reason = WHY[Trigger.WINS].format(title=step.title, count=len(entries), values=values)
    nxt = next_rung(plan, step)
    reason += THEN_TOP if nxt is None else THEN_NEXT.format(next=nxt.title)
    target = None if nxt is None else nxt.id
    return Proposal(
        ProposalKind.NEXT_RUNG, step.id, Trigger.WINS, reason, plan.version, None, target
    )


def _last_run(entries: Sequence[LogEntry], n: int) -> Sequence[LogEntry]:
    return entries[-n:] if len(entries) >= n else ()


def _is_win(step: Step, entries: Sequence[LogEntry]) -> Sequence[LogEntry]:
    run = _last_run(entries, max(WIN_RUN, step.sessions))
    if not run or not all(e.outcome is Outcome.DONE and e.felt_safe for e in run):
        return ()
    falling = run[-1].distress < run[0].distress
    return run if falling or run[-1].distress <= LOW_DISTRESS else ()


def rule_for_step(plan: Plan, step: Step, entries: Sequence[LogEntry]) -> Proposal | None:
    """Rules 1-5 of the module docstring for one step; None when nothing is proposed."""
    last = entries[-1]
    title = step.title
    if last.outcome is Outcome.SETBACK:
        return _soften(plan, step, Trigger.SETBACK, WHY[Trigger.SETBACK].format(title=title))
    if not last.felt_safe:
        why = WHY[Trigger.NOT_SAFE].format(title=title)
        return _different(plan, step, Trigger.NOT_SAFE, why)
    high = _last_run(entries, HIGH_DISTRESS_RUN)
    if high and all(e.distress >= HIGH_DISTRESS for e in high):
        values = " and ".join(str(e.distress) for e in high)
        why = WHY[Trigger.HIGH_DISTRESS].format(title=title, values=values)
        return _different(plan, step, Trigger.HIGH_DISTRESS, why)
    waiting = _last_run(entries, NOT_YET_RUN)
    if waiting and all(e.outcome is Outcome.NOT_YET for e in waiting):
        return _soften(
            plan, step, Trigger.NOT_YET_RUN, WHY[Trigger.NOT_YET_RUN].format(title=title)
        )
    wins = _is_win(step, entries)
    return _advance(plan, step, wins) if wins else None


def checkin_trigger(signals: CheckinSignals | None) -> Trigger | None:
    """LOW_MOOD or HIGH_LONGING when the last CHECKIN_RUN days form a run, else None."""
    if signals is None:
        return None
    mood = signals.mood[-CHECKIN_RUN:]
    if len(mood) == CHECKIN_RUN and all(m <= LOW_MOOD for m in mood):
        return Trigger.LOW_MOOD
    longing = signals.longing_distress[-CHECKIN_RUN:]
    if len(longing) == CHECKIN_RUN and all(v >= HIGH_LONGING for v in longing):
        return Trigger.HIGH_LONGING
    return None


def _current_step(plan: Plan, log: Sequence[LogEntry]) -> Step | None:
    for entry in reversed(log):
        if entry.step_id not in plan.completed:
            return plan.step(entry.step_id)
    return None


def _slow_down(plan: Plan, step: Step, trigger: Trigger, pending: Proposal | None) -> Proposal:
    why = WHY[trigger].format(days=CHECKIN_RUN)
    if pending is not None and pending.kind is ProposalKind.NEXT_RUNG:
        return _repeat(plan, step, trigger, why)
    return _soften(plan, step, trigger, why)


def propose_changes(
    plan: Plan, log: Sequence[LogEntry], signals: CheckinSignals | None = None
) -> tuple[Proposal, ...]:
    """Proposals for this plan version, at most one per step, in plan order. Pure."""
    grouped = _entries_by_step(plan, log)
    proposals: dict[str, Proposal] = {}
    for step in plan.steps:
        entries = grouped.get(step.id)
        if entries and step.id not in plan.completed:
            found = rule_for_step(plan, step, entries)
            if found is not None:
                proposals[step.id] = found
    trigger = checkin_trigger(signals)
    current = _current_step(plan, log)
    if trigger is not None and current is not None:
        pending = proposals.get(current.id)
        if pending is None or pending.kind is ProposalKind.NEXT_RUNG:
            proposals[current.id] = _slow_down(plan, current, trigger, pending)
    order = [step.id for step in plan.steps]
    return tuple(sorted(proposals.values(), key=lambda p: order.index(p.step_id)))

"""The plan as immutable data: phases of weeks, each with steps; versions with their reasons."""

from __future__ import annotations

from dataclasses import dataclass

from attune.clinical.plans.profile import Profile
from attune.clinical.plans.vocab import EXPOSURE_PILLARS, TOOLS, Pillar


class PlanError(ValueError):
    """A plan breaks one of its invariants (unknown prerequisite, cycle, duplicate id, ...)."""


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    pillar: Pillar
    rung: int
    difficulty: int
    prerequisites: tuple[str, ...]
    how: str
    notice: str
    tool: str
    basis: str = ""
    sessions: int = 1
    # Filled by the engine from consent.py: shown with the step wherever it appears.
    consent: str = ""
    referral: str = ""
    asks_first: str = ""

    @property
    def exposure(self) -> bool:
        return self.pillar in EXPOSURE_PILLARS


@dataclass(frozen=True)
class Phase:
    key: str
    title: str
    first_week: int
    last_week: int
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Change:
    """One applied change: the version it produced, what it did and why."""

    version: int
    kind: str
    step_id: str
    reason: str
    related_step_id: str | None = None


@dataclass(frozen=True)
class Declined:
    """A step the person declined (or that was set aside after it felt unsafe): it does not
    come back unasked, and its pillar weighs less in later choices."""

    step_id: str
    pillar: Pillar
    reason: str
    version: int
    alternative_id: str | None = None


@dataclass(frozen=True)
class Plan:
    profile: Profile
    phases: tuple[Phase, ...]
    version: int = 1
    completed: tuple[str, ...] = ()
    history: tuple[Change, ...] = ()
    declined: tuple[Declined, ...] = ()

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(step for phase in self.phases for step in phase.steps)

    @property
    def total_weeks(self) -> int:
        return self.phases[-1].last_week if self.phases else 0

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise PlanError(f"step {step_id!r} is not in this plan")

    def has_step(self, step_id: str) -> bool:
        return any(step.id == step_id for step in self.steps)


def find_cycle(steps: tuple[Step, ...]) -> tuple[str, ...]:
    """Return step ids on a prerequisite cycle, or () when the graph is acyclic."""
    requires = {step.id: step.prerequisites for step in steps}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    path: list[str] = []

    def visit(node: str) -> tuple[str, ...]:
        state[node] = 1
        path.append(node)
        for nxt in requires.get(node, ()):
            if state.get(nxt) == 1:
                return (*path[path.index(nxt) :], nxt)
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return ()

    for step in steps:
        if step.id not in state and (found := visit(step.id)):
            return found
    return ()


def _check_step(step: Step, known: set[str]) -> None:
    if not step.id or not step.title:
        raise PlanError(f"step {step.id!r} needs an id and a title")
    if not 0 <= step.difficulty <= 100:
        raise PlanError(f"step {step.id!r}: difficulty {step.difficulty} is outside 0-100")
    if step.tool not in TOOLS:
        raise PlanError(f"step {step.id!r}: tool {step.tool!r} is not an attune tool")
    if step.rung < 1 or step.sessions < 1:
        raise PlanError(f"step {step.id!r}: rung and sessions start at 1")
    missing = [pre for pre in step.prerequisites if pre not in known]
    if missing:
        raise PlanError(f"step {step.id!r}: unknown prerequisites {', '.join(missing)}")


def validate_plan(plan: Plan) -> None:
    """Raise PlanError unless ids are unique, prerequisites resolve and form no cycle."""
    steps = plan.steps
    ids = [step.id for step in steps]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise PlanError(f"duplicate step ids: {', '.join(duplicates)}")
    known = set(ids)
    for step in steps:
        _check_step(step, known)
    cycle = find_cycle(steps)
    if cycle:
        raise PlanError(f"prerequisites form a cycle: {' -> '.join(cycle)}")
    unknown_done = [done for done in plan.completed if done not in known]
    if unknown_done:
        raise PlanError(f"completed steps not in plan: {', '.join(unknown_done)}")
    for phase in plan.phases:
        if phase.first_week < 1 or phase.last_week < phase.first_week:
            raise PlanError(f"phase {phase.key!r} has an invalid week range")

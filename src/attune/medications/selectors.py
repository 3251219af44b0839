"""Reads of the medication timeline: medicines, the events in date order, the scores on the
same days (mood and sexual loneliness from check-ins; ASEX totals only where the client's
organisation holds the ASEX licence), and the plan question to ask, if any."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from django.db.models import Prefetch

from attune.accounts import selectors as people
from attune.accounts.models import Role, User
from attune.checkins.models import CheckIn
from attune.clinical.medications import is_listed_antidepressant
from attune.questionnaires.models import Administration
from attune.questionnaires.services import instrument_available

from .models import DoseChange, Medication, PlanAnswer, SideEffect, StopAnswer

ASEX = "asex"
MAX_ID = 2**63 - 1
EventKind = Literal["started", "changed", "stopped", "side_effect"]
# Same-day events read in the order they happen: a start before a change before a stop.
_ORDER: dict[str, int] = {"started": 0, "changed": 1, "stopped": 2, "side_effect": 3}


def medications_of(client: User) -> list[Medication]:
    """The client's medicines, current first, each with its dose changes (two queries)."""
    rows = Medication.objects.filter(client=client).prefetch_related(
        Prefetch("changes", queryset=DoseChange.objects.order_by("changed_on", "pk"))
    )
    return sorted(rows, key=lambda m: (not m.is_current, m.started_on, m.pk))


def own_medication(client: User, medication_id: int) -> Medication | None:
    if not 0 < medication_id <= MAX_ID:
        return None
    return Medication.objects.filter(client=client, pk=medication_id).first()


def side_effects_of(client: User) -> list[SideEffect]:
    return list(
        SideEffect.objects.filter(client=client)
        .select_related("medication")
        .order_by("-noticed_on", "-pk")
    )


def current_dose(medication: Medication) -> tuple[Decimal, str]:
    changes = list(medication.changes.all())
    if changes:
        return changes[-1].dose, changes[-1].unit
    return medication.dose, medication.unit


def asex_available(client: User) -> bool:
    """ASEX needs its authors' permission: shown only where an organisation of the client's
    has recorded the licence (as the questionnaires app decides)."""
    organisations = list(people.organisations_of(client, Role.CLIENT))
    return instrument_available(organisations, ASEX)


# The timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    day: date
    kind: EventKind
    medication_id: int | None
    name: str
    dose: Decimal | None = None
    unit: str = ""
    previous_dose: Decimal | None = None
    previous_unit: str = ""
    reason: str = ""
    side_effect: str = ""  # the kind (desire, sleep …)
    label: str = ""  # what the side effect is called, in the client's words for "other"
    rating: int | None = None
    record_id: int = 0

    @property
    def sort_key(self) -> tuple[date, int, int]:
        return (self.day, _ORDER[self.kind], self.record_id)


@dataclass(frozen=True)
class DayScores:
    day: date
    mood: int | None = None
    sexual_loneliness: int | None = None
    asex_total: int | None = None


@dataclass(frozen=True)
class Timeline:
    events: list[Event]
    scores: list[DayScores]
    asex_shown: bool
    medications: list[Medication] = field(default_factory=list)


def _medication_events(medication: Medication) -> list[Event]:
    events = [
        Event(
            medication.started_on,
            "started",
            medication.pk,
            medication.name,
            dose=medication.dose,
            unit=medication.unit,
            record_id=medication.pk,
        )
    ]
    dose, unit = medication.dose, medication.unit
    for change in medication.changes.all():
        events.append(
            Event(
                change.changed_on,
                "changed",
                medication.pk,
                medication.name,
                dose=change.dose,
                unit=change.unit,
                previous_dose=dose,
                previous_unit=unit,
                reason=change.reason,
                record_id=change.pk,
            )
        )
        dose, unit = change.dose, change.unit
    if medication.stopped_on is not None:
        events.append(
            Event(
                medication.stopped_on,
                "stopped",
                medication.pk,
                medication.name,
                previous_dose=dose,
                previous_unit=unit,
                reason=medication.stop_reason,
                record_id=medication.pk,
            )
        )
    return events


def _side_effect_event(effect: SideEffect) -> Event:
    return Event(
        effect.noticed_on,
        "side_effect",
        effect.medication_id,
        effect.medication.name if effect.medication is not None else "",
        reason=effect.note,
        side_effect=effect.kind,
        label=effect.label,
        rating=effect.rating,
        record_id=effect.pk,
    )


def daily_scores(
    client: User, *, start: date | None = None, end: date | None = None, asex: bool
) -> dict[date, DayScores]:
    """Mood and sexual loneliness per check-in day and the day's last ASEX total (when
    shown), between start and end inclusive (either may be open)."""
    checkins = CheckIn.objects.filter(client=client)
    administrations = Administration.objects.filter(
        client=client, instrument=ASEX, status=Administration.SUBMITTED
    )
    if start is not None:
        checkins = checkins.filter(day__gte=start)
        administrations = administrations.filter(submitted_on__gte=start)
    if end is not None:
        checkins = checkins.filter(day__lte=end)
        administrations = administrations.filter(submitted_on__lte=end)
    found: dict[date, dict[str, int | None]] = {}
    for day, mood, sexual in checkins.values_list("day", "mood", "sexual_loneliness"):
        found.setdefault(day, {}).update(mood=mood, sexual_loneliness=sexual)
    if asex:
        for answered_on, total in administrations.order_by("submitted_at", "pk").values_list(
            "submitted_on", "total"
        ):
            if answered_on is not None and total is not None:
                found.setdefault(answered_on, {})["asex_total"] = int(total)
    return {
        day: DayScores(
            day,
            mood=values.get("mood"),
            sexual_loneliness=values.get("sexual_loneliness"),
            asex_total=values.get("asex_total"),
        )
        for day, values in sorted(found.items())
    }


def timeline(client: User) -> Timeline:
    """Every event in date order, and the scores on the days that have an event."""
    medications = medications_of(client)
    events = [event for m in medications for event in _medication_events(m)]
    events.extend(_side_effect_event(e) for e in side_effects_of(client))
    events.sort(key=lambda e: e.sort_key)
    shown = asex_available(client)
    days = sorted({event.day for event in events})
    scores: list[DayScores] = []
    if days:
        by_day = daily_scores(client, start=days[0], end=days[-1], asex=shown)
        scores = [by_day.get(day, DayScores(day)) for day in days]
    return Timeline(events, scores, shown, medications)


# The plan question ----------------------------------------------------------------------


@dataclass(frozen=True)
class PlanQuestion:
    """What to ask: "start" (is this current medicine an antidepressant; use it in the plan?)
    or "stop" (the medicines the plan used have stopped; keep its medication steps?)."""

    kind: Literal["start", "stop"]
    medication: Medication | None = None


def _plan_flag(client: User) -> bool | None:
    from attune.plans import services as plans

    record = plans.active_plan(client)
    return None if record is None else plans.engine_plan(record).profile.antidepressant


def _counts_as_antidepressant(medication: Medication) -> bool:
    """Confirmed by the client, or on the list and not yet answered ("no" is never one)."""
    if medication.plan_answer == PlanAnswer.NOT_ASKED:
        return is_listed_antidepressant(medication.name)
    return medication.plan_answer == PlanAnswer.YES


def stopped_unanswered(medications: list[Medication]) -> list[Medication]:
    """Stopped antidepressants whose stop the client has not yet answered for the plan."""
    return [
        m
        for m in medications
        if not m.is_current
        and m.stop_answer == StopAnswer.NOT_ASKED
        and _counts_as_antidepressant(m)
    ]


def takes_confirmed_antidepressant(client: User) -> bool:
    """A current medicine the client said is an antidepressant to use in their plan."""
    return Medication.objects.filter(
        client=client, stopped_on__isnull=True, plan_answer=PlanAnswer.YES
    ).exists()


def plan_question(client: User, medications: list[Medication]) -> PlanQuestion | None:
    flag = _plan_flag(client)
    current = [m for m in medications if m.is_current]
    if not flag:
        for medication in current:
            if medication.plan_answer == PlanAnswer.NOT_ASKED and is_listed_antidepressant(
                medication.name
            ):
                return PlanQuestion("start", medication)
        return None
    if not any(_counts_as_antidepressant(m) for m in current) and stopped_unanswered(medications):
        return PlanQuestion("stop")
    return None

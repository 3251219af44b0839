"""The medication timeline over the API: the client's own medicines, dose changes, stops and
side effects, and the timeline with the scores on the same days. A clinician reads a client's
timeline only in active, consented care (audited). Someone else's record is a 404."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Router, Status
from ninja.errors import HttpError

from attune.accounts import selectors as people
from attune.accounts.models import Role, User
from attune.api.schemas import ErrorOut
from attune.audit.services import audit_read

from . import selectors, services
from .models import DoseChange, Medication, SideEffect
from .schemas import (
    DoseChangeIn,
    DoseChangeOut,
    MedicationIn,
    MedicationOut,
    SideEffectIn,
    SideEffectOut,
    StopIn,
    TimelineOut,
)
from .selectors import Timeline
from .views import READ_TYPES

router = Router(tags=["medications"])


def _client(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if Role.CLIENT not in people.roles_of(user):
        raise HttpError(403, "Only clients keep a medication timeline.")
    return user


def _own(client: User, medication_id: int) -> Medication:
    medication = selectors.own_medication(client, medication_id)
    if medication is None:
        raise HttpError(404, "Not found.")
    return medication


def _invalid(exc: ValidationError) -> Status[Any]:
    fields = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
    sentence = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in sorted(fields.items()))
    return Status(422, {"detail": f"Please check {sentence}", "errors": fields})


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _change_out(change: DoseChange, support: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": change.pk,
        "date": change.changed_on,
        "dose": float(change.dose),
        "unit": change.unit,
        "reason": change.reason,
        "support": support,
    }


def _medication_out(
    medication: Medication, support: dict[str, Any] | None = None
) -> dict[str, Any]:
    dose, unit = selectors.current_dose(medication)
    return {
        "id": medication.pk,
        "name": medication.name,
        "dose": float(medication.dose),
        "unit": medication.unit,
        "started_on": medication.started_on,
        "stopped_on": medication.stopped_on,
        "stop_reason": medication.stop_reason,
        "note": medication.note,
        "current_dose": float(dose),
        "current_unit": unit,
        "changes": [_change_out(c) for c in medication.changes.all()],
        "created_at": medication.created_at,
        "support": support,
    }


def _effect_out(effect: SideEffect, support: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": effect.pk,
        "date": effect.noticed_on,
        "kind": effect.kind,
        "label": effect.label,
        "rating": effect.rating,
        "other": effect.other,
        "note": effect.note,
        "medication_id": effect.medication_id,
        "support": support,
    }


def _timeline_out(line: Timeline) -> dict[str, Any]:
    return {
        "events": [
            {
                "date": e.day,
                "kind": e.kind,
                "medication_id": e.medication_id,
                "name": e.name,
                "dose": _float(e.dose),
                "unit": e.unit,
                "previous_dose": _float(e.previous_dose),
                "previous_unit": e.previous_unit,
                "reason": e.reason,
                "side_effect": e.side_effect,
                "rating": e.rating,
                "id": e.record_id,
            }
            for e in line.events
        ],
        "scores": [
            {
                "date": s.day,
                "mood": s.mood,
                "sexual_loneliness": s.sexual_loneliness,
                "asex_total": s.asex_total,
            }
            for s in line.scores
        ],
        "asex_shown": line.asex_shown,
    }


@router.get("/medications", response=list[MedicationOut], summary="Your medicines, current first")
def list_medications(request: HttpRequest) -> list[dict[str, Any]]:
    return [_medication_out(m) for m in selectors.medications_of(_client(request))]


@router.post(
    "/medications",
    response={201: MedicationOut, 422: ErrorOut},
    summary="Add a medicine with its starting dose and the day you started",
)
def create_medication(request: HttpRequest, payload: MedicationIn) -> Status[Any]:
    client = _client(request)
    try:
        written = services.medication_create(
            client=client,
            name=payload.name,
            dose=payload.dose,
            unit=payload.unit,
            started_on=payload.started_on,
            note=payload.note,
        )
    except ValidationError as exc:
        return _invalid(exc)
    medication = _own(client, written.record.pk)
    return Status(201, _medication_out(medication, written.support))


@router.get(
    "/medications/timeline",
    response=TimelineOut,
    summary="Your medication events in date order, with the scores on the same days",
)
def my_timeline(request: HttpRequest) -> dict[str, Any]:
    return _timeline_out(selectors.timeline(_client(request)))


@router.get(
    "/medications/side-effects",
    response=list[SideEffectOut],
    summary="Side effects you noticed, newest first",
)
def list_side_effects(request: HttpRequest) -> list[dict[str, Any]]:
    return [_effect_out(e) for e in selectors.side_effects_of(_client(request))]


@router.post(
    "/medications/side-effects",
    response={201: SideEffectOut, 422: ErrorOut},
    summary="Note a side effect you noticed, rated 0-10 if you want",
)
def create_side_effect(request: HttpRequest, payload: SideEffectIn) -> Status[Any]:
    client = _client(request)
    medication = None
    if payload.medication_id is not None:
        medication = selectors.own_medication(client, payload.medication_id)
        if medication is None:
            return Status(
                422,
                {
                    "detail": "Please check medication_id: not one of your medicines.",
                    "errors": {"medication_id": ["is not one of your medicines"]},
                },
            )
    try:
        written = services.side_effect_create(
            client=client,
            noticed_on=payload.date,
            kind=payload.kind,
            rating=payload.rating,
            other=payload.other,
            note=payload.note,
            medication=medication,
        )
    except ValidationError as exc:
        return _invalid(exc)
    assert isinstance(written.record, SideEffect)
    return Status(201, _effect_out(written.record, written.support))


@router.get("/medications/{medication_id}", response=MedicationOut, summary="One of your medicines")
def get_medication(request: HttpRequest, medication_id: int) -> dict[str, Any]:
    return _medication_out(_own(_client(request), medication_id))


@router.post(
    "/medications/{medication_id}/changes",
    response={201: DoseChangeOut, 422: ErrorOut},
    summary="Note a dated change of dose, with a reason if you want",
)
def create_change(request: HttpRequest, medication_id: int, payload: DoseChangeIn) -> Status[Any]:
    client = _client(request)
    medication = _own(client, medication_id)
    try:
        written = services.dose_change_create(
            client=client,
            medication=medication,
            changed_on=payload.date,
            dose=payload.dose,
            unit=payload.unit,
            reason=payload.reason,
        )
    except ValidationError as exc:
        return _invalid(exc)
    assert isinstance(written.record, DoseChange)
    return Status(201, _change_out(written.record, written.support))


@router.post(
    "/medications/{medication_id}/stop",
    response={200: MedicationOut, 422: ErrorOut},
    summary="Note the day you stopped a medicine (today when no date is given)",
)
def stop_medication(request: HttpRequest, medication_id: int, payload: StopIn) -> Status[Any]:
    client = _client(request)
    medication = _own(client, medication_id)
    try:
        written = services.medication_stop(
            client=client, medication=medication, stopped_on=payload.date, reason=payload.reason
        )
    except ValidationError as exc:
        return _invalid(exc)
    return Status(200, _medication_out(_own(client, medication.pk), written.support))


@router.get(
    "/clients/{client_uuid}/medications/timeline",
    response=TimelineOut,
    summary="A client's medication timeline, while they are in your care (audited)",
)
def client_timeline(request: HttpRequest, client_uuid: uuid.UUID) -> dict[str, Any]:
    viewer: User = request.user  # type: ignore[assignment]
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    for object_type in READ_TYPES:
        audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type=object_type)
    return _timeline_out(selectors.timeline(client))

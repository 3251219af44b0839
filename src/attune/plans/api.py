import json
from typing import Any, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.api.schemas import ErrorOut
from attune.api.types import Flag, Whole
from attune.checkins.services import client_today
from attune.clinical.plans import plan_to_dict

from . import services
from .models import PlanProposal

router = Router(tags=["plan"])


class StepLogIn(Schema):
    outcome: str
    felt_safe: Flag
    distress: Whole = Field(ge=0, le=100)
    reflection: str = Field(default="", max_length=4000)


class AnswerIn(Schema):
    answer: str = Field(description="yes, no or not_sure")


class DeclineIn(Schema):
    reason: Literal["doesnt_fit", "not_now", "not_safe"] = Field(
        description="doesnt_fit (doesn't fit me), not_now, or not_safe"
    )
    note: str | None = Field(default=None, max_length=1000)


class DecisionIn(Schema):
    approve: Flag
    difficulty: Whole | None = Field(default=None, ge=0, le=100)


def _client(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if "client" not in people.roles_of(user):
        raise HttpError(403, "Only clients have a plan.")
    return user


def _plan_out(client: User) -> dict[str, Any]:
    record = services.active_plan(client)
    if record is None:
        raise HttpError(404, "No plan yet.")
    week, ready = services.this_week(record, client_today(client))
    return {
        "version": record.version,
        "week": week,
        "this_week": [step.id for step in ready],
        # Reading steps never take this week's slots: to read when you like.
        "to_read": [step.id for step in services.to_read(record, client_today(client))],
        "paused": record.paused_steps,
        # Answers to the questions steps ask first (each step's `asks_first`).
        "answers": services.step_answers(record),
        "plan": plan_to_dict(services.engine_plan(record)),
        "proposals": [
            {"id": p.pk, "step_id": p.step_id, "kind": p.kind, **json.loads(p.proposal_json)}
            for p in record.proposals.filter(status=PlanProposal.PENDING)
        ],
    }


@router.get(
    "/plan",
    response={200: dict[str, Any], 404: ErrorOut},
    summary="Your plan, this week's steps, proposals (404 while you have no plan yet)",
)
def my_plan(request: HttpRequest) -> dict[str, Any]:
    return _plan_out(_client(request))


@router.post(
    "/plan/steps/{step_id}/log",
    response={201: dict[str, Any], 404: ErrorOut, 422: ErrorOut},
    summary="Log a try at a step: done, not yet, or a setback",
)
def log_step(request: HttpRequest, step_id: str, payload: StepLogIn) -> Status[Any]:
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        return Status(404, {"detail": "No plan yet."})
    try:
        entry = services.step_log(client=client, record=record, step_id=step_id, **payload.dict())
    except ValidationError as exc:
        return Status(422, {"detail": " ".join(exc.messages)})
    out = _plan_out(client)
    safety = getattr(entry, "safety", None)
    # The one ``Support`` payload (attune.api.schemas.Support), when the reflection's words
    # give a concern.
    out["support"] = safety.support if safety is not None else None
    return Status(201, out)


@router.post(
    "/plan/steps/{step_id}/answer",
    response={200: dict[str, Any], 404: ErrorOut, 422: ErrorOut},
    summary="Answer the question a step asks first; for a step about an ex, no or not_sure "
    "sets it aside",
)
def answer_step(request: HttpRequest, step_id: str, payload: AnswerIn) -> Status[Any]:
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        return Status(404, {"detail": "No plan yet."})
    try:
        services.step_answer(client=client, record=record, step_id=step_id, answer=payload.answer)
    except ValidationError as exc:
        errors = {field: list(msgs) for field, msgs in exc.message_dict.items()}
        return Status(422, {"detail": " ".join(exc.messages), "errors": errors})
    return Status(200, _plan_out(client))


@router.post(
    "/plan/steps/{step_id}/decline",
    response={200: dict[str, Any], 404: ErrorOut, 422: ErrorOut},
    summary="Decline a step (doesn't fit, not now, not safe): it leaves your plan and an "
    "alternative from another pillar takes its place; answers the updated plan",
)
def decline_step(request: HttpRequest, step_id: str, payload: DeclineIn) -> Status[Any]:
    client = _client(request)
    record = services.active_plan(client)
    if record is None or not services.engine_plan(record).has_step(step_id):
        return Status(404, {"detail": "That step is not in your plan."})
    try:
        row = services.step_decline(
            client=client,
            record=record,
            step_id=step_id,
            reason=payload.reason,
            note=payload.note or "",
        )
    except ValidationError as exc:
        errors = {field: list(msgs) for field, msgs in exc.message_dict.items()}
        return Status(422, {"detail": " ".join(exc.messages), "errors": errors})
    out = _plan_out(client)
    out["alternative"] = row.alternative_id or None
    safety = getattr(row, "safety", None)
    out["support"] = safety.support if safety is not None else None
    return Status(200, out)


@router.post(
    "/plan/proposals/{proposal_id}/decide",
    response={200: dict[str, Any], 404: ErrorOut, 422: ErrorOut},
    summary="Approve or decline a proposal (a treating clinician, or a self-guided client)",
)
def decide(request: HttpRequest, proposal_id: int, payload: DecisionIn) -> Status[Any]:
    user: User = request.user  # type: ignore[assignment]
    proposal = PlanProposal.objects.select_related("plan").filter(pk=proposal_id).first()
    if proposal is None or not services.may_decide(user, proposal.plan):
        return Status(404, {"detail": "Not found."})
    try:
        services.proposal_decide(by=user, proposal=proposal, **payload.dict())
    except (ValidationError, PermissionDenied) as exc:
        return Status(422, {"detail": " ".join(getattr(exc, "messages", [str(exc)]))})
    return Status(200, {"status": proposal.status, "version": proposal.plan.version})

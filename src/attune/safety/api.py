"""Answering the ASQ questions that a ``possible`` support payload asked."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from pydantic import ConfigDict, StrictBool

from attune.accounts.models import User
from attune.api.schemas import ErrorOut, Support
from attune.clinical.safety import asq

from . import services

router = Router(tags=["safety"])


# What prompted the questions: a flag source, "conversation" (a conversation plan) or nothing.
AsqSource = Literal[
    "",
    "checkin",
    "journal",
    "trigger_map",
    "experiment",
    "values",
    "plan_log",
    "partner_feedback",
    "conversation",
    "conversation_summary",
    "circle_reflection",
    "questionnaire",
    "couple_check",
    "medication",
    "relapse_plan",
    "booster_check",
    "support_map",
]


class AsqAnswersIn(Schema):
    model_config = ConfigDict(extra="forbid")

    q1: StrictBool | None = None
    q2: StrictBool | None = None
    q3: StrictBool | None = None
    q4: StrictBool | None = None
    q5: StrictBool | None = None


class AsqIn(Schema):
    """``answers`` q1-q4 (booleans), q5 when any is true; or ``declined``: true to not
    answer (a refusal counts as a positive screen, as the ASQ toolkit says)."""

    model_config = ConfigDict(extra="forbid")

    answers: AsqAnswersIn | None = None
    declined: StrictBool = False
    source: AsqSource = ""
    entry_key: str = Field("", max_length=64)


class AsqOut(Schema):
    result: str
    declined: bool
    support: Support | None = None
    message: str


@router.post(
    "/safety/asq",
    response={200: AsqOut, 422: ErrorOut},
    summary="Answer the ASQ questions (NIMH; asked in writing); a positive screen flags the "
    "clinicians",
)
def answer_asq(request: HttpRequest, payload: AsqIn) -> Status[Any]:
    user: User = request.user  # type: ignore[assignment]
    given = payload.answers.dict(exclude_unset=True) if payload.answers is not None else None
    if not payload.declined and given is None:
        return Status(
            422,
            {
                "detail": "Please check answers: give q1 to q4, or send declined: true.",
                "errors": {"answers": ["give q1 to q4, or send declined: true"]},
            },
        )
    try:
        answered = services.asq_record(
            writer=user,
            answers=given,
            declined=payload.declined,
            source=payload.source,
            entry_key=payload.entry_key,
        )
    except asq.AsqError as exc:
        field = f"answers.{exc.field}"
        return Status(
            422,
            {"detail": f"Please check {field}: {exc.message}.", "errors": {field: [exc.message]}},
        )
    return Status(
        200,
        {
            "result": answered.result,
            "declined": answered.declined,
            "support": answered.support,
            "message": services.asq_message(answered.result),
        },
    )

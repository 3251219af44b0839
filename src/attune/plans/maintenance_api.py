"""The client's relapse-prevention plan over the API: read it, or replace it whole."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import ConfigDict

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.api.schemas import ErrorOut, Support

from . import maintenance
from .models import RELAPSE_TEXT_MAX

router = Router(tags=["plan"])


class RelapsePlanIn(Schema):
    model_config = ConfigDict(extra="forbid")

    warning_signs: str = Field(default="", max_length=RELAPSE_TEXT_MAX)
    what_helped: str = Field(default="", max_length=RELAPSE_TEXT_MAX)
    what_to_do: str = Field(default="", max_length=RELAPSE_TEXT_MAX)
    whom_to_call: str = Field(default="", max_length=RELAPSE_TEXT_MAX)
    when_to_come_back: str = Field(default="", max_length=RELAPSE_TEXT_MAX)


class RelapsePlanOut(Schema):
    warning_signs: str
    what_helped: str
    what_to_do: str
    whom_to_call: str
    when_to_come_back: str
    in_maintenance: bool
    support: Support | None = None


def _client(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if "client" not in people.roles_of(user):
        raise HttpError(403, "Only clients have a relapse-prevention plan.")
    return user


def _out(client: User, support: dict[str, Any] | None = None) -> dict[str, Any]:
    plan = maintenance.relapse_plan_of(client)
    fields = {name: getattr(plan, name) if plan else "" for name in maintenance.RELAPSE_FIELDS}
    in_maintenance = maintenance.open_phase(client) is not None
    return {**fields, "in_maintenance": in_maintenance, "support": support}


@router.get(
    "/plan/relapse-prevention",
    response={200: RelapsePlanOut},
    summary="Your relapse-prevention plan (empty fields until you write it)",
)
def relapse_plan_get(request: HttpRequest) -> dict[str, Any]:
    return _out(_client(request))


@router.put(
    "/plan/relapse-prevention",
    response={200: RelapsePlanOut, 422: ErrorOut},
    summary="Replace your relapse-prevention plan (each field up to 2000 characters)",
)
def relapse_plan_put(request: HttpRequest, payload: RelapsePlanIn) -> Status[Any]:
    client = _client(request)
    try:
        _plan, safety = maintenance.relapse_plan_save(client=client, fields=payload.dict())
    except ValidationError as exc:
        errors = {field: list(msgs) for field, msgs in exc.message_dict.items()}
        return Status(422, {"detail": " ".join(exc.messages), "errors": errors})
    return Status(200, _out(client, safety.support if safety is not None else None))

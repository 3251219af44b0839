from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.api.schemas import ErrorOut, Support
from attune.api.types import Day, Moment, Whole
from attune.library.catalogue import articles_for
from attune.safety.services import SafetyResponse

from . import services
from .models import (
    NOTE_MAX,
    PLACE_MAX,
    STORY_MAX,
    TEXT_MAX,
    ArticleRead,
    Company,
    Experiment,
    OriginTheme,
    Trigger,
)

router = Router(tags=["practice"])


class TriggerIn(Schema):
    occurred_at: Moment
    company: Company
    place: str = Field("", max_length=PLACE_MAX)
    what_happened: str = Field(min_length=1, max_length=STORY_MAX)
    intensity_before: Whole = Field(ge=0, le=100)
    body_sensations: str = Field("", max_length=NOTE_MAX)
    automatic_thought: str = Field("", max_length=NOTE_MAX)
    origin_theme: OriginTheme


class PauseIn(Schema):
    compassionate_response: str = Field(min_length=1, max_length=TEXT_MAX)
    intensity_after: Whole = Field(ge=0, le=100)


class TriggerOut(Schema):
    id: int
    occurred_at: datetime
    company: str
    place: str
    what_happened: str
    intensity_before: int
    body_sensations: str
    automatic_thought: str
    origin_theme: str
    compassionate_response: str
    intensity_after: int | None
    risk_language: bool = False
    support: Support | None = None


class ExperimentIn(Schema):
    belief: str = Field(min_length=1, max_length=TEXT_MAX)
    belief_before: Whole = Field(ge=0, le=100)
    prediction: str = Field(min_length=1, max_length=TEXT_MAX)
    plan: str = Field(min_length=1, max_length=TEXT_MAX)
    safety_behaviours: str = Field("", max_length=NOTE_MAX)
    planned_on: Day | None = None


class ExperimentResultIn(Schema):
    outcome: str = Field(min_length=1, max_length=TEXT_MAX)
    learned: str = Field(min_length=1, max_length=TEXT_MAX)
    belief_after: Whole = Field(ge=0, le=100)
    next_experiment: str = Field("", max_length=NOTE_MAX)


class ExperimentOut(Schema):
    id: int
    belief: str
    belief_before: int
    prediction: str
    plan: str
    safety_behaviours: str
    planned_on: date | None
    status: str
    outcome: str
    learned: str
    belief_after: int | None
    next_experiment: str
    risk_language: bool = False
    support: Support | None = None


class ArticleOut(Schema):
    slug: str
    title: str
    category: str
    reading_minutes: int
    citations: list[str]
    read: bool


def _client(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if "client" not in people.roles_of(user):
        raise HttpError(403, "Only clients keep practice records.")
    return user


def _own(model: Any, client: User, pk: int) -> Any:
    record = model.objects.filter(client=client, pk=pk).first()
    if record is None:
        raise HttpError(404, "Not found.")
    return record


def _invalid(exc: ValidationError) -> Status[Any]:
    fields = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
    return Status(422, {"detail": f"Please check: {', '.join(sorted(fields))}.", "errors": fields})


def _trigger_out(trigger: Trigger, safety: SafetyResponse | None = None) -> dict[str, Any]:
    fields = [f for f in TriggerOut.model_fields if f not in {"id", "risk_language", "support"}]
    return {
        "id": trigger.pk,
        **{f: getattr(trigger, f) for f in fields},
        "risk_language": safety is not None,
        "support": safety.support if safety is not None else None,
    }


def _experiment_out(experiment: Experiment, safety: SafetyResponse | None = None) -> dict[str, Any]:
    fields = [f for f in ExperimentOut.model_fields if f not in {"id", "risk_language", "support"}]
    return {
        "id": experiment.pk,
        **{f: getattr(experiment, f) for f in fields},
        "risk_language": safety is not None,
        "support": safety.support if safety is not None else None,
    }


@router.get("/practice/triggers", response=list[TriggerOut], summary="Your trigger map")
def list_triggers(request: HttpRequest) -> list[dict[str, Any]]:
    return [_trigger_out(t) for t in Trigger.objects.filter(client=_client(request))[:500]]


@router.post(
    "/practice/triggers",
    response={201: TriggerOut, 422: ErrorOut},
    summary="Note a moment when longing became painful (screened for risk words)",
)
def create_trigger(request: HttpRequest, payload: TriggerIn) -> Status[Any]:
    client = _client(request)
    try:
        trigger, result = services.trigger_record(client=client, **payload.dict())
    except ValidationError as exc:
        return _invalid(exc)
    return Status(201, _trigger_out(trigger, result))


@router.get(
    "/practice/triggers/{trigger_id}",
    response=TriggerOut,
    summary="One moment from your trigger map",
)
def get_trigger(request: HttpRequest, trigger_id: int) -> dict[str, Any]:
    return _trigger_out(_own(Trigger, _client(request), trigger_id))


@router.post(
    "/practice/triggers/{trigger_id}/pause",
    response={200: TriggerOut, 422: ErrorOut},
    summary="Pause with a compassionate response and rate the longing again",
)
def pause_trigger(request: HttpRequest, trigger_id: int, payload: PauseIn) -> Status[Any]:
    trigger = _own(Trigger, _client(request), trigger_id)
    try:
        result = services.trigger_pause(trigger=trigger, **payload.dict())
    except ValidationError as exc:
        return _invalid(exc)
    return Status(200, _trigger_out(trigger, result))


@router.get(
    "/practice/experiments",
    response=list[ExperimentOut],
    summary="Your behavioural experiments, newest first",
)
def list_experiments(request: HttpRequest) -> list[dict[str, Any]]:
    return [_experiment_out(e) for e in Experiment.objects.filter(client=_client(request))[:500]]


@router.post(
    "/practice/experiments",
    response={201: ExperimentOut, 422: ErrorOut},
    summary="Plan a behavioural experiment to test a belief",
)
def create_experiment(request: HttpRequest, payload: ExperimentIn) -> Status[Any]:
    experiment = Experiment(client=_client(request), **payload.dict())
    try:
        result = services.experiment_save(experiment=experiment)
    except ValidationError as exc:
        return _invalid(exc)
    return Status(201, _experiment_out(experiment, result))


@router.get(
    "/practice/experiments/{experiment_id}",
    response=ExperimentOut,
    summary="One of your behavioural experiments",
)
def get_experiment(request: HttpRequest, experiment_id: int) -> dict[str, Any]:
    return _experiment_out(_own(Experiment, _client(request), experiment_id))


@router.post(
    "/practice/experiments/{experiment_id}/result",
    response={200: ExperimentOut, 422: ErrorOut},
    summary="Record what happened and what you learned; the experiment is then done",
)
def record_result(
    request: HttpRequest, experiment_id: int, payload: ExperimentResultIn
) -> Status[Any]:
    experiment = _own(Experiment, _client(request), experiment_id)
    for name, value in payload.dict().items():
        setattr(experiment, name, value)
    try:
        result = services.experiment_save(experiment=experiment)
    except ValidationError as exc:
        return _invalid(exc)
    return Status(200, _experiment_out(experiment, result))


@router.get("/library/articles", response=list[ArticleOut], summary="The psychoeducation library")
def library(request: HttpRequest) -> list[dict[str, Any]]:
    user: User = request.user  # type: ignore[assignment]
    read = set(ArticleRead.objects.filter(client=user).values_list("slug", flat=True))
    return [
        {
            "slug": a.slug,
            "title": a.title,
            "category": a.category,
            "reading_minutes": a.reading_minutes,
            "citations": list(a.citations),
            "read": a.slug in read,
        }
        for a in articles_for(people.roles_of(user))
    ]


@router.post(
    "/library/articles/{slug}/read",
    response={204: None, 404: ErrorOut},
    summary="Mark a library article as read",
)
def mark_read(request: HttpRequest, slug: str) -> Status[Any]:
    try:
        services.article_mark_read(client=_client(request), slug=slug)
    except ValidationError:
        return Status(404, {"detail": "There is no article with that name."})
    return Status(204, None)

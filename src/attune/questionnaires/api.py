import uuid
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.api.schemas import ErrorOut
from attune.api.types import Whole, one_of
from attune.audit.services import audit_read
from attune.clinical.instruments import INSTRUMENTS
from attune.clinical.instruments.change import change_category
from attune.clinical.instruments.scoring import SUICIDALITY_FLAG
from attune.core import idempotency

from . import selectors, services
from .export import client_bundle_json
from .models import Administration

router = Router(tags=["questionnaires"])
SCOPE = "questionnaires.submit"


class InstrumentOut(Schema):
    id: str
    name: str
    full_name: str
    item_count: int
    time_frame: str | None
    licence_needed: bool
    available: bool
    citation: str


class DueOut(Schema):
    instrument: str
    due_on: date
    still_open: bool
    started: bool


class ResponseIn(Schema):
    instrument: str = Field(
        description="An instrument key from GET /api/v1/instruments that is available to you.",
        json_schema_extra=one_of(sorted(INSTRUMENTS)),
    )
    answers: list[Whole]


class ScoreOut(Schema):
    id: int
    instrument: str
    answers: list[int]
    total: float | None
    band: str | None
    subscales: dict[str, float]
    flags: list[str]
    scoring_version: str
    submitted_at: datetime
    change_since_previous: str | None
    change_since_first: str | None
    risk_flag: bool


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _require_client(user: User) -> None:
    if "client" not in people.roles_of(user):
        raise HttpError(403, "Only clients answer questionnaires.")


def _category(earlier: Administration | None, later: Administration) -> str | None:
    if earlier is None or earlier.total_number is None or later.total_number is None:
        return None
    category = change_category(later.instrument, earlier.total_number, later.total_number)
    return None if category is None else category.value


def score_out(record: Administration, history: list[Administration]) -> dict[str, Any]:
    earlier = [r for r in history if (r.submitted_at, r.pk) < (record.submitted_at, record.pk)]
    return {
        "id": record.pk,
        "instrument": record.instrument,
        "answers": record.answers,
        "total": record.total,
        "band": record.band or None,
        "subscales": record.subscales,
        "flags": record.flags,
        "scoring_version": record.scoring_version,
        "submitted_at": record.submitted_at,
        "change_since_previous": _category(earlier[-1] if earlier else None, record),
        "change_since_first": _category(earlier[0] if len(earlier) > 1 else None, record),
        "risk_flag": SUICIDALITY_FLAG in record.flags,
    }


@router.get("/instruments", response=list[InstrumentOut], summary="The questionnaire catalogue")
def list_instruments(request: HttpRequest) -> list[dict[str, Any]]:
    user = _user(request)
    available = set(services.available_instruments(user))
    return [
        {
            "id": i.id,
            "name": i.name,
            "full_name": i.full_name,
            "item_count": i.item_count,
            "time_frame": i.time_frame,
            "licence_needed": i.licence.requires_permission,
            "available": i.id in available,
            "citation": f"{i.citation.authors} ({i.citation.year})",
        }
        for i in INSTRUMENTS.values()
    ]


@router.get("/questionnaires/due", response=list[DueOut], summary="Your open questionnaires")
def list_due(request: HttpRequest) -> list[dict[str, Any]]:
    user = _user(request)
    _require_client(user)
    return [
        {
            "instrument": item.assignment.instrument,
            "due_on": item.due.due_on,
            "still_open": item.due.still_open,
            "started": item.started is not None,
        }
        for item in services.due_for(user)
    ]


@router.post(
    "/questionnaires/responses",
    response={200: ScoreOut, 201: ScoreOut, 422: ErrorOut},
    summary="Submit a completed questionnaire (idempotent with an Idempotency-Key header)",
)
def submit_response(request: HttpRequest, payload: ResponseIn) -> Status[Any]:
    user = _user(request)
    _require_client(user)
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > idempotency.MAX_KEY_LENGTH:
        return Status(422, {"detail": "Idempotency-Key must be at most 200 characters."})
    data = payload.dict()

    def write() -> dict[str, Any]:
        result = services.submit(
            client=user, instrument_id=data["instrument"], answers=data["answers"]
        )
        return score_out(result.administration, selectors.history(user, data["instrument"]))

    try:
        answer = idempotency.replay_or_write(
            user=user, scope=SCOPE, key=key, payload=data, write=write
        )
    except idempotency.IdempotencyConflict:
        return Status(422, {"detail": "This Idempotency-Key was already used with other answers."})
    except ValidationError as exc:
        fields = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
        detail = " ".join(m for messages in fields.values() for m in messages)
        return Status(422, {"detail": detail, "errors": fields})
    return Status(answer.status, answer.response)


def _scores(client: User, instrument: str | None) -> list[dict[str, Any]]:
    if instrument is not None and instrument not in INSTRUMENTS:
        raise HttpError(422, f"Unknown instrument {instrument!r}.")
    out: list[dict[str, Any]] = []
    for summary in selectors.summaries(client):
        if instrument is None or summary["instrument"].id == instrument:
            history = summary["history"]
            out.extend(score_out(record, history) for record in reversed(history))
    return out


@router.get(
    "/questionnaires/scores", response=list[ScoreOut], summary="Your scores with change categories"
)
def list_scores(request: HttpRequest, instrument: str | None = None) -> list[dict[str, Any]]:
    user = _user(request)
    _require_client(user)
    return _scores(user, instrument)


@router.get(
    "/clients/{client_uuid}/questionnaires/scores",
    response=list[ScoreOut],
    summary="A client's scores (their clinician only; audited)",
)
def client_scores(
    request: HttpRequest, client_uuid: uuid.UUID, instrument: str | None = None
) -> list[dict[str, Any]]:
    viewer = _user(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    audit_read(
        actor_uuid=viewer.uuid,
        subject_uuid=client.uuid,
        object_type="questionnaires.administration",
    )
    return _scores(client, instrument)


FHIR_JSON = "application/fhir+json"
_FHIR_BUNDLE = {
    "responses": {
        200: {
            "description": "A FHIR R4 Bundle (type collection) of Questionnaire, "
            "QuestionnaireResponse and Observation resources.",
            "content": {
                FHIR_JSON: {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "resourceType": {"type": "string", "enum": ["Bundle"]},
                            "type": {"type": "string"},
                            "entry": {"type": "array", "items": {"type": "object"}},
                        },
                        "required": ["resourceType"],
                    }
                }
            },
        }
    }
}


@router.get(
    "/me/fhir",
    summary="Your questionnaires, answers, scores and medicines as a FHIR R4 Bundle",
    response={200: dict[str, Any]},
    openapi_extra=_FHIR_BUNDLE,
)
def my_fhir(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _require_client(user)
    return HttpResponse(client_bundle_json(user), content_type=FHIR_JSON)


@router.get(
    "/clients/{client_uuid}/fhir",
    summary=(
        "A client's questionnaires and medicines as a FHIR R4 Bundle "
        "(their clinician only; audited)"
    ),
    response={200: dict[str, Any]},
    openapi_extra=_FHIR_BUNDLE,
)
def client_fhir(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer = _user(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="questionnaires.fhir")
    return HttpResponse(client_bundle_json(client), content_type=FHIR_JSON)

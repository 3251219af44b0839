import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest
from ninja import Router, Status
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination, paginate

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.api.schemas import ErrorOut
from attune.audit.services import audit_read
from attune.core import idempotency

from . import selectors, services
from .catalogue import EXERCISES, Exercise, title_of
from .models import ExerciseSession
from .schemas import ExerciseOut, SessionIn, SessionOut, SessionPatch, SummaryOut

router = Router(tags=["exercises"])
SCOPE = "exercises.sessions.create"


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _require_client(user: User) -> None:
    if "client" not in people.roles_of(user):
        raise HttpError(403, "Only clients keep exercise sessions.")


def exercise_out(exercise: Exercise) -> dict[str, Any]:
    return {
        "slug": exercise.slug,
        "title": str(exercise.title),
        "minutes": exercise.minutes,
        "total_seconds": exercise.total_seconds,
        "summary": str(exercise.summary),
        "intro": str(exercise.intro),
        "guidance": [str(line) for line in exercise.all_guidance],
        "source": str(exercise.source),
        "blocks": [
            {
                "rounds": block.rounds,
                "steps": [
                    {
                        "text": str(step.text),
                        "seconds": step.seconds,
                        "phase": str(step.phase),
                        "counted": step.counted,
                    }
                    for step in block.steps
                ],
            }
            for block in exercise.blocks
        ],
    }


def session_out(session: ExerciseSession) -> dict[str, Any]:
    return {
        "id": session.pk,
        "exercise": session.exercise,
        "distress_before": session.distress_before,
        "distress_after": session.distress_after,
        "completed": session.completed,
        "stopped_early": session.stopped_early,
        "note": session.note,
        "started_at": session.started_at.isoformat(),
        "finished_at": session.finished_at.isoformat() if session.finished_at else None,
        "created_at": session.created_at.isoformat(),
        "updated_at": session.updated_at.isoformat(),
    }


def summary_out(client: User) -> dict[str, Any]:
    counts = ExerciseSession.objects.filter(client=client).aggregate(
        sessions=Count("pk"),
        completed=Count("pk", filter=Q(completed=True)),
        stopped_early=Count("pk", filter=Q(stopped_early=True)),
    )
    return {
        **counts,
        "by_exercise": [
            {
                "exercise": item.exercise,
                "title": str(title_of(item.exercise)),
                "n": item.n,
                "mean_change": round(item.mean_change, 2),
                "mean_before": round(item.mean_before, 2),
                "mean_after": round(item.mean_after, 2),
            }
            for item in selectors.change_summary(client)
        ],
    }


def _errors(exc: ValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        fields = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
        return {"detail": f"Please check: {', '.join(sorted(fields))}.", "errors": fields}
    return {"detail": " ".join(exc.messages)}


def _own_or_404(user: User, session_id: int) -> ExerciseSession:
    session = selectors.own_session(user, session_id)
    if session is None:
        raise HttpError(404, "Not found.")
    return session


@router.get(
    "/exercises",
    response=list[ExerciseOut],
    summary="The guided body exercises: steps, counts, guidance and sources",
)
def list_exercises(request: HttpRequest) -> list[dict[str, Any]]:
    return [exercise_out(exercise) for exercise in EXERCISES.values()]


@router.post(
    "/exercises/sessions",
    response={200: SessionOut, 201: SessionOut, 403: ErrorOut, 422: ErrorOut},
    summary="Start an exercise with a distress rating (idempotent with an Idempotency-Key header)",
)
def create_session(request: HttpRequest, payload: SessionIn) -> Status[Any]:
    user = _user(request)
    _require_client(user)
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > idempotency.MAX_KEY_LENGTH:
        return Status(422, {"detail": "Idempotency-Key must be at most 200 characters."})
    data = payload.dict()

    def write() -> dict[str, Any]:
        return session_out(services.session_start(client=user, **data))

    try:
        answer = idempotency.replay_or_write(
            user=user, scope=SCOPE, key=key, payload=data, write=write
        )
    except idempotency.IdempotencyConflict:
        return Status(
            422, {"detail": "This Idempotency-Key was already used with a different session."}
        )
    except ValidationError as exc:
        return Status(422, _errors(exc))
    return Status(answer.status, answer.response)


@router.get(
    "/exercises/sessions",
    response=list[SessionOut],
    summary="Your own exercise sessions, newest first",
)
@paginate(LimitOffsetPagination)
def list_sessions(request: HttpRequest) -> Any:
    return [session_out(s) for s in selectors.sessions_of(_user(request))]


@router.get(
    "/exercises/sessions/{session_id}",
    response=SessionOut,
    summary="One of your own exercise sessions",
)
def get_session(request: HttpRequest, session_id: int) -> dict[str, Any]:
    return session_out(_own_or_404(_user(request), session_id))


@router.patch(
    "/exercises/sessions/{session_id}",
    response={200: SessionOut, 409: ErrorOut, 422: ErrorOut},
    summary="Finish with an after rating, or stop early (the rating is then optional)",
)
def end_session(request: HttpRequest, session_id: int, payload: SessionPatch) -> Status[Any]:
    user = _user(request)
    session = _own_or_404(user, session_id)
    data = payload.dict()
    if session.ended:
        if services.same_ending(session, **data):
            return Status(200, session_out(session))  # a retry of the ending that was saved
        return Status(
            409,
            {"detail": f"Exercise session {session.pk} has already ended; it is kept as saved."},
        )
    try:
        ended = services.session_end(client=user, session=session, **data)
    except services.SessionEnded as exc:
        if services.same_ending(exc.session, **data):
            return Status(200, session_out(exc.session))
        return Status(
            409,
            {"detail": f"Exercise session {session.pk} has already ended; it is kept as saved."},
        )
    except ValidationError as exc:
        return Status(422, _errors(exc))
    return Status(200, session_out(ended))


@router.get(
    "/exercises/summary",
    response=SummaryOut,
    summary="Which exercises help you most: mean change in distress (before − after), with n",
)
def my_summary(request: HttpRequest) -> dict[str, Any]:
    return summary_out(_user(request))


@router.get(
    "/clients/{client_uuid}/exercises/summary",
    response=SummaryOut,
    summary="A client's exercise summary, for their clinician (audited; no notes)",
)
def client_summary(request: HttpRequest, client_uuid: uuid.UUID) -> dict[str, Any]:
    viewer = _user(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise HttpError(404, "Not found.")
    audit_read(
        actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="exercises.exercisesession"
    )
    return summary_out(client)

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403 as _client
from attune.accounts.models import User
from attune.audit.services import audit_read
from attune.core import idempotency

from . import history_view, selectors, services
from .catalogue import EXERCISES, Exercise, get_exercise, title_of
from .forms import HIGH_ANCHOR, LOW_ANCHOR, EndForm, StartForm
from .models import ExerciseSession

WEB_START_SCOPE = "exercises.start.web"


def _exercise_or_404(slug: str) -> Exercise:
    exercise = get_exercise(slug)
    if exercise is None:
        raise Http404
    return exercise


def _errors_into(form: Form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _scale(form: Form, name: str) -> dict[str, Any]:
    return {"field": form[name], "low": LOW_ANCHOR, "high": HIGH_ANCHOR}


@login_required
@require_GET
def exercise_list(request: HttpRequest) -> HttpResponse:
    _client(request)
    every = list(EXERCISES.values())
    context = {
        "exercises": [e for e in every if e.kind != "containment"],
        "containment": [e for e in every if e.kind == "containment"],
    }
    return render(request, "exercises/list.html", context)


def _start(client: User, exercise: Exercise, form: StartForm) -> int:
    rating = form.cleaned_data["distress_before"]
    key = form.cleaned_data.get("submission_key") or ""

    def write() -> dict[str, Any]:
        session = services.session_start(
            client=client, exercise=exercise.slug, distress_before=rating
        )
        return {"id": session.pk}

    payload = {"exercise": exercise.slug, "distress_before": rating}
    try:
        answer = idempotency.replay_or_write(
            user=client, scope=WEB_START_SCOPE, key=key, payload=payload, write=write
        )
    except idempotency.IdempotencyConflict:
        # The same page sent again with a different rating: a new, deliberate start.
        answer = idempotency.replay_or_write(
            user=client, scope=WEB_START_SCOPE, key="", payload=payload, write=write
        )
    return int(answer.response["id"])


@login_required
@require_http_methods(["GET", "POST"])
def exercise_detail(request: HttpRequest, exercise: str) -> HttpResponse:
    client = _client(request)
    chosen = _exercise_or_404(exercise)
    form = StartForm(
        request.POST if request.method == "POST" else None,
        initial={"submission_key": uuid.uuid4().hex},
    )
    if request.method == "POST" and form.is_valid():
        try:
            session_id = _start(client, chosen, form)
        except ValidationError as exc:
            _errors_into(form, exc)
        else:
            return redirect("exercise_session", session_id=session_id)
    context = {"exercise": chosen, "form": form, "scale": _scale(form, "distress_before")}
    return render(request, "exercises/detail.html", context)


def _session_or_404(client: User, session_id: int) -> ExerciseSession:
    session = selectors.own_session(client, session_id)
    if session is None:
        raise Http404
    return session


def _ended_message(request: HttpRequest, session: ExerciseSession) -> None:
    if session.stopped_early:
        messages.success(request, _("Stopped early — that's a good choice when you need it."))
        return
    text = _("Saved. Thank you for taking this time for yourself.")
    if session.distress_after is not None:
        text += " " + _("Distress before: %(before)s, after: %(after)s.") % {
            "before": session.distress_before,
            "after": session.distress_after,
        }
    messages.success(request, text)


@login_required
@require_http_methods(["GET", "POST"])
def session_page(request: HttpRequest, session_id: int) -> HttpResponse:
    client = _client(request)
    session = _session_or_404(client, session_id)
    exercise = get_exercise(session.exercise)
    if session.ended or exercise is None:
        if request.method == "POST":
            messages.info(request, _("This session was already saved; nothing was changed."))
            return redirect("exercise_session", session_id=session.pk)
        saved = {"session": session, "title": title_of(session.exercise)}
        return render(request, "exercises/session_done.html", saved)
    form = EndForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            ended = services.session_end(
                client=client,
                session=session,
                stopped_early=form.stopped_early,
                distress_after=form.cleaned_data.get("distress_after"),
                note=form.cleaned_data.get("note"),
            )
        except services.SessionEnded:
            messages.info(request, _("This session was already saved; nothing was changed."))
            return redirect("exercise_session", session_id=session.pk)
        except ValidationError as exc:
            _errors_into(form, exc)
        else:
            _ended_message(request, ended)
            return redirect("exercise_history")
    short = exercise.has_short_version and request.GET.get("version") == "short"
    context: dict[str, Any] = {
        "exercise": exercise,
        "session": session,
        "form": form,
        "scale": _scale(form, "distress_after"),
        "short": short,
        "blocks": exercise.blocks_for(short=short),
    }
    return render(request, "exercises/session.html", context)


@login_required
@require_GET
def history(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    context = history_view.build(client, include_notes=True)
    return render(request, "exercises/history.html", context)


@login_required
@require_GET
def client_exercises(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer: User = request.user  # type: ignore[assignment]
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise Http404
    audit_read(
        actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="exercises.exercisesession"
    )
    context = history_view.build(client, include_notes=False)
    context["client"] = client
    return render(request, "exercises/clinician.html", context)

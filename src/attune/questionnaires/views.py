from __future__ import annotations

import os
import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403 as _client
from attune.accounts.access import treated_or_404 as _treated
from attune.accounts.models import Organisation, Role, User
from attune.audit.services import audit_read
from attune.checkins.services import client_today
from attune.clinical.instruments import INSTRUMENTS, Instrument, get_instrument, load_wording
from attune.clinical.instruments.wording import Wording, wording_dir_from_env
from attune.safety import triage
from attune.safety.models import RiskFlag
from attune.safety.services import crisis_for

from . import presenting, selectors, services
from .forms import AssignmentForm, LicenceForm, QuestionnaireForm
from .models import Administration, Assignment


def _user(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    return user


def _wording(instrument_id: str) -> Wording:
    return load_wording(instrument_id, wording_dir_from_env(os.environ))


def _instrument_or_404(client: User, instrument_id: str) -> Instrument:
    if instrument_id not in INSTRUMENTS or instrument_id not in services.available_instruments(
        client
    ):
        raise Http404
    return get_instrument(instrument_id)


@login_required
@require_GET
def questionnaire_list(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    self_guided = not people.clinicians_of(client).exists()
    available = services.available_instruments(client)
    assignments = list(Assignment.objects.filter(client=client, active=True).order_by("pk"))
    assigned = {a.instrument for a in assignments}
    context = {
        "due": services.due_for(client),
        "assignments": [(a, get_instrument(a.instrument)) for a in assignments],
        "results": selectors.latest_results(client),
        "self_guided": self_guided,
        "can_add": [
            (i, get_instrument(i).name, presenting.measures(i))
            for i in available
            if i not in assigned
        ],
        "recommended_missing": self_guided
        and bool(set(services.recommended_set(client)) - assigned),
        "today": client_today(client),
    }
    return render(request, "questionnaires/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def questionnaire_take(request: HttpRequest, instrument_id: str) -> HttpResponse:
    client = _client(request)
    instrument = _instrument_or_404(client, instrument_id)
    wording = _wording(instrument_id)
    started = selectors.started(client, instrument_id)
    finishing = request.POST.get("action") != "save"
    if request.method == "POST":
        form = QuestionnaireForm(instrument, wording, request.POST, finishing=finishing)
        if form.is_valid():
            response = _save_or_submit(request, client, instrument_id, form, finishing)
            if response is not None:
                return response
    else:
        initial = {}
        if started is not None:
            initial = {
                f"item_{n}": a for n, a in enumerate(started.answers, start=1) if a is not None
            }
        form = QuestionnaireForm(instrument, wording, initial=initial)
    answered = sum(1 for v in (started.answers if started else []) if v is not None)
    context = {
        "form": form,
        "instrument": instrument,
        "wording": wording,
        "measures": presenting.measures(instrument_id),
        "answered": answered,
        "started": started,
    }
    return render(request, "questionnaires/take.html", context)


def _save_or_submit(
    request: HttpRequest, client: User, instrument_id: str, form: QuestionnaireForm, finishing: bool
) -> HttpResponse | None:
    """Redirect on success; None (with the errors on the form) when the answers were refused."""
    try:
        if not finishing:
            services.start_save(client=client, instrument_id=instrument_id, answers=form.answers())
            messages.info(request, _("Saved. You can finish this whenever you like."))
            return redirect("questionnaire_list")
        answers = [a for a in form.answers() if a is not None]
        result = services.submit(client=client, instrument_id=instrument_id, answers=answers)
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return None
    return redirect("questionnaire_result", administration_id=result.administration.pk)


@login_required
@require_GET
def questionnaire_result(request: HttpRequest, administration_id: int) -> HttpResponse:
    client = _client(request)
    record = Administration.objects.filter(
        pk=administration_id, client=client, status=Administration.SUBMITTED
    ).first()
    if record is None:
        raise Http404
    return render(request, "questionnaires/result.html", _result_context(client, record))


def _result_context(client: User, record: Administration) -> dict[str, Any]:
    instrument = get_instrument(record.instrument)
    history = selectors.history(client, record.instrument)
    earlier = [r for r in history if (r.submitted_at, r.pk) < (record.submitted_at, record.pk)]
    flag = RiskFlag.objects.filter(administration=record).first()
    context: dict[str, Any] = {
        "record": record,
        "instrument": instrument,
        "sentence": presenting.score_sentence(record),
        "direction": presenting.direction_sentence(instrument),
        "change": presenting.change_since(earlier[-1] if earlier else None, record),
        "since_first": presenting.change_since(earlier[0], record) if len(earlier) > 1 else None,
        "chart": presenting.history_chart(record.instrument, history),
        "flag": flag,
        "has_clinician": people.clinicians_of(client).exists(),
    }
    if flag is not None:
        context["crisis"] = crisis_for(client)
    return context


@login_required
@require_POST
def questionnaire_schedule(request: HttpRequest, instrument_id: str) -> HttpResponse:
    """A client changes their own set: add, re-time, stop, or turn reminder emails on or off."""
    client = _client(request)
    _instrument_or_404(client, instrument_id)
    action = request.POST.get("action", "")
    current = Assignment.objects.filter(
        client=client, instrument=instrument_id, active=True
    ).first()
    if action == "reminders" and current is not None:
        current.remind = request.POST.get("remind") == "on"
        current.save(update_fields=["remind", "updated_at"])
        messages.success(request, _("Reminder emails updated."))
        return redirect("questionnaire_list")
    if people.clinicians_of(client).exists() and action in {"add", "stop"}:
        messages.info(request, _("Your clinician looks after this list; talk it over with them."))
        return redirect("questionnaire_list")
    if action == "stop" and current is not None:
        services.assignment_stop(by=client, assignment=current)
        messages.success(request, _("Removed from your list. You can add it back any time."))
    elif action == "add":
        cadence, every = services.SELF_GUIDED_SET.get(instrument_id, ("monthly", None))
        services.assignment_set(
            by=client,
            client=client,
            instrument_id=instrument_id,
            cadence=str(cadence),
            every_days=every,
            start_on=client_today(client),
        )
        messages.success(request, _("Added to your list."))
    return redirect("questionnaire_list")


@login_required
@require_POST
def recommended_start(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    if people.clinicians_of(client).exists():
        raise PermissionDenied
    services.recommended_set_start(client=client)
    messages.success(request, _("Your suggested questionnaires are on your list."))
    return redirect("questionnaire_list")


# --- clinician ------------------------------------------------------------------------------


@login_required
@require_GET
def client_questionnaires(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    audit_read(
        actor_uuid=viewer.uuid,
        subject_uuid=client.uuid,
        object_type="questionnaires.administration",
    )
    available = services.available_instruments(client)
    form = AssignmentForm(
        [(i, get_instrument(i).name) for i in available],
        initial={"start_on": client_today(client), "cadence": "weekly"},
    )
    return render(request, "questionnaires/clinician.html", _clinician_context(client, form))


def _clinician_context(client: User, form: AssignmentForm) -> dict[str, Any]:
    summaries = selectors.summaries(client)
    return {
        "client": client,
        "flags": RiskFlag.objects.filter(client=client).select_related("administration")[:20],
        "summaries": [
            {
                **summary,
                "band": presenting.band_label(summary["latest"].band),
                "chart": presenting.history_chart(summary["instrument"].id, summary["history"]),
                "change": presenting.change_since(summary["first"], summary["latest"]),
            }
            for summary in summaries
        ],
        "assignments": Assignment.objects.filter(client=client, active=True),
        "due": services.due_for(client),
        "form": form,
    }


@login_required
@require_POST
def client_assign(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    available = services.available_instruments(client)
    form = AssignmentForm([(i, get_instrument(i).name) for i in available], request.POST)
    if form.is_valid():
        try:
            services.assignment_set(
                by=viewer,
                client=client,
                instrument_id=form.cleaned_data["instrument"],
                cadence=form.cleaned_data["cadence"],
                every_days=form.cleaned_data["every_days"],
                start_on=form.cleaned_data["start_on"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, _("Questionnaire assigned."))
            return redirect("client_questionnaires", client_uuid=client.uuid)
    context = _clinician_context(client, form)
    return render(request, "questionnaires/clinician.html", context, status=400)


@login_required
@require_POST
def flag_acknowledge(request: HttpRequest, client_uuid: uuid.UUID, flag_id: int) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    flag = get_object_or_404(RiskFlag, pk=flag_id, client=client)
    try:
        # One way to close a flag: it records the disposition too (safety.triage).
        triage.flag_dispose(
            clinician=viewer,
            flag=flag,
            disposition=RiskFlag.Disposition.FOLLOWED_UP,
            note=request.POST.get("note", ""),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Marked as followed up."))
    return redirect("client_questionnaires", client_uuid=client.uuid)


# --- admin ----------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def licences(request: HttpRequest) -> HttpResponse:
    admin = _user(request)
    org: Organisation | None = people.organisations_of(admin, Role.ADMIN).first()
    if org is None:
        raise PermissionDenied
    needing = [(i.id, i.name) for i in INSTRUMENTS.values() if i.licence.requires_permission]
    form = LicenceForm(needing, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.licence_record(
                admin=admin,
                organisation=org,
                instrument_id=form.cleaned_data["instrument"],
                reference=form.cleaned_data["reference"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, _("Licence recorded."))
            return redirect("questionnaire_licences")
    context = {
        "organisation": org,
        "form": form,
        "instruments": selectors.licence_table(org),
    }
    return render(request, "questionnaires/licences.html", context)

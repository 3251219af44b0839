"""Medication timeline pages: the client's own (list, chart, forms, prescriber summary) and
the treating clinician's read-only view (active consented care only; audited)."""

from __future__ import annotations

import uuid
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts.access import client_or_403 as _client
from attune.accounts.access import treated_or_404
from attune.accounts.models import User
from attune.audit.services import audit_read
from attune.checkins.services import client_today
from attune.clinical.medications import suggestions
from attune.safety.services import CRISIS_ONCE_KEY, crisis_once

from . import presenting, selectors, services
from .forms import DoseChangeForm, MedicationForm, PlanQuestionForm, SideEffectForm, StopForm
from .models import Medication

READ_TYPES = ("medications.medication", "medications.sideeffect")


def _own(client: User, medication_id: int) -> Medication:
    medication = selectors.own_medication(client, medication_id)
    if medication is None:
        raise Http404
    return medication


def _errors_into(exc: ValidationError, form: forms.Form) -> None:
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def _saved(request: HttpRequest, written: services.Written, message: str) -> None:
    if written.support is not None:
        request.session[CRISIS_ONCE_KEY] = written.support
    messages.success(request, message)


def _timeline_context(client: User, prefix: str) -> dict[str, Any]:
    line = selectors.timeline(client)
    today = client_today(client)
    return {
        "medications": [
            {"record": m, "dose": presenting.dose_text(*selectors.current_dose(m))}
            for m in line.medications
        ],
        "chart": presenting.chart(client, line, today, prefix=prefix),
        "asex_shown": line.asex_shown,
        "effects": [
            {"day": e.day, "sentence": presenting.event_sentence(e), "note": e.reason}
            for e in reversed(line.events)
            if e.kind == "side_effect"
        ],
        "today": today,
        "line": line,
    }


@login_required
@require_GET
def timeline(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    context = _timeline_context(client, "meds")
    context["question"] = selectors.plan_question(client, context["line"].medications)
    context.update(crisis_once(request, client))
    return render(request, "medications/timeline.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def medication_new(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    form = MedicationForm(request.POST or None, initial={"started_on": client_today(client)})
    if request.method == "POST" and form.is_valid():
        try:
            written = services.medication_create(client=client, **form.cleaned_data)
        except ValidationError as exc:
            _errors_into(exc, form)
        else:
            _saved(request, written, _("Added to your medication timeline."))
            return redirect("medication_detail", medication_id=written.record.pk)
    context = {"form": form, "suggestions": suggestions()}
    return render(request, "medications/medication_form.html", context)


def _detail(
    request: HttpRequest,
    client: User,
    medication: Medication,
    change_form: DoseChangeForm | None = None,
    stop_form: StopForm | None = None,
) -> HttpResponse:
    today = client_today(client)
    dose, unit = selectors.current_dose(medication)
    line = selectors.timeline(client)
    context = {
        "medication": medication,
        "dose": presenting.dose_text(dose, unit),
        "events": [
            {"day": e.day, "sentence": presenting.event_sentence(e), "reason": e.reason}
            for e in line.events
            if e.medication_id == medication.pk and e.kind != "side_effect"
        ],
        "change_form": change_form or DoseChangeForm(initial={"date": today, "unit": unit}),
        "stop_form": stop_form or StopForm(initial={"date": today}),
    }
    context.update(crisis_once(request, client))
    return render(request, "medications/medication_detail.html", context)


@login_required
@require_GET
def medication_detail(request: HttpRequest, medication_id: int) -> HttpResponse:
    client = _client(request)
    return _detail(request, client, _own(client, medication_id))


@login_required
@require_POST
def medication_change(request: HttpRequest, medication_id: int) -> HttpResponse:
    client = _client(request)
    medication = _own(client, medication_id)
    form = DoseChangeForm(request.POST)
    if form.is_valid():
        try:
            written = services.dose_change_create(
                client=client,
                medication=medication,
                changed_on=form.cleaned_data["date"],
                dose=form.cleaned_data["dose"],
                unit=form.cleaned_data["unit"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            _errors_into(exc, form)
        else:
            _saved(request, written, _("Dose change saved."))
            return redirect("medication_detail", medication_id=medication.pk)
    return _detail(request, client, medication, change_form=form)


@login_required
@require_POST
def medication_stop(request: HttpRequest, medication_id: int) -> HttpResponse:
    client = _client(request)
    medication = _own(client, medication_id)
    form = StopForm(request.POST)
    if form.is_valid():
        try:
            written = services.medication_stop(
                client=client,
                medication=medication,
                stopped_on=form.cleaned_data["date"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            _errors_into(exc, form)
        else:
            _saved(request, written, _("Saved: you stopped this medicine."))
            return redirect("medications")
    return _detail(request, client, medication, stop_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def side_effect_new(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    medications = selectors.medications_of(client)
    form = SideEffectForm(
        request.POST or None,
        medications=medications,
        initial={"date": client_today(client)},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        chosen = next((m for m in medications if m.pk == data["medication"]), None)
        try:
            written = services.side_effect_create(
                client=client,
                noticed_on=data["date"],
                kind=data["kind"],
                rating=data["rating"],
                other=data["other"],
                note=data["note"],
                medication=chosen,
            )
        except ValidationError as exc:
            _errors_into(exc, form)
        else:
            _saved(request, written, _("Saved what you noticed."))
            return redirect("medications")
    return render(request, "medications/side_effect_form.html", {"form": form})


@login_required
@require_POST
def plan_question(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    form = PlanQuestionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose one of the answers."))
        return redirect("medications")
    answer = form.cleaned_data["answer"]
    if answer in {"yes", "no"}:
        medication = _own(client, form.cleaned_data["medication"] or 0)
        changed = services.plan_question_answer(
            client=client, medication=medication, use_in_plan=answer == "yes"
        )
        if answer == "no":
            messages.success(request, _("Thank you. Your plan stays as it is."))
        elif changed:
            messages.success(request, _("Your plan now includes steps about your antidepressant."))
        else:
            messages.success(
                request, _("Noted. When you start a plan, it will include your antidepressant.")
            )
    else:
        changed = services.plan_stop_answer(client=client, keep=answer == "keep")
        messages.success(
            request,
            _("Steps about antidepressants are out of your plan.")
            if changed
            else _("Thank you. Your plan stays as it is."),
        )
    return redirect("medications")


@login_required
@require_GET
def prescriber_summary(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    context = presenting.prescriber_summary(client, client_today(client))
    context["person"] = client
    return render(request, "medications/prescriber.html", context)


# The clinician's view -------------------------------------------------------------------


@login_required
@require_GET
def client_timeline(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = treated_or_404(request, client_uuid)
    for object_type in READ_TYPES:
        audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type=object_type)
    context = _timeline_context(client, "client-meds")
    context["client"] = client
    context["summary"] = presenting.prescriber_summary(client, client_today(client))
    return render(request, "medications/clinician_timeline.html", context)

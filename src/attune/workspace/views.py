from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import treated_or_404 as _treated
from attune.accounts.models import Role, User
from attune.checkins.services import client_today
from attune.journal.services import audit_clinician_read
from attune.partners import concordance as partner_concordance
from attune.plans.maintenance import clients_in_maintenance
from attune.safety import triage

from . import overview, prep, presenting, selectors, services
from .flags import FlagKind
from .forms import CaseloadFilterForm, NoteForm
from .models import ClinicianNote

NOTE = "workspace.cliniciannote"


def _user(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    return user


def _clinician(request: HttpRequest) -> User:
    user = _user(request)
    if Role.CLINICIAN not in people.roles_of(user):
        raise PermissionDenied
    return user


# --- caseload ------------------------------------------------------------------------------


# A page of the caseload: flags and sorting cover every client, the page shows this many
# (a thousand rows are unreadable and slow to send; docs/benchmarks.md).
CASELOAD_PAGE_SIZE = 100


def caseload_context(viewer: User, params: Any) -> dict[str, Any]:
    form = CaseloadFilterForm(params)
    key, descending, only_flagged, kind = form.choice()
    clients = list(people.clients_of(viewer))
    all_rows = selectors.caseload_rows(clients)
    # Clients in maintenance are shown apart, in a group of their own.
    phases = clients_in_maintenance([c.pk for c in clients])
    rows = [r for r in all_rows if r.client.pk not in phases]
    kept = [r for r in all_rows if r.client.pk in phases]
    matching = selectors.sort_rows(
        selectors.filter_rows(rows, only_flagged=only_flagged, kind=kind), key, descending
    )
    page = Paginator(matching, CASELOAD_PAGE_SIZE).get_page(params.get("page"))
    shown = list(page.object_list)
    services.audit_caseload_read(
        viewer, [row.client for row in [*shown, *kept]], "workspace.caseload"
    )
    others = params.copy()
    others.pop("page", None)
    quiet = selectors.disengaged_days()
    return {
        "form": form,
        "rows": [presenting.caseload_item(row) for row in shown],
        "page": page,
        "matching": len(matching),
        "page_query": others.urlencode(),
        "total": len(all_rows),
        "flagged": sum(1 for r in all_rows if r.flags),
        "maintenance_rows": [(presenting.caseload_item(r), phases[r.client.pk]) for r in kept],
        "quiet_days": quiet,
        "legend": [(presenting.flag_label(k), presenting.flag_help(k, quiet)) for k in FlagKind],
        "filtered": only_flagged or kind is not None,
    }


@login_required
@require_GET
def caseload(request: HttpRequest) -> HttpResponse:
    viewer = _clinician(request)
    return render(request, "workspace/caseload.html", caseload_context(viewer, request.GET))


# --- overview and notes ----------------------------------------------------------------------


def _overview(
    request: HttpRequest, viewer: User, client: User, form: NoteForm, status: int = 200
) -> HttpResponse:
    today = client_today(client)
    context = overview.build(client, today)
    context["partner"] = partner_concordance.build(client, today)
    context["triage"] = triage.flag_rows(clinician=viewer, client=client, open_only=True)
    context["asked_negative"] = triage.asked_negative(clinician=viewer, client=client)[:5]
    entries = overview.shared_entries(client, viewer)
    notes = list(selectors.notes_of(client))
    services.audit_reads(viewer, client, overview.READ_TYPES)
    audit_clinician_read(viewer, client, entries)
    context.update(
        {
            "entries": entries,
            "notes": [(note, services.may_change(viewer, note)) for note in notes],
            "note_form": form,
        }
    )
    return render(request, "workspace/overview.html", context, status=status)


@login_required
@require_GET
def client_overview(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    return _overview(request, viewer, client, NoteForm())


def _save_errors(exc: ValidationError, form: NoteForm) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


@login_required
@require_POST
def note_add(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.note_add(
                author=viewer,
                client=client,
                body=form.cleaned_data["body"],
                session_date=form.cleaned_data["session_date"],
                today=client_today(client),
            )
        except ValidationError as exc:
            _save_errors(exc, form)
        else:
            messages.success(request, _("Note saved."))
            return redirect(reverse("client_overview", args=[client.uuid]) + "#notes-title")
    return _overview(request, viewer, client, form, status=400)


def _own_note(viewer: User, client: User, note_id: int) -> ClinicianNote:
    note = selectors.note_of(client, note_id)
    if note is None:
        raise Http404
    if not services.may_change(viewer, note):
        raise PermissionDenied
    return note


@login_required
@require_http_methods(["GET", "POST"])
def note_edit(request: HttpRequest, client_uuid: uuid.UUID, note_id: int) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    note = _own_note(viewer, client, note_id)
    services.audit_reads(viewer, client, [NOTE])
    form = NoteForm(request.POST or None, instance=note)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.note_edit(
                    by=viewer,
                    note=note,
                    body=form.cleaned_data["body"],
                    session_date=form.cleaned_data["session_date"],
                    today=client_today(client),
                )
            except ValidationError as exc:
                note.refresh_from_db()
                _save_errors(exc, form)
            else:
                messages.success(request, _("Note updated."))
                return redirect(reverse("client_overview", args=[client.uuid]) + "#notes-title")
        else:
            note.refresh_from_db()  # the form wrote the bad input onto the instance
    context = {"client": client, "note": note, "form": form}
    return render(request, "workspace/note_edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def note_delete(request: HttpRequest, client_uuid: uuid.UUID, note_id: int) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    note = _own_note(viewer, client, note_id)
    if request.method == "POST":
        services.note_delete(by=viewer, note=note)
        messages.success(request, _("Note deleted."))
        return redirect("client_overview", client_uuid=client.uuid)
    services.audit_reads(viewer, client, [NOTE])
    return render(request, "workspace/note_delete.html", {"client": client, "note": note})


# --- session prep ----------------------------------------------------------------------------


@login_required
@require_GET
def session_prep(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    today = client_today(client)
    fallback = prep.default_since(client, today)
    problem = ""
    try:
        since = prep.parse_since(request.GET.get("since"), today) or fallback
    except prep.SinceError as exc:
        since = fallback
        problem = _("%(problem)s Showing what happened since %(since)s instead.") % {
            "problem": str(exc),
            "since": since.isoformat(),
        }
    report = prep.build(client, since, today)
    services.audit_reads(viewer, client, prep.READ_TYPES)
    context = {
        "client": client,
        "prep": report,
        "period": prep.period_words(report),
        "problem": problem,
        "progress_sentence": presenting.progress_sentence(report.phq9_progress)
        if report.phq9_progress
        else "",
        "scores": [
            (s, presenting.signed(s.difference) if s.difference is not None else "")
            for s in report.scores
        ],
        "risk_events": report.risk_events,
        "partner_line": partner_concordance.prep_line(client, since, today),
    }
    return render(request, "workspace/session_prep.html", context)

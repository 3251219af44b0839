from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403 as _client
from attune.accounts.models import User
from attune.audit.services import audit_read
from attune.checkins.services import client_today
from attune.safety.services import crisis_once, remember_support

from . import presenting, selectors, services
from .forms import (
    ActionForm,
    AdoptForm,
    AnchorForm,
    MomentForm,
    NotYetForm,
    RatingForm,
    ReflectionForm,
    RescheduleForm,
    StatementsForm,
)
from .models import DOMAINS, SUGGESTION_TEXT, ActionStatus, Domain, SuggestedAnchor, ValueStatement

FORM_GET_POST = ["GET", "POST"]


def _page(
    request: HttpRequest, client: User, template: str, context: dict[str, Any]
) -> HttpResponse:
    """Render a client page; after risky words were saved, show crisis lines at the top."""
    context.update(crisis_once(request, client))
    return render(request, template, context)


def _saved(request: HttpRequest, written: services.Written, message: str) -> None:
    remember_support(request, written.screening)
    messages.success(request, message)


def _errors_onto(
    form: forms.Form, exc: ValidationError, names: Mapping[str, str] | None = None
) -> None:
    names = names or {}
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.messages)
        return
    for field, errors in exc.message_dict.items():
        target = names.get(field, field)
        form.add_error(target if target in form.fields else None, errors)


def _domain_param(request: HttpRequest) -> str | None:
    value = request.GET.get("area", "")
    return value if value in DOMAINS else None


# Values ---------------------------------------------------------------------------------


@login_required
@require_GET
def values_home(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    today = client_today(client)
    ratings = selectors.ratings_of(client)
    groups = selectors.grouped_actions(client, today)
    context = {
        "gap": presenting.gap_view(ratings[0] if ratings else None),
        "history": presenting.history_view(ratings, _domain_param(request)),
        "domain_choices": presenting.domain_choices(),
        "rated_today": bool(ratings) and ratings[0].day == today,
        "coming_up": groups.coming_up[:3],
        "not_yet_count": len(groups.not_yet),
        "statement_count": ValueStatement.objects.filter(client=client).count(),
        "today": today,
    }
    return _page(request, client, "valuework/home.html", context)


@login_required
@require_http_methods(FORM_GET_POST)
def values_rate(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    today = client_today(client)
    existing = selectors.rating_on(client, today)
    initial = {}
    if existing is not None:
        for domain in DOMAINS:
            for kind in ("importance", "consistency"):
                name = f"{domain}_{kind}"
                initial[name] = getattr(existing, name)
    form = RatingForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.rating_save(client=client, ratings=form.ratings(), day=today)
        except ValidationError as exc:
            _errors_onto(form, exc)
        else:
            messages.success(request, _("Saved. Thank you for taking stock of what matters."))
            return redirect("values_home")
    return _page(
        request, client, "valuework/rate.html", {"form": form, "existing": existing, "today": today}
    )


@login_required
@require_http_methods(FORM_GET_POST)
def values_statements(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    latest = selectors.latest_rating(client)
    order = list(DOMAINS)
    if latest is not None:
        order.sort(key=lambda d: -latest.importance(d))
    current = {s.domain: s.text for s in ValueStatement.objects.filter(client=client)}
    initial = {f"statement_{d}": text for d, text in current.items()}
    data = request.POST if request.method == "POST" else None
    form = StatementsForm(data, initial=initial, order=order)
    if request.method == "POST" and form.is_valid():
        try:
            written = services.statements_save(client=client, texts=form.texts())
        except ValidationError as exc:
            _errors_onto(form, exc)
        else:
            _saved(request, written, _("Your value statements are saved."))
            return redirect("values_statements")
    importance = {d: latest.importance(d) for d in DOMAINS} if latest else {}
    fields = [(form[f"statement_{d}"], importance.get(d)) for d in order]
    return _page(request, client, "valuework/statements.html", {"form": form, "fields": fields})


# Actions --------------------------------------------------------------------------------


def _own_action(client: User, action_id: int) -> Any:
    record = selectors.own_action(client, action_id)
    if record is None:
        raise Http404
    return record


ACTION_FIELD_NAMES = {"date": "scheduled_on", "time": "scheduled_time"}


@login_required
@require_GET
def action_list(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    today = client_today(client)
    groups = selectors.grouped_actions(client, today)
    context = {"groups": groups, "today": today}
    return _page(request, client, "valuework/actions.html", context)


@login_required
@require_http_methods(FORM_GET_POST)
def action_new(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    today = client_today(client)
    initial = {"scheduled_on": today, "domain": _domain_param(request) or ""}
    form = ActionForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            written = services.action_create(client=client, **form.cleaned_data)
        except ValidationError as exc:
            _errors_onto(form, exc, ACTION_FIELD_NAMES)
        else:
            _saved(request, written, _("Your step is planned."))
            return redirect("values_actions")
    context = {"form": form, "record": None, "today": today}
    return _page(request, client, "valuework/action_form.html", context)


@login_required
@require_http_methods(FORM_GET_POST)
def action_edit(request: HttpRequest, action_id: int) -> HttpResponse:
    client = _client(request)
    record = _own_action(client, action_id)
    initial = {
        "domain": record.domain,
        "action": record.action,
        "scheduled_on": record.scheduled_on,
        "scheduled_time": record.scheduled_time,
    }
    form = ActionForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            written = services.action_update(client=client, record=record, **form.cleaned_data)
        except ValidationError as exc:
            record.refresh_from_db()
            _errors_onto(form, exc, ACTION_FIELD_NAMES)
        else:
            _saved(request, written, _("Your step is updated."))
            return redirect("values_actions")
    context = {"form": form, "record": record, "today": client_today(client)}
    return _page(request, client, "valuework/action_form.html", context)


@login_required
@require_http_methods(FORM_GET_POST)
def action_done(request: HttpRequest, action_id: int) -> HttpResponse:
    client = _client(request)
    record = _own_action(client, action_id)
    initial = {"reflection": record.reflection}
    form = ReflectionForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            written = services.action_mark(
                client=client,
                record=record,
                status=ActionStatus.DONE,
                reflection=form.cleaned_data["reflection"],
            )
        except ValidationError as exc:
            record.refresh_from_db()
            _errors_onto(form, exc)
        else:
            _saved(request, written, _("Marked as done. Each small step counts."))
            return redirect("values_actions")
    context = {"form": form, "record": record, "marking": "done"}
    return _page(request, client, "valuework/action_mark.html", context)


@login_required
@require_http_methods(FORM_GET_POST)
def action_not_yet(request: HttpRequest, action_id: int) -> HttpResponse:
    client = _client(request)
    record = _own_action(client, action_id)
    initial = {"reflection": record.reflection}
    form = NotYetForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            written = services.action_mark(
                client=client,
                record=record,
                status=ActionStatus.NOT_YET,
                reflection=form.cleaned_data["reflection"],
                reschedule_to=form.cleaned_data["reschedule_to"],
                reschedule_time=form.cleaned_data["reschedule_time"],
            )
        except ValidationError as exc:
            record.refresh_from_db()
            _errors_onto(form, exc, {"date": "reschedule_to"})
        else:
            if form.cleaned_data["reschedule_to"]:
                message = _("Noted, and planned again for the new day.")
            else:
                message = _("Noted as not yet. You can pick a new day whenever you like.")
            _saved(request, written, message)
            return redirect("values_actions")
    context = {"form": form, "record": record, "marking": "not_yet"}
    return _page(request, client, "valuework/action_mark.html", context)


@login_required
@require_http_methods(FORM_GET_POST)
def action_reschedule(request: HttpRequest, action_id: int) -> HttpResponse:
    client = _client(request)
    record = _own_action(client, action_id)
    today = client_today(client)
    initial = {
        "scheduled_on": max(record.scheduled_on, today),
        "scheduled_time": record.scheduled_time,
    }
    form = RescheduleForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.action_reschedule(client=client, record=record, **form.cleaned_data)
        except ValidationError as exc:
            record.refresh_from_db()
            _errors_onto(form, exc, ACTION_FIELD_NAMES)
        else:
            messages.success(request, _("Planned for the new day."))
            return redirect("values_actions")
    context = {"form": form, "record": record, "today": today}
    return _page(request, client, "valuework/action_reschedule.html", context)


@login_required
@require_POST
def action_delete(request: HttpRequest, action_id: int) -> HttpResponse:
    client = _client(request)
    record = _own_action(client, action_id)
    services.action_delete(client=client, record=record)
    messages.success(request, _("The step is removed."))
    return redirect("values_actions")


# Anchors --------------------------------------------------------------------------------


def _own_anchor(client: User, anchor_id: int) -> Any:
    anchor = selectors.own_anchor(client, anchor_id)
    if anchor is None:
        raise Http404
    return anchor


@login_required
@require_GET
def anchor_list(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    today = client_today(client)
    counts = selectors.anchor_counts(client, today)
    anchors = selectors.anchors_of(client)
    context = {
        "counts": presenting.anchors_view(counts),
        "active": [a for a in anchors if a.active],
        "set_aside": [a for a in anchors if not a.active],
        "suggestions": [
            (key, SuggestedAnchor(key).label, SUGGESTION_TEXT[key])
            for key in selectors.suggestions_not_adopted(client)
        ],
        "moments": selectors.recent_moments(client),
        "form": AnchorForm(),
        "window_start": selectors.window_start(today),
    }
    return _page(request, client, "valuework/anchors.html", context)


@login_required
@require_POST
def anchor_adopt(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    form = AdoptForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the suggested anchors."))
        return redirect("values_anchors")
    anchor = services.anchor_adopt(client=client, suggestion=form.cleaned_data["suggestion"])
    messages.success(request, _("“%(name)s” is now one of your anchors.") % {"name": anchor.label})
    return redirect("values_anchors")


@login_required
@require_http_methods(FORM_GET_POST)
def anchor_new(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    form = AnchorForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            written = services.anchor_create(client=client, name=form.cleaned_data["name"])
        except ValidationError as exc:
            _errors_onto(form, exc)
        else:
            _saved(request, written, _("Your anchor is added."))
            return redirect("values_anchors")
    return _page(request, client, "valuework/anchor_form.html", {"form": form})


@login_required
@require_POST
def anchor_active(request: HttpRequest, anchor_id: int) -> HttpResponse:
    client = _client(request)
    anchor = _own_anchor(client, anchor_id)
    active = request.POST.get("active") == "1"
    services.anchor_set_active(client=client, anchor=anchor, active=active)
    if active:
        messages.success(
            request, _("“%(name)s” is back among your anchors.") % {"name": anchor.label}
        )
    else:
        messages.success(
            request,
            _("“%(name)s” is set aside. Its moments stay in your log.") % {"name": anchor.label},
        )
    return redirect("values_anchors")


@login_required
@require_http_methods(FORM_GET_POST)
def moment_new(request: HttpRequest, anchor_id: int) -> HttpResponse:
    client = _client(request)
    anchor = _own_anchor(client, anchor_id)
    today = client_today(client)
    form = MomentForm(request.POST if request.method == "POST" else None, initial={"day": today})
    if request.method == "POST" and form.is_valid():
        try:
            written = services.moment_log(client=client, anchor=anchor, **form.cleaned_data)
        except ValidationError as exc:
            _errors_onto(form, exc, {"date": "day"})
        else:
            _saved(request, written, _("Moment noted."))
            return redirect("values_anchors")
    context = {"form": form, "anchor": anchor, "today": today}
    return _page(request, client, "valuework/moment_form.html", context)


@login_required
@require_POST
def moment_delete(request: HttpRequest, moment_id: int) -> HttpResponse:
    client = _client(request)
    moment = selectors.own_moment(client, moment_id)
    if moment is None:
        raise Http404
    services.moment_delete(client=client, moment=moment)
    messages.success(request, _("The moment is removed from your log."))
    return redirect("values_anchors")


# Clinician ------------------------------------------------------------------------------

CLINICIAN_ACTIONS_SHOWN = 30


@login_required
@require_GET
def client_values(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    """Ratings, gaps, actions with their status and anchor counts. Never the client's
    statements, reflections or moment notes: those stay private to the client."""
    viewer: User = request.user  # type: ignore[assignment]
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise Http404
    for object_type in ("valuework.valuesrating", "valuework.valueaction", "valuework.anchor"):
        audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type=object_type)
    today = client_today(client)
    ratings = selectors.ratings_of(client)
    actions = list(
        selectors.actions_of(client)
        .only("domain", "action", "scheduled_on", "scheduled_time", "status", "client_id")
        .order_by("-scheduled_on", "-pk")[:CLINICIAN_ACTIONS_SHOWN]
    )
    context = {
        "client": client,
        "gap": presenting.gap_view(ratings[0] if ratings else None),
        "history": presenting.history_view(ratings, _domain_param(request)),
        "domain_choices": presenting.domain_choices(),
        "actions": [
            (a, str(Domain(a.domain).label), selectors.invites_reschedule(a, today))
            for a in actions
        ],
        "counts": presenting.anchors_view(selectors.anchor_counts(client, today)),
        "today": today,
    }
    return render(request, "valuework/clinician.html", context)

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from attune.accounts import selectors as people
from attune.accounts.models import Organisation, Role, User
from attune.audit.services import audit_read
from attune.core.crisis import COUNTRY_CHOICES, resources_for

from . import services
from .forms import CrisisLinesForm, SafetyPlanForm
from .models import STEPS, CrisisLines


def _user(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    return user


def _plan_rows(plan: Any) -> list[tuple[Any, str]]:
    rows = [(label, getattr(plan, name)) for name, label, _help in STEPS] if plan else []
    return [(label, text) for label, text in rows if text]


def _edit(
    request: HttpRequest,
    by: User,
    client: User,
    template: str,
    done: str,
    extra: dict[str, Any],
    more: dict[str, Any] | None = None,
) -> HttpResponse:
    plan = services.safety_plan_of(client)
    initial = {name: getattr(plan, name) for name in services.PLAN_FIELDS} if plan else {}
    form = SafetyPlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.safety_plan_save(by=by, client=client, fields=form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, _("Safety plan saved."))
            response: HttpResponse = redirect(done, **extra)
            return response
    context = {"form": form, "plan": plan, "rows": _plan_rows(plan), "client": client}
    return render(request, template, {**context, **(more or {})})


# Clients and partners each keep a safety plan of their own: a partner's heavy words lead to
# the same help as a client's (issue 15), and their plan is theirs alone: no clinician, and not
# the person they are linked with, ever sees it.
OWN_PLAN_ROLES = {Role.CLIENT, Role.PARTNER}


def _own_plan_holder(request: HttpRequest) -> tuple[User, bool]:
    user = _user(request)
    roles = people.roles_of(user)
    if not roles & OWN_PLAN_ROLES:
        raise PermissionDenied
    return user, Role.CLIENT not in roles


@login_required
@require_GET
def my_safety_plan(request: HttpRequest) -> HttpResponse:
    client, partner_only = _own_plan_holder(request)
    plan = services.safety_plan_of(client)
    context = {
        "plan": plan,
        "rows": _plan_rows(plan),
        "crisis": services.crisis_for(client),
        "partner_only": partner_only,
    }
    return render(request, "safety/my_plan.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def my_safety_plan_edit(request: HttpRequest) -> HttpResponse:
    client, partner_only = _own_plan_holder(request)
    return _edit(
        request,
        client,
        client,
        "safety/edit.html",
        "my_safety_plan",
        {},
        {"partner_only": partner_only},
    )


@login_required
@require_http_methods(["GET", "POST"])
def client_safety_plan(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer = _user(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise Http404
    audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="safety.safetyplan")
    return _edit(
        request,
        viewer,
        client,
        "safety/clinician.html",
        "client_safety_plan",
        {"client_uuid": client.uuid},
    )


@login_required
@require_http_methods(["GET", "POST"])
def crisis_lines(request: HttpRequest) -> HttpResponse:
    admin = _user(request)
    org: Organisation | None = people.organisations_of(admin, Role.ADMIN).first()
    if org is None:
        raise PermissionDenied
    form = CrisisLinesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.crisis_lines_save(
                admin=admin,
                organisation=org,
                country=form.cleaned_data["country"],
                emergency=form.cleaned_data["emergency"],
                lines_text=form.cleaned_data["lines"],
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("Crisis lines saved."))
            return redirect("crisis_lines")
    overrides = {c.country: c for c in CrisisLines.objects.filter(organisation=org)}
    table = [
        (label, overrides.get(code) or resources_for(code), code in overrides)
        for code, label in COUNTRY_CHOICES
    ]
    return render(
        request, "safety/crisis_lines.html", {"form": form, "table": table, "organisation": org}
    )

"""Support-map pages: the client's own map, add/change/remove, gaps into plan steps, sharing,
copying a person into the safety plan, and the clinician's read-only view (when shared)."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403 as _client
from attune.accounts.access import treated_or_404
from attune.accounts.models import User
from attune.core.html import trusted_svg
from attune.plans import services as plans
from attune.safety.services import crisis_once, remember_support

from . import picture, selectors, services
from .forms import PersonForm
from .gaps import GAP_STEPS
from .models import SupportPerson


def _own(client: User, person_id: int) -> SupportPerson:
    person = selectors.own_person(client, person_id)
    if person is None:
        raise Http404
    return person


def _errors_into(form: PersonForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _map_context(persons: list[SupportPerson], *, own: bool) -> dict[str, Any]:
    return {
        "persons": persons,
        "circle": trusted_svg(picture.draw(persons, own=own)),
    }


@login_required
@require_GET
def support_map(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    persons = selectors.people_of(client)
    record = plans.active_plan(client)
    in_plan = {s.id for s in plans.engine_plan(record).steps} if record else set()
    gaps = [
        {
            "key": key,
            "text": GAP_STEPS[key],
            "in_plan": f"support-{key.replace('_', '-')}" in in_plan,
        }
        for key in selectors.gaps_of(client, persons)
    ]
    context = {
        **_map_context(persons, own=True),
        "gaps": gaps,
        "has_plan": record is not None,
        "clinicians": list(people.clinicians_of(client)),
        "shared_with": selectors.shared_with(client),
        **crisis_once(request, client),
    }
    return render(request, "support/map.html", context)


def _form_page(request: HttpRequest, client: User, person: SupportPerson | None) -> HttpResponse:
    initial = {name: getattr(person, name) for name in PersonForm.base_fields} if person else None
    form = PersonForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if person is None:
                written = services.person_create(client=client, **form.person_fields())
            else:
                written = services.person_update(
                    client=client, person=person, **form.person_fields()
                )
        except ValidationError as exc:
            _errors_into(form, exc)
        else:
            remember_support(request, written.screening)
            messages.success(
                request,
                _("%(name)s is on your map.") % {"name": written.person.name},
            )
            return redirect("support_map")
    return render(request, "support/person_form.html", {"form": form, "person": person})


@login_required
@require_http_methods(["GET", "POST"])
def person_new(request: HttpRequest) -> HttpResponse:
    return _form_page(request, _client(request), None)


@login_required
@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, person_id: int) -> HttpResponse:
    client = _client(request)
    return _form_page(request, client, _own(client, person_id))


@login_required
@require_POST
def person_delete(request: HttpRequest, person_id: int) -> HttpResponse:
    client = _client(request)
    person = _own(client, person_id)
    name = person.name
    services.person_delete(client=client, person=person)
    messages.success(request, _("%(name)s is no longer on your map.") % {"name": name})
    return redirect("support_map")


@login_required
@require_POST
def gap_to_step(request: HttpRequest, gap: str) -> HttpResponse:
    client = _client(request)
    if gap not in GAP_STEPS:
        raise Http404
    try:
        title = services.gap_to_step(client=client, gap=gap)
    except services.NoPlan:
        messages.info(request, _("Start your plan first; then you can add this step to it."))
        return redirect("my_plan")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("support_map")
    messages.success(request, _("Added to your plan: “%(title)s”.") % {"title": title})
    return redirect("my_plan")


@login_required
@require_POST
def share(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    if request.POST.get("choice") == "stop":
        services.map_unshare(client=client)
        messages.success(request, _("Done. Your support map is private again."))
        return redirect("support_map")
    try:
        services.map_share(client=client)
    except services.NoClinician:
        messages.info(request, _("You have no clinician to share with right now."))
    else:
        messages.success(
            request, _("Shared. Your clinician can see your support map until you stop.")
        )
    return redirect("support_map")


@login_required
@require_POST
def to_safety_plan(request: HttpRequest, person_id: int) -> HttpResponse:
    client = _client(request)
    person = _own(client, person_id)
    try:
        added = services.copy_to_safety_plan(
            client=client, person=person, step=request.POST.get("step", "")
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("my_safety_plan_edit")
    if added:
        messages.success(request, _("Added %(name)s to your safety plan.") % {"name": person.name})
    else:
        messages.info(
            request,
            _("%(name)s is already in that step of your safety plan.") % {"name": person.name},
        )
    return redirect("my_safety_plan_edit")


@login_required
@require_GET
def client_support_map(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    """The clinician's read-only view: active consented care AND the client's grant."""
    viewer, client = treated_or_404(request, client_uuid)
    if not selectors.clinician_may_see(viewer, client):
        raise Http404
    services.audit_clinician_read(viewer, client)
    persons = selectors.people_of(client)
    context = {**_map_context(persons, own=False), "client": client}
    return render(request, "support/clinician.html", context)

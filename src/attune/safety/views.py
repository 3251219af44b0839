from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.models import Organisation, Role, User
from attune.audit.services import audit_read
from attune.clinical.safety import asq
from attune.core.crisis import COUNTRY_CHOICES, resources_for
from attune.core.harm_lines import CHECKED as HARM_CHECKED
from attune.core.harm_lines import harm_resources_for

from . import oversight, services
from .forms import CrisisLinesForm, SafetyPlanForm
from .models import STEPS, CrisisLines, HarmLines


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


def _helplines_page(
    request: HttpRequest,
    *,
    save: Callable[..., object],
    model: type[CrisisLines] | type[HarmLines],
    defaults_for: Callable[[str], object],
    saved: str,
    page: str,
    extra: dict[str, object],
) -> HttpResponse:
    """An admin's page for their organisation's own helplines per country (crisis lines, or
    lines for harm from others): a form for one country and the table of all of them."""
    admin = _user(request)
    org: Organisation | None = people.organisations_of(admin, Role.ADMIN).first()
    if org is None:
        raise PermissionDenied
    overrides = {c.country: c for c in model.objects.filter(organisation=org)}
    if request.method == "POST":
        form = CrisisLinesForm(request.POST)
    else:
        # Editing a country starts from the lines it has now: the organisation's, or attune's.
        code = request.GET.get("country", "")
        current = overrides.get(code) or (
            defaults_for(code) if code in dict(COUNTRY_CHOICES) else None
        )
        form = CrisisLinesForm(initial=_form_initial(code, current) if current else None)
    if request.method == "POST" and form.is_valid():
        try:
            save(
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
            messages.success(request, saved)
            return redirect(page)
    table = [
        (code, label, overrides.get(code) or defaults_for(code), code in overrides)
        for code, label in COUNTRY_CHOICES
    ]
    context = {"form": form, "table": table, "organisation": org, **extra}
    return render(request, f"safety/{page}.html", context)


def _form_initial(code: str, current: object) -> dict[str, str]:
    """A country's lines as the form writes them: "name | contact | note", one per line."""
    lines = getattr(current, "lines", ())
    rows = []
    for line in lines:
        name, contact, note = (
            (line["name"], line["contact"], line.get("note", ""))
            if isinstance(line, dict)
            else (str(line.name), line.contact, str(line.note))
        )
        rows.append(" | ".join(part for part in (name, contact, note) if part))
    return {
        "country": code,
        "emergency": str(getattr(current, "emergency", "")),
        "lines": "\n".join(rows),
    }


@login_required
@require_http_methods(["GET", "POST"])
def crisis_lines(request: HttpRequest) -> HttpResponse:
    return _helplines_page(
        request,
        save=services.crisis_lines_save,
        model=CrisisLines,
        defaults_for=resources_for,
        saved=_("Crisis lines saved."),
        page="crisis_lines",
        extra={},
    )


@login_required
@require_http_methods(["GET", "POST"])
def harm_lines(request: HttpRequest) -> HttpResponse:
    """Lines for people harmed by others, per country: an org admin's own, or the defaults."""
    return _helplines_page(
        request,
        save=services.harm_lines_save,
        model=HarmLines,
        defaults_for=harm_resources_for,
        saved=_("Lines for harm from others saved."),
        page="harm_lines",
        extra={"checked": HARM_CHECKED},
    )


def _answer(value: str) -> bool | str | None:
    """A radio's value: "yes" / "no", nothing chosen (None), or anything else (kept, so the
    check names the field)."""
    if value == "":
        return None
    return {"yes": True, "no": False}.get(value, value)


@login_required
@require_POST
def asq_answer(request: HttpRequest) -> HttpResponse:
    """The ASQ questions answered on the page that asked them; back to that page with the
    outcome (works without JavaScript)."""
    user = _user(request)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("home")
    declined = request.POST.get("declined") == "1"
    answers = {qid: _answer(request.POST.get(qid, "")) for qid in asq.IDS if qid in request.POST}
    given = {k: v for k, v in answers.items() if v is not None}
    try:
        answered = services.asq_record(
            writer=user,
            answers=given,
            declined=declined,
            source=request.POST.get("source", ""),
            entry_key=request.POST.get("entry_key", ""),
        )
    except asq.AsqError as exc:
        # Ask again, on the same page, saying which question still needs an answer.
        support = services.support_for(
            user,
            level="possible",
            concern="self",
            source=request.POST.get("source", "")[:32],
            entry_key=request.POST.get("entry_key", "")[:64],
        )
        number = asq.IDS.index(exc.field) + 1 if exc.field in asq.IDS else 0
        support["error"] = (
            _("Please answer question %(n)s (yes or no).") % {"n": number}
            if exc.field != asq.ACUITY_ID
            else _("You answered yes above: please also answer the last question.")
        )
        request.session[services.CRISIS_ONCE_KEY] = support
        return redirect(back)
    if answered.support is not None:
        request.session[services.CRISIS_ONCE_KEY] = answered.support
    else:
        request.session[services.CRISIS_ONCE_KEY] = {
            "asq_result": "negative",
            "message": services.asq_message("negative"),
        }
    return redirect(back)


@login_required
@require_GET
def organisation_flags(request: HttpRequest) -> HttpResponse:
    """For an admin: how many flags wait, per clinician, and for how long. No client names."""
    admin = _user(request)
    org: Organisation | None = people.organisations_of(admin, Role.ADMIN).first()
    if org is None:
        raise PermissionDenied
    rows = oversight.waiting_by_clinician(org)
    return render(request, "safety/organisation_flags.html", {"rows": rows, "organisation": org})

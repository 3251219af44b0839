"""The private couple safety check pages: ask, the result (with help when there is a
concern), telling the clinician when the client chooses, and resolving a concern.

Only the client reaches these pages (anyone else: 403); a check that is not theirs is 404.
Pages work without JavaScript: plain forms and links.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403
from attune.accounts.models import User
from attune.clinical.safety import couple_check as rule

from . import couple_check, selectors
from .models import CoupleCheck


def _next(request: HttpRequest) -> str:
    """Where the client was going (the invitations page, their plan), if it is ours."""
    value = request.POST.get("next") or request.GET.get("next") or ""
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return ""


def _with_next(name: str, after: str, **kwargs: Any) -> str:
    url = reverse(name, kwargs=kwargs or None)
    return f"{url}?{urlencode({'next': after})}" if after else url


def questions() -> list[dict[str, Any]]:
    return [
        {
            "id": q.id,
            "text": _(q.text),
            "choices": [(value, _(rule.ANSWER_LABELS[value])) for value in rule.ANSWERS],
        }
        for q in rule.QUESTIONS
    ]


@login_required
@require_http_methods(["GET", "POST"])
def couple_check_ask(request: HttpRequest) -> HttpResponse:
    client = client_or_403(request)
    after = _next(request)
    chosen: dict[str, str] = {}
    errors: dict[str, str] = {}
    if request.method == "POST":
        chosen = {qid: request.POST.get(qid, "") for qid in rule.IDS}
        try:
            recorded = couple_check.couple_check_record(client=client, answers=chosen)
        except ValidationError as exc:
            errors = {field: " ".join(msgs) for field, msgs in exc.message_dict.items()}
        else:
            return redirect(_with_next("couple_check_result", after, check_id=recorded.check.pk))
    context = {
        "questions": questions(),
        "chosen": chosen,
        "errors": errors,
        "next": after,
        "latest": selectors.latest_couple_check(client),
    }
    return render(request, "safety/couple_check.html", context, status=422 if errors else 200)


def _own_check(client: User, check_id: int) -> CoupleCheck:
    check = CoupleCheck.objects.filter(client=client, pk=check_id).select_related("flag").first()
    if check is None:
        raise Http404
    return check


@login_required
@require_GET
def couple_check_result(request: HttpRequest, check_id: int) -> HttpResponse:
    client = client_or_403(request)
    check = _own_check(client, check_id)
    context: dict[str, Any] = {
        "check": check,
        "rows": couple_check.answer_rows(check),
        "next": _next(request),
        "has_clinician": people.clinicians_of(client).exists(),
        "has_partner": people.active_partner_links(client=client).exists(),
        "partner_links": list(people.active_partner_links(client=client).select_related("partner")),
        "is_latest": selectors.latest_couple_check(client) == check,
    }
    if check.concern:
        context["support"] = couple_check.concern_support(client)
    return render(request, "safety/couple_check_result.html", context)


@login_required
@require_POST
def couple_check_tell(request: HttpRequest, check_id: int) -> HttpResponse:
    client = client_or_403(request)
    check = _own_check(client, check_id)
    try:
        couple_check.couple_check_tell_clinician(client=client, check=check)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _(
                "Your clinician will be told that your answers may need a conversation. "
                "Nobody else is told."
            ),
        )
    return redirect(_with_next("couple_check_result", _next(request), check_id=check.pk))


@login_required
@require_POST
def couple_check_resolve(request: HttpRequest, check_id: int) -> HttpResponse:
    client = client_or_403(request)
    check = _own_check(client, check_id)
    try:
        couple_check.couple_check_resolve(client=client, check=check)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Noted. Steps with your partner can come back in your plan."))
    return redirect(_with_next("couple_check_result", _next(request), check_id=check.pk))

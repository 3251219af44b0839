"""The treating clinician's safety flags for one client: triage and dispositions.

Only a clinician treating the client now reaches these pages (everyone else gets 404)."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import signed_in
from attune.accounts.models import User

from . import triage
from .models import RiskFlag


def _treated(request: HttpRequest, client_uuid: uuid.UUID) -> tuple[User, User]:
    viewer = signed_in(request)
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise Http404
    return viewer, client


@login_required
@require_GET
def client_flags(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    rows = triage.flag_rows(clinician=viewer, client=client)
    context = {
        "client": client,
        "open_rows": [r for r in rows if r.is_open],
        "closed_rows": [r for r in rows if not r.is_open],
        "asked": triage.asked_negative(clinician=viewer, client=client),
        "sees_sentences": triage.sees_sentences(viewer, client),
        "dispositions": RiskFlag.Disposition.choices,
    }
    return render(request, "safety/flags.html", context)


@login_required
@require_POST
def flag_disposition(request: HttpRequest, client_uuid: uuid.UUID, flag_id: int) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    flag = RiskFlag.objects.filter(client=client, pk=flag_id).first()
    if flag is None:
        raise Http404
    try:
        triage.flag_dispose(
            clinician=viewer,
            flag=flag,
            disposition=request.POST.get("disposition", ""),
            note=request.POST.get("note", ""),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Saved. The flag is closed."))
    return redirect("client_flags", client_uuid=client.uuid)

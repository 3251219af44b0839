from __future__ import annotations

from typing import Any

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.models import ApiToken, Role, User
from attune.safety.couple_check import answer_rows
from attune.safety.selectors import latest_couple_check

from . import services


def _user(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    return user


@login_required
@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    context: dict[str, Any] = {
        "viewers": services.viewers_of(user),
        "consents": people.consents_of(user).order_by("-granted_at"),
        "tokens": ApiToken.objects.filter(user=user, revoked_at__isnull=True),
        "erasure_blocked": services.erasure_blocked_reason(),
    }
    if Role.CLIENT in people.roles_of(user):
        latest = latest_couple_check(user)
        context["couple_check"] = {
            "check": latest,
            "rows": answer_rows(latest) if latest else [],
        }
    return render(request, "privacy/privacy.html", context)


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    revoked = ApiToken.objects.filter(
        user=_user(request), pk=token_id, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    if not revoked:
        raise Http404
    messages.success(request, _("That token no longer works."))
    return redirect("privacy")


@login_required
@reauthentication_required  # type: ignore[untyped-decorator]
@require_http_methods(["GET", "POST"])  # after asking for the password again, allauth sends a GET
def export(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    response = HttpResponse(services.export_zip(user), content_type="application/zip")
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="attune-export-{stamp}.zip"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@reauthentication_required  # type: ignore[untyped-decorator]
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    blocked = services.erasure_blocked_reason()
    if request.method == "POST" and request.POST.get("confirm") == "delete":
        try:
            services.erase(user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("privacy")
        logout(request)
        return render(request, "privacy/deleted.html")
    if request.method == "POST":
        messages.error(request, _("Tick the box to confirm, or go back."))
    return render(request, "privacy/delete.html", {"blocked": blocked})

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .selectors import is_staff_member

_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz", "/livez", "/help-now/", "/i18n/")


class RequireStaffMFAMiddleware:
    """Clinicians, facilitators and admins must set up two-step sign-in before anything else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(_ALLOWED_PREFIXES)
            and is_staff_member(user)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            if request.path.startswith("/api/"):
                return HttpResponse(
                    '{"detail": "Set up two-step sign-in before using the API."}',
                    status=403,
                    content_type="application/json",
                )
            messages.info(
                request, _("Your role needs two-step sign-in. Please set it up to continue.")
            )
            return HttpResponseRedirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .context import acting


def client_ip(request: HttpRequest) -> str | None:
    # REMOTE_ADDR only: a forwarded header is trusted solely through a proxy that sets it.
    return request.META.get("REMOTE_ADDR") or None


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        actor = getattr(user, "uuid", None) if user is not None and user.is_authenticated else None
        with acting(actor, client_ip(request), "web"):
            return self.get_response(request)

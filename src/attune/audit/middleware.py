from __future__ import annotations

import ipaddress
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from .context import acting


def client_ip(request: HttpRequest) -> str | None:
    """REMOTE_ADDR, or behind ATTUNE_TRUSTED_PROXY_COUNT proxies the address the outermost of
    them saw: the Nth X-Forwarded-For entry from the right. Entries further left are whatever
    the caller wrote, so they are never used."""
    count = settings.ATTUNE_TRUSTED_PROXY_COUNT
    hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",")]
    if count and len(hops) >= count:
        try:
            return str(ipaddress.ip_address(hops[-count]))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR") or None


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        actor = getattr(user, "uuid", None) if user is not None and user.is_authenticated else None
        with acting(actor, client_ip(request), "web"):
            return self.get_response(request)

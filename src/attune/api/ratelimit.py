"""Per-minute request limits for the API, per caller and per IP, with a clear 429.

A caller is the bearer token (by its hash) or the signed-in session's user; anonymous calls
count against their IP only. Counts live in the shared cache, so several processes agree
when REDIS_URL is set.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse

from attune.audit.middleware import client_ip

WINDOW_SECONDS = 60


def _hit(key: str) -> int:
    cache.add(key, 0, WINDOW_SECONDS * 2)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS * 2)
        return 1


def _caller(request: HttpRequest) -> str | None:
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return "t:" + hashlib.sha256(header.encode()).hexdigest()[:32]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"u:{user.pk}"
    return None


class ApiRateLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            refused = self._check(request)
            if refused is not None:
                return refused
        return self.get_response(request)

    def _check(self, request: HttpRequest) -> HttpResponse | None:
        window = int(time.time()) // WINDOW_SECONDS
        ip = client_ip(request) or ""
        limits = [(f"rl:api:ip:{ip}:{window}", settings.ATTUNE_API_RATE_PER_IP)]
        caller = _caller(request)
        if caller:
            limits.append((f"rl:api:{caller}:{window}", settings.ATTUNE_API_RATE_PER_CALLER))
        for key, limit in limits:
            if _hit(key) > limit:
                retry = WINDOW_SECONDS - int(time.time()) % WINDOW_SECONDS
                response = JsonResponse(
                    {
                        "detail": f"Too many requests: at most {limit} a minute. "
                        f"Please wait {retry} seconds and try again."
                    },
                    status=429,
                )
                response["Retry-After"] = str(retry)
                return response
        return None

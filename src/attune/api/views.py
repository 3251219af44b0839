from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .auth import request_user


@csrf_exempt
def unknown_route(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Unknown API paths: anonymous callers learn nothing, not even whether a route exists."""
    if request_user(request) is None:
        return JsonResponse({"detail": "Unauthorized"}, status=401)
    return JsonResponse({"detail": "Not Found"}, status=404)

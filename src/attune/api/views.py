from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .auth import request_user


@csrf_exempt
def unknown_route(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Unknown API paths: anonymous callers learn nothing, not even whether a route exists."""
    if request_user(request) is None:
        response = JsonResponse(
            {"detail": "Please sign in: send a bearer token or a session cookie."}, status=401
        )
        response["WWW-Authenticate"] = 'Bearer realm="attune"'
        return response
    return JsonResponse({"detail": "Not Found"}, status=404)

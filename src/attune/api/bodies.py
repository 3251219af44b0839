"""Every API write takes a JSON object. A bare array or number used to be read as "no
fields" and answered 200, as if something had been saved; now it is a 422 that says so."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse

_WRITES = {"POST", "PUT", "PATCH"}


class JsonObjectBodyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.path.startswith("/api/")
            and request.method in _WRITES
            and request.content_type == "application/json"
            and request.body
        ):
            try:
                body = json.loads(request.body)
            except ValueError:
                return self.get_response(request)  # the API says it cannot parse it
            if not isinstance(body, dict):
                return JsonResponse(
                    {
                        "detail": "Please send a JSON object (names and values) as the body.",
                        "errors": {"request": ["must be a JSON object"]},
                    },
                    status=422,
                )
        return self.get_response(request)

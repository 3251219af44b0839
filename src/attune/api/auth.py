"""API authentication: a personal bearer token, or the browser session (with CSRF)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from attune.audit.context import set_actor


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        from attune.accounts.services import api_token_user

        user = api_token_user(token)
        if user is None:
            return None
        request.user = user
        set_actor(user.uuid, via="api")
        return user


class Session(SessionAuth):
    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = super().authenticate(request, key)
        if user is not None:
            set_actor(user.uuid, via="api")
        return user


API_AUTH = [BearerToken(), Session()]


def request_user(request: HttpRequest) -> Any:
    """The person behind a request by bearer token or session, or None."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        from attune.accounts.services import api_token_user

        return api_token_user(header[7:].strip())
    return request.user if request.user.is_authenticated else None

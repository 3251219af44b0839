from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from .selectors import primary_role, roles_of


def role(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"roles": set(), "primary_role": None}
    return {"roles": roles_of(user), "primary_role": primary_role(user)}

"""The two checks nearly every page starts with: "is this a client?" and "does this
clinician treat that client now?" (consented, active care in the same organisation)."""

from __future__ import annotations

import uuid

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from . import selectors
from .models import Role, User


def signed_in(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    return user


def client_or_403(request: HttpRequest) -> User:
    """The signed-in client; anyone else gets 403 (the page is only for clients)."""
    user = signed_in(request)
    if Role.CLIENT not in selectors.roles_of(user):
        raise PermissionDenied
    return user


def treated_or_404(request: HttpRequest, client_uuid: uuid.UUID) -> tuple[User, User]:
    """(clinician, client) when the signed-in clinician treats that client now, else 404."""
    viewer = signed_in(request)
    client = selectors.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise Http404
    return viewer, client

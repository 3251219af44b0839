"""The invitation a visitor is signing up through, kept in their session."""

from __future__ import annotations

from django.http import HttpRequest

from .models import Invitation

SESSION_KEY = "attune_invitation"


def remember(
    request: HttpRequest, raw_token: str, *, consented: bool, sentence_consent: bool = False
) -> None:
    request.session[SESSION_KEY] = {
        "token": raw_token,
        "consented": consented,
        "sentence_consent": sentence_consent,
    }


def sentence_consented(request: HttpRequest) -> bool:
    """Whether the visitor also agreed that their clinician may see flagged sentences."""
    data = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
    return bool(data and data.get("sentence_consent"))


def forget(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)


def session_invitation(request: HttpRequest) -> tuple[Invitation, bool] | None:
    from .services import invitation_by_token

    data = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
    if not data:
        return None
    invitation = invitation_by_token(str(data.get("token", "")))
    if invitation is None or not invitation.is_open:
        return None
    return invitation, bool(data.get("consented"))

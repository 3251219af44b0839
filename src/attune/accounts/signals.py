from __future__ import annotations

from typing import Any

from allauth.account.signals import user_signed_up
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.dispatch import receiver
from django.http import HttpRequest

from . import invitations
from .services import invitation_accept, self_guided_start


@receiver(user_signed_up)
def start_new_account(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    found = invitations.session_invitation(request)
    sentence_consent = invitations.sentence_consented(request)
    invitations.forget(request)
    if found is None:
        self_guided_start(user=user)
        return
    invitation, consented = found
    try:
        invitation_accept(
            invitation=invitation,
            user=user,
            consented=consented,
            sentence_consent=sentence_consent,
        )
    except (PermissionDenied, ValidationError) as exc:
        messages.warning(request, " ".join(getattr(exc, "messages", [str(exc)])))
        self_guided_start(user=user)

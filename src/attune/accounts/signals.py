from __future__ import annotations

from typing import Any

from allauth.account.signals import (
    password_changed,
    password_reset,
    password_set,
    user_signed_up,
)
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.translation import gettext as _

from . import invitations
from .services import api_tokens_revoke_all, invitation_accept, self_guided_start


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


@receiver(password_changed)
@receiver(password_set)
@receiver(password_reset)
def revoke_tokens_with_the_old_password(
    sender: Any, request: HttpRequest, user: Any, **kwargs: Any
) -> None:
    """Whoever knew the old password may have made a token: a new password ends them all."""
    if api_tokens_revoke_all(user=user, reason="password_changed"):
        messages.info(
            request,
            _(
                "Your password changed, so your API tokens stopped working. "
                "Create a new one if you still need it."
            ),
        )

from __future__ import annotations

from typing import Any

from allauth.account.signals import user_signed_up
from django.dispatch import receiver
from django.http import HttpRequest

from attune.accounts import selectors as people
from attune.accounts.models import Role

from .services import recommended_set_start


@receiver(user_signed_up)
def suggest_questionnaires(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    """A self-guided client starts with the suggested set (runs after accounts' receiver)."""
    if Role.CLIENT in people.roles_of(user) and not people.clinicians_of(user).exists():
        recommended_set_start(client=user)

"""An erased person's open circle invitations go with them (they name their email)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import CircleInvitation


@receiver(post_delete, sender=settings.AUTH_USER_MODEL)
def forget_invitations_to(sender: Any, instance: Any, **kwargs: Any) -> None:
    CircleInvitation.objects.filter(email__iexact=instance.email).delete()

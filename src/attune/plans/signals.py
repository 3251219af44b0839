"""A saved check-in is read for warning signs while a plan is in maintenance."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from attune.checkins.models import CheckIn


@receiver(post_save, sender=CheckIn)
def checkin_saved(sender: type, instance: CheckIn, **kwargs: Any) -> None:
    # Every path that stores a check-in (page, API, quick or offline check-in) passes here.
    from .maintenance import warning_check

    warning_check(instance.client)

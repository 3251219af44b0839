"""Partners listen to the safety layer: a couple-check concern pauses sharing, quietly.

Design for safety (PenzeyMoog 2021): when someone says they may not be safe with their
partner, nothing on the partner's side may change in a way that tells them so. The plan stops
suggesting couple steps at once (safety.couple_check); holding what the partner sees first
means that change never reaches the partner's page. The client can resume from their partner
page whenever they choose.
"""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from attune.accounts.models import User
from attune.safety.signals import couple_concern_started

from . import services


@receiver(couple_concern_started, dispatch_uid="partners.pause_on_couple_concern")
def pause_on_couple_concern(sender: Any, *, client: User, **kwargs: Any) -> None:
    services.quiet_pause(client=client)

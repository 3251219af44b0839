"""A synthetic demo circle: every demo client joined 45 days ago under a pseudonym and
agreed to contribute to outcomes, so the facilitator's outcomes page has data to show."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.utils import timezone

from attune.accounts.models import User
from attune.accounts.services import hash_token

from . import services
from .models import CircleInvitation, CircleMember

PSEUDONYMS = ("Quiet Heron", "Blue Fox", "Moss", "Lantern", "Willow", "Pebble", "Kestrel")


def demo_circle(facilitator: User, clients: list[User]) -> None:
    circle = services.circle_create(
        facilitator=facilitator, topic="Evenings and weekends", size_limit=8
    )
    members = []
    for client, name in zip(clients, PSEUDONYMS, strict=False):
        invitation = CircleInvitation.objects.create(
            circle=circle,
            inviter=facilitator,
            email=client.email,
            token_hash=hash_token(secrets.token_urlsafe(32)),  # never sent: demo only
            expires_at=timezone.now() + timedelta(days=1),
        )
        member = services.circle_join(
            invitation=invitation, user=client, display_name=name, agreed=True
        )
        services.outcomes_consent_set(member=member, consent=True)
        members.append(member)
    CircleMember.objects.filter(circle=circle).update(joined_at=timezone.now() - timedelta(days=45))
    services.meeting_create(
        facilitator=facilitator,
        circle=circle,
        starts_at=timezone.now() + timedelta(days=6),
        duration_minutes=75,
        agenda="Welcome round; theme: small moments of connection this week; closing round.",
        checkin_prompts="One word for how you arrive\nA moment this week you felt less alone",
    )
    if members:
        services.post_create(
            member=members[0],
            body="I went to the Thursday choir again. I barely spoke, but I stayed for tea.",
        )

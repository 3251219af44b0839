from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client
from django.utils import timezone

from attune.accounts import services as accounts
from attune.accounts.models import PartnerLink, User
from attune.partners import selectors, services
from attune.partners.models import Conversation

PAUSE_WORD = "Pineapple-3141"
OBJECTIVE = "Objective-marker-2718 talk about evenings"


def login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def api(user: User) -> tuple[Client, dict[str, str]]:
    return Client(), {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=user)}"}


def link_of(client: User, partner: User) -> PartnerLink:
    return PartnerLink.objects.get(client=client, partner=partner, status="active")


def grant(link: PartnerLink, *scopes: str) -> None:
    for scope in scopes:
        services.scope_set(actor=link.client, link=link, scope=scope, granted=True)


def plan_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "starts_at": timezone.now() + timedelta(hours=5),
        "duration_minutes": 30,
        "objective": OBJECTIVE,
        "agenda": "1. how evenings feel\n2. one small wish each",
        "pause_word": PAUSE_WORD,
        "green_means": "keep going",
        "amber_means": "slow down",
        "red_means": "stop now",
        "resume_how": "ten minutes apart, then ask",
        "aftercare": "tea on the sofa",
    }
    fields.update(overrides)
    return fields


def conversation(link: PartnerLink, *, agreed: bool = True, **overrides: Any) -> Conversation:
    """A plan the client proposes; by default the partner has agreed to it too (when the
    partner may see it at all: a plan telling of harm from others is withheld from them)."""
    saved = services.conversation_save(actor=link.client, link=link, **plan_fields(**overrides))
    record: Conversation = saved.record
    if agreed and selectors.conversation_for(link.partner, record.pk) is not None:
        record = services.agreement_confirm(actor=link.partner, conversation=record)
    return record


def soon() -> str:
    """A start time the API accepts: a few days from now, with its offset."""
    return (timezone.now() + timedelta(days=3)).isoformat()

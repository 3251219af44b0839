"""`{% circles_waiting %}`: on a facilitator's home page, the circles with reflections that
wait for them. A template tag keeps the home page (accounts) from importing circles."""

from __future__ import annotations

from typing import Any

from django import template
from django.db.models import Q

from attune.circles import selectors

register = template.Library()


@register.inclusion_tag("circles/_waiting_home.html", takes_context=True)
def circles_waiting(context: dict[str, Any]) -> dict[str, Any]:
    user = context["request"].user
    waiting = Q(held__gt=0) | Q(reported__gt=0)
    return {"circles": list(selectors.facilitated_with_waiting(user).filter(waiting))}

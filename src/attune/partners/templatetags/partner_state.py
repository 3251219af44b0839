"""`{% couple_features_paused as paused %}` for pages outside the partners app (the couple
check's result page), which may show the quiet controls without importing partners."""

from __future__ import annotations

from typing import Any

from django import template

from attune.partners import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def couple_features_paused(context: dict[str, Any]) -> bool:
    user = context["request"].user
    return bool(user.is_authenticated and selectors.couple_features_paused(user))

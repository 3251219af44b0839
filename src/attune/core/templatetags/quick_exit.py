"""The quick exit: a way out of attune in one tap or key press.

Design for safety: PenzeyMoog K. (2021) *Design for Safety*, A Book Apart; "Click Here to
Exit: An Evaluation of Quick Exit Buttons", CHI 2023 (ACM CHI Conference on Human Factors in
Computing Systems). Following both: the control comes before any sensitive content and first
in the tab order, works by keyboard, replaces the page with a neutral site rather than opening
a new one, still works as a plain link without JavaScript, and the help text says honestly
what it cannot do (earlier pages stay in the browser history; it does not sign you out; it
cannot hide anything from monitoring software or someone who shares the device).
"""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings

register = template.Library()


@register.inclusion_tag("core/_quick_exit.html")
def quick_exit(placement: str = "bar") -> dict[str, Any]:
    return {"url": settings.ATTUNE_QUICK_EXIT_URL, "placement": placement}


@register.simple_tag
def quick_exit_url() -> str:
    return str(settings.ATTUNE_QUICK_EXIT_URL)

from __future__ import annotations

from typing import Any

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from attune.core import contacts
from attune.safety.models import STEPS, SafetyPlan

register = template.Library()


@register.inclusion_tag("safety/_plan_in_crisis.html", takes_context=True)
def safety_plan_in_crisis(context: Any) -> dict[str, Any]:
    """The signed-in client's own safety plan, shown inside every crisis response."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"show": False}
    plan = SafetyPlan.objects.filter(client=user).first()
    if plan is None:
        return {"show": True, "plan": None, "rows": []}
    rows = [(label, getattr(plan, name)) for name, label, _h in STEPS if getattr(plan, name)]
    if plan.reasons_for_living:  # what keeps them going, first: it matters most in a crisis
        rows.insert(0, (_("What matters most to me"), plan.reasons_for_living))
    return {"show": True, "plan": plan, "rows": rows}


@register.filter
def contact_links(contact: str) -> list[dict[str, str]]:
    """How to reach a line: ``tel:`` for numbers (each of "112 or 999" on its own),
    ``sms:`` with the keyword for "text START to 88788", ``https://`` for a website."""
    return [{"href": link.href, "label": link.label} for link in contacts.links(contact)]


@register.filter
def tap_to_call(text: str) -> SafeString:
    """Free text (a safety plan step) with its phone numbers as ``tel:`` links and "text WORD
    to NUMBER" as ``sms:`` links, line breaks kept; everything else escaped."""
    return linebreaksbr(contacts.linkify(text))

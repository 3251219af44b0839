"""`{% plan_step_offer "experiment" %}`: on a tool's page, after the person used the tool,
offer to count it for the plan step that asked for it ("Count this for your step …?").

The offer is a form (POST with CSRF) to `plan_step_count`; nothing is logged until the
person taps. Tool pages name themselves: "trigger_map", "experiment", "exercise",
"values", "action_plan", "anchors", "conversation", "journal", "checkin", or
"article:<slug>" on an article.
"""

from __future__ import annotations

from typing import Any

from django import template

from attune.accounts import selectors as people
from attune.accounts.models import Role
from attune.plans import services, tools

register = template.Library()


@register.inclusion_tag("plans/_step_offer.html", takes_context=True)
def plan_step_offer(context: dict[str, Any], page_tool: str) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    step = None
    if request is not None and user is not None and user.is_authenticated:
        if page_tool.startswith(tools.ARTICLE):
            if Role.CLIENT in people.roles_of(user):
                step = services.article_step_to_count(user, page_tool.removeprefix(tools.ARTICLE))
        else:
            opened = tools.opened(request.session)
            if opened is not None:
                step = services.opened_step_to_count(user, page_tool, opened)
    dismissed = request.session.get(tools.DISMISSED_KEY, []) if request is not None else []
    if step is not None and step.id in dismissed:
        step = None
    return {
        "offer_step": step,
        "next": request.get_full_path() if request is not None else "",
        "csrf_token": context.get("csrf_token"),
    }

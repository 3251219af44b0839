"""Small hooks other apps' pages use: the clinician's link to a shared map, and "pick from
my support map" on the client's safety plan."""

from __future__ import annotations

from typing import Any

from django import template

from attune.accounts.models import User

from .. import selectors, services

register = template.Library()


@register.simple_tag
def support_map_shared(viewer: User, client: User) -> bool:
    """Whether this clinician may open the client's support map now."""
    return selectors.clinician_may_see(viewer, client)


@register.inclusion_tag("support/_safety_plan_pick.html")
def support_pick(client: User) -> dict[str, Any]:
    """The client's map people, each with buttons to copy them into safety-plan step 3 or 4."""
    return {"persons": selectors.people_of(client), "steps": services.SAFETY_PLAN_STEPS}

"""The script that makes attune an installable, offline-tolerant app (core/pwa.py)."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from attune.core import pwa

register = template.Library()


@register.inclusion_tag("core/_pwa.html", takes_context=True)
def pwa_script(context: template.Context) -> dict[str, Any]:
    user = context.get("user")
    roles = context.get("roles") or set()
    owner = pwa.owner_key(user)
    return {
        "owner": owner,
        # The token queued check-ins are sent with (the CSRF cookie is HttpOnly). Not named
        # csrf_token: an inclusion tag copies the page's csrf_token over whatever it returns.
        # Only clients check in; a partner's page stays word for word the same between visits.
        "send_token": context.get("csrf_token") if owner and "client" in roles else "",
        "keeps_offline": bool(owner) and bool({"client", "partner"} & set(roles)),
        "private_cache": pwa.PRIVATE_CACHE,
        "private_pages": " ".join(pwa.private_pages()),
        "logout_url": reverse("account_logout"),
        "texts": pwa.texts(),
    }

"""The name and icon a person sees attune under: its own, or a neutral one they chose.

Design for safety (PenzeyMoog 2021, *Design for Safety*; CLINICAL.md "Design for safety"):
someone whose phone is looked at by a controlling partner should be able to keep attune out
of sight — a neutral name on the home screen, in the browser tab and as the sender of the
emails attune sends them. The choice is the person's own (``User.app_name``); nobody else is
told of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import formataddr, parseaddr
from typing import Any

from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _


class AppName(models.TextChoices):
    ATTUNE = "attune", "attune"
    NOTES = "notes", _("Notes")
    PLANNER = "planner", _("Planner")


@dataclass(frozen=True)
class Brand:
    name: str
    icons: str  # the icon set under static/attune/icons/

    @property
    def neutral(self) -> bool:
        return self.icons != "attune"

    @property
    def icon_192(self) -> str:
        return self.icon(192)

    def icon(self, size: int, *, maskable: bool = False) -> str:
        kind = "maskable-" if maskable else ""
        return static(f"attune/icons/{self.icons}-{kind}{size}.png")


ATTUNE = Brand("attune", "attune")


def brand_of(user: Any) -> Brand:
    """The person's chosen name; attune's own for anyone signed out or who chose nothing."""
    choice = getattr(user, "app_name", AppName.ATTUNE) if user is not None else AppName.ATTUNE
    if choice not in AppName.values or choice == AppName.ATTUNE:
        return ATTUNE
    return Brand(str(AppName(choice).label), "notes")


def sender_for(user: Any) -> str:
    """The From header for an email to this person: the site's address, under their name."""
    _default_name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    brand = brand_of(user)
    if not brand.neutral:
        return str(settings.DEFAULT_FROM_EMAIL)
    return formataddr((brand.name, address))


def brand(request: HttpRequest) -> dict[str, Brand]:
    """Context processor: every page titles itself with the person's chosen name."""
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    return {"brand": brand_of(user) if signed_in else ATTUNE}


def manifest(brand: Brand) -> dict[str, Any]:
    """The Web App Manifest (W3C) for installing attune under this name and icon."""
    icons = [
        {"src": brand.icon(192), "sizes": "192x192", "type": "image/png", "purpose": "any"},
        {"src": brand.icon(512), "sizes": "512x512", "type": "image/png", "purpose": "any"},
        {
            "src": brand.icon(512, maskable=True),
            "sizes": "512x512",
            "type": "image/png",
            "purpose": "maskable",
        },
    ]
    return {
        "id": "/",
        "name": brand.name,
        "short_name": brand.name,
        "description": "" if brand.neutral else str(_("Care for loneliness and low mood")),
        # The home page opens on the quick check-in (mood and sexual loneliness, two taps).
        "start_url": "/?source=app",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#5b5f66" if brand.neutral else "#2f6b5f",
        "icons": icons,
    }

"""Help for people harmed by others (domestic abuse, coercive control, sexual assault), by
country. Kept as data beside the crisis lines (core/crisis.py); an organisation can replace a
country's list (safety.HarmLines, /organisation/harm-lines/).

Source: CLINICAL.md, "Asking directly, and harm from others" (the project's reference list),
as recorded on ``CHECKED``. Checked against public sources that day: the US National
Domestic Violence Hotline 800-799-7233 and text START to 88788 (US Office for Victims of
Crime, ovc.ojp.gov, January 2022); Women's Aid Ireland 1800 341 900, 24/7 (womensaid.ie,
September 2016). The others are as CLINICAL.md lists them and were not re-checked. Numbers
change: an organisation should confirm its own country's list before relying on it. Ireland's emergency number is two numbers, "112 or 999": the
templates show each as its own link.

- US: National Domestic Violence Hotline 1-800-799-7233 (text START to 88788); RAINN
  National Sexual Assault Hotline 1-800-656-4673.
- GB: National Domestic Abuse Helpline 0808 2000 247; Men's Advice Line 0808 801 0327;
  Rape Crisis (England & Wales) 0808 500 2222.
- IE: Women's Aid 1800 341 900; Rape Crisis Helpline 1800 77 8888.
- AU: 1800RESPECT 1800 737 732.
- NZ: Women's Refuge 0800 733 843.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .crisis import INTERNATIONAL, CrisisLine, CrisisResources, resources_for

CHECKED = "2026-12-07"

_HARM: dict[str, CrisisResources] = {
    "US": CrisisResources(
        "US",
        "911",
        (
            CrisisLine(_("National Domestic Violence Hotline"), "1-800-799-7233", _("call, 24/7")),
            CrisisLine(_("National Domestic Violence Hotline (text)"), "text START to 88788"),
            CrisisLine(_("RAINN National Sexual Assault Hotline"), "1-800-656-4673", _("24/7")),
        ),
    ),
    "GB": CrisisResources(
        "GB",
        "999",
        (
            CrisisLine(_("National Domestic Abuse Helpline"), "0808 2000 247", _("free, 24/7")),
            CrisisLine(_("Men's Advice Line"), "0808 801 0327", _("for men experiencing abuse")),
            CrisisLine(_("Rape Crisis (England & Wales)"), "0808 500 2222", _("free")),
        ),
    ),
    "IE": CrisisResources(
        "IE",
        "112 or 999",
        (
            CrisisLine(_("Women's Aid"), "1800 341 900", _("free, 24/7")),
            CrisisLine(_("Rape Crisis Helpline"), "1800 77 8888", _("free, 24/7")),
        ),
    ),
    "AU": CrisisResources("AU", "000", (CrisisLine(_("1800RESPECT"), "1800 737 732", _("24/7")),)),
    "NZ": CrisisResources(
        "NZ", "111", (CrisisLine(_("Women's Refuge"), "0800 733 843", _("free, 24/7")),)
    ),
}


def harm_resources_for(country: str) -> CrisisResources:
    """The country's harm-from-others lines; where attune has none, its crisis lines (a crisis
    line can also help someone harmed by another person) or the international directory."""
    code = resources_for(country).country
    if code in _HARM:
        return _HARM[code]
    fallback = resources_for(country)
    return fallback if fallback.country else INTERNATIONAL

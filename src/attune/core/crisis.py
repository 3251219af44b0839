"""Crisis lines by country (CLINICAL.md, "Safety"). Kept as data so it can be edited.

Sources: 988 Suicide & Crisis Lifeline (US, since July 2022); Talk Suicide / 988 Canada
(since November 2023); Samaritans UK & Ireland 116 123; Lifeline Australia 13 11 14;
New Zealand 1737 "Need to talk?". attune is not an emergency service.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class CrisisLine:
    name: str | Promise
    contact: str
    note: str | Promise = ""
    sms: str = ""  # the number to text, when the line also takes text messages


@dataclass(frozen=True)
class CrisisResources:
    country: str
    emergency: str
    lines: tuple[CrisisLine, ...]


_RESOURCES = {
    "US": CrisisResources(
        "US",
        "911",
        (
            CrisisLine(
                _("988 Suicide & Crisis Lifeline"), "988", _("call or text, 24/7"), sms="988"
            ),
        ),
    ),
    "CA": CrisisResources(
        "CA",
        "911",
        (CrisisLine(_("988 Suicide Crisis Helpline"), "988", _("call or text, 24/7"), sms="988"),),
    ),
    "GB": CrisisResources("GB", "999", (CrisisLine(_("Samaritans"), "116 123", _("free, 24/7")),)),
    "IE": CrisisResources(
        "IE", "112 or 999", (CrisisLine(_("Samaritans"), "116 123", _("free, 24/7")),)
    ),
    "AU": CrisisResources("AU", "000", (CrisisLine(_("Lifeline"), "13 11 14", _("24/7")),)),
    "NZ": CrisisResources(
        "NZ", "111", (CrisisLine(_("Need to talk?"), "1737", _("call or text, 24/7"), sms="1737"),)
    ),
}
_ALIASES = {"UK": "GB"}
INTERNATIONAL = CrisisResources(
    "",
    "",
    (
        CrisisLine(
            _("Find a helpline in your country"),
            "findahelpline.com",
            _("a free directory of crisis lines worldwide"),
        ),
    ),
)


def resources_for(country: str) -> CrisisResources:
    code = (country or "").strip().upper()
    return _RESOURCES.get(_ALIASES.get(code, code), INTERNATIONAL)


COUNTRY_CHOICES = [
    ("AU", _("Australia")),
    ("CA", _("Canada")),
    ("IE", _("Ireland")),
    ("NZ", _("New Zealand")),
    ("GB", _("United Kingdom")),
    ("US", _("United States")),
]

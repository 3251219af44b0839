"""How a helpline is reached, read from the words an admin (or attune's defaults) wrote.

Three kinds, each with its link: a phone number (``tel:``; "112 or 999" is two numbers, each
its own link), a text short code with its keyword ("text SHOUT to 85258" becomes
``sms:85258?body=SHOUT``, the RFC 5724 form that phones fill in) and a web address
(``https://``). ``links`` is what every template uses; ``parse`` is what admin forms
validate with, so nothing is saved that would render as a broken link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

_SPLIT = re.compile(r"\s*(?:\bor\b|/|,)\s*", re.IGNORECASE)
_PHONE = re.compile(r"^\+?\d[\d\s-]*$")
_TEXT_TO = re.compile(r"^text\s+([A-Za-z0-9]+)\s+to\s+(\+?\d[\d\s-]*)$", re.IGNORECASE)
_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$", re.IGNORECASE)
MIN_DIGITS, MAX_DIGITS = 3, 15  # emergency numbers like 000 and 112; E.164's longest


@dataclass(frozen=True)
class ContactLink:
    href: str
    label: str


def _digits(text: str) -> str:
    return re.sub(r"[\s-]", "", text)


def _phone(text: str) -> ContactLink | None:
    if not _PHONE.match(text):
        return None
    number = _digits(text)
    if not MIN_DIGITS <= len(number.lstrip("+")) <= MAX_DIGITS:
        return None
    return ContactLink(f"tel:{number}", text)


def _web(text: str, *, bare_domains: bool) -> ContactLink | None:
    if text.lower().startswith("https://"):
        parts = urlsplit(text)
        if parts.netloc and "." in parts.netloc and " " not in text:
            return ContactLink(text, text)
        return None
    if bare_domains and _DOMAIN.match(text):
        return ContactLink(f"https://{text}", text)
    return None


def parse(text: str, *, bare_domains: bool = False) -> list[ContactLink] | None:
    """The links for one contact, or None when it is none of the three kinds.

    ``bare_domains`` accepts "findahelpline.com" as a web address (attune's own defaults);
    an admin writes the full ``https://`` address."""
    contact = " ".join((text or "").split())
    if not contact:
        return None
    texted = _TEXT_TO.match(contact)
    if texted:
        word, number = texted.group(1), _digits(texted.group(2))
        if not MIN_DIGITS <= len(number.lstrip("+")) <= MAX_DIGITS:
            return None
        return [ContactLink(f"sms:{number}?body={quote(word.upper())}", contact)]
    web = _web(contact, bare_domains=bare_domains)
    if web is not None:
        return [web]
    phones = [_phone(part) for part in _SPLIT.split(contact) if part]
    if phones and all(phones):
        return [p for p in phones if p is not None]
    return None


def links(text: str) -> list[ContactLink]:
    """Links to show; words that are none of the kinds are shown as they are, unlinked."""
    if not (text or "").strip():
        return []
    found = parse(text, bare_domains=True)
    if found is not None:
        return found
    return [ContactLink("", " ".join((text or "").split()))]

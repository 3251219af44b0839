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

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString

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


# Phone numbers written in free text (a safety plan's "people I can ask for help: Mum 07700
# 900123"): a run of at least FREE_MIN_DIGITS digits with the separators people write, or
# "text WORD to NUMBER". Shorter numbers are linked only when they are a shipped emergency or
# crisis number ("call 999", "988"), so "3 friends" or "10 minutes" stay words.
FREE_MIN_DIGITS = 6
_FREE = re.compile(
    r"(?P<sms>\btext[ \t]+(?P<word>[A-Za-z0-9]+)[ \t]+to[ \t]+(?P<to>\+?\d[\d \t-]*\d))"
    r"|(?P<phone>(?<![\w+./(-])(?:\+|\()?\d[\d \t().-]*\d(?![\w/]|\.\d))",
    re.IGNORECASE,
)
_DATE = re.compile(r"^\d{1,4}([./-])\d{1,2}\1\d{1,4}$")


def normalised_number(written: str) -> str | None:
    """The number to dial for a number as people write it: "+44 (0)20 7946 0958" is
    "+442079460958", "0044 20…" the same, "07700-900 123" is "07700900123"; None if the
    digits are too few or too many to be a phone number (E.164 has at most 15)."""
    text = written.strip().replace("(0)", "")
    if text.startswith("00"):
        text = "+" + text[2:]
    number = re.sub(r"[\s().-]", "", text)
    digits = number.lstrip("+")
    if not digits.isdigit() or not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    return number


def _known_short_numbers() -> frozenset[str]:
    from .crisis import _RESOURCES  # the shipped lines, kept as data there

    found = set()
    for resources in _RESOURCES.values():
        for contact in (resources.emergency, *(line.contact for line in resources.lines)):
            for link in parse(contact) or []:
                if link.href.startswith("tel:"):
                    found.add(link.href.removeprefix("tel:"))
    return frozenset(found)


def linkify(text: str) -> SafeString:
    """Free text, escaped, with each phone number a ``tel:`` link and each "text WORD to
    NUMBER" an ``sms:`` link, so a person in crisis can tap instead of copying digits."""
    known = _known_short_numbers()
    parts: list[SafeString] = []
    last = 0
    for match in _FREE.finditer(text or ""):
        href = None
        if match.group("sms"):
            to = normalised_number(match.group("to"))
            href = f"sms:{to}?body={quote(match.group('word').upper())}" if to else None
        elif not _DATE.match(match.group("phone").strip()):
            number = normalised_number(match.group("phone"))
            if number and (len(number.lstrip("+")) >= FREE_MIN_DIGITS or number in known):
                href = f"tel:{number}"
        if href is None:
            continue
        parts.append(escape(text[last : match.start()]))
        parts.append(format_html('<a class="tap" href="{}">{}</a>', href, match.group(0)))
        last = match.end()
    parts.append(escape((text or "")[last:]))
    return format_html_join("", "{}", ((part,) for part in parts))

"""The installable app: its service worker, what it may keep offline, and who it belongs to.

Caching policy (issue 19): private pages and API answers are never cached. The only private
pages kept on the phone are the ones a person may need with no connection — the crisis lines
(``/help-now/``), their own safety plan and the offline start page with the quick check-in —
stored after sign-in and deleted at sign-out, or as soon as a page is opened by somebody
else (or by nobody) on the same browser. Check-ins made offline wait in IndexedDB with their
Idempotency-Key (``static/attune/outbox.js``) and are sent once the connection returns.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

# The cache holding the private offline pages; pwa.js and sw.js use the same name.
PRIVATE_CACHE = "attune-private"
# Bump when the service worker's static file list or behaviour changes.
VERSION = "1"


def owner_key(user: Any) -> str:
    """An opaque mark of who the cached pages and queued check-ins belong to.

    Keyed with the secret key, so it names nobody outside attune; it changes with the
    person, so a different person signing in on the same phone never sees the last one's
    cached pages or sends their queued check-ins.
    """
    if user is None or not user.is_authenticated:
        return ""
    message = f"attune-offline-owner:{user.uuid}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:32]


def private_pages() -> list[str]:
    return [reverse("help_now"), reverse("my_safety_plan"), reverse("offline")]


def static_files() -> list[str]:
    """What the offline pages need to look right: kept by the service worker (not private)."""
    return [
        static("attune/site.css"),
        static("attune/pwa.js"),
        static("attune/outbox.js"),
        static("attune/quick-exit.js"),
        static("attune/favicon.svg"),
    ]


def texts() -> dict[str, Any]:
    """Every word pwa.js may show, translated on the server."""
    return {
        "queued": _("Saved on this phone, will send when you're online."),
        "queued_day": _("Check-in for %(day)s: saved on this phone, will send when you're online."),
        "sending": _("Saving…"),
        "sent_day": _("Your check-in for %(day)s has been sent. Thank you."),
        "not_sent_day": _("Your check-in for %(day)s could not be sent: %(detail)s"),
        "discard": _("Remove it from this phone"),
        "conflict_title": _("Two check-ins for %(day)s"),
        "conflict_text": _(
            "This phone kept a check-in for %(day)s while it was offline, and that day "
            "already has a check-in saved. Which one should stay? Nothing changes until "
            "you choose."
        ),
        "mine": _("From this phone"),
        "theirs": _("Already saved"),
        "keep_mine": _("Keep the one from this phone"),
        "keep_theirs": _("Keep the one already saved"),
        "empty": _("—"),
        "note_kept": _("A private note (not shown here)"),
        "mood_needed": _("Please choose your mood (0 to 10) first."),
        "fields": {
            "mood": _("Mood"),
            "sexual_loneliness": _("Sexual loneliness"),
            "emotional_loneliness": _("Emotional loneliness"),
            "social_loneliness": _("Social loneliness"),
            "longing_distress": _("Pain of longing"),
            "social_contacts": _("Moments of contact"),
            "social_contact_kinds": _("Who with"),
            "sleep_hours": _("Hours of sleep"),
            "sleep_quality": _("Sleep quality"),
            "activity_minutes": _("Minutes of activity"),
            "nourishment": _("Eating"),
            "win": _("A small win"),
            "setback": _("A setback"),
            "note": _("Private note"),
        },
    }

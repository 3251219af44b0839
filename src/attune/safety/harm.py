"""Harm from others never reaches the partner.

A person who writes that someone is hurting, coercing or frightening them may be writing
about the very partner attune links them with (CLINICAL.md, "Harm from others"; DESIGN.md
non-negotiable 7). So anything whose words screen as ``harm_from_others`` "possible" or
"disclosed" -- or that raised a ``concern="others"`` flag -- is left out of everything
the other person on a partner link can see: shared journal entries, shared conversation
summaries and the partner API. Emails and calendar feeds already carry neutral words only.

Leaving out is silent on purpose: the partner is not told that something was withheld,
because "something is hidden" is itself a signal to a controlling partner. When screening
fails, the words are kept back too (fail closed): a missed share is a small cost, a leaked
disclosure is not.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache

from attune.clinical.safety import screening

from .models import RiskFlag

logger = logging.getLogger(__name__)

CACHE_SECONDS = 24 * 60 * 60


def _cache_key(text: str, context: str) -> str:
    # A keyed hash, so the cache never holds (or lets anyone confirm guesses of) the words.
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{context}\0{text}".encode(), hashlib.sha256
    ).hexdigest()
    return f"harm-from-others:v1:{digest}"


def discloses_harm(texts: Iterable[str], context: str = "free") -> bool:
    """Do these words say (or may they say) that someone else is harming the writer?"""
    joined = "\n".join(t for t in texts if t and t.strip())
    if not joined:
        return False
    key = _cache_key(joined, context)
    known = cache.get(key)
    if known is not None:
        return bool(known)
    try:
        found = screening.screen_text(joined, context=context).harm_from_others != "none"
    except Exception:
        logger.exception("Harm-from-others screening failed; keeping the words from partners")
        return True  # fail closed, and do not cache a failure
    cache.set(key, found, CACHE_SECONDS)
    return found


def others_flag_keys(client_id: int, keys: Iterable[str]) -> set[str]:
    """Which of these entries raised a harm-from-others flag: open, followed up or escalated.

    Only a clinician's "not a concern" lets an entry's flag stop keeping it back (its words
    are still screened on every read).
    """
    wanted = [k for k in keys if k]
    if not wanted:
        return set()
    return set(
        RiskFlag.objects.filter(
            client_id=client_id, concern=RiskFlag.Concern.OTHERS, entry_key__in=wanted
        )
        .exclude(disposition=RiskFlag.Disposition.NOT_A_CONCERN)
        .values_list("entry_key", flat=True)
    )


def journal_key(entry_id: int) -> str:
    return f"journal.entry:{entry_id}"


def summary_key(summary_id: int) -> str:
    return f"partners.summary:{summary_id}"

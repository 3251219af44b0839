from __future__ import annotations

from django import template

from attune.journal.models import JournalEntry

register = template.Library()


@register.filter
def kept_from_partner(entry: JournalEntry) -> bool:
    """True when this entry tells of harm from others, so it is never offered to a partner."""
    from attune.partners.selectors import entry_shareable

    return not entry_shareable(entry)

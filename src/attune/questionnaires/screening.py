"""Screen what a client writes for suicide and self-harm language, and raise a flag on a hit.

The words are never copied into the flag or the audit log; the writer sees crisis lines at
once (the calling view shows them) and their clinicians get a flag. Saving is never blocked.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from attune.accounts.models import User
from attune.clinical.safety import ScreeningResult, screen_text

from .models import RiskFlag

_RANK = {"none": 0, "possible": 1, "high": 2}


# Where each source's words were written (issue 14): harsh self-beliefs are the exercise in
# a trigger's thought, an experiment's belief and a compassionate reply.
SOURCE_CONTEXT: dict[str, str] = {
    "trigger": "trigger_thought",
    "experiment": "belief",
    "circle": "circle",
    "checkin": "checkin",
    "journal": "journal",
    "partner_feedback": "partner_feedback",
}


def screen_writing(
    *,
    client: User,
    texts: Iterable[str],
    source: str,
    before: Iterable[str] | None = None,
    context: str | None = None,
) -> ScreeningResult:
    """Screen ``texts``; flag for the clinicians when the concern is new for this record.

    ``before`` is what the record said before an edit. Re-saving the same words (or fixing a
    typo) shows the writer support again but does not raise a second flag; a higher level or
    a phrase that was not there before does.
    """
    where = context or SOURCE_CONTEXT.get(source, "free")
    result = screen_text(_joined(texts), context=where)
    earlier = None if before is None else screen_text(_joined(before), context=where)
    if result.risk != "none" and (earlier is None or _is_new(result, earlier)):
        flag = RiskFlag.objects.create(client=client, reason=f"{source}_risk_language")
        from .tasks import notify_clinicians_of_flag

        transaction.on_commit(lambda: notify_clinicians_of_flag(flag.pk))
    return result


def _joined(texts: Iterable[str]) -> str:
    return "\n".join(text for text in texts if text)


def _is_new(result: ScreeningResult, earlier: ScreeningResult) -> bool:
    if _RANK[result.risk] > _RANK[earlier.risk]:
        return True
    return bool({m.pattern_id for m in result.matches} - {m.pattern_id for m in earlier.matches})

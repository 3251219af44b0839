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


def screen_writing(*, client: User, texts: Iterable[str], source: str) -> ScreeningResult:
    result = screen_text("\n".join(text for text in texts if text))
    if result.risk != "none":
        flag = RiskFlag.objects.create(client=client, reason=f"{source}_risk_language")
        from .tasks import notify_clinicians_of_flag

        transaction.on_commit(lambda: notify_clinicians_of_flag(flag.pk))
    return result

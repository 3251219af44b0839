from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .services import escalate_overdue_flags


@db_periodic_task(crontab(minute="*/15"))  # type: ignore[untyped-decorator]
def escalate_flags() -> None:
    escalate_overdue_flags()

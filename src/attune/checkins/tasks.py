from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from .reminders import send_due_reminders


@db_periodic_task(crontab(minute="*/5"))  # type: ignore[untyped-decorator]
def send_checkin_reminders() -> None:
    send_due_reminders()

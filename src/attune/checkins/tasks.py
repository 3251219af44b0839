from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from . import push
from .reminders import send_due_reminders


@db_periodic_task(crontab(minute="*/5"))  # type: ignore[untyped-decorator]
def send_checkin_reminders() -> None:
    send_due_reminders()


# A push service that is down now may be back in a few minutes; a failure stays in the
# worker's log with its traceback, and the task is tried again.
@db_task(retries=2, retry_delay=300, expires=push.TTL_SECONDS)  # type: ignore[untyped-decorator]
def send_push_reminder(subscription_id: int) -> None:
    push.push_send(subscription_id=subscription_id)

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from attune.accounts import selectors as people
from attune.safety.models import RiskFlag

from .reminders import send_questionnaire_reminders


@db_periodic_task(crontab(minute="7"))  # type: ignore[untyped-decorator]
def questionnaire_reminders() -> None:
    send_questionnaire_reminders()


@db_task(retries=3, retry_delay=60)  # type: ignore[untyped-decorator]
def notify_clinicians_of_flag(flag_id: int) -> None:
    """Tell each treating clinician that a flag is waiting. The email holds no health data."""
    flag = RiskFlag.objects.select_related("client").filter(pk=flag_id).first()
    if flag is None:
        return
    url = settings.BASE_URL + reverse("client_questionnaires", args=[flag.client.uuid])
    for clinician in people.clinicians_of(flag.client):
        send_mail(
            subject=_("attune: a safety flag needs your attention today"),
            message=_(
                "A client in your care has a new safety flag in attune that needs same-day "
                "follow-up. Please sign in to see it:\n%(url)s\n\n"
                "This email deliberately contains no client details."
            )
            % {"url": url},
            from_email=None,
            recipient_list=[clinician.email],
        )

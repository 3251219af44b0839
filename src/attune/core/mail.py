"""Email when nobody set up a way to deliver it.

In development the console shows each email, links included, so a developer can follow an
invitation. In production that would print sign-in, reset and invitation links into the
server log for anyone who reads it, so nothing is printed: each unsent email is logged as
an error without its words, and `attune check --deploy` warns (``attune.W001``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core import checks
from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger(__name__)


class NoDeliveryBackend(BaseEmailBackend):
    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        for _message in email_messages:
            logger.error(
                "An email was not sent: no mail server is set (ATTUNE_EMAIL_HOST). "
                "Its words and links are not logged."
            )
        return 0


@checks.register(checks.Tags.compatibility, deploy=True)
def mail_is_delivered(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    if settings.EMAIL_BACKEND.endswith("NoDeliveryBackend"):
        return [
            checks.Warning(
                "No mail server is set, so invitations, password resets, reminders and "
                "safety-flag notices are not delivered.",
                hint="Set ATTUNE_EMAIL_HOST (and _PORT, _USER, _PASSWORD, _TLS).",
                id="attune.W001",
            )
        ]
    return []

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from huey.contrib.djhuey import db_task

from attune.core.crypto import decrypt

from .models import Invitation


@db_task(retries=3, retry_delay=60)  # type: ignore[untyped-decorator]
def send_invitation_email(invitation_id: int, sealed_token: str) -> None:
    """`sealed_token` is the link's token encrypted: the task queue never holds it readable."""
    invitation = (
        Invitation.objects.select_related("inviter", "organisation")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None or not invitation.is_open:
        return
    context = {
        "invitation": invitation,
        "url": settings.BASE_URL + reverse("invitation_accept", args=[decrypt(sealed_token)]),
        "days": settings.ATTUNE_INVITATION_DAYS,
    }
    send_mail(
        subject=render_to_string("accounts/email/invitation_subject.txt", context).strip(),
        message=render_to_string("accounts/email/invitation_message.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )

"""Push reminders (Web Push: RFC 8030 delivery, RFC 8291 aes128gcm encryption, RFC 8292 VAPID).

A browser subscribes on the Reminders page; the push service it names (Google's, Mozilla's,
Apple's) gets the reminder, encrypted for that browser alone, at the person's reminder time.
What is sent is only ever the neutral words "attune check-in" (or the name the person chose
for attune, core.branding): a notification can be seen on a locked screen by anyone.
Pushing itself is pywebpush's; here are the rules around it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
from typing import Any
from urllib.parse import urlsplit

import requests
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from py_vapid import Vapid
from pywebpush import WebPushException, webpush

from attune.accounts.models import User
from attune.core.branding import brand_of

from .models import CheckinReminder, PushSubscription

logger = logging.getLogger(__name__)

P256_POINT_BYTES = 65  # an uncompressed P-256 public key: 0x04, x, y
AUTH_SECRET_BYTES = 16  # RFC 8291 section 3.2
TTL_SECONDS = 12 * 60 * 60  # a reminder left waiting longer than half a day is no use
TIMEOUT_SECONDS = 10
GONE = {404, 410}  # RFC 8030 section 7.3: the subscription has expired or was removed


def push_available() -> bool:
    return settings.ATTUNE_VAPID is not None


def public_key() -> str:
    """The key browsers pass to pushManager.subscribe as applicationServerKey."""
    return settings.ATTUNE_VAPID.public_key if settings.ATTUNE_VAPID is not None else ""


def reminder_text(client: User) -> str:
    """All a push reminder ever says: nothing about mood, loneliness or attune's purpose.

    In the language the reminder email uses (gettext in the worker); "attune check-in" in
    English."""
    return _("%(app)s check-in") % {"app": brand_of(client).name}


# The browsers' own push services: the only places a reminder is ever sent. A name-based
# "public host" test let through spellings of internal addresses (localhost., 127.1,
# 10.0.0.1.nip.io), and the worker would then call them on a client's say-so.
PUSH_SERVICE_HOSTS = frozenset(
    {"fcm.googleapis.com", "android.googleapis.com", "updates.push.services.mozilla.com"}
)
PUSH_SERVICE_DOMAINS = (".push.apple.com", ".notify.windows.com")


def _b64url_bytes(value: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        return None


def _endpoint_errors(endpoint: str) -> list[str]:
    parts = urlsplit(endpoint)
    local = settings.ATTUNE_PUSH_LOCAL_ENDPOINTS
    if parts.scheme != "https" and not (local and parts.scheme == "http"):
        return [_("must be an https:// address of a push service.")]
    host = (parts.hostname or "").lower()
    if not host:
        return [_("must name the push service's host.")]
    if local:
        return []
    known = host in PUSH_SERVICE_HOSTS or host.endswith(PUSH_SERVICE_DOMAINS)
    if known:
        return []
    return [_("must be the push service of a browser (Chrome, Firefox, Safari, Edge).")]


def _clean(endpoint: str, p256dh: str, auth: str) -> None:
    errors: dict[str, list[str]] = {}
    if endpoint_problems := _endpoint_errors(endpoint):
        errors["endpoint"] = endpoint_problems
    point = _b64url_bytes(p256dh)
    try:
        if point is None or len(point) != P256_POINT_BYTES:
            raise ValueError
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError:
        errors["keys.p256dh"] = [_("must be the browser's P-256 public key (65 bytes, base64url).")]
    secret = _b64url_bytes(auth)
    if secret is None or len(secret) != AUTH_SECRET_BYTES:
        errors["keys.auth"] = [_("must be the browser's 16-byte auth secret (base64url).")]
    if errors:
        raise ValidationError(errors)


def endpoint_hash(endpoint: str) -> str:
    return hashlib.sha256(endpoint.encode("utf-8")).hexdigest()


@transaction.atomic
def push_subscribe(
    *, client: User, endpoint: str, p256dh: str, auth: str
) -> tuple[PushSubscription, bool]:
    """Keep this browser's subscription; (subscription, created).

    Subscribing again from the same browser updates its keys. A browser belongs to whoever
    subscribed from it last: if someone else had subscribed it before (a shared computer),
    their reminders stop going there."""
    _clean(endpoint, p256dh, auth)
    digest = endpoint_hash(endpoint)
    existing = PushSubscription.objects.select_for_update().filter(endpoint_hash=digest).first()
    if existing is not None and existing.client_id != client.pk:
        existing.delete()
        existing = None
    CheckinReminder.objects.get_or_create(client=client)
    if existing is not None:
        existing.p256dh, existing.auth = p256dh, auth
        existing.save(update_fields=["p256dh", "auth"])
        return existing, False
    created = PushSubscription.objects.create(
        client=client, endpoint=endpoint, p256dh=p256dh, auth=auth, endpoint_hash=digest
    )
    return created, True


@transaction.atomic
def push_unsubscribe(*, client: User, subscription: PushSubscription) -> None:
    if subscription.client_id != client.pk:
        raise PermissionError("Only the person who subscribed can stop a push subscription.")
    subscription.delete()


@transaction.atomic
def push_unsubscribe_all(*, client: User) -> int:
    deleted, _by_model = PushSubscription.objects.filter(client=client).delete()
    return deleted


def push_send(*, subscription_id: int) -> bool:
    """Send one reminder; True when the push service took it.

    A subscription the push service says is gone (404/410) is removed. Other failures
    raise, so the task worker records them and tries again."""
    vapid = settings.ATTUNE_VAPID
    subscription = (
        PushSubscription.objects.select_related("client").filter(pk=subscription_id).first()
    )
    if vapid is None or subscription is None:
        return False
    if _endpoint_errors(subscription.endpoint):  # stored before the rule, or the rule changed
        return False
    session = requests.Session()
    session.max_redirects = 0  # deliver to the push service named, never somewhere it points
    try:
        webpush(
            subscription_info={
                "endpoint": subscription.endpoint,
                "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth},
            },
            data=reminder_text(subscription.client),
            vapid_private_key=Vapid.from_raw(vapid.private_key.encode("ascii")),
            vapid_claims={"sub": vapid.subject},
            content_encoding="aes128gcm",
            ttl=TTL_SECONDS,
            timeout=TIMEOUT_SECONDS,
            headers={"Urgency": "normal"},
            requests_session=session,
        )
    except WebPushException as exc:
        status = exc.response.status_code if exc.response is not None else None
        if status in GONE:
            PushSubscription.objects.filter(pk=subscription.pk).delete()
            logger.info("Removed push subscription %s: the push service says it is gone.", status)
            return False
        raise
    finally:
        session.close()
    PushSubscription.objects.filter(pk=subscription.pk).update(last_success_at=timezone.now())
    return True


@checks.register(checks.Tags.compatibility, deploy=True)
def push_is_set_up(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    if settings.ATTUNE_VAPID is None:
        return [
            checks.Warning(
                "No Web Push keys are set, so push reminders are off (email and calendar "
                "reminders still work).",
                hint="Set ATTUNE_VAPID_PRIVATE_KEY, ATTUNE_VAPID_PUBLIC_KEY (from `attune keys "
                "vapid`) and ATTUNE_VAPID_SUBJECT (mailto: or https: contact).",
                id="attune.W010",
            )
        ]
    return []

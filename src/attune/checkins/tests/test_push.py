"""Push reminders: subscribing, who may stop them, and what reaches the push service."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from attune.checkins.models import CheckIn, CheckinReminder, PushSubscription
from attune.checkins.reminders import send_due_reminders
from attune.config.env import ConfigError
from attune.config.secrets import new_vapid_private_key, vapid_keys, vapid_public_key
from conftest import Cast, dump_database

from .push_service import BrowserKeys, PushService, local_push_service

pytestmark = pytest.mark.django_db

API = "/api/v1/reminders/push-subscriptions"
# 20:30 in London (BST) on 1 July 2026; the reminder is set for 20:00 London time.
EVENING = datetime(2026, 7, 1, 19, 30, tzinfo=UTC)


@pytest.fixture
def service(settings: Any) -> Iterator[PushService]:
    settings.ATTUNE_PUSH_LOCAL_ENDPOINTS = True
    with local_push_service() as running:
        yield running


def _http(user: Any) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _subscribe(http: Client, endpoint: str, keys: BrowserKeys) -> Any:
    body = {
        "endpoint": endpoint,
        "expirationTime": None,
        "keys": {"p256dh": keys.p256dh, "auth": keys.auth},
    }
    return http.post(API, body, content_type="application/json")


def _evening_reminder(cast: Cast, *, email: bool = False) -> None:
    CheckinReminder.objects.update_or_create(
        client=cast.client,
        defaults={"enabled": email, "local_time": time(20, 0), "time_zone": "Europe/London"},
    )


def test_reminder_reaches_the_phone_encrypted_and_says_only_the_neutral_words(
    cast: Cast, service: PushService
) -> None:
    keys = BrowserKeys()
    assert _subscribe(_http(cast.client), service.endpoint(), keys).status_code == 201
    _evening_reminder(cast)

    assert send_due_reminders(EVENING - timedelta(hours=1)) == 0  # 19:30 in London: not yet
    assert service.deliveries == []
    assert send_due_reminders(EVENING) == 1
    assert send_due_reminders(EVENING + timedelta(minutes=5)) == 0  # once a day

    [delivery] = service.deliveries
    assert delivery.path == "/push/device-1"
    assert delivery.headers["content-encoding"] == "aes128gcm"
    assert delivery.headers["authorization"].startswith("vapid t=")
    assert b"check-in" not in delivery.body  # encrypted for the browser alone
    assert keys.decrypt(delivery.body) == "attune check-in"
    assert PushSubscription.objects.get().last_success_at is not None
    assert mail.outbox == []  # email was not asked for


def test_push_reminder_uses_the_neutral_name_the_person_chose(
    cast: Cast, service: PushService
) -> None:
    cast.client.app_name = "notes"
    cast.client.save()
    keys = BrowserKeys()
    _subscribe(_http(cast.client), service.endpoint(), keys)
    _evening_reminder(cast)
    send_due_reminders(EVENING)
    assert keys.decrypt(service.deliveries[0].body) == "Notes check-in"


def test_email_and_push_both_come_when_both_are_wanted(cast: Cast, service: PushService) -> None:
    _subscribe(_http(cast.client), service.endpoint(), BrowserKeys())
    _evening_reminder(cast, email=True)
    assert send_due_reminders(EVENING) == 1
    assert len(service.deliveries) == 1 and len(mail.outbox) == 1


def test_no_push_reminder_after_checking_in_that_day(cast: Cast, service: PushService) -> None:
    _subscribe(_http(cast.client), service.endpoint(), BrowserKeys())
    _evening_reminder(cast)
    CheckIn.objects.create(client=cast.client, day=date(2026, 7, 1), mood=5)
    assert send_due_reminders(EVENING) == 0
    assert service.deliveries == []


def test_push_reminder_follows_the_persons_own_time_zone(cast: Cast, service: PushService) -> None:
    _subscribe(_http(cast.client), service.endpoint(), BrowserKeys())
    CheckinReminder.objects.update_or_create(
        client=cast.client,
        defaults={"local_time": time(8, 0), "time_zone": "Asia/Tokyo"},
    )
    # 22:30 UTC on 30 June is 07:30 on 1 July in Tokyo: not yet; 23:00 UTC is 08:00 there.
    assert send_due_reminders(datetime(2026, 6, 30, 22, 30, tzinfo=UTC)) == 0
    assert send_due_reminders(datetime(2026, 6, 30, 23, 0, tzinfo=UTC)) == 1
    assert len(service.deliveries) == 1


def test_a_subscription_the_push_service_says_is_gone_is_removed(
    cast: Cast, service: PushService
) -> None:
    _subscribe(_http(cast.client), service.endpoint(), BrowserKeys())
    _evening_reminder(cast)
    service.answer["status"] = 410
    send_due_reminders(EVENING)
    assert len(service.deliveries) == 1
    assert not PushSubscription.objects.exists()


def test_a_push_service_that_fails_for_now_keeps_the_subscription(
    cast: Cast, service: PushService
) -> None:
    _subscribe(_http(cast.client), service.endpoint(), BrowserKeys())
    _evening_reminder(cast)
    service.answer["status"] = 503
    send_due_reminders(EVENING)
    subscription = PushSubscription.objects.get()
    assert subscription.last_success_at is None


def test_subscription_endpoint_and_keys_are_encrypted_at_rest(
    cast: Cast, service: PushService
) -> None:
    keys = BrowserKeys()
    _subscribe(_http(cast.client), service.endpoint("secret-device-path"), keys)
    stored = dump_database()
    assert "secret-device-path" not in stored
    assert keys.p256dh not in stored and keys.auth not in stored


def test_subscribing_the_same_browser_again_keeps_one_subscription(
    cast: Cast, service: PushService
) -> None:
    http = _http(cast.client)
    first = _subscribe(http, service.endpoint(), BrowserKeys())
    again = _subscribe(http, service.endpoint(), BrowserKeys())
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    assert PushSubscription.objects.count() == 1
    listed = http.get(API).json()
    assert [row["id"] for row in listed] == [first.json()["id"]]


def test_a_shared_browser_reminds_only_whoever_subscribed_it_last(
    cast: Cast, service: PushService
) -> None:
    _subscribe(_http(cast.client), service.endpoint(), BrowserKeys())
    _subscribe(_http(cast.other_client), service.endpoint(), BrowserKeys())
    assert list(PushSubscription.objects.values_list("client", flat=True)) == [cast.other_client.pk]


def test_another_client_cannot_delete_someones_subscription(
    cast: Cast, service: PushService
) -> None:
    made = _subscribe(_http(cast.client), service.endpoint(), BrowserKeys()).json()
    response = _http(cast.other_client).delete(f"{API}/{made['id']}")
    assert response.status_code == 404
    assert PushSubscription.objects.filter(pk=made["id"]).exists()
    assert _http(cast.other_client).get(API).json() == []


def test_owner_deletes_a_subscription_and_no_more_reminders_go_there(
    cast: Cast, service: PushService
) -> None:
    http = _http(cast.client)
    made = _subscribe(http, service.endpoint(), BrowserKeys()).json()
    assert http.delete(f"{API}/{made['id']}").status_code == 204
    _evening_reminder(cast)
    send_due_reminders(EVENING)
    assert service.deliveries == [] and not PushSubscription.objects.exists()


@pytest.mark.parametrize("who", ["clinician", "partner", "facilitator", "admin"])
def test_only_clients_subscribe_to_push_reminders(
    cast: Cast, service: PushService, who: str
) -> None:
    response = _subscribe(_http(getattr(cast, who)), service.endpoint(), BrowserKeys())
    assert response.status_code == 403
    assert _http(getattr(cast, who)).get(API).status_code == 403
    assert not PushSubscription.objects.exists()


def test_signed_out_caller_cannot_subscribe(cast: Cast, service: PushService) -> None:
    assert _subscribe(Client(), service.endpoint(), BrowserKeys()).status_code == 401
    assert not PushSubscription.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"endpoint": "ftp://push.example/x"}, "endpoint"),
        ({"keys": {"p256dh": "bm90LWEta2V5", "auth": BrowserKeys().auth}}, "keys.p256dh"),
        ({"keys": {"p256dh": BrowserKeys().p256dh, "auth": "c2hvcnQ"}}, "keys.auth"),
        ({"keys": {"p256dh": BrowserKeys().p256dh}}, "keys.auth"),
    ],
)
def test_bad_subscription_is_refused_naming_the_field_and_nothing_is_stored(
    cast: Cast, service: PushService, change: dict[str, Any], field: str
) -> None:
    keys = BrowserKeys()
    body = {"endpoint": service.endpoint(), "keys": {"p256dh": keys.p256dh, "auth": keys.auth}}
    body.update(change)
    response = _http(cast.client).post(API, body, content_type="application/json")
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert not PushSubscription.objects.exists()


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://push.example.com/send/1",  # not https
        "https://127.0.0.1/send/1",  # this machine
        "https://10.1.2.3/send/1",  # a private network
        "https://169.254.169.254/latest",  # a cloud metadata address
        "https://localhost/send/1",
        "https://localhost./send/1",  # the same, spelt with a trailing dot
        "https://127.1/send/1",  # this machine, short form
        "https://0177.0.0.1/send/1",  # this machine, octal
        "https://10.0.0.1.nip.io/send/1",  # a public name for a private address
        "https://push.example.com/send/1",  # not a browser's push service
        "https://fcm.googleapis.com.evil.test/send/1",
    ],
)
def test_push_goes_only_to_public_https_services(cast: Cast, settings: Any, endpoint: str) -> None:
    settings.ATTUNE_PUSH_LOCAL_ENDPOINTS = False
    response = _subscribe(_http(cast.client), endpoint, BrowserKeys())
    assert response.status_code == 422
    assert "endpoint" in response.json()["errors"]
    assert not PushSubscription.objects.exists()


def test_a_public_push_service_is_accepted(cast: Cast, settings: Any) -> None:
    settings.ATTUNE_PUSH_LOCAL_ENDPOINTS = False
    for endpoint in (
        "https://fcm.googleapis.com/fcm/send/abc123",
        "https://updates.push.services.mozilla.com/wpush/v2/abc",
        "https://web.push.apple.com/QGabc",
        "https://wns2-par02p.notify.windows.com/w/?token=abc",
    ):
        response = _subscribe(_http(cast.client), endpoint, BrowserKeys())
        assert response.status_code == 201, endpoint


def test_without_push_keys_the_server_says_push_is_not_set_up(cast: Cast, settings: Any) -> None:
    settings.ATTUNE_VAPID = None
    http = _http(cast.client)
    response = _subscribe(http, "https://fcm.googleapis.com/fcm/send/x", BrowserKeys())
    assert response.status_code == 409
    assert http.get("/api/v1/reminders/push-key").json() == {"public_key": None}
    page = http.get("/checkin/reminders/").content.decode()
    assert "Push reminders are not set up on this server." in page
    assert "push-subscribe.js" not in page


def test_reminders_page_offers_push_with_the_public_key(cast: Cast, settings: Any) -> None:
    http = _http(cast.client)
    page = http.get("/checkin/reminders/").content.decode()
    assert f'data-key="{settings.ATTUNE_VAPID.public_key}"' in page
    assert "push-subscribe.js" in page
    assert "Email" in page and "Calendar" in page  # the other reminders stay
    assert http.get("/api/v1/reminders/push-key").json() == {
        "public_key": settings.ATTUNE_VAPID.public_key
    }


def test_stop_everywhere_removes_only_the_persons_own_subscriptions(
    cast: Cast, service: PushService
) -> None:
    http = _http(cast.client)
    _subscribe(http, service.endpoint("a"), BrowserKeys())
    _subscribe(http, service.endpoint("b"), BrowserKeys())
    _subscribe(_http(cast.other_client), service.endpoint("c"), BrowserKeys())
    assert (
        "2 browsers or phones get push reminders"
        in http.get("/checkin/reminders/").content.decode()
    )
    assert http.post("/checkin/reminders/push/stop/").status_code == 302
    assert list(PushSubscription.objects.values_list("client", flat=True)) == [cast.other_client.pk]


def test_only_clients_can_use_stop_everywhere(cast: Cast, service: PushService) -> None:
    _subscribe(_http(cast.client), service.endpoint(), BrowserKeys())
    for person in (cast.clinician, cast.partner):
        assert _http(person).post("/checkin/reminders/push/stop/").status_code == 403
    assert PushSubscription.objects.count() == 1


# Keys ------------------------------------------------------------------------------------


def test_development_push_keys_are_made_once_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("PRIVATE_KEY", "PUBLIC_KEY", "SUBJECT"):
        monkeypatch.delenv(f"ATTUNE_VAPID_{name}", raising=False)
    first = vapid_keys(production=False, data_dir=tmp_path)
    again = vapid_keys(production=False, data_dir=tmp_path)
    assert first is not None and first == again
    assert (tmp_path / "vapid_private.key").stat().st_mode & 0o777 == 0o600
    assert first.public_key == vapid_public_key(first.private_key)


def test_production_without_push_keys_turns_push_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("PRIVATE_KEY", "PUBLIC_KEY", "SUBJECT"):
        monkeypatch.delenv(f"ATTUNE_VAPID_{name}", raising=False)
    assert vapid_keys(production=True, data_dir=tmp_path) is None
    assert not (tmp_path / "vapid_private.key").exists()


def test_production_push_keys_must_be_a_matching_pair_with_a_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private, other = new_vapid_private_key(), new_vapid_private_key()
    monkeypatch.setenv("ATTUNE_VAPID_PRIVATE_KEY", private)
    monkeypatch.setenv("ATTUNE_VAPID_PUBLIC_KEY", vapid_public_key(other))
    monkeypatch.setenv("ATTUNE_VAPID_SUBJECT", "mailto:ops@attune.example")
    with pytest.raises(ConfigError, match="does not belong"):
        vapid_keys(production=True, data_dir=tmp_path)
    monkeypatch.setenv("ATTUNE_VAPID_PUBLIC_KEY", vapid_public_key(private))
    monkeypatch.delenv("ATTUNE_VAPID_SUBJECT")
    with pytest.raises(ConfigError, match="ATTUNE_VAPID_SUBJECT"):
        vapid_keys(production=True, data_dir=tmp_path)
    monkeypatch.setenv("ATTUNE_VAPID_SUBJECT", "ops@attune.example")
    with pytest.raises(ConfigError, match="mailto"):
        vapid_keys(production=True, data_dir=tmp_path)
    monkeypatch.setenv("ATTUNE_VAPID_SUBJECT", "mailto:ops@attune.example")
    keys = vapid_keys(production=True, data_dir=tmp_path)
    assert keys is not None and keys.public_key == vapid_public_key(private)
    monkeypatch.delenv("ATTUNE_VAPID_PUBLIC_KEY")
    with pytest.raises(ConfigError, match="ATTUNE_VAPID_PUBLIC_KEY"):
        vapid_keys(production=True, data_dir=tmp_path)


def test_a_malformed_push_key_stops_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTUNE_VAPID_PRIVATE_KEY", "not-a-key")
    monkeypatch.delenv("ATTUNE_VAPID_PUBLIC_KEY", raising=False)
    with pytest.raises(ConfigError, match="P-256"):
        vapid_keys(production=False, data_dir=tmp_path)


def test_keys_vapid_prints_a_matching_pair() -> None:
    import io

    from django.core.management import call_command

    out = io.StringIO()
    call_command("keys", "vapid", stdout=out)
    lines = dict(line.split("=", 1) for line in out.getvalue().split())
    private, public = lines["ATTUNE_VAPID_PRIVATE_KEY"], lines["ATTUNE_VAPID_PUBLIC_KEY"]
    assert vapid_public_key(private) == public and len(public) == 87  # 65 bytes, base64url


def _catalogue(folder: Path, language: str, messages: dict[str, str]) -> None:
    """A compiled gettext catalogue (GNU .mo) holding these translations."""
    import struct

    entries = {
        "": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
        **messages,
    }
    ids = sorted(entries)
    originals = [i.encode() for i in ids]
    translated = [entries[i].encode() for i in ids]
    count = len(ids)
    header = struct.calcsize("7I")
    strings_at = header + 16 * count
    table_o, table_t, blob = b"", b"", b""
    for text in originals + translated:
        entry = struct.pack("2I", len(text), strings_at + len(blob))
        if len(table_o) < 8 * count:
            table_o += entry
        else:
            table_t += entry
        blob += text + b"\0"
    head = struct.pack("7I", 0x950412DE, 0, count, header, header + 8 * count, 0, 0)
    messages_dir = folder / language / "LC_MESSAGES"
    messages_dir.mkdir(parents=True)
    (messages_dir / "django.mo").write_bytes(head + table_o + table_t + blob)


def test_push_reminder_speaks_the_language_the_reminder_email_does(
    cast: Cast, service: PushService, settings: Any, tmp_path: Path
) -> None:
    from django.utils import translation

    _catalogue(
        tmp_path,
        "de",
        {
            "%(app)s check-in": "%(app)s: kurz eintragen",
            "A minute for yourself": "Eine Minute für dich",
        },
    )
    settings.LOCALE_PATHS = [tmp_path]
    settings.LANGUAGES = [("en", "English"), ("de", "Deutsch")]
    keys = BrowserKeys()
    _subscribe(_http(cast.client), service.endpoint(), keys)
    _evening_reminder(cast, email=True)
    with translation.override("de"):  # the worker's language
        assert send_due_reminders(EVENING) == 1
    [delivery] = service.deliveries
    assert keys.decrypt(delivery.body) == "attune: kurz eintragen"
    assert mail.outbox[0].subject == "Eine Minute für dich"


def test_a_stored_subscription_outside_the_push_services_is_never_called(
    cast: Cast, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attune.checkins import push

    settings.ATTUNE_PUSH_LOCAL_ENDPOINTS = False
    keys = BrowserKeys()
    stored = PushSubscription.objects.create(
        client=cast.client,
        endpoint="https://10.0.0.1/internal",
        p256dh=keys.p256dh,
        auth=keys.auth,
        endpoint_hash="1" * 64,
    )
    called: list[Any] = []
    monkeypatch.setattr(push, "webpush", lambda **kwargs: called.append(kwargs))
    assert push.push_send(subscription_id=stored.pk) is False
    assert called == []

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.test import Client

from attune.accounts import services
from attune.accounts.models import ClientProfile, Invitation
from attune.audit.models import AuditEvent
from attune.core.crypto import DecryptionError, encrypted_fields
from conftest import HOPES_MARKER, Cast, dump_database

pytestmark = pytest.mark.django_db


def test_free_text_never_reaches_the_database_in_plaintext(cast: Cast) -> None:
    services.invitation_create(
        inviter=cast.clinician,
        email="someone@example.test",
        role="client",
        message="private-invite-note-91c3 about loneliness",
    )
    dump = dump_database()
    assert HOPES_MARKER not in dump
    assert "hopes-marker-5f0c2a9e" not in dump
    assert "private-invite-note-91c3" not in dump
    assert ClientProfile.objects.get(client=cast.client).hopes == HOPES_MARKER


def test_every_free_text_field_is_encrypted() -> None:
    names = {(model._meta.label, tuple(fields)) for model, fields in encrypted_fields()}
    assert ("accounts.ClientProfile", ("hopes",)) in names
    assert ("accounts.Invitation", ("message",)) in names


def test_missing_key_is_an_error_not_ciphertext(cast: Cast, settings: object) -> None:
    settings.ATTUNE_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(DecryptionError, match="cannot be decrypted with any configured key"):
        ClientProfile.objects.get(client=cast.client)


def test_rotation_reencrypts_so_the_old_key_can_be_dropped(cast: Cast, settings: object) -> None:
    old_keys = list(settings.ATTUNE_ENCRYPTION_KEYS)
    new_key = Fernet.generate_key().decode()
    settings.ATTUNE_ENCRYPTION_KEYS = [new_key, *old_keys]
    call_command("keys", "reencrypt")
    settings.ATTUNE_ENCRYPTION_KEYS = [new_key]
    assert ClientProfile.objects.get(client=cast.client).hopes == HOPES_MARKER
    assert HOPES_MARKER not in dump_database()


def test_clinician_reading_a_record_is_audited_without_content(cast: Cast) -> None:
    http = Client(REMOTE_ADDR="192.0.2.44")
    http.force_login(cast.clinician)
    http.get(f"/clients/{cast.client.uuid}/")
    event = AuditEvent.objects.get(action="read", subject_uuid=cast.client.uuid)
    assert event.actor_uuid == cast.clinician.uuid and event.ip == "192.0.2.44"
    assert event.object_type == "accounts.clientprofile"


def test_reading_ones_own_record_is_not_a_disclosure(cast: Cast) -> None:
    http = Client()
    http.force_login(cast.client)
    http.get("/me/profile/")
    assert not AuditEvent.objects.filter(action="read").exists()


def test_changes_are_audited_by_field_name_only(cast: Cast) -> None:
    http = Client(REMOTE_ADDR="192.0.2.45")
    http.force_login(cast.client)
    http.post(
        "/me/profile/",
        {
            "life_stage": "midlife",
            "relationship_status": "separated",
            "country": "IE",
            "hopes": "a-new-hope-text-77",
        },
    )
    event = AuditEvent.objects.filter(action="update", subject_uuid=cast.client.uuid).latest("id")
    assert event.fields == ["country", "hopes", "relationship_status"]
    assert event.actor_uuid == cast.client.uuid and event.ip == "192.0.2.45"
    everything = repr(list(AuditEvent.objects.values()))
    assert "a-new-hope-text-77" not in everything and "separated" not in everything


def test_invitation_message_is_encrypted_and_readable(cast: Cast) -> None:
    services.invitation_create(
        inviter=cast.clinician, email="x@example.test", role="client", message="hello"
    )
    assert Invitation.objects.get(email="x@example.test").message == "hello"


def test_rotation_drill_adds_a_key_reencrypts_and_drops_the_old_one(
    cast: Cast, settings: object, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    key_file = Path(str(tmp_path)) / "keys"
    old_keys = list(settings.ATTUNE_ENCRYPTION_KEYS)
    key_file.write_text("\n".join(old_keys))
    monkeypatch.setenv("ATTUNE_ENCRYPTION_KEYS_FILE", str(key_file))
    monkeypatch.delenv("ATTUNE_ENCRYPTION_KEYS", raising=False)
    call_command("keys", "rotate")
    keys_now = key_file.read_text().split()
    assert len(keys_now) == len(old_keys) + 1 and keys_now[1:] == old_keys
    settings.ATTUNE_ENCRYPTION_KEYS = keys_now  # a restart
    call_command("keys", "rotate", "--drop-old")
    assert key_file.read_text().split() == [keys_now[0]]
    settings.ATTUNE_ENCRYPTION_KEYS = [keys_now[0]]
    assert ClientProfile.objects.get(client=cast.client).hopes == HOPES_MARKER
    assert HOPES_MARKER not in dump_database()


def test_rotation_refuses_keys_it_cannot_rewrite(monkeypatch: pytest.MonkeyPatch) -> None:
    from django.core.management import CommandError

    monkeypatch.setenv("ATTUNE_ENCRYPTION_KEYS", "x")
    monkeypatch.delenv("ATTUNE_ENCRYPTION_KEYS_FILE", raising=False)
    with pytest.raises(CommandError, match="Rotate by hand"):
        call_command("keys", "rotate")

from __future__ import annotations

import io
import os
import subprocess
import sys
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from attune.accounts.models import ApiToken, Membership, User

pytestmark = pytest.mark.django_db


def test_user_create_with_password_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-test-passphrase-42\n"))
    out = io.StringIO()
    call_command(
        "user",
        "create",
        "--email",
        "New@Example.test",
        "--role",
        "clinician",
        "--org",
        "north",
        "--password-stdin",
        stdout=out,
    )
    user = User.objects.get(email="new@example.test")
    assert user.check_password("a-long-test-passphrase-42")
    assert Membership.objects.get(user=user).organisation.slug == "north"
    assert "created new@example.test as clinician" in out.getvalue()


def test_user_create_refuses_duplicates_and_bad_roles() -> None:
    call_command(
        "user", "create", "--email", "dup@example.test", "--role", "client", stdout=io.StringIO()
    )
    with pytest.raises(CommandError, match="already exists"):
        call_command("user", "create", "--email", "dup@example.test", "--role", "client")
    with pytest.raises(CommandError):
        call_command("user", "create", "--email", "x@example.test", "--role", "wizard")
    assert User.objects.count() == 1


def test_user_create_refuses_weak_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    with pytest.raises(CommandError, match="too short"):
        call_command(
            "user", "create", "--email", "w@example.test", "--role", "client", "--password-stdin"
        )
    assert not User.objects.exists()


def test_token_create_prints_token_once_and_stores_hash() -> None:
    call_command(
        "user", "create", "--email", "t@example.test", "--role", "client", stdout=io.StringIO()
    )
    out = io.StringIO()
    call_command("token", "create", "--email", "t@example.test", stdout=out, stderr=io.StringIO())
    raw = out.getvalue().strip().splitlines()[-1]
    assert raw.startswith("att_") and len(raw) > 40
    assert not ApiToken.objects.filter(token_hash=raw).exists()
    with pytest.raises(CommandError, match="No active user"):
        call_command("token", "create", "--email", "nobody@example.test")


def _run_attune(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "attune.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_secrets(tmp_path: object) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ATTUNE_", "DJANGO_SETTINGS"))}
    env.update(
        ATTUNE_ENV="production",
        ATTUNE_DATA_DIR=str(tmp_path),
        ATTUNE_ALLOWED_HOSTS="attune.example",
    )
    result = _run_attune("check", env=env)
    assert result.returncode != 0 and "ATTUNE_SECRET_KEY" in result.stderr


def test_deploy_checks_are_clean_in_production(tmp_path: object) -> None:
    from cryptography.fernet import Fernet

    from attune.config.secrets import new_vapid_private_key, vapid_public_key

    env = {k: v for k, v in os.environ.items() if not k.startswith(("ATTUNE_", "DJANGO_SETTINGS"))}
    env.update(
        ATTUNE_ENV="production",
        ATTUNE_DATA_DIR=str(tmp_path),
        ATTUNE_ALLOWED_HOSTS="attune.example",
        ATTUNE_SECRET_KEY="k" * 20 + "Q9v!x2#Lm7@pR4$wZ8^tY1&bN6*cH3(jF5)dG0_sA",
        ATTUNE_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        ATTUNE_EMAIL_HOST="smtp.attune.example",
        ATTUNE_VAPID_PRIVATE_KEY=(vapid := new_vapid_private_key()),
        ATTUNE_VAPID_PUBLIC_KEY=vapid_public_key(vapid),
        ATTUNE_VAPID_SUBJECT="mailto:ops@attune.example",
    )
    result = _run_attune("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_warns_when_production_has_no_mail_server(tmp_path: object) -> None:
    from cryptography.fernet import Fernet

    env = {k: v for k, v in os.environ.items() if not k.startswith(("ATTUNE_", "DJANGO_SETTINGS"))}
    env.update(
        ATTUNE_ENV="production",
        ATTUNE_DATA_DIR=str(tmp_path),
        ATTUNE_ALLOWED_HOSTS="attune.example",
        ATTUNE_SECRET_KEY="k" * 20 + "Q9v!x2#Lm7@pR4$wZ8^tY1&bN6*cH3(jF5)dG0_sA",
        ATTUNE_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
    )
    result = _run_attune("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "attune.W001" in result.stdout + result.stderr
    assert "attune.W010" in result.stdout + result.stderr  # and no push keys: push is off


def test_production_without_a_mail_server_prints_no_links(
    settings: Any, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    from django.core.mail import send_mail

    settings.EMAIL_BACKEND = "attune.core.mail.NoDeliveryBackend"
    sent = send_mail("Reset", "https://attune.example/reset/SECRET-LINK/", None, ["a@b.test"])
    assert sent == 0
    assert "SECRET-LINK" not in capsys.readouterr().out + caplog.text
    assert "not sent" in caplog.text


def test_demo_data_covers_the_personas() -> None:
    from attune.accounts.models import ClientProfile
    from attune.core.demo import demo_load

    logins = demo_load()
    roles = [login.role for login in logins]
    assert roles.count("clinician") == 2 and roles.count("client") >= 6 and "partner" in roles
    assert "admin" in roles
    statuses = set(ClientProfile.objects.values_list("relationship_status", flat=True))
    assert {"single", "dating", "partnered", "widowed"} <= statuses
    assert any("self-guided" in login.note for login in logins)
    again = demo_load()
    assert len(again) == len(logins) and User.objects.count() == len(logins)


def test_production_refuses_to_start_without_encryption_keys(tmp_path: object) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ATTUNE_", "DJANGO_SETTINGS"))}
    env.update(
        ATTUNE_ENV="production",
        ATTUNE_DATA_DIR=str(tmp_path),
        ATTUNE_ALLOWED_HOSTS="attune.example",
        ATTUNE_SECRET_KEY="k" * 20 + "Q9v!x2#Lm7@pR4$wZ8^tY1&bN6*cH3(jF5)dG0_sA",
    )
    result = _run_attune("check", env=env)
    assert result.returncode != 0
    assert "ATTUNE_ENCRYPTION_KEYS" in result.stderr


def test_a_malformed_encryption_key_is_named(tmp_path: object) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ATTUNE_", "DJANGO_SETTINGS"))}
    env.update(ATTUNE_DATA_DIR=str(tmp_path), ATTUNE_ENCRYPTION_KEYS="not-a-key")
    result = _run_attune("check", env=env)
    assert result.returncode != 0
    assert "Encryption key number 1" in result.stderr

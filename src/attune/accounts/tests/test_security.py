from __future__ import annotations

import hashlib

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import ApiToken, ClientProfile, Role
from conftest import PASSWORD, Cast, make_user

pytestmark = pytest.mark.django_db


def test_staff_without_two_step_sign_in_must_set_it_up_first(cast: Cast) -> None:
    Authenticator.objects.filter(user=cast.other_clinician).delete()
    http = Client()
    http.force_login(cast.other_clinician)
    response = http.get("/")
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/totp/activate/"
    assert http.get("/api/v1/clients").status_code == 403


def test_clients_are_not_forced_into_two_step_sign_in(cast: Cast) -> None:
    http = Client()
    http.force_login(cast.client)
    assert http.get("/").status_code == 200


def test_staff_cannot_switch_off_two_step_sign_in(cast: Cast) -> None:
    from attune.accounts.adapter import MFAAdapter

    totp = Authenticator.objects.get(user=cast.clinician, type=Authenticator.Type.TOTP)
    assert MFAAdapter().can_delete_authenticator(totp) is False


def test_totp_secret_is_stored_encrypted(cast: Cast) -> None:
    from conftest import TOTP_SECRET

    stored = Authenticator.objects.get(user=cast.clinician, type=Authenticator.Type.TOTP).data[
        "secret"
    ]
    assert TOTP_SECRET not in stored and stored.startswith("fernet:")


def test_login_with_password_asks_staff_for_their_code(cast: Cast) -> None:
    http = Client()
    response = http.post("/accounts/login/", {"login": cast.clinician.email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/authenticate/"
    assert http.get("/").status_code == 302  # not signed in until the code is given


def test_a_used_one_time_code_cannot_be_replayed(cast: Cast) -> None:
    from conftest import fresh_totp_code

    code = fresh_totp_code(margin=12)  # valid for both attempts, even on a busy machine
    first, second = Client(), Client()
    for http in (first, second):
        http.post("/accounts/login/", {"login": cast.clinician.email, "password": PASSWORD})
    first.post("/accounts/2fa/authenticate/", {"code": code})
    assert first.get("/").status_code == 200
    replay = second.post("/accounts/2fa/authenticate/", {"code": code})
    assert replay.status_code == 200 and b"Incorrect code" in replay.content
    assert second.get("/").status_code == 302


def test_failed_logins_from_one_address_cannot_lock_the_person_out_elsewhere(cast: Cast) -> None:
    cache.clear()
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(6):
        attacker.post(
            "/accounts/login/", {"login": cast.client.email, "password": "wrong-guess-123"}
        )
    blocked = attacker.post("/accounts/login/", {"login": cast.client.email, "password": PASSWORD})
    assert blocked.status_code in (200, 429) and "_auth_user_id" not in attacker.session
    victim = Client(REMOTE_ADDR="198.51.100.7")
    response = victim.post("/accounts/login/", {"login": cast.client.email, "password": PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" in victim.session


def test_idle_session_expires(cast: Cast, settings: object) -> None:
    http = Client()
    http.force_login(cast.client)
    assert http.get("/").status_code == 200
    Session.objects.all().update(expire_date=timezone.now())
    response = http.get("/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_session_expiry_slides_with_activity(cast: Cast) -> None:
    http = Client()
    http.force_login(cast.client)
    http.get("/")
    first = Session.objects.get().expire_date
    http.get("/me/profile/")
    assert Session.objects.get().expire_date >= first


def test_production_password_hasher_is_argon2() -> None:
    from attune.config import settings as production_like

    assert production_like.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_api_refuses_anonymous_requests(client: Client) -> None:
    response = client.get("/api/v1/me")
    assert response.status_code == 401


def test_api_token_authenticates_and_is_stored_only_as_hash(cast: Cast) -> None:
    raw = services.api_token_create(user=cast.client)
    stored = ApiToken.objects.get(user=cast.client)
    assert stored.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in (stored.prefix + stored.token_hash) or len(stored.prefix) < len(raw)
    response = Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200 and response.json()["email"] == cast.client.email


def test_revoked_or_unknown_api_token_is_refused(cast: Cast) -> None:
    raw = services.api_token_create(user=cast.client)
    ApiToken.objects.update(revoked_at=timezone.now())
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION="Bearer att_made_up").status_code == 401


def test_api_session_writes_need_csrf(cast: Cast) -> None:
    http = Client(enforce_csrf_checks=True)
    http.force_login(cast.client)
    response = http.patch("/api/v1/me/profile", {"country": "GB"}, content_type="application/json")
    assert response.status_code in (401, 403)


def test_api_profile_update_rejects_bad_value_naming_the_field(cast: Cast) -> None:
    raw = services.api_token_create(user=cast.client)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    response = Client().patch(
        "/api/v1/me/profile", {"life_stage": "teenager"}, content_type="application/json", **auth
    )
    assert response.status_code == 422 and "life_stage" in response.content.decode()
    response = Client().patch(
        "/api/v1/me/profile",
        {"relationship_status": "widowed"},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 200 and response.json()["relationship_status"] == "widowed"
    assert response.json()["life_stage"] == "midlife"


def test_profile_form_rejects_bad_country_and_changes_nothing(cast: Cast) -> None:
    http = Client()
    http.force_login(cast.client)
    response = http.post(
        "/me/profile/",
        {
            "life_stage": "adult",
            "relationship_status": "single",
            "country": "9Z",
            "hopes": "changed",
        },
    )
    assert response.status_code == 200 and b"two-letter country code" in response.content
    profile = ClientProfile.objects.get(client=cast.client)
    assert profile.life_stage == "midlife" and profile.hopes != "changed"


def test_org_admin_sees_staff_but_no_clinical_content(cast: Cast) -> None:
    from conftest import HOPES_MARKER

    http = Client()
    http.force_login(cast.admin)
    page = http.get("/").content
    assert b"Dr Tamsin Vale" in page and HOPES_MARKER.encode() not in page
    assert http.get(f"/clients/{cast.client.uuid}/").status_code == 404


def test_second_admin_can_be_created_in_an_organisation(cast: Cast) -> None:
    admin2 = make_user("admin2@example.test", Role.ADMIN, cast.org)
    assert admin2.memberships.get().role == "admin"

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import (
    CareRelationship,
    ConsentGrant,
    Invitation,
    Membership,
    PartnerLink,
    User,
)
from attune.audit.models import AuditEvent
from attune.questionnaires.models import Assignment
from conftest import PASSWORD, Cast

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _run_on_commit(django_capture_on_commit_callbacks: Any) -> None:
    """Tests run in a transaction; run on-commit work (the email task) as a commit would."""
    global _capture
    _capture = django_capture_on_commit_callbacks


_capture: Any = None


def _invite(http: Client, email: str, role: str = "client", message: str = "") -> str:
    with _capture(execute=True):
        response = http.post("/invitations/", {"email": email, "role": role, "message": message})
    assert response.status_code == 302, response.content.decode()[:500]
    body = mail.outbox[-1].body
    found = re.search(r"http://[^\s]+/invite/([^/\s]+)/", body)
    assert found, body
    return f"/invite/{found.group(1)}/"


def _signup(http: Client, email: str) -> None:
    response = http.post(
        "/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "New Person",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def test_clinician_invites_client_who_consents_and_lands_home(cast: Cast) -> None:
    clinician = Client()
    clinician.force_login(cast.clinician)
    link = _invite(
        clinician, "newclient@example.test", message="Looking forward to working with you."
    )
    assert mail.outbox[-1].to == ["newclient@example.test"]

    visitor = Client()
    page = visitor.get(link)
    assert b"Dr Tamsin Vale" in page.content and b"I have read this and I agree" in page.content
    response = visitor.post(link, {"consent": "on"})
    assert response.status_code == 302 and "/accounts/signup/" in response["Location"]
    _signup(visitor, "newclient@example.test")
    home = visitor.get("/")
    assert home.status_code == 200 and b"Dr Tamsin Vale is supporting you" in home.content

    user = User.objects.get(email="newclient@example.test")
    assert Membership.objects.filter(user=user, organisation=cast.org, role="client").exists()
    care = CareRelationship.objects.get(client=user)
    assert (care.clinician, care.status, care.started_by) == (
        cast.clinician,
        "active",
        cast.clinician,
    )
    grant = ConsentGrant.objects.get(client=user, grantee=cast.clinician)
    assert grant.text_version == "clinician-care-v1" and grant.revoked_at is None
    assert user.emailaddress_set.get().verified  # the invitation link proved the address
    assert Invitation.objects.get(email="newclient@example.test").accepted_by == user
    assert AuditEvent.objects.filter(subject_uuid=user.uuid, action="grant").exists()


def test_invitation_cannot_be_accepted_without_consent(cast: Cast) -> None:
    clinician = Client()
    clinician.force_login(cast.clinician)
    link = _invite(clinician, "hesitant@example.test")
    response = Client().post(link, {})
    assert response.status_code == 200
    assert b"Please tick the box to continue" in response.content
    assert not User.objects.filter(email="hesitant@example.test").exists()


def test_signup_through_invitation_must_use_invited_address(cast: Cast) -> None:
    clinician = Client()
    clinician.force_login(cast.clinician)
    link = _invite(clinician, "right@example.test")
    visitor = Client()
    visitor.post(link, {"consent": "on"})
    response = visitor.post(
        "/accounts/signup/",
        {
            "email": "wrong@example.test",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 200
    assert b"This invitation was sent to right@example.test" in response.content
    assert not User.objects.filter(email="wrong@example.test").exists()


def test_withdrawn_or_expired_invitation_is_closed(cast: Cast) -> None:
    clinician = Client()
    clinician.force_login(cast.clinician)
    link = _invite(clinician, "late@example.test")
    invitation = Invitation.objects.get(email="late@example.test")
    invitation.expires_at = timezone.now() - timedelta(minutes=1)
    invitation.save()
    response = Client().get(link)
    assert response.status_code == 410 and b"not open any more" in response.content
    assert Client().get("/invite/unknown-token/").status_code == 404


def _answered_couple_check(user: User) -> None:
    """A partner invitation asks the private couple safety check first (issue 16)."""
    from attune.safety.couple_check import couple_check_record

    couple_check_record(
        client=user, answers={"feels_safe": "yes", "pressured": "no", "monitored": "no"}
    )


def test_client_invites_partner_and_either_can_end_it(cast: Cast) -> None:
    _answered_couple_check(cast.other_client)
    client = Client()
    client.force_login(cast.other_client)
    link = _invite(client, "their.partner@example.test", role="partner")
    visitor = Client()
    visitor.post(link, {"consent": "on"})
    _signup(visitor, "their.partner@example.test")
    partner = User.objects.get(email="their.partner@example.test")
    assert PartnerLink.objects.filter(
        client=cast.other_client, partner=partner, status="active"
    ).exists()
    assert b"Other Client" in visitor.get("/").content

    grant = ConsentGrant.objects.get(client=cast.other_client, grantee=partner)
    client.post(f"/me/sharing/{grant.pk}/withdraw/")
    assert PartnerLink.objects.get(client=cast.other_client, partner=partner).status == "ended"
    assert b"Nothing is shared with you" in visitor.get("/").content


def test_roles_only_invite_whom_they_may(cast: Cast) -> None:
    partner = Client()
    partner.force_login(cast.partner)
    assert partner.get("/invitations/").status_code == 403
    _answered_couple_check(cast.client)
    client = Client()
    client.force_login(cast.client)
    response = client.post("/invitations/", {"email": "x@example.test", "role": "clinician"})
    assert response.status_code == 200 and b"Select a valid choice" in response.content
    assert not Invitation.objects.filter(email="x@example.test").exists()


def test_invalid_invitation_email_is_refused_and_nothing_sent(cast: Cast) -> None:
    clinician = Client()
    clinician.force_login(cast.clinician)
    response = clinician.post("/invitations/", {"email": "not-an-email", "role": "client"})
    assert response.status_code == 200 and b"Enter a valid email address" in response.content
    assert Invitation.objects.count() == 0 and mail.outbox == []


def test_self_signup_starts_a_self_guided_client(db: None) -> None:
    visitor = Client()
    response = visitor.post(
        "/accounts/signup/",
        {
            "email": "solo@example.test",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="solo@example.test")
    assert Membership.objects.filter(user=user, role="client").exists()
    assert not CareRelationship.objects.filter(client=user).exists()
    assert "confirm-email" in mail.outbox[-1].body  # the address still needs confirming
    suggested = set(Assignment.objects.filter(client=user).values_list("instrument", flat=True))
    assert suggested == {"phq9", "ucla3", "who5"}  # DJG-6 waits for a licence record


def test_the_task_queue_never_holds_an_invitation_token_readable(
    cast: Cast, monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    from attune.accounts import tasks
    from attune.core.crypto import decrypt

    queued: list[tuple[object, ...]] = []
    monkeypatch.setattr(tasks, "send_invitation_email", lambda *args: queued.append(args))
    with django_capture_on_commit_callbacks(execute=True):
        issued = services.invitation_create(
            inviter=cast.clinician, email="new.person@example.test", role="client"
        )
    assert len(queued) == 1
    assert issued.raw_token not in repr(queued)
    assert decrypt(str(queued[0][1])) == issued.raw_token


def test_self_signup_gets_its_own_space_not_a_clinics(cast: Cast) -> None:
    response = Client().post(
        "/accounts/signup/",
        {"email": "solo2@example.test", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    user = User.objects.get(email="solo2@example.test")
    slugs = set(Membership.objects.filter(user=user).values_list("organisation__slug", flat=True))
    assert slugs == {"self-guided"}
    assert cast.org.slug not in slugs

"""An admin runs their organisation's staff: changes a role, removes someone, is warned
before inviting someone already on staff, and sees that no safety flag waits unseen — in
counts only, never a client's name or words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import Membership, Role, User
from attune.audit.models import AuditEvent
from attune.safety.models import RiskFlag
from conftest import CLIENT_NAME, Cast, make_user

pytestmark = pytest.mark.django_db


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _membership(user: User, role: str) -> Membership:
    return Membership.objects.get(user=user, role=role)


def test_admin_moves_a_facilitator_to_clinician(cast: Cast) -> None:
    row = _membership(cast.facilitator, Role.FACILITATOR)
    response = _login(cast.admin).post(f"/organisation/staff/{row.pk}/", {"role": "clinician"})
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.role == Role.CLINICIAN
    assert AuditEvent.objects.filter(
        object_type="accounts.membership", object_id=str(row.pk), action="update"
    ).exists()


def test_admin_removes_a_facilitator_and_their_account_stays(cast: Cast) -> None:
    row = _membership(cast.facilitator, Role.FACILITATOR)
    response = _login(cast.admin).post(f"/organisation/staff/{row.pk}/remove/")
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=row.pk).exists()
    assert User.objects.filter(pk=cast.facilitator.pk, is_active=True).exists()


def test_a_clinician_still_in_care_cannot_be_removed_or_moved(cast: Cast) -> None:
    row = _membership(cast.clinician, Role.CLINICIAN)
    http = _login(cast.admin)
    page = http.post(f"/organisation/staff/{row.pk}/remove/", follow=True).content.decode()
    assert "still cares for 1 client" in page
    page = http.post(f"/organisation/staff/{row.pk}/", {"role": "admin"}).content.decode()
    assert "still cares for 1 client" in page
    row.refresh_from_db()
    assert row.role == Role.CLINICIAN


def test_the_last_admin_cannot_leave(cast: Cast) -> None:
    row = _membership(cast.admin, Role.ADMIN)
    http = _login(cast.admin)
    page = http.post(f"/organisation/staff/{row.pk}/", {"role": "facilitator"}).content.decode()
    assert "at least one admin" in page
    http.post(f"/organisation/staff/{row.pk}/remove/")
    assert Membership.objects.filter(pk=row.pk, role=Role.ADMIN).exists()


def test_an_unknown_role_is_refused_and_changes_nothing(cast: Cast) -> None:
    row = _membership(cast.facilitator, Role.FACILITATOR)
    for bad in ("client", "partner", "owner", ""):
        response = _login(cast.admin).post(f"/organisation/staff/{row.pk}/", {"role": bad})
        assert response.status_code == 200, bad
        row.refresh_from_db()
        assert row.role == Role.FACILITATOR


def test_only_an_admin_of_the_same_organisation_changes_staff(cast: Cast) -> None:
    row = _membership(cast.facilitator, Role.FACILITATOR)
    far_admin = make_user(
        "far.admin@example.test", Role.ADMIN, cast.far_clinician.memberships.get().organisation
    )
    for person in (cast.clinician, cast.facilitator, cast.client, far_admin):
        http = _login(person)
        assert http.get(f"/organisation/staff/{row.pk}/").status_code in (403, 404)
        assert http.post(f"/organisation/staff/{row.pk}/", {"role": "admin"}).status_code in (
            403,
            404,
        )
        assert http.post(f"/organisation/staff/{row.pk}/remove/").status_code in (403, 404)
    row.refresh_from_db()
    assert row.role == Role.FACILITATOR


def test_a_client_membership_is_not_staff_to_edit(cast: Cast) -> None:
    row = _membership(cast.client, Role.CLIENT)
    assert _login(cast.admin).post(f"/organisation/staff/{row.pk}/remove/").status_code == 404
    assert Membership.objects.filter(pk=row.pk).exists()


def test_inviting_someone_already_on_staff_says_so(cast: Cast) -> None:
    with pytest.raises(ValidationError) as caught:
        services.invitation_create(
            inviter=cast.admin, email=cast.clinician.email.upper(), role=Role.CLINICIAN
        )
    assert "already a clinician" in str(caught.value)
    page = _login(cast.admin).post(
        "/invitations/", {"email": cast.clinician.email, "role": "clinician"}
    )
    assert "already a clinician" in page.content.decode()


def test_admin_sees_waiting_flags_as_counts_without_names_or_words(cast: Cast) -> None:
    old = RiskFlag.objects.create(
        client=cast.client, reason="journal_risk_language", sentence="a sentence only for care"
    )
    RiskFlag.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=30))
    RiskFlag.objects.create(client=cast.client, reason="checkin", level=RiskFlag.Level.URGENT)
    RiskFlag.objects.create(client=cast.other_client, reason="checkin")  # no clinician
    done = RiskFlag.objects.create(client=cast.client, reason="checkin")
    done.acknowledged_at = timezone.now()
    done.save()
    page = _login(cast.admin).get("/organisation/flags/").content.decode()
    assert "Dr Tamsin Vale" in page and "No clinician in care" in page
    assert "<td>2</td><td>1</td>" in page  # two open for Dr Vale, one urgent
    assert "<td>1</td><td>0</td>" in page  # one waiting with nobody in care
    assert CLIENT_NAME not in page and "Other Client" not in page
    assert "a sentence only for care" not in page


def test_only_admins_see_the_flag_overview(cast: Cast) -> None:
    for person in (cast.clinician, cast.client, cast.partner, cast.facilitator):
        assert _login(person).get("/organisation/flags/").status_code == 403


def test_a_facilitator_still_running_a_circle_with_members_cannot_be_removed(
    cast: Cast,
) -> None:
    from attune.circles import services as circles

    circle = circles.circle_create(facilitator=cast.facilitator, topic="Evenings", size_limit=8)
    circles.circle_join(
        invitation=circles.invitation_create(
            facilitator=cast.facilitator, circle=circle, email=cast.client.email
        ).invitation,
        user=cast.client,
        display_name="Quiet Heron",
        agreed=True,
    )
    row = _membership(cast.facilitator, Role.FACILITATOR)
    page = _login(cast.admin).post(f"/organisation/staff/{row.pk}/remove/", follow=True)
    assert "still runs 1 circle with members" in page.content.decode()
    assert Membership.objects.filter(pk=row.pk).exists()

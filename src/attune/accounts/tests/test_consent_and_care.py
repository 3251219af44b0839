from __future__ import annotations

import pytest
from django.test import Client

from attune.accounts import services
from attune.accounts.models import CareRelationship, ConsentGrant, Membership
from conftest import HOPES_MARKER, Cast

pytestmark = pytest.mark.django_db


def _clinician(cast: Cast) -> Client:
    http = Client()
    http.force_login(cast.clinician)
    return http


def test_withdrawing_consent_ends_clinician_access_on_next_request(cast: Cast) -> None:
    clinician = _clinician(cast)
    url = f"/clients/{cast.client.uuid}/"
    assert clinician.get(url).status_code == 200
    client = Client()
    client.force_login(cast.client)
    grant = ConsentGrant.objects.get(client=cast.client, grantee=cast.clinician)
    assert client.post(f"/me/sharing/{grant.pk}/withdraw/").status_code == 302
    assert clinician.get(url).status_code == 404
    assert clinician.get(f"/api/v1/clients/{cast.client.uuid}/profile").status_code == 404
    assert HOPES_MARKER.encode() not in clinician.get("/").content


def test_ended_care_relationship_ends_access_and_records_who_ended_it(cast: Cast) -> None:
    clinician = _clinician(cast)
    response = clinician.post(f"/clients/{cast.client.uuid}/end-care/")
    assert response.status_code == 302
    care = CareRelationship.objects.get(client=cast.client, clinician=cast.clinician)
    assert (care.status, care.ended_by) == ("ended", cast.clinician)
    assert care.ended_at is not None
    assert clinician.get(f"/clients/{cast.client.uuid}/").status_code == 404


def test_clinician_loses_access_when_client_leaves_the_organisation(cast: Cast) -> None:
    Membership.objects.filter(user=cast.client, role="client").delete()
    assert _clinician(cast).get(f"/clients/{cast.client.uuid}/").status_code == 404


def test_care_in_another_organisation_grants_nothing_here(cast: Cast) -> None:
    # A relationship recorded in an organisation the clinician does not belong to is void.
    services.care_start(
        clinician=cast.far_clinician,
        client=cast.other_client,
        organisation=cast.org,
        started_by=cast.far_clinician,
    )
    far = Client()
    far.force_login(cast.far_clinician)
    assert far.get(f"/clients/{cast.other_client.uuid}/").status_code == 404


def test_client_cannot_withdraw_someone_elses_consent(cast: Cast) -> None:
    grant = ConsentGrant.objects.get(client=cast.client, grantee=cast.clinician)
    other = Client()
    other.force_login(cast.other_client)
    assert other.post(f"/me/sharing/{grant.pk}/withdraw/").status_code == 404
    grant.refresh_from_db()
    assert grant.revoked_at is None


def test_sharing_page_lists_each_grant_with_its_wording_version(cast: Cast) -> None:
    client = Client()
    client.force_login(cast.client)
    page = client.get("/me/sharing/").content
    assert b"Dr Tamsin Vale" in page and b"clinician-care-v1" in page and b"Robin Partner" in page

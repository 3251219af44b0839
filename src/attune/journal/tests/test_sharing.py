"""Sharing one entry with the clinician: visible only while shared, audited, revocable at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import CareRelationship, ConsentGrant, User
from attune.audit.models import AuditEvent
from attune.journal import selectors, services
from attune.journal.models import JournalEntry
from conftest import Cast

pytestmark = pytest.mark.django_db

SHARED = "Sharedwords-8812 about the walk"
PRIVATE = "Privatewords-4471 never shown"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _entries(cast: Cast) -> tuple[JournalEntry, JournalEntry]:
    shared = services.entry_create(
        client=cast.client, title="Walk", body=SHARED, tags="walks", prompt_key="closeness-today"
    ).entry
    private = services.entry_create(client=cast.client, title="Mine", body=PRIVATE).entry
    return shared, private


def test_clinician_sees_an_entry_only_while_it_is_shared(cast: Cast) -> None:
    shared, _private = _entries(cast)
    owner = _login(cast.client)
    clinician = _login(cast.clinician)
    page = f"/clients/{cast.client.uuid}/journal/"

    before = clinician.get(page)
    assert before.status_code == 200
    assert SHARED.encode() not in before.content and PRIVATE.encode() not in before.content
    assert b"Nothing from the journal is shared with you right now." in before.content

    response = owner.post(f"/journal/{shared.pk}/share/")
    assert response["Location"] == f"/journal/{shared.pk}/"
    assert "Shared with Dr Tamsin Vale (last shared" in (
        owner.get(f"/journal/{shared.pk}/").content.decode()
    )
    html = clinician.get(page).content.decode()
    assert SHARED in html and "Walk" in html and "walks" in html
    assert "Where did you notice even a little closeness today?" in html
    assert PRIVATE not in html

    owner.post(f"/journal/{shared.pk}/unshare/")
    after = clinician.get(page).content.decode()
    assert SHARED not in after
    shared.refresh_from_db()
    assert shared.shared_with_clinician_at is None
    assert not selectors.shared_with(shared)


def test_later_clinician_cannot_read_entry_shared_before_their_care(cast: Cast) -> None:
    shared, _private = _entries(cast)
    owner = _login(cast.client)
    owner.post(f"/journal/{shared.pk}/share/")
    accounts.care_start(
        clinician=cast.other_clinician,
        client=cast.client,
        organisation=cast.org,
        started_by=cast.other_clinician,
    )
    later = _login(cast.other_clinician)
    page = f"/clients/{cast.client.uuid}/journal/"
    assert SHARED not in later.get(page).content.decode()
    assert later.get(f"/api/v1/clients/{cast.client.uuid}/journal").json()["items"] == []
    assert SHARED in _login(cast.clinician).get(page).content.decode()

    detail = owner.get(f"/journal/{shared.pk}/").content.decode()
    assert "Shared with Dr Tamsin Vale (last shared" in detail
    assert "Dr Other joined your care after you shared this entry" in detail
    listing = owner.get("/journal/").content.decode()
    assert "Shared with Dr Tamsin Vale<" in listing

    owner.post(f"/journal/{shared.pk}/share/")  # the client shares again: now it names both
    assert SHARED in later.get(page).content.decode()
    assert "Shared with Dr Tamsin Vale, Dr Other" in owner.get("/journal/").content.decode()
    grants = ConsentGrant.objects.filter(
        client=cast.client, scope=f"journal_entry:{shared.pk}", revoked_at__isnull=True
    )
    assert set(grants.values_list("grantee__email", flat=True)) == {
        cast.clinician.email,
        cast.other_clinician.email,
    }


def test_existing_shares_name_the_clinicians_in_care_when_they_were_shared(cast: Cast) -> None:
    from importlib import import_module

    from django.apps import apps

    migration = import_module("attune.journal.migrations.0002_name_clinicians_of_shared_entries")
    care = CareRelationship.objects.get(client=cast.client, clinician=cast.clinician)
    shared_at = care.started_at + timedelta(days=1)
    entry = JournalEntry.objects.create(
        client=cast.client, body=SHARED, shared_with_clinician_at=shared_at
    )
    later = accounts.care_start(
        clinician=cast.other_clinician,
        client=cast.client,
        organisation=cast.org,
        started_by=cast.other_clinician,
    )
    later.started_at = shared_at + timedelta(days=1)
    later.save(update_fields=["started_at"])
    migration.name_clinicians(apps, None)
    assert selectors.shared_with(entry) == [cast.clinician]
    assert (
        SHARED
        not in _login(cast.other_clinician)
        .get(f"/clients/{cast.client.uuid}/journal/")
        .content.decode()
    )
    migration.forget_names(apps, None)
    assert not selectors.shared_with(entry)


def test_clinician_reads_are_audited_entry_by_entry(cast: Cast) -> None:
    shared, _private = _entries(cast)
    services.entry_share(client=cast.client, entry=shared)
    _login(cast.clinician).get(f"/clients/{cast.client.uuid}/journal/")
    reads = AuditEvent.objects.filter(
        action="read", actor_uuid=cast.clinician.uuid, object_type="journal.journalentry"
    )
    assert list(reads.values_list("object_id", flat=True)) == [str(shared.pk)]
    assert reads.get().subject_uuid == cast.client.uuid


def test_sharing_and_unsharing_are_recorded_as_the_clients_choice(cast: Cast) -> None:
    shared, _private = _entries(cast)
    owner = _login(cast.client)
    owner.post(f"/journal/{shared.pk}/share/")
    owner.post(f"/journal/{shared.pk}/share/")  # twice: still one grant
    owner.post(f"/journal/{shared.pk}/unshare/")
    actions = list(
        AuditEvent.objects.filter(
            object_type="journal.journalentry",
            object_id=str(shared.pk),
            action__in=["grant", "revoke"],
        )
        .order_by("pk")
        .values_list("action", "actor_uuid")
    )
    assert actions == [("grant", cast.client.uuid), ("revoke", cast.client.uuid)]


def test_share_and_unshare_only_act_on_post(cast: Cast) -> None:
    shared, _private = _entries(cast)
    owner = _login(cast.client)
    assert owner.get(f"/journal/{shared.pk}/share/").status_code == 405
    shared.refresh_from_db()
    assert shared.shared_with_clinician_at is None


def test_the_clinician_sees_edits_to_a_shared_entry_and_loses_it_when_deleted(
    cast: Cast,
) -> None:
    shared, _private = _entries(cast)
    services.entry_share(client=cast.client, entry=shared)
    owner = _login(cast.client)
    owner.post(f"/journal/{shared.pk}/edit/", {"title": "Walk", "body": "Edited-3390 words"})
    clinician = _login(cast.clinician)
    assert b"Edited-3390 words" in clinician.get(f"/clients/{cast.client.uuid}/journal/").content
    owner.post(f"/journal/{shared.pk}/delete/")
    assert b"Edited-3390" not in clinician.get(f"/clients/{cast.client.uuid}/journal/").content


def test_unrelated_clinicians_and_everyone_else_are_refused(cast: Cast) -> None:
    shared, _private = _entries(cast)
    services.entry_share(client=cast.client, entry=shared)
    page = f"/clients/{cast.client.uuid}/journal/"
    for person in (
        cast.other_clinician,
        cast.far_clinician,
        cast.partner,
        cast.other_client,
        cast.facilitator,
        cast.admin,
    ):
        response = _login(person).get(page)
        assert response.status_code == 404, person
        assert SHARED.encode() not in response.content
    assert not AuditEvent.objects.filter(action="read", object_type="journal.journalentry").exists()


def test_ending_care_ends_access_to_shared_entries(cast: Cast) -> None:
    shared, _private = _entries(cast)
    services.entry_share(client=cast.client, entry=shared)
    care = CareRelationship.objects.get(client=cast.client, clinician=cast.clinician)
    accounts.care_end(actor=cast.client, care=care)
    response = _login(cast.clinician).get(f"/clients/{cast.client.uuid}/journal/")
    assert response.status_code == 404


def test_a_self_guided_client_has_no_share_button_and_cannot_share(cast: Cast) -> None:
    entry = services.entry_create(client=cast.other_client, body="On my own.").entry
    http = _login(cast.other_client)
    assert "Share with my clinician" not in http.get(f"/journal/{entry.pk}/").content.decode()
    response = http.post(f"/journal/{entry.pk}/share/", follow=True)
    assert "no one to share with" in response.content.decode()
    entry.refresh_from_db()
    assert entry.shared_with_clinician_at is None


def test_a_clinician_cannot_share_or_unshare_on_the_clients_behalf(cast: Cast) -> None:
    shared, private = _entries(cast)
    services.entry_share(client=cast.client, entry=shared)
    clinician = _login(cast.clinician)
    assert clinician.post(f"/journal/{private.pk}/share/").status_code == 403
    assert clinician.post(f"/journal/{shared.pk}/unshare/").status_code == 403
    private.refresh_from_db()
    assert private.shared_with_clinician_at is None

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from attune.accounts import services as accounts
from attune.accounts.models import ApiToken, Invitation, User
from attune.checkins.models import CheckIn
from attune.journal.models import JournalEntry
from attune.plans import services as plans
from attune.practice.models import Trigger
from attune.privacy import services
from attune.questionnaires import services as questionnaires
from attune.safety.models import SafetyPlan
from conftest import CLIENT_NAME, HOPES_MARKER, Cast, dump_database

pytestmark = pytest.mark.django_db

MARKER = "erase-me-6f1a"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _fill(cast: Cast) -> None:
    client = cast.client
    CheckIn.objects.create(client=client, day=timezone.now().date(), mood=4, note=MARKER)
    questionnaires.submit(client=client, instrument_id="phq9", answers=[1] * 8 + [0])
    JournalEntry.objects.create(client=client, title=MARKER, body=MARKER, tags=MARKER)
    Trigger.objects.create(
        client=client,
        occurred_at=timezone.now(),
        company="alone",
        what_happened=MARKER,
        intensity_before=50,
        origin_theme="body",
    )
    SafetyPlan.objects.create(client=client, warning_signs=MARKER)
    plans.plan_start(
        by=cast.clinician, client=client, life_stage="midlife", relationship="partnered"
    )
    accounts.api_token_create(user=client)


def test_export_holds_every_record_type_decrypted_without_secrets(cast: Cast) -> None:
    _fill(cast)
    archive = zipfile.ZipFile(io.BytesIO(services.export_zip(cast.client)))
    names = set(archive.namelist())
    for expected in (
        "README.txt",
        "fhir.json",
        "checkins.checkin.json",
        "journal.journalentry.json",
        "practice.trigger.json",
        "safety.safetyplan.json",
        "plans.clientplan.json",
        "questionnaires.administration.json",
        "accounts.clientprofile.json",
    ):
        assert expected in names, expected
    journal = json.loads(archive.read("journal.journalentry.json"))
    assert journal[0]["body"] == MARKER
    everything = b"".join(archive.read(n) for n in names)
    assert b"token_hash" not in everything
    assert json.loads(archive.read("fhir.json"))["resourceType"] == "Bundle"


def test_erasure_leaves_nothing_that_identifies_the_person(cast: Cast) -> None:
    _fill(cast)
    issued = accounts.invitation_create(
        inviter=cast.clinician, email="client.a@example.test", role="client"
    )
    Invitation.objects.filter(pk=issued.invitation.pk).update(
        accepted_by=cast.client, accepted_at=timezone.now()
    )
    uuid = str(cast.client.uuid)
    services.erase(cast.client)
    dump = dump_database()
    for trace in (MARKER, HOPES_MARKER, CLIENT_NAME, "client.a@example.test"):
        assert trace not in dump, trace
    assert not User.objects.filter(email="client.a@example.test").exists()
    assert not ApiToken.objects.filter(user__uuid=uuid).exists()
    # The clinician's caseload no longer lists them.
    assert CLIENT_NAME.encode() not in _login(cast.clinician).get("/").content


def test_erased_person_cannot_sign_in(cast: Cast) -> None:
    services.erase(cast.client)
    assert not Client().login(email="client.a@example.test", password="a-long-test-passphrase-42")


def test_who_viewed_my_record_lists_the_clinician(cast: Cast) -> None:
    _login(cast.clinician).get(f"/clients/{cast.client.uuid}/")
    page = _login(cast.client).get("/me/privacy/").content.decode()
    assert "Dr Tamsin Vale" in page and "your profile" in page


def test_who_viewed_my_records_groups_by_person_and_day_and_skips_partner_feedback(
    cast: Cast,
) -> None:
    accounts.care_start(
        clinician=cast.other_clinician,
        client=cast.other_client,
        organisation=cast.org,
        started_by=cast.other_clinician,
    )
    clinician = _login(cast.other_clinician)
    for _visit in range(5):  # five looks at the overview in one day: one row
        clinician.get(f"/clients/{cast.other_client.uuid}/overview/")
    page = _login(cast.other_client).get("/me/privacy/").content.decode()
    rows = re.findall(r"<tr><td>(.*?)</td>", page, re.S)
    assert rows == ["Dr Other"]
    assert "your check-ins and insights (5 times)" in page
    assert re.search(r"\d+ views, last at \d\d:\d\d", page)
    viewed = page[page.index('id="viewers-title"') : page.index('id="consent-title"')]
    assert "partner" not in viewed.lower()  # no partner: partner feedback is never mentioned

    _login(cast.clinician).get(f"/clients/{cast.client.uuid}/overview/")
    with_partner = _login(cast.client).get("/me/privacy/").content.decode()
    assert "your partner&#x27;s weekly feedback about you" in with_partner


def test_export_and_deletion_ask_for_the_password_again(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/me/privacy/export/")
    assert response.status_code == 302 and "reauthenticate" in response["Location"]
    response = http.post("/me/privacy/delete/", {"confirm": "delete"})
    assert response.status_code == 302 and "reauthenticate" in response["Location"]
    assert User.objects.filter(pk=cast.client.pk).exists()


def test_tokens_are_revoked_only_by_their_owner(cast: Cast) -> None:
    accounts.api_token_create(user=cast.client)
    token = ApiToken.objects.get(user=cast.client)
    assert (
        _login(cast.other_client).post(f"/me/privacy/tokens/{token.pk}/revoke/").status_code == 404
    )
    token.refresh_from_db()
    assert token.revoked_at is None
    _login(cast.client).post(f"/me/privacy/tokens/{token.pk}/revoke/")
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_legal_hold_blocks_self_service_erasure(cast: Cast, settings: object) -> None:
    settings.ATTUNE_CLINICAL_NOTE_RETENTION_YEARS = 8
    with pytest.raises(Exception, match="8 years"):
        services.erase(cast.client)
    assert User.objects.filter(pk=cast.client.pk).exists()


def test_cli_exports_everything_to_a_zip(cast: Cast, tmp_path: Path) -> None:
    _fill(cast)
    out = tmp_path / "export.zip"
    call_command("export", "all", email=cast.client.email, out=str(out))
    assert "journal.journalentry.json" in zipfile.ZipFile(out).namelist()


def _fill_newer_records(cast: Cast) -> None:
    """Medicines, the support map, a push subscription and the relapse-prevention plan."""
    from datetime import date

    from attune.checkins.models import PushSubscription
    from attune.checkins.push import endpoint_hash
    from attune.medications import services as medications
    from attune.plans import maintenance
    from attune.support import services as support

    client = cast.client
    medicine = medications.medication_create(
        client=client, name=f"Sertraline {MARKER}", dose=50, unit="mg", started_on=date(2024, 1, 1)
    ).record
    medications.dose_change_create(
        client=client,
        medication=medicine,
        changed_on=date(2024, 2, 1),
        dose=100,
        unit="mg",
        reason=MARKER,
    )
    medications.side_effect_create(
        client=client, noticed_on=date(2024, 2, 3), kind="sleep", rating=4, note=MARKER
    )
    support.person_create(
        client=client, name=MARKER, role="friend", ring=1, frequency="weekly", phone="07700 900111"
    )
    endpoint = f"https://push.example.test/{MARKER}"
    PushSubscription.objects.create(
        client=client,
        endpoint=endpoint,
        p256dh="BPublicKey-p256dh-marker",
        auth="auth-secret-marker",
        endpoint_hash=endpoint_hash(endpoint),
    )
    maintenance.relapse_plan_save(client=client, fields={"warning_signs": MARKER})


def test_export_holds_medicines_support_map_relapse_plan_and_push_phones_without_keys(
    cast: Cast,
) -> None:
    _fill_newer_records(cast)
    archive = zipfile.ZipFile(io.BytesIO(services.export_zip(cast.client)))

    def rows(label: str) -> list[dict[str, object]]:
        return list(json.loads(archive.read(f"{label}.json")))

    assert rows("medications.medication")[0]["name"] == f"Sertraline {MARKER}"
    changes = rows("medications.dosechange")
    assert [(float(str(r["dose"])), r["reason"]) for r in changes] == [(100.0, MARKER)]
    assert rows("medications.sideeffect")[0]["note"] == MARKER
    assert rows("support.supportperson")[0]["phone"] == "07700 900111"
    assert rows("plans.relapsepreventionplan")[0]["warning_signs"] == MARKER
    [phone] = rows("checkins.pushsubscription")
    assert phone["endpoint"] == f"https://push.example.test/{MARKER}"
    assert not {"p256dh", "auth", "endpoint_hash"} & set(phone)
    everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"auth-secret-marker" not in everything and b"p256dh-marker" not in everything
    fhir = json.loads(archive.read("fhir.json"))
    kinds = [entry["resource"]["resourceType"] for entry in fhir["entry"]]
    assert "MedicationStatement" in kinds


def test_erasure_removes_medicines_support_map_relapse_plan_and_push_phones(cast: Cast) -> None:
    from attune.checkins.models import PushSubscription
    from attune.medications.models import DoseChange, Medication, SideEffect
    from attune.plans.models import RelapsePreventionPlan
    from attune.support.models import SupportPerson

    _fill_newer_records(cast)
    services.erase(cast.client)
    for model in (
        Medication,
        DoseChange,
        SideEffect,
        SupportPerson,
        PushSubscription,
        RelapsePreventionPlan,
    ):
        assert not model._default_manager.exists(), model
    assert MARKER not in dump_database()

"""Clinician triage: level, concern, category, source and time on every flag; the sentence
only with the client's consent; dispositions with a note; urgent first; audited; exported;
and nobody but the treating clinician sees any of it."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.utils import timezone

from attune.accounts import services as accounts
from attune.accounts.consent_texts import SENTENCE_SCOPE
from attune.accounts.models import CareRelationship, ConsentGrant, Role, User
from attune.audit.models import AuditEvent
from attune.privacy import services as privacy
from attune.safety import triage
from attune.safety.models import AsqScreen, RiskFlag
from conftest import Cast, make_user

pytestmark = pytest.mark.django_db
SENTENCE = "Sentence-8812 I looked up how many of my tablets it would take"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _flags(cast: Cast) -> tuple[RiskFlag, RiskFlag, RiskFlag]:
    now = timezone.now()
    high = RiskFlag.objects.create(
        client=cast.client,
        reason="journal_risk_language",
        concern=RiskFlag.Concern.SELF,
        level=RiskFlag.Level.HIGH,
        category="method",
        source=RiskFlag.Source.JOURNAL,
        entry_key="journal.entry:1",
        sentence=SENTENCE,
    )
    urgent = RiskFlag.objects.create(
        client=cast.client,
        reason="asq_positive",
        concern=RiskFlag.Concern.SELF,
        level=RiskFlag.Level.URGENT,
        category="asq",
        source=RiskFlag.Source.CHECKIN,
        asq_result=RiskFlag.AsqResult.ACUTE_POSITIVE,
        asq_answers={"q1": True, "q2": False, "q3": True, "q4": False, "q5": True},
    )
    others = RiskFlag.objects.create(
        client=cast.client,
        reason="journal_harm_from_others",
        concern=RiskFlag.Concern.OTHERS,
        level=RiskFlag.Level.HIGH,
        category="coercion",
        source=RiskFlag.Source.JOURNAL,
    )
    RiskFlag.objects.filter(pk=high.pk).update(created_at=now - timedelta(hours=1))
    return high, urgent, others


def _page(cast: Cast, user: User | None = None) -> str:
    response = _login(user or cast.clinician).get(f"/clients/{cast.client.uuid}/flags/")
    assert response.status_code == 200
    return response.content.decode()


def test_flags_show_level_concern_category_source_and_time_urgent_first(cast: Cast) -> None:
    high, urgent, others = _flags(cast)
    page = _page(cast)
    order = [int(m) for m in re.findall(r'id="flag-(\d+)"', page)]
    assert order[0] == urgent.pk
    assert set(order) == {high.pk, urgent.pk, others.pk}
    for words in ("Urgent", "High", "Risk to themselves", "Harm from others", "Method"):
        assert words in page, words
    assert "From: Journal" in page and "From: Check-in" in page
    assert "<time datetime=" in page
    assert "q1 yes" in page and "q2 no" in page and "q5 yes" in page
    assert "Sentence-8812" not in page  # no consent yet: the category only
    assert "has not agreed to show you the sentences" in page
    overview = _login(cast.clinician).get(f"/clients/{cast.client.uuid}/overview/")
    text = overview.content.decode()
    assert "Urgent" in text and "Harm from others" in text and "Sentence-8812" not in text
    assert f"/clients/{cast.client.uuid}/flags/" in text


def test_the_sentence_shows_only_while_the_client_agrees(cast: Cast) -> None:
    _flags(cast)
    sharing = _login(cast.client).get("/me/sharing/").content.decode()
    assert "may see the sentence that worried attune" in sharing
    assert f"Let {cast.clinician} see the sentence" in sharing
    response = _login(cast.client).post(
        "/me/sharing/sentence/", {"clinician": str(cast.clinician.uuid), "choice": "yes"}
    )
    assert response.status_code == 302
    grant = ConsentGrant.objects.get(scope=SENTENCE_SCOPE, revoked_at__isnull=True)
    assert (grant.grantee, grant.kind, grant.text_version) == (
        cast.clinician,
        "clinician",
        "clinician-sentence-v1",
    )
    assert "Sentence-8812" in _page(cast)
    # Another clinician in the organisation, not treating the client, still sees nothing.
    elsewhere = _login(cast.other_clinician).get(f"/clients/{cast.client.uuid}/flags/")
    assert elsewhere.status_code == 404
    sharing = _login(cast.client).get("/me/sharing/").content.decode()
    assert "sees the sentence that worried attune" in sharing
    _login(cast.client).post(f"/me/sharing/{grant.pk}/withdraw/")
    assert "Sentence-8812" not in _page(cast)


def test_sentence_consent_is_offered_when_care_starts(cast: Cast) -> None:
    issued = accounts.invitation_create(
        inviter=cast.clinician, email="newclient@example.test", role="client"
    )
    newcomer = make_user("newclient@example.test", Role.CLIENT, cast.org, "New Client")
    http = _login(newcomer)
    page = http.get(f"/invite/{issued.raw_token}/").content.decode()
    assert "sentence_consent" in page and "(optional)" in page
    http.post(f"/invite/{issued.raw_token}/", {"consent": "on", "sentence_consent": "on"})
    assert ConsentGrant.objects.filter(
        client=newcomer, grantee=cast.clinician, scope=SENTENCE_SCOPE, revoked_at__isnull=True
    ).exists()


def test_sentence_consent_cannot_be_given_for_someone_elses_clinician(cast: Cast) -> None:
    for who in (cast.other_client, cast.partner, cast.other_clinician):
        response = _login(who).post(
            "/me/sharing/sentence/", {"clinician": str(cast.clinician.uuid), "choice": "yes"}
        )
        assert response.status_code in {403, 404}
    assert not ConsentGrant.objects.filter(scope=SENTENCE_SCOPE).exists()


def test_dispositions_need_a_note_close_the_flag_once_and_are_audited(cast: Cast) -> None:
    high, urgent, others = _flags(cast)
    http = _login(cast.clinician)
    base = f"/clients/{cast.client.uuid}/flags"
    empty = http.post(f"{base}/{high.pk}/disposition/", {"disposition": "followed_up"}, follow=True)
    assert "Say briefly how you followed this up." in empty.content.decode()
    bad = http.post(f"{base}/{high.pk}/disposition/", {"disposition": "ignored", "note": "x"})
    assert bad.status_code == 302
    high.refresh_from_db()
    assert high.acknowledged_at is None and not high.disposition
    reason = http.post(
        f"{base}/{others.pk}/disposition/", {"disposition": "not_a_concern"}, follow=True
    )
    assert "Say briefly why this is not a concern." in reason.content.decode()
    cases = [
        (high, "followed_up", "Called her the same afternoon; safety plan reviewed."),
        (others, "not_a_concern", "A film plot she was retelling."),
        (urgent, "escalated", "Crisis team called at 14:10."),
    ]
    for flag, disposition, note in cases:
        http.post(f"{base}/{flag.pk}/disposition/", {"disposition": disposition, "note": note})
        flag.refresh_from_db()
        assert flag.disposition == disposition and flag.acknowledgement_note == note
        assert flag.acknowledged_by == cast.clinician and flag.acknowledged_at is not None
        event = AuditEvent.objects.filter(
            object_type="safety.riskflag", object_id=str(flag.pk), action="update"
        ).latest("pk")
        assert "disposition" in event.fields and note not in str(event.fields)
    again = http.post(
        f"{base}/{high.pk}/disposition/", {"disposition": "escalated", "note": "x"}, follow=True
    )
    assert "already followed up" in again.content.decode()
    closed = RiskFlag.objects.get(pk=high.pk)
    assert closed.disposition == "followed_up"
    page = _page(cast)
    assert "No open flags." in page and "Called her the same afternoon" in page
    assert AuditEvent.objects.filter(
        action="read", object_type="safety.riskflag", actor_uuid=cast.clinician.uuid
    ).exists()


def test_asked_negative_appears_without_words(cast: Cast) -> None:
    AsqScreen.objects.create(
        client=cast.client,
        source="journal",
        entry_key="journal.entry:9",
        result=AsqScreen.Result.NEGATIVE,
        answers={"q1": False, "q2": False, "q3": False, "q4": False},
    )
    page = _page(cast)
    assert "Asked (ASQ): negative" in page and "Journal" in page
    overview = _login(cast.clinician).get(f"/clients/{cast.client.uuid}/overview/")
    assert "Asked (ASQ): negative" in overview.content.decode()
    assert "journal.entry:9" not in page and "Sentence-8812" not in page
    assert not RiskFlag.objects.exists()


def test_an_unrelated_clinician_and_everyone_else_see_nothing(cast: Cast) -> None:
    high, _urgent, _others = _flags(cast)
    far = cast.far_clinician
    outsiders = [
        cast.other_clinician,
        far,
        cast.partner,
        cast.other_client,
        cast.client,
        cast.facilitator,
        cast.admin,
    ]
    for who in outsiders:
        http = _login(who)
        assert http.get(f"/clients/{cast.client.uuid}/flags/").status_code == 404, who
        response = http.post(
            f"/clients/{cast.client.uuid}/flags/{high.pk}/disposition/",
            {"disposition": "not_a_concern", "note": "nothing"},
        )
        assert response.status_code == 404, who
        with pytest.raises(PermissionDenied):
            triage.flag_rows(clinician=who, client=cast.client)
    assert Client().get(f"/clients/{cast.client.uuid}/flags/").status_code == 302
    high.refresh_from_db()
    assert high.acknowledged_at is None
    # Ending care ends access at once, and the sentence consent with it.
    accounts.sentence_consent_set(client=cast.client, clinician=cast.clinician, granted=True)
    care = CareRelationship.objects.get(client=cast.client, clinician=cast.clinician)
    accounts.care_end(actor=cast.client, care=care)
    assert _login(cast.clinician).get(f"/clients/{cast.client.uuid}/flags/").status_code == 404
    assert not ConsentGrant.objects.filter(scope=SENTENCE_SCOPE, revoked_at__isnull=True).exists()


def test_caseload_puts_a_client_with_an_urgent_flag_first(cast: Cast) -> None:
    second = make_user("second@example.test", Role.CLIENT, cast.org, "Aaron Second")
    accounts.care_start(
        clinician=cast.clinician, client=second, organisation=cast.org, started_by=cast.clinician
    )
    RiskFlag.objects.create(client=second, reason="journal_risk_language", level="high")
    RiskFlag.objects.create(client=cast.client, reason="asq_positive", level="urgent")
    page = _login(cast.clinician).get("/caseload/").content.decode()
    assert page.index(str(cast.client)) < page.index("Aaron Second")
    assert "1 urgent" in page
    rows = _login(cast.clinician).get("/api/v1/caseload").json()["rows"]
    assert rows[0]["client_uuid"] == str(cast.client.uuid)


def test_flags_answers_and_dispositions_are_in_the_clients_export(cast: Cast) -> None:
    _high, urgent, _others = _flags(cast)
    triage.flag_dispose(
        clinician=cast.clinician, flag=urgent, disposition="escalated", note="Crisis team"
    )
    AsqScreen.objects.create(client=cast.client, source="checkin", result="negative", answers={})
    records = privacy.export_records(cast.client)
    flags = {row["id"]: row for row in records["safety.riskflag"]}
    assert flags[urgent.pk]["asq_answers"]["q5"] is True
    assert flags[urgent.pk]["disposition"] == "escalated"
    assert flags[urgent.pk]["acknowledgement_note"] == "Crisis team"
    assert any(row["sentence"] == SENTENCE for row in flags.values())
    assert [row["result"] for row in records["safety.asqscreen"]] == ["negative"]


def test_the_api_lists_flags_and_records_dispositions_for_the_treating_clinician(
    cast: Cast,
) -> None:
    high, urgent, _others = _flags(cast)
    token = accounts.api_token_create(user=cast.clinician)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    base = f"/api/v1/clients/{cast.client.uuid}/flags"
    body = Client().get(base, **auth).json()
    assert body["sees_sentences"] is False
    first = body["flags"][0]
    assert (first["id"], first["level"], first["concern"], first["source"]) == (
        urgent.pk,
        "urgent",
        "self",
        "checkin",
    )
    assert all(f["sentence"] is None for f in body["flags"])
    missing = Client().post(
        f"{base}/{urgent.pk}/disposition",
        {"disposition": "escalated"},
        content_type="application/json",
        **auth,
    )
    assert missing.status_code == 422 and "note" in missing.json()["errors"]
    blank = Client().post(
        f"{base}/{urgent.pk}/disposition",
        {"disposition": "escalated", "note": " "},
        content_type="application/json",
        **auth,
    )
    assert blank.status_code == 422 and "note" in blank.json()["errors"]
    done = Client().post(
        f"{base}/{urgent.pk}/disposition",
        {"disposition": "escalated", "note": "Crisis team"},
        content_type="application/json",
        **auth,
    )
    assert done.status_code == 200 and done.json()["disposition"] == "escalated"
    for who in (cast.other_clinician, cast.far_clinician, cast.partner, cast.client):
        other = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=who)}"}
        assert Client().get(base, **other).status_code == 404
        refused = Client().post(
            f"{base}/{high.pk}/disposition",
            {"disposition": "not_a_concern", "note": "x"},
            content_type="application/json",
            **other,
        )
        assert refused.status_code == 404
    assert RiskFlag.objects.get(pk=high.pk).acknowledged_at is None


def test_a_malformed_clinician_is_refused_without_an_error(cast: Cast) -> None:
    for value in ("", "not-a-uuid", str(cast.other_clinician.uuid)):
        response = _login(cast.client).post(
            "/me/sharing/sentence/", {"clinician": value, "choice": "yes"}
        )
        assert response.status_code == 404, value
    assert not ConsentGrant.objects.filter(scope=SENTENCE_SCOPE).exists()

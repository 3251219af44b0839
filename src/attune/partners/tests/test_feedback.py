"""Weekly partner feedback: one per week per link, the partner decides whether the client
sees it, the treating clinician sees it beside the client's ratings (and the caseload flag)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail

from attune.audit.models import AuditEvent
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.partners import services
from attune.partners.models import PartnerFeedback
from attune.safety.models import RiskFlag
from attune.workspace import selectors as workspace
from attune.workspace.flags import FlagKind
from conftest import Cast

from .helpers import api, link_of, login

pytestmark = pytest.mark.django_db

NOTE = "Note-marker-4411 we laughed at dinner"


def _form(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "felt_connected": 7,
        "felt_heard": 6,
        "closeness_moments": 3,
        "what_helped": "a walk together",
        "note": NOTE,
    }
    data.update(overrides)
    return data


def test_one_feedback_per_week_edited_in_place(cast: Cast) -> None:
    http = login(cast.partner)
    assert http.post("/partners/feedback/", _form()).status_code == 302
    assert http.post("/partners/feedback/", _form(felt_connected=9)).status_code == 302
    rows = list(PartnerFeedback.objects.values_list("felt_connected", flat=True))
    assert rows == [9]
    assert PartnerFeedback.objects.get().week_start.weekday() == 0  # weeks start on Monday


def test_note_is_encrypted_at_rest(cast: Cast) -> None:
    from conftest import dump_database

    login(cast.partner).post("/partners/feedback/", _form())
    assert NOTE not in dump_database()


def test_out_of_range_rating_is_refused_and_nothing_is_saved(cast: Cast) -> None:
    response = login(cast.partner).post("/partners/feedback/", _form(felt_connected=11))
    assert response.status_code == 200
    assert b"less than or equal to 10" in response.content
    assert not PartnerFeedback.objects.exists()
    http, auth = api(cast.partner)
    link = link_of(cast.client, cast.partner)
    bad = http.put(
        "/api/v1/partners/feedback",
        {"link_id": link.pk, "felt_connected": -1, "felt_heard": 5},
        content_type="application/json",
        **auth,
    )
    assert bad.status_code == 422 and not PartnerFeedback.objects.exists()


def test_client_cannot_write_feedback_for_their_own_link(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    with pytest.raises(Exception):  # noqa: B017,PT011 - PermissionDenied
        services.feedback_save(
            partner=cast.client, link=link, today=client_today(cast.client), **_form()
        )
    assert login(cast.client).get("/partners/feedback/").status_code == 403


def test_client_sees_feedback_only_when_the_partner_shares_it(
    cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    partner = login(cast.partner)
    partner.post("/partners/feedback/", _form())
    client = login(cast.client)
    assert NOTE.encode() not in client.get("/partners/").content
    http, auth = api(cast.client)
    assert http.get("/api/v1/partners/feedback", **auth).json() == []
    assert len(mail.outbox) == 0
    with django_capture_on_commit_callbacks(execute=True):
        partner.post("/partners/feedback/", _form(shared_with_client="on"))
    assert NOTE.encode() in client.get("/partners/").content
    assert [row["note"] for row in http.get("/api/v1/partners/feedback", **auth).json()] == [NOTE]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [cast.client.email]
    assert NOTE not in message.body and "a walk together" not in message.body
    assert "/10" not in message.body


def test_risk_language_in_feedback_shows_crisis_lines_and_flags_the_writer(cast: Cast) -> None:
    http = login(cast.partner)
    response = http.post(
        "/partners/feedback/", _form(note="I want to kill myself tonight"), follow=True
    )
    assert b"You don&#x27;t have to carry this alone" in response.content or (
        b"You don't have to carry this alone" in response.content
    )
    assert PartnerFeedback.objects.count() == 1
    assert RiskFlag.objects.filter(client=cast.partner).count() == 1
    assert not RiskFlag.objects.filter(client=cast.client).exists()


def _weeks_of_feedback(cast: Cast, connected: int, loneliness: int) -> None:
    link = link_of(cast.client, cast.partner)
    today = client_today(cast.client)
    for back in range(4):
        day = today - timedelta(weeks=back)
        PartnerFeedback.objects.create(
            link=link,
            user=cast.partner,
            week_start=day - timedelta(days=day.weekday()),
            felt_connected=connected,
            felt_heard=5,
        )
        CheckIn.objects.create(
            client=cast.client,
            day=day,
            mood=5,
            emotional_loneliness=loneliness,
            sexual_loneliness=loneliness,
        )


def test_clinician_sees_the_concordance_chart_with_a_table(cast: Cast) -> None:
    _weeks_of_feedback(cast, connected=8, loneliness=7)  # client closeness 3: gap 5
    page = login(cast.clinician).get(f"/clients/{cast.client.uuid}/overview/")
    body = page.content.decode()
    assert "Partner feedback beside the client" in body
    assert 'id="partner-concordance' in body or "partner-concordance" in body
    assert "<table>" in body and "Partner: felt connected" in body
    assert "Partner and client views diverge" in body
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, object_type="partners.partnerfeedback"
    ).exists()
    prep = login(cast.clinician).get(f"/clients/{cast.client.uuid}/session-prep/")
    assert b"week(s): felt connected 8.0/10, felt heard 5.0/10" in prep.content
    assert b"own closeness over the same weeks: 3.0/10" in prep.content


def test_caseload_flags_partner_client_discordance(cast: Cast) -> None:
    _weeks_of_feedback(cast, connected=8, loneliness=7)
    row = workspace.caseload_rows([cast.client])[0]
    assert FlagKind.DISCORDANCE in row.flags
    assert (
        b"Partner\xe2\x80\x93client discordance" in login(cast.clinician).get("/caseload/").content
    )


def test_agreeing_views_raise_no_flag(cast: Cast) -> None:
    _weeks_of_feedback(cast, connected=6, loneliness=4)  # closeness 6: no gap
    assert FlagKind.DISCORDANCE not in workspace.caseload_rows([cast.client])[0].flags


def test_concordance_api_is_for_the_treating_clinician_only(cast: Cast) -> None:
    _weeks_of_feedback(cast, connected=8, loneliness=7)
    url = f"/api/v1/clients/{cast.client.uuid}/partner-concordance"
    http, auth = api(cast.clinician)
    body = http.get(url, **auth).json()
    assert body["discordant"] is True and body["mean_gap"] == 5.0
    for who in (cast.partner, cast.client, cast.other_clinician, cast.far_clinician):
        other, other_auth = api(who)
        assert other.get(url, **other_auth).status_code == 404


# Feedback that grades nobody (issue 16) ------------------------------------------------------


def test_feedback_asks_the_partner_about_their_own_week_and_never_for_a_count(
    cast: Cast,
) -> None:
    page = login(cast.partner).get("/partners/feedback/").content.decode()
    assert "closeness_moments" not in page and "Moments of closeness" not in page
    assert "This week I felt connected to them" in page and "What helped you this week" in page
    assert "not a mark for anyone" in page
    login(cast.partner).post("/partners/feedback/", _form())
    assert PartnerFeedback.objects.get().closeness_moments is None  # not stored as a 0


def test_api_and_openapi_match_the_form_without_a_count(cast: Cast) -> None:
    from attune.partners.forms import FeedbackForm

    schema = login(cast.partner).get("/api/v1/openapi.json").json()["components"]["schemas"]
    writes = set(schema["PartnerFeedbackIn"]["properties"]) - {"link_id"}
    assert writes == set(FeedbackForm.base_fields)
    assert "closeness_moments" not in schema["PartnerFeedbackOut"]["properties"]
    http, auth = api(cast.partner)
    link = link_of(cast.client, cast.partner)
    body = {"link_id": link.pk, "felt_connected": 6, "felt_heard": 5, "shared_with_client": True}
    response = http.put(
        "/api/v1/partners/feedback",
        {**body, "closeness_moments": 9},  # an older app may still send it: not stored
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 200 and "closeness_moments" not in response.json()
    assert PartnerFeedback.objects.get().closeness_moments is None
    http, auth = api(cast.client)
    (row,) = http.get("/api/v1/partners/feedback", **auth).json()
    assert "closeness_moments" not in row


def test_an_earlier_weeks_count_is_kept_but_never_shown_to_the_client(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    old = PartnerFeedback.objects.create(
        link=link,
        user=cast.partner,
        week_start=client_today(cast.client) - timedelta(days=21),
        felt_connected=5,
        felt_heard=4,
        closeness_moments=4,
        shared_with_client=True,
    )
    page = login(cast.client).get("/partners/").content.decode()
    assert "they felt connected 5 out of 10 and heard 4 out of 10" in page
    assert "moments of closeness" not in page.lower()
    assert "not a mark for either of you" in page
    old.refresh_from_db()
    assert old.closeness_moments == 4  # history stays as it was written

"""What the client's clinician sees (audited, without private words); encryption at rest."""

from __future__ import annotations

from datetime import timedelta

import pytest

from attune.audit.models import AuditEvent
from attune.checkins.services import client_today
from attune.valuework.models import Anchor, Moment, ValueAction, ValuesRating, ValueStatement
from conftest import Cast, dump_database

from .helpers import rating_form, signed_in

pytestmark = pytest.mark.django_db

STATEMENT = "statement-marker-41d7 be warm with friends"
ACTION = "action-marker-9c02 call Jo on Sunday"
REFLECTION = "reflection-marker-77ab it felt awkward then good"
ANCHOR = "anchor-marker-3e19 Thursday choir"
NOTE = "note-marker-c5f0 we laughed until we cried"
WHO = "who-marker-0b8e Aunt Wen"


def _fill(cast: Cast) -> None:
    http = signed_in(cast.client)
    today = client_today(cast.client)
    assert http.post("/values/rate/", rating_form()).status_code == 302
    http.post("/values/statements/", {"statement_friends": STATEMENT})
    http.post(
        "/values/actions/new/",
        {"domain": "friends", "action": ACTION, "scheduled_on": today.isoformat()},
    )
    action = ValueAction.objects.get(client=cast.client)
    http.post(f"/values/actions/{action.pk}/done/", {"reflection": REFLECTION})
    http.post("/values/anchors/new/", {"name": ANCHOR})
    anchor = Anchor.objects.get(client=cast.client)
    http.post(
        f"/values/anchors/{anchor.pk}/moments/new/",
        {"day": today.isoformat(), "note": NOTE, "who_with": WHO},
    )
    assert ValueStatement.objects.count() == 1 and Moment.objects.count() == 1


def test_free_text_is_encrypted_at_rest(cast: Cast) -> None:
    _fill(cast)
    dump = dump_database()
    assert "fernet:" in dump
    for marker in (STATEMENT, ACTION, REFLECTION, ANCHOR, NOTE, WHO):
        assert marker not in dump
        assert marker.split()[0] not in dump
    # ...and the client reads it back.
    http = signed_in(cast.client)
    assert STATEMENT in http.get("/values/statements/").content.decode()
    actions = http.get("/values/actions/").content.decode()
    assert ACTION in actions and REFLECTION in actions
    anchors = http.get("/values/anchors/").content.decode()
    assert ANCHOR in anchors and NOTE in anchors and WHO in anchors


def test_clinician_sees_ratings_gaps_steps_and_counts_but_no_private_words(cast: Cast) -> None:
    _fill(cast)
    ValueAction.objects.create(
        client=cast.client,
        domain="self_care",
        action="Walk after lunch",
        scheduled_on=client_today(cast.client) - timedelta(days=2),
    )
    page = signed_in(cast.clinician).get(f"/clients/{cast.client.uuid}/values/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'role="img"' in html and "gap 6" in html
    assert ACTION in html and "done" in html
    assert "Walk after lunch" in html and "not yet" in html
    assert ANCHOR in html and "<td>1</td>" in html
    for private in (STATEMENT, REFLECTION, NOTE, WHO):
        assert private not in html
    for unkind in ("failed", "missed", "overdue"):
        assert unkind not in html.lower()
    reads = set(
        AuditEvent.objects.filter(
            actor_uuid=cast.clinician.uuid, subject_uuid=cast.client.uuid, action="read"
        ).values_list("object_type", flat=True)
    )
    assert reads == {"valuework.valuesrating", "valuework.valueaction", "valuework.anchor"}


def test_nobody_else_sees_the_clinician_page_and_nothing_is_audited(cast: Cast) -> None:
    _fill(cast)
    outsiders = (
        cast.partner,
        cast.other_clinician,
        cast.far_clinician,
        cast.other_client,
        cast.facilitator,
        cast.admin,
    )
    for person in outsiders:
        response = signed_in(person).get(f"/clients/{cast.client.uuid}/values/")
        assert response.status_code == 404, person
        assert ACTION.encode() not in response.content
    assert not AuditEvent.objects.filter(action="read", subject_uuid=cast.client.uuid).exists()


def test_changes_to_values_records_are_audited_by_field_name_only(cast: Cast) -> None:
    _fill(cast)
    events = AuditEvent.objects.filter(
        subject_uuid=cast.client.uuid, action__in=["create", "update"]
    )
    types = set(events.values_list("object_type", flat=True))
    assert {
        "valuework.valuesrating",
        "valuework.valuestatement",
        "valuework.valueaction",
        "valuework.anchor",
        "valuework.moment",
    } <= types
    dump = dump_database()
    assert REFLECTION not in dump


def test_clinician_page_without_data_says_so(cast: Cast) -> None:
    html = signed_in(cast.clinician).get(f"/clients/{cast.client.uuid}/values/").content.decode()
    assert "No values ratings yet." in html
    assert not ValuesRating.objects.exists()

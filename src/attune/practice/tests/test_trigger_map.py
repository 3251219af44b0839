from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.practice.models import Trigger
from attune.safety.models import RiskFlag
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

MARKER = "trigger-private-7d1e"
MOMENT = {
    "occurred_at": "2026-11-20T22:15",
    "company": "alone",
    "place": f"kitchen {MARKER}",
    "what_happened": f"Saw old photos {MARKER}",
    "intensity_before": "80",
    "body_sensations": "tight chest",
    "automatic_thought": f"Nobody will ever want me {MARKER}",
    "origin_theme": "betrayal",
}


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def test_client_notes_a_moment_then_pauses_and_rerates(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/practice/triggers/new/", MOMENT)
    trigger = Trigger.objects.get(client=cast.client)
    assert response["Location"] == f"/practice/triggers/{trigger.pk}/pause/"
    pause = http.get(response["Location"]).content.decode()
    assert "Nobody will ever want me" in pause and "dear friend" in pause
    http.post(
        response["Location"],
        {"compassionate_response": "Of course it hurts; you loved them.", "intensity_after": "45"},
    )
    trigger.refresh_from_db()
    assert (trigger.intensity_before, trigger.intensity_after) == (80, 45)
    patterns = http.get("/practice/triggers/patterns/").content.decode()
    assert "Over 1 pause, intensity averaged 80 before and 45 after" in patterns
    assert "Past betrayal" in patterns


def test_trigger_questions_start_with_nothing_chosen_and_no_dashes(cast: Cast) -> None:
    page = _login(cast.client).get("/practice/triggers/new/").content.decode()
    assert "---------" not in page
    for name in ("company", "origin_theme"):
        radios = re.findall(rf'<input type="radio" name="{name}"[^>]*>', page)
        assert len(radios) >= 2, name
        assert not [r for r in radios if "checked" in r], name
        assert 'value=""' not in "".join(radios)


def test_trigger_text_is_encrypted_at_rest(cast: Cast) -> None:
    _login(cast.client).post("/practice/triggers/new/", MOMENT)
    assert MARKER not in dump_database()
    assert MARKER in Trigger.objects.get().what_happened


def test_bad_intensity_and_missing_fields_change_nothing(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/practice/triggers/new/", dict(MOMENT, intensity_before="140"))
    assert b"less than or equal to 100" in response.content
    response = http.post("/practice/triggers/new/", dict(MOMENT, what_happened=""))
    assert b"This field is required" in response.content
    assert not Trigger.objects.exists()


def test_an_empty_pause_is_refused(cast: Cast) -> None:
    http = _login(cast.client)
    http.post("/practice/triggers/new/", MOMENT)
    trigger = Trigger.objects.get()
    response = http.post(
        f"/practice/triggers/{trigger.pk}/pause/",
        {"compassionate_response": "  ", "intensity_after": "40"},
    )
    assert response.status_code == 200
    trigger.refresh_from_db()
    assert trigger.intensity_after is None


def test_risk_language_shows_crisis_lines_and_flags_the_clinician(
    cast: Cast, django_capture_on_commit_callbacks: object
) -> None:
    http = _login(cast.client)
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        response = http.post(
            "/practice/triggers/new/",
            dict(MOMENT, what_happened="I keep thinking I want to kill myself"),
        )
    page = http.get(response["Location"]).content.decode()
    assert "You don&#x27;t have to carry this alone" in page or "carry this alone" in page
    assert RiskFlag.objects.filter(client=cast.client, reason="trigger_map_risk_language").exists()
    assert [m.to for m in mail.outbox] == [[cast.clinician.email]]
    assert "kill" not in mail.outbox[0].body


def test_everyday_idiom_raises_no_flag(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post(
        "/practice/triggers/new/", dict(MOMENT, what_happened="This traffic is killing me")
    )
    assert "carry this alone" not in http.get(response["Location"]).content.decode()
    assert not RiskFlag.objects.exists()


def test_others_cannot_reach_a_trigger(cast: Cast) -> None:
    _login(cast.client).post("/practice/triggers/new/", MOMENT)
    trigger = Trigger.objects.get()
    assert _login(cast.other_client).get(f"/practice/triggers/{trigger.pk}/").status_code == 404
    for outsider in (cast.partner, cast.clinician, cast.facilitator):
        assert _login(outsider).get(f"/practice/triggers/{trigger.pk}/").status_code == 403


def test_clinician_sees_themes_not_words_and_is_audited(cast: Cast) -> None:
    _login(cast.client).post("/practice/triggers/new/", MOMENT)
    page = _login(cast.clinician).get(f"/clients/{cast.client.uuid}/practice/")
    assert page.status_code == 200
    assert "Past betrayal" in page.content.decode()
    assert MARKER not in page.content.decode()
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, object_type="practice.trigger", action="read"
    ).exists()
    for outsider in (cast.other_clinician, cast.partner, cast.far_clinician):
        assert _login(outsider).get(f"/clients/{cast.client.uuid}/practice/").status_code == 404

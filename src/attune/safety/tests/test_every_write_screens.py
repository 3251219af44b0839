"""Every form and API route that accepts free text screens the NEW words, with its context,
and answers with the one support payload; a benign edit answers with none.

A stand-in screen finds "high" risk wherever RISKMARK appears (the real screen is tested in
clinical/safety); what is tested here is that each write path sends its new words through
``safety.services.screen_and_respond`` and shows or returns what it decides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.circles import services as circles
from attune.clinical.safety import Match, ScreeningResult
from attune.partners.tests.helpers import grant, link_of, plan_fields
from attune.plans import services as plans
from attune.safety.models import RiskFlag
from conftest import Cast

pytestmark = pytest.mark.django_db

MARK = "RISKMARK"
RISKY = f"I am {MARK} tonight."


@pytest.fixture
def screened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record every (text, context) screened; find high risk at RISKMARK."""
    seen: list[tuple[str, str]] = []

    def screen(text: str, *, context: str = "free", semantic: bool = True) -> ScreeningResult:
        seen.append((text, context))
        at = text.find(MARK)
        if at < 0:
            return ScreeningResult(risk="none", context=context)
        match = Match("suicidal_ideation", "high", MARK, at, at + len(MARK), "stand_in")
        return ScreeningResult(risk="high", context=context, matches=[match])

    monkeypatch.setattr("attune.safety.services.screen_text", screen)
    return seen


def _api(user: User) -> Callable[..., Any]:
    token = accounts.api_token_create(user=user)
    http = Client()

    def call(method: str, url: str, body: dict[str, Any] | None = None) -> Any:
        response = getattr(http, method)(
            url, body or {}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
        )
        assert response.status_code < 300, (url, response.status_code, response.content[:300])
        return response.json()

    return call


def _web(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _flags(user: User) -> int:
    return RiskFlag.objects.filter(client=user).count()


def _high(answer: dict[str, Any]) -> bool:
    support = answer.get("support")
    return isinstance(support, dict) and support["level"] == "high"


# --- the API ---------------------------------------------------------------------------------


def test_api_checkins_create_and_edit(cast: Cast, screened: list[tuple[str, str]]) -> None:
    api = _api(cast.client)
    today = client_today(cast.client).isoformat()
    made = api("post", "/api/v1/checkins", {"date": today, "mood": 4, "note": "Quiet day"})
    assert made.get("support") is None
    edited = api("patch", f"/api/v1/checkins/{made['id']}", {"setback": RISKY})
    assert _high(edited) and _flags(cast.client) == 1
    assert ("Quiet day\n" + RISKY, "checkin") in screened or any(
        MARK in t and c == "checkin" for t, c in screened
    )
    benign = api("patch", f"/api/v1/checkins/{made['id']}", {"note": "Quiet day, then tea"})
    assert benign.get("support") is None and _flags(cast.client) == 1
    yesterday = (client_today(cast.client) - timedelta(days=1)).isoformat()
    fresh = api("post", "/api/v1/checkins", {"date": yesterday, "mood": 3, "win": RISKY})
    assert _high(fresh)


def test_api_journal_create_and_edit(cast: Cast, screened: list[tuple[str, str]]) -> None:
    api = _api(cast.client)
    made = api("post", "/api/v1/journal/entries", {"body": "Walked by the river"})
    assert made["support"] is None
    edited = api("patch", f"/api/v1/journal/entries/{made['id']}", {"body": RISKY})
    assert _high(edited)
    benign = api("patch", f"/api/v1/journal/entries/{made['id']}", {"title": "Evening"})
    assert benign["support"] is None
    assert {c for _t, c in screened} == {"journal"}
    assert _flags(cast.client) == 1


def test_api_trigger_map_and_reframe(cast: Cast, screened: list[tuple[str, str]]) -> None:
    api = _api(cast.client)
    trigger = {
        "occurred_at": timezone.now().isoformat(),
        "company": "alone",
        "what_happened": "Saw old photos",
        "intensity_before": 70,
        "automatic_thought": f"Nobody will want me {MARK}",
        "origin_theme": "betrayal",
    }
    made = api("post", "/api/v1/practice/triggers", trigger)
    assert _high(made)
    assert (f"Nobody will want me {MARK}", "trigger_thought") in screened
    pause = {"compassionate_response": "Be kind to yourself", "intensity_after": 40}
    paused = api("post", f"/api/v1/practice/triggers/{made['id']}/pause", pause)
    assert paused["support"] is None
    assert ("Be kind to yourself", "reframe") in screened
    again = api(
        "post",
        f"/api/v1/practice/triggers/{made['id']}/pause",
        {"compassionate_response": "Be kind. " + RISKY, "intensity_after": 40},
    )
    assert _high(again)
    assert _flags(cast.client) == 1  # one entry, one open flag


def test_api_experiments(cast: Cast, screened: list[tuple[str, str]]) -> None:
    api = _api(cast.client)
    plan = {
        "belief": "If I ask they will pull away",
        "belief_before": 80,
        "prediction": "They will pull away",
        "plan": "Ask for a hug",
    }
    made = api("post", "/api/v1/practice/experiments", plan)
    assert made["support"] is None
    assert {c for _t, c in screened} == {"belief"}
    done = api(
        "post",
        f"/api/v1/practice/experiments/{made['id']}/result",
        {"outcome": "They hugged back", "learned": RISKY, "belief_after": 40},
    )
    assert _high(done)


def test_api_values_actions_anchors_moments(cast: Cast, screened: list[tuple[str, str]]) -> None:
    api = _api(cast.client)
    day = client_today(cast.client).isoformat()
    action = api(
        "post", "/api/v1/values/actions", {"domain": "friends", "action": "Call Sam", "date": day}
    )
    assert action["support"] is None
    marked = api("patch", f"/api/v1/values/actions/{action['id']}", {"reflection": RISKY})
    assert _high(marked)
    benign = api("patch", f"/api/v1/values/actions/{action['id']}", {"action": "Call Sam soon"})
    assert benign["support"] is None
    anchor = api("post", "/api/v1/values/anchors", {"name": f"Pottery {MARK}"})
    assert _high(anchor)
    moment = api("post", f"/api/v1/values/anchors/{anchor['id']}/moments", {"note": "Lovely"})
    assert moment["support"] is None
    risky = api("post", f"/api/v1/values/anchors/{anchor['id']}/moments", {"note": RISKY})
    assert _high(risky)


def test_api_plan_log(cast: Cast, screened: list[tuple[str, str]]) -> None:
    record = plans.plan_start(
        by=cast.clinician, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    step = plans.this_week(record, record.started_on)[1][0].id
    api = _api(cast.client)
    calm = api(
        "post",
        f"/api/v1/plan/steps/{step}/log",
        {"outcome": "done", "felt_safe": True, "distress": 10, "reflection": "Went fine"},
    )
    assert calm["support"] is None
    heavy = api(
        "post",
        f"/api/v1/plan/steps/{step}/log",
        {"outcome": "setback", "felt_safe": False, "distress": 90, "reflection": RISKY},
    )
    assert _high(heavy)
    assert RiskFlag.objects.get(client=cast.client).source == "plan_log"


def test_api_partner_feedback_conversations_and_summaries(
    cast: Cast, screened: list[tuple[str, str]]
) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, "conversations")
    partner = _api(cast.partner)
    week = {"link_id": link.pk, "felt_connected": 6, "felt_heard": 5, "note": "Good week"}
    first = partner("put", "/api/v1/partners/feedback", week)
    assert first["support"] is None
    heavy = partner("put", "/api/v1/partners/feedback", {**week, "note": RISKY})
    assert _high(heavy)
    assert ("Good week", "partner_feedback") in screened or any(
        c == "partner_feedback" for _t, c in screened
    )
    same = partner("put", "/api/v1/partners/feedback", {**week, "note": RISKY, "felt_heard": 6})
    assert same["support"] is None
    # Partners are writers too: the flag is on their own record, never the client's.
    assert _flags(cast.partner) == 1 and _flags(cast.client) == 0

    client = _api(cast.client)
    fields = plan_fields()
    fields["starts_at"] = fields["starts_at"].isoformat()
    talk = client("post", "/api/v1/conversations", {**fields, "link_id": link.pk})
    assert talk["support"] is None
    changed = client(
        "put",
        f"/api/v1/conversations/{talk['id']}",
        {**fields, "link_id": link.pk, "agenda": RISKY},
    )
    assert _high(changed)
    summary = {"summary": "We talked", "safety": 7, "closeness": 6}
    said = client("put", f"/api/v1/conversations/{talk['id']}/summary", summary)
    assert said["support"] is None
    heavier = client(
        "put", f"/api/v1/conversations/{talk['id']}/summary", {**summary, "summary": RISKY}
    )
    assert _high(heavier)


def test_api_circle_reflection(cast: Cast, screened: list[tuple[str, str]]) -> None:
    circle = circles.circle_create(facilitator=cast.facilitator, topic="Closeness", size_limit=8)
    issued = circles.invitation_create(
        facilitator=cast.facilitator, circle=circle, email=cast.client.email
    )
    circles.circle_join(
        invitation=issued.invitation, user=cast.client, display_name="Heron", agreed=True
    )
    api = _api(cast.client)
    calm = api("post", f"/api/v1/circles/{circle.pk}/posts", {"text": "Glad to be here"})
    assert calm.get("support") is None and calm["status"] == "shown"
    heavy = api("post", f"/api/v1/circles/{circle.pk}/posts", {"text": RISKY})
    assert _high(heavy) and heavy["status"] == "held"
    assert ("Glad to be here", "circle") in screened
    assert RiskFlag.objects.get(client=cast.client).entry_key == f"circles.post:{heavy['id']}"


# --- the web forms ---------------------------------------------------------------------------


def _shows_support(http: Client, response: Any) -> bool:
    page = http.get(response["Location"]).content.decode() if response.status_code == 302 else ""
    return 'data-support="crisis"' in page


def test_web_checkin_edit_of_today_adds_risky_words_to_the_setback(
    cast: Cast, screened: list[tuple[str, str]]
) -> None:
    """The bug: editing today's check-in to add risky words showed only "Saved"."""
    http = _web(cast.client)
    form = {"mood": "5", "note": "Ordinary day"}
    first = http.post("/checkin/", form)
    assert first.status_code == 302 and not _shows_support(http, first)
    edited = http.post("/checkin/", {**form, "setback": RISKY})
    assert _shows_support(http, edited)
    assert _flags(cast.client) == 1
    flag = RiskFlag.objects.get(client=cast.client)
    checkin = CheckIn.objects.get(client=cast.client)
    assert flag.source == "checkin" and flag.entry_key == f"checkins.checkin:{checkin.pk}"
    benign = http.post("/checkin/", {**form, "setback": RISKY, "note": "Ordinary day, tea"})
    assert not _shows_support(http, benign)


def test_web_journal_edit(cast: Cast, screened: list[tuple[str, str]]) -> None:
    http = _web(cast.client)
    made = http.post("/journal/new/", {"body": "Walked by the river", "submission_key": "k1"})
    assert not _shows_support(http, made)
    entry_url = made["Location"]
    entry_id = entry_url.rstrip("/").split("/")[-1]
    edited = http.post(f"/journal/{entry_id}/edit/", {"body": RISKY})
    assert _shows_support(http, edited)
    benign = http.post(f"/journal/{entry_id}/edit/", {"body": RISKY, "title": "Evening"})
    assert not _shows_support(http, benign)


def test_web_values_statements(cast: Cast, screened: list[tuple[str, str]]) -> None:
    http = _web(cast.client)
    calm = http.post("/values/statements/", {"statement_intimate": "Being close"})
    assert not _shows_support(http, calm)
    heavy = http.post("/values/statements/", {"statement_intimate": "Being close. " + RISKY})
    assert _shows_support(http, heavy)
    same = http.post(
        "/values/statements/",
        {"statement_intimate": "Being close. " + RISKY, "statement_friendship": "Loyalty"},
    )
    assert not _shows_support(http, same)


def test_web_partner_feedback(cast: Cast, screened: list[tuple[str, str]]) -> None:
    link = link_of(cast.client, cast.partner)
    http = _web(cast.partner)
    url = "/partners/feedback/"
    form = {
        "link": str(link.pk),
        "felt_connected": "6",
        "felt_heard": "5",
        "closeness_moments": "1",
        "note": "Fine",
    }
    calm = http.post(url, form)
    assert not _shows_support(http, calm)
    heavy = http.post(url, {**form, "note": RISKY})
    assert _shows_support(http, heavy)


def test_web_trigger_map_and_pause(cast: Cast, screened: list[tuple[str, str]]) -> None:
    http = _web(cast.client)
    moment = {
        "occurred_at": "2026-11-20T22:15",
        "company": "alone",
        "place": "kitchen",
        "what_happened": "Saw old photos",
        "intensity_before": "80",
        "body_sensations": "tight chest",
        "automatic_thought": "Nobody will ever want me",
        "origin_theme": "betrayal",
    }
    made = http.post("/practice/triggers/new/", moment)
    assert made.status_code == 302 and not _shows_support(http, made)
    assert ("Nobody will ever want me", "trigger_thought") in screened
    pause_url = made["Location"]
    calm = http.post(pause_url, {"compassionate_response": "Go gently", "intensity_after": "40"})
    assert not _shows_support(http, calm)
    heavy = http.post(pause_url, {"compassionate_response": RISKY, "intensity_after": "40"})
    assert _shows_support(http, heavy)
    assert ("Go gently", "reframe") in screened


def test_web_experiment_plan_and_result(cast: Cast, screened: list[tuple[str, str]]) -> None:
    http = _web(cast.client)
    plan = {
        "belief": "If I ask for a hug they will pull away",
        "belief_before": "85",
        "prediction": "They will look uncomfortable",
        "plan": "Ask for a hug after dinner",
        "safety_behaviours": "",
        "planned_on": "2026-11-28",
    }
    made = http.post("/practice/experiments/new/", plan)
    assert made.status_code == 302 and not _shows_support(http, made)
    detail = made["Location"]
    done = http.post(detail, {"outcome": "Hugged", "learned": RISKY, "belief_after": "40"})
    assert _shows_support(http, done)
    same = http.post(detail, {"outcome": "Hugged back", "learned": RISKY, "belief_after": "40"})
    assert not _shows_support(http, same)
    assert {c for _t, c in screened} == {"belief"}


def test_web_values_action_reflection_and_moment(
    cast: Cast, screened: list[tuple[str, str]]
) -> None:
    api = _api(cast.client)
    day = client_today(cast.client).isoformat()
    action = api(
        "post", "/api/v1/values/actions", {"domain": "friends", "action": "Call Sam", "date": day}
    )
    anchor = api("post", "/api/v1/values/anchors", {"name": "Pottery class"})
    http = _web(cast.client)
    done = http.post(f"/values/actions/{action['id']}/done/", {"reflection": RISKY})
    assert _shows_support(http, done)
    calm = http.post(
        f"/values/anchors/{anchor['id']}/moments/new/", {"day": day, "note": "Nice", "who_with": ""}
    )
    assert not _shows_support(http, calm)
    heavy = http.post(
        f"/values/anchors/{anchor['id']}/moments/new/", {"day": day, "note": RISKY, "who_with": ""}
    )
    assert _shows_support(http, heavy)


def test_web_conversation_summary(cast: Cast, screened: list[tuple[str, str]]) -> None:
    from attune.partners.tests.helpers import conversation

    link = link_of(cast.client, cast.partner)
    grant(link, "conversations")
    talk = conversation(link)
    http = _web(cast.partner)
    url = f"/conversations/{talk.pk}/"
    summary = {"summary": "We listened", "safety": "7", "closeness": "6"}
    calm = http.post(url, summary)
    assert not _shows_support(http, calm)
    heavy = http.post(url, {**summary, "summary": RISKY})
    assert _shows_support(http, heavy)
    assert _flags(cast.partner) == 1 and _flags(cast.client) == 0

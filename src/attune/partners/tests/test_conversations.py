"""Structured conversations: planned by either person while the client shares them, a pause
word agreed, the turn guide on the page, private summaries unless shared, neutral calendar
events and one reminder without content."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from attune.checkins import calendar as feeds
from attune.partners import services, tasks
from attune.partners.models import Conversation, ConversationSummary, Scope
from conftest import Cast, dump_database

from .helpers import OBJECTIVE, PAUSE_WORD, api, conversation, grant, link_of, login, soon

pytestmark = pytest.mark.django_db

CLIENT_WORDS = "Client-summary-5150 I felt listened to"
PARTNER_WORDS = "Partner-summary-8080 I learned about evenings"


def _form(**overrides: str) -> dict[str, str]:
    data = {
        "starts_at": (timezone.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": "30",
        "objective": OBJECTIVE,
        "agenda": "how evenings feel",
        "pause_word": PAUSE_WORD,
        "green_means": "keep going",
        "amber_means": "slow down",
        "red_means": "stop now",
        "resume_how": "ten minutes apart",
        "aftercare": "tea",
    }
    data.update(overrides)
    return data


def test_partner_plans_a_conversation_and_the_client_sees_it(cast: Cast) -> None:
    grant(link_of(cast.client, cast.partner), Scope.CONVERSATIONS)
    response = login(cast.partner).post("/conversations/new/", _form())
    assert response.status_code == 302
    talk = Conversation.objects.get()
    page = login(cast.client).get(f"/conversations/{talk.pk}/").content.decode()
    assert PAUSE_WORD in page and OBJECTIVE in page
    assert (
        "did I get it? Is there more?" in page
        and "no problem-solving until both of you feel heard" in page
    )
    assert (
        login(cast.client)
        .post(f"/conversations/{talk.pk}/edit/", _form(objective="a calmer objective"))
        .status_code
        == 302
    )
    talk.refresh_from_db()
    assert talk.objective == "a calmer objective"


def test_a_plan_without_a_pause_word_is_refused_and_nothing_is_saved(cast: Cast) -> None:
    grant(link_of(cast.client, cast.partner), Scope.CONVERSATIONS)
    response = login(cast.client).post("/conversations/new/", _form(pause_word=" "))
    assert response.status_code == 200
    assert b"pause word" in response.content.lower()
    assert not Conversation.objects.exists()


def test_nobody_plans_a_conversation_until_the_client_shares_conversations(cast: Cast) -> None:
    assert login(cast.partner).post("/conversations/new/", _form()).status_code == 403
    assert login(cast.client).post("/conversations/new/", _form()).status_code == 403
    http, auth = api(cast.partner)
    link = link_of(cast.client, cast.partner)
    payload = {**_form(), "starts_at": soon(), "link_id": link.pk}
    created = http.post("/api/v1/conversations", payload, content_type="application/json", **auth)
    assert created.status_code == 404
    assert not Conversation.objects.exists()


def test_each_sees_only_their_own_summary_unless_it_is_shared(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    talk = conversation(link)
    url = f"/conversations/{talk.pk}/"
    client, partner = login(cast.client), login(cast.partner)
    client.post(url, {"summary": CLIENT_WORDS, "safety": 8, "closeness": 7})
    partner.post(url, {"summary": PARTNER_WORDS, "safety": 9, "closeness": 6})
    assert ConversationSummary.objects.count() == 2
    assert PARTNER_WORDS.encode() not in client.get(url).content
    assert CLIENT_WORDS.encode() not in partner.get(url).content
    assert CLIENT_WORDS not in dump_database()  # encrypted at rest
    partner.post(url, {"summary": PARTNER_WORDS, "safety": 9, "closeness": 6, "shared": "on"})
    assert PARTNER_WORDS.encode() in client.get(url).content
    http, auth = api(cast.client)
    seen = http.get(f"/api/v1/conversations/{talk.pk}/summaries", **auth).json()
    assert sorted((s["mine"], s["summary"]) for s in seen) == [
        (False, PARTNER_WORDS),
        (True, CLIENT_WORDS),
    ]
    partner_http, partner_auth = api(cast.partner)
    theirs = partner_http.get(f"/api/v1/conversations/{talk.pk}/summaries", **partner_auth).json()
    assert [s["summary"] for s in theirs] == [PARTNER_WORDS]


def test_summary_rating_out_of_range_changes_nothing(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    talk = conversation(link)
    http, auth = api(cast.client)
    bad = http.put(
        f"/api/v1/conversations/{talk.pk}/summary",
        {"summary": "fine", "safety": 11, "closeness": 5},
        content_type="application/json",
        **auth,
    )
    assert bad.status_code == 422 and not ConversationSummary.objects.exists()


def test_conversations_appear_in_both_calendar_feeds_in_neutral_words(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    conversation(link)
    for person in (cast.client, cast.partner):
        feed = feeds.render_feed(person).decode()
        assert "SUMMARY:attune conversation" in feed
        assert PAUSE_WORD not in feed and "evenings" not in feed
    assert "attune check-in" not in feeds.render_feed(cast.partner).decode()
    services.scope_set(actor=cast.client, link=link, scope=Scope.CONVERSATIONS, granted=False)
    assert "attune conversation" not in feeds.render_feed(cast.partner).decode()


def test_partner_makes_a_calendar_address_that_serves_their_feed(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    conversation(link)
    http = login(cast.partner)
    http.post("/partners/calendar/")
    page = http.get("/partners/").content.decode()
    address = page.split("<code>")[1].split("</code>")[0]
    served = http.get(address.replace("http://testserver", ""))
    assert served.status_code == 200 and b"attune conversation" in served.content


def test_one_reminder_a_day_ahead_without_content(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    conversation(link, starts_at=timezone.now() + timedelta(hours=3))
    conversation(link, starts_at=timezone.now() + timedelta(days=3))
    assert tasks.send_due_conversation_reminders() == 1
    assert tasks.send_due_conversation_reminders() == 0
    assert sorted(m.to[0] for m in mail.outbox) == sorted([cast.client.email, cast.partner.email])
    for message in mail.outbox:  # one each, so each comes under the name its reader chose
        assert len(message.to) == 1
        assert OBJECTIVE not in message.body and PAUSE_WORD not in message.body
        assert message.subject == "attune conversation"


def test_a_partner_who_chose_a_plain_name_gets_reminders_under_it(cast: Cast) -> None:
    cast.partner.app_name = "notes"
    cast.partner.save()
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    conversation(link, starts_at=timezone.now() + timedelta(hours=3))
    assert tasks.send_due_conversation_reminders() == 1
    theirs = next(m for m in mail.outbox if m.to == [cast.partner.email])
    assert theirs.from_email.startswith("Notes <") and theirs.subject == "Notes conversation"
    assert "attune" not in theirs.body.replace("attune.test", "")
    mine = next(m for m in mail.outbox if m.to == [cast.client.email])
    assert mine.subject == "attune conversation"

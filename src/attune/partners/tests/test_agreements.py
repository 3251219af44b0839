"""Agreements both people make: a conversation's pause word, traffic-light meanings, resume
and aftercare are proposed by one person and apply only once the other agrees; a change keeps
the agreed version in force until then. Either person calls a pause, without a reason."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.utils import timezone

from attune.accounts import services as accounts
from attune.accounts.models import Role
from attune.audit.models import AuditEvent
from attune.partners import services
from attune.partners.models import Conversation, Scope
from conftest import CLIENT_NAME, Cast, make_user

from .helpers import PAUSE_WORD, api, conversation, grant, link_of, login, plan_fields, soon

pytestmark = pytest.mark.django_db

NEW_WORD = "Harbour-6021"
NEW_RED = "Red-marker-4471 stop and sit apart"


def _agreed(cast: Cast) -> Conversation:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    return conversation(link)


def _form(talk: Conversation, **overrides: str) -> dict[str, str]:
    data = {
        "starts_at": timezone.localtime(talk.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": str(talk.duration_minutes),
        "objective": talk.objective,
        "agenda": talk.agenda,
        **services.agreement_in_force(talk),
    }
    data.update(overrides)
    return data


def _in_force_part(page: str) -> str:
    return page.split("Our safe-language agreement")[1].split("A suggested")[0]


def _suggested_part(page: str) -> str:
    return page.split("A suggested")[1].split("Taking turns")[0]


def _propose_new_word(cast: Cast, talk: Conversation) -> None:
    edited = login(cast.partner).post(
        f"/conversations/{talk.pk}/edit/", _form(talk, pause_word=NEW_WORD)
    )
    assert edited.status_code == 302


def test_a_pause_word_changed_by_the_partner_applies_only_when_the_client_agrees(
    cast: Cast,
) -> None:
    talk = _agreed(cast)
    _propose_new_word(cast, talk)
    talk.refresh_from_db()
    assert talk.pause_word == PAUSE_WORD and talk.proposed_pause_word == NEW_WORD
    assert talk.proposed_by == cast.partner
    url = f"/conversations/{talk.pk}/"
    client_page = login(cast.client).get(url).content.decode()
    partner_page = login(cast.partner).get(url).content.decode()
    for page in (client_page, partner_page):
        assert PAUSE_WORD in _in_force_part(page) and NEW_WORD not in _in_force_part(page)
        assert NEW_WORD in _suggested_part(page)
    assert "Keep the current one" in client_page and "Agree</button>" in client_page
    assert "Robin Partner suggests this. It applies only if you agree." in client_page
    assert f"Waiting for {CLIENT_NAME}&#x27;s agreement." in partner_page or (
        f"Waiting for {CLIENT_NAME}'s agreement." in partner_page
    )
    assert "Withdraw my suggestion" in partner_page and "Keep the current one" not in partner_page
    # The partner cannot agree to their own suggestion.
    login(cast.partner).post(f"/conversations/{talk.pk}/agreement/confirm/")
    talk.refresh_from_db()
    assert talk.pause_word == PAUSE_WORD
    login(cast.client).post(f"/conversations/{talk.pk}/agreement/confirm/")
    talk.refresh_from_db()
    assert talk.pause_word == NEW_WORD and not talk.has_proposal
    assert talk.agreed_by == cast.client
    after = login(cast.partner).get(url).content.decode()
    assert NEW_WORD in _in_force_part(after) and PAUSE_WORD not in after
    assert AuditEvent.objects.filter(
        object_type="partners.conversation", object_id=str(talk.pk), actor_uuid=cast.client.uuid
    ).exists()


def test_the_client_keeps_the_current_agreement(cast: Cast) -> None:
    talk = _agreed(cast)
    _propose_new_word(cast, talk)
    kept = login(cast.client).post(f"/conversations/{talk.pk}/agreement/keep/", follow=True)
    assert b"You kept the current agreement" in kept.content
    talk.refresh_from_db()
    assert talk.pause_word == PAUSE_WORD and not talk.has_proposal
    assert NEW_WORD.encode() not in login(cast.partner).get(f"/conversations/{talk.pk}/").content


def test_the_partner_withdraws_their_suggestion_and_the_client_cannot_withdraw_it(
    cast: Cast,
) -> None:
    talk = _agreed(cast)
    _propose_new_word(cast, talk)
    login(cast.client).post(f"/conversations/{talk.pk}/agreement/withdraw/")
    talk.refresh_from_db()
    assert talk.proposed_pause_word == NEW_WORD
    login(cast.partner).post(f"/conversations/{talk.pk}/agreement/withdraw/")
    talk.refresh_from_db()
    assert talk.pause_word == PAUSE_WORD and not talk.has_proposal
    assert NEW_WORD.encode() not in login(cast.client).get(f"/conversations/{talk.pk}/").content


def test_a_first_plan_proposed_by_the_client_waits_for_the_partner(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    made = login(cast.client).post(
        "/conversations/new/",
        _form(Conversation(**plan_fields()), pause_word=PAUSE_WORD),
        follow=True,
    )
    assert b"waiting for Robin Partner&#x27;s agreement" in made.content or (
        b"waiting for Robin Partner's agreement" in made.content
    )
    talk = Conversation.objects.get()
    assert not talk.agreed and talk.pause_word == "" and talk.proposed_pause_word == PAUSE_WORD
    page = login(cast.client).get(f"/conversations/{talk.pk}/").content.decode()
    assert "Nothing is agreed yet" in page and "Waiting for Robin Partner" in page
    listing = login(cast.partner).get("/conversations/").content.decode()
    assert "agreement not yet made" in listing
    # The proposer cannot agree on the other's behalf, nor "keep" a first plan.
    login(cast.client).post(f"/conversations/{talk.pk}/agreement/confirm/")
    login(cast.partner).post(f"/conversations/{talk.pk}/agreement/keep/")
    talk.refresh_from_db()
    assert not talk.agreed and talk.proposed_pause_word == PAUSE_WORD
    login(cast.partner).post(f"/conversations/{talk.pk}/agreement/confirm/")
    talk.refresh_from_db()
    assert talk.agreed and talk.pause_word == PAUSE_WORD and talk.agreed_by == cast.partner


def test_time_and_objective_change_at_once_while_the_agreement_waits(cast: Cast) -> None:
    talk = _agreed(cast)
    later = timezone.localtime(talk.starts_at + timedelta(days=1))
    login(cast.partner).post(
        f"/conversations/{talk.pk}/edit/",
        _form(talk, objective="A calmer objective", starts_at=later.strftime("%Y-%m-%dT%H:%M")),
    )
    talk.refresh_from_db()
    assert talk.objective == "A calmer objective" and not talk.has_proposal
    assert talk.starts_at.date() == later.date()


@pytest.mark.parametrize("who", ["client", "partner"])
def test_either_person_calls_a_pause_without_a_reason_and_the_page_shows_it(
    cast: Cast, who: str
) -> None:
    talk = _agreed(cast)
    caller = getattr(cast, who)
    other = cast.partner if who == "client" else cast.client
    url = f"/conversations/{talk.pk}/"
    before = login(caller).get(url).content.decode()
    pause_form = before.split(f'action="{url}pause/"')[1].split("</form>")[0]
    assert "Call a pause" in pause_form and "<textarea" not in pause_form
    assert 'type="text"' not in pause_form and "<select" not in pause_form
    called = login(caller).post(f"{url}pause/")  # nothing to fill in
    assert called.status_code == 302
    talk.refresh_from_db()
    assert talk.paused and talk.paused_by == caller
    for person in (caller, other):
        page = login(person).get(url).content.decode()
        assert "Paused — resume when you both are ready" in page
        assert "ten minutes apart, then ask" in page  # the agreed way to resume
    assert mail.outbox == []  # nothing sent by email
    assert "We are both ready: resume" not in login(other).get(url).content.decode()
    login(other).post(f"{url}resume/")
    talk.refresh_from_db()
    assert talk.paused
    login(caller).post(f"{url}resume/")
    talk.refresh_from_db()
    assert not talk.paused
    assert "Call a pause" in login(other).get(url).content.decode()


def test_pause_and_agreement_over_the_api(cast: Cast) -> None:
    talk = _agreed(cast)
    link = talk.link
    assert link is not None
    partner, partner_auth = api(cast.partner)
    client, client_auth = api(cast.client)
    body = {
        **plan_fields(starts_at=talk.starts_at.isoformat(), red_means=NEW_RED),
        "link_id": link.pk,
    }
    put = partner.put(
        f"/api/v1/conversations/{talk.pk}", body, content_type="application/json", **partner_auth
    )
    assert put.status_code == 200
    assert put.json()["red_means"] == "stop now" and put.json()["proposal"]["red_means"] == NEW_RED
    assert put.json()["proposal"]["waiting_for"] == CLIENT_NAME
    seen = client.get(f"/api/v1/conversations/{talk.pk}", **client_auth).json()
    assert seen["red_means"] == "stop now" and seen["proposal"]["proposed_by_me"] is False
    own = partner.post(f"/api/v1/conversations/{talk.pk}/agreement/confirm", **partner_auth)
    assert own.status_code == 422 and "agreement" in own.json()["errors"]
    kept = client.post(f"/api/v1/conversations/{talk.pk}/agreement/keep", **client_auth)
    assert kept.status_code == 200 and kept.json()["proposal"] is None
    assert kept.json()["red_means"] == "stop now"
    paused = client.post(f"/api/v1/conversations/{talk.pk}/pause", **client_auth)
    assert paused.status_code == 200 and paused.json()["paused"] is True
    theirs = partner.get(f"/api/v1/conversations/{talk.pk}", **partner_auth).json()
    assert theirs["paused"] is True and theirs["paused_by_me"] is False
    refused = partner.post(f"/api/v1/conversations/{talk.pk}/resume", **partner_auth)
    assert refused.status_code == 422 and "pause" in refused.json()["errors"]
    resumed = client.post(f"/api/v1/conversations/{talk.pk}/resume", **client_auth)
    assert resumed.status_code == 200 and resumed.json()["paused"] is False
    assert mail.outbox == []


def test_a_retried_plan_with_the_same_idempotency_key_is_stored_once(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    http, auth = api(cast.client)
    body = {**plan_fields(starts_at=soon()), "link_id": link.pk}
    answers = [
        http.post(
            "/api/v1/conversations",
            body,
            content_type="application/json",
            HTTP_IDEMPOTENCY_KEY="plan-1",
            **auth,
        )
        for _ in range(2)
    ]
    assert [a.status_code for a in answers] == [201, 201]
    assert answers[0].json()["id"] == answers[1].json()["id"]
    assert Conversation.objects.count() == 1
    partner, partner_auth = api(cast.partner)
    url = f"/api/v1/conversations/{answers[0].json()['id']}/agreement/confirm"
    twice = [
        partner.post(url, HTTP_IDEMPOTENCY_KEY="yes-1", **partner_auth).status_code
        for _ in range(2)
    ]
    assert twice == [200, 200]


NEW_ROUTES = ["agreement/confirm", "agreement/keep", "agreement/withdraw", "pause", "resume"]


@pytest.mark.parametrize("who", ["clinician", "other_client", "other_clinician"])
def test_people_outside_the_link_are_refused_on_every_new_route(cast: Cast, who: str) -> None:
    talk = _agreed(cast)
    _propose_new_word(cast, talk)
    services.conversation_pause(actor=cast.partner, conversation=talk)
    person = getattr(cast, who)
    http = login(person)
    api_http, auth = api(person)
    for route in NEW_ROUTES:
        page = http.post(f"/conversations/{talk.pk}/{route}/")
        assert page.status_code in {403, 404}, (route, page.status_code)
        answer = api_http.post(f"/api/v1/conversations/{talk.pk}/{route}", **auth)
        assert answer.status_code == 403, (route, answer.status_code)  # in no partner link
        assert NEW_WORD.encode() not in answer.content + page.content
    talk.refresh_from_db()
    assert talk.pause_word == PAUSE_WORD and talk.proposed_pause_word == NEW_WORD
    assert talk.paused_by == cast.partner


def test_another_couples_partner_and_a_partner_no_longer_shared_with_are_refused(
    cast: Cast,
) -> None:
    talk = _agreed(cast)
    stranger = make_user("sam@example.test", Role.PARTNER, cast.org, "Sam Stranger")
    accounts.partner_link_start(client=cast.other_client, partner=stranger)
    http, auth = api(stranger)
    for route in NEW_ROUTES:
        assert login(stranger).post(f"/conversations/{talk.pk}/{route}/").status_code == 404
        answer = http.post(f"/api/v1/conversations/{talk.pk}/{route}", **auth)
        assert answer.status_code == 404 and PAUSE_WORD.encode() not in answer.content
    link = link_of(cast.client, cast.partner)
    services.scope_set(actor=cast.client, link=link, scope=Scope.CONVERSATIONS, granted=False)
    for route in NEW_ROUTES:
        assert login(cast.partner).post(f"/conversations/{talk.pk}/{route}/").status_code == 404
    talk.refresh_from_db()
    assert not talk.paused and talk.agreed_by == cast.partner


def test_answering_when_nothing_waits_changes_nothing(cast: Cast) -> None:
    talk = _agreed(cast)
    http, auth = api(cast.client)
    for route in ("agreement/confirm", "agreement/keep", "agreement/withdraw", "resume"):
        answer = http.post(f"/api/v1/conversations/{talk.pk}/{route}", **auth)
        assert answer.status_code == 422, route
        assert set(answer.json()) == {"detail", "errors"} and answer.json()["errors"], route
    shown = login(cast.client).post(f"/conversations/{talk.pk}/agreement/confirm/", follow=True)
    assert b"There is no change waiting for an answer." in shown.content
    fresh = Conversation.objects.get(pk=talk.pk)
    assert (fresh.pause_word, fresh.agreed_at, fresh.paused) == (
        talk.pause_word,
        talk.agreed_at,
        False,
    )


def test_a_blank_red_meaning_is_refused_and_changes_nothing(cast: Cast) -> None:
    talk = _agreed(cast)
    link = talk.link
    assert link is not None
    http, auth = api(cast.partner)
    body: dict[str, Any] = {
        **plan_fields(starts_at=talk.starts_at.isoformat(), red_means=""),
        "link_id": link.pk,
    }
    answer = http.put(
        f"/api/v1/conversations/{talk.pk}", body, content_type="application/json", **auth
    )
    assert answer.status_code == 422 and "red_means" in answer.json()["errors"]
    page = login(cast.partner).post(f"/conversations/{talk.pk}/edit/", _form(talk, red_means=" "))
    assert page.status_code == 200 and "red_means" in page.context["form"].errors
    talk.refresh_from_db()
    assert talk.red_means == "stop now" and not talk.has_proposal


def test_a_suggestion_replaced_after_it_was_read_is_not_agreed_unread(cast: Cast) -> None:
    talk = _agreed(cast)
    _propose_new_word(cast, talk)
    talk.refresh_from_db()
    read_at = talk.proposed_at
    assert read_at is not None
    page = login(cast.client).get(f"/conversations/{talk.pk}/").content.decode()
    assert f'name="proposed_at" value="{read_at.isoformat()}"' in page
    login(cast.partner).post(
        f"/conversations/{talk.pk}/edit/", _form(talk, pause_word="Other-word-3306")
    )
    shown = login(cast.client).post(
        f"/conversations/{talk.pk}/agreement/confirm/",
        {"proposed_at": read_at.isoformat()},
        follow=True,
    )
    assert b"The suggestion changed since you opened it." in shown.content
    http, auth = api(cast.client)
    answer = http.post(
        f"/api/v1/conversations/{talk.pk}/agreement/confirm?"
        + urlencode({"proposed_at": read_at.isoformat()}),
        **auth,
    )
    assert answer.status_code == 422 and "agreement" in answer.json()["errors"]
    talk.refresh_from_db()
    assert talk.pause_word == PAUSE_WORD and talk.proposed_pause_word == "Other-word-3306"


def test_new_words_in_a_suggested_agreement_are_screened(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    talk = _agreed(cast)
    seen: list[list[Any]] = []

    def screen(**kwargs: Any) -> None:
        seen.append(list(kwargs["texts"]))

    monkeypatch.setattr(services, "screen_and_respond", screen)
    login(cast.partner).post(f"/conversations/{talk.pk}/edit/", _form(talk, red_means=NEW_RED))
    assert seen and NEW_RED in seen[-1]

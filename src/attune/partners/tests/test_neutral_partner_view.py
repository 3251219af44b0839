"""A partner sees each plan step only as its kind ("a closeness step") with its status, unless
the client chose to show that one step by name (a grant in the consent ledger). Nothing a
partner sees — page, API, emails, calendar — names medication, trauma or sexual detail."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from attune.accounts.models import ConsentGrant
from attune.checkins import calendar as feeds
from attune.partners import selectors, tasks
from attune.partners.models import Scope
from conftest import Cast

from .helpers import api, conversation, link_of, login
from .quiet_helpers import page, partner_page, partner_view_text, plan_and_share, step_titles

pytestmark = pytest.mark.django_db

# Words that would tell a watching partner about medication, trauma work or sexual touch.
REVEALING = re.compile(
    r"antidepress|medic|prescri|trauma|sexual|breast|genital|orgasm|arous|desire|sensate|"
    r"stage (0|i|ii|iii|iv)\b|touch|sensual|then from now|body reacts",
    re.IGNORECASE,
)


def _ladder(cast: Cast) -> list[dict[str, Any]]:
    http, auth = api(cast.partner)
    (row,) = http.get("/api/v1/partners/shared", **auth).json()
    ladder: list[dict[str, Any]] = row["ladder"]
    return ladder


def _show(cast: Cast, *step_ids: str) -> Any:
    link = link_of(cast.client, cast.partner)
    return login(cast.client).post("/partners/steps/", {"link": link.pk, "show": list(step_ids)})


def test_partner_sees_neutral_step_kinds_with_their_status_only(cast: Cast) -> None:
    record = plan_and_share(cast)
    html = partner_page(cast)
    view = partner_view_text(html)
    for title in step_titles(record):
        assert title not in html, title
    assert "a closeness step — later" in view
    assert "a reading step" in view and "a conversation step" in view
    assert "a body step — this week" in view  # the plan opens with grounding
    ladder = _ladder(cast)
    assert len(ladder) == len(step_titles(record))
    assert {step["shown"] for step in ladder} == {False}
    assert not {"id", "title"} & set(ladder[0])


def test_no_medication_trauma_or_sexual_words_reach_the_partner(cast: Cast) -> None:
    record = plan_and_share(cast)
    revealing_titles = [t for t in step_titles(record) if REVEALING.search(t)]
    assert len(revealing_titles) >= 8  # the plan really holds such steps
    html = partner_page(cast)
    assert not REVEALING.search(partner_view_text(html))
    for title in step_titles(record):
        assert title not in html, title
    http, auth = api(cast.partner)
    body = http.get("/api/v1/partners/shared", **auth).content.decode()
    assert not REVEALING.search(body)


def test_a_step_the_client_chose_to_show_shows_its_title(cast: Cast) -> None:
    record = plan_and_share(cast)
    response = _show(cast, "daily-time-together")
    assert response.status_code == 302
    html = partner_page(cast)
    assert "Ten minutes a day together, without screens" in html
    others = [t for t in step_titles(record) if t != "Ten minutes a day together, without screens"]
    assert not any(title in html for title in others)
    shown = [step for step in _ladder(cast) if step["shown"]]
    assert [s["label"] for s in shown] == ["Ten minutes a day together, without screens"]
    grant = ConsentGrant.objects.get(scope=selectors.step_scope("daily-time-together"))
    assert grant.revoked_at is None and grant.grantee == cast.partner
    _show(cast)  # unticked again: back to its kind, and the grant is withdrawn in the ledger
    assert "Ten minutes a day together" not in partner_page(cast)
    grant.refresh_from_db()
    assert grant.revoked_at is not None


def test_client_page_offers_each_step_with_what_the_partner_sees_instead(cast: Cast) -> None:
    plan_and_share(cast)
    html = page(cast.client)
    assert 'name="show" value="sf-stage-3-inclusive"' in html
    assert "Stage III: breasts and genitals included" in html  # their own page: real titles
    assert "otherwise: a closeness step" in html


def test_unknown_step_id_changes_nothing_and_says_why(cast: Cast) -> None:
    plan_and_share(cast)
    before = list(ConsentGrant.objects.order_by("pk").values_list("scope", "revoked_at"))
    http = login(cast.client)
    link = link_of(cast.client, cast.partner)
    response = http.post(
        "/partners/steps/", {"link": link.pk, "show": ["daily-time-together", "no-such-step"]}
    )
    assert response.status_code == 302
    after = http.get("/partners/").content.decode()
    assert "These are not steps of your plan: no-such-step" in after
    assert list(ConsentGrant.objects.order_by("pk").values_list("scope", "revoked_at")) == before
    assert "Ten minutes a day together" not in partner_page(cast)


def test_partner_cannot_choose_which_steps_are_shown(cast: Cast) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    response = login(cast.partner).post(
        "/partners/steps/", {"link": link.pk, "show": ["sf-stage-3-inclusive"]}
    )
    assert response.status_code == 404
    assert not ConsentGrant.objects.filter(scope__startswith="plan_step:").exists()


def test_partner_reminder_email_and_calendar_stay_neutral(cast: Cast) -> None:
    record = plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    conversation(link, starts_at=timezone.now() + timezone.timedelta(hours=3))
    assert tasks.send_due_conversation_reminders() == 1
    (message,) = [m for m in mail.outbox if m.to == [cast.partner.email]]
    feed = feeds.render_feed(cast.partner).decode()
    summaries = set(re.findall(r"^SUMMARY:(.*?)\r?$", feed, re.MULTILINE))
    assert summaries == {"attune conversation"}
    for text in (message.subject, message.body, feed):
        assert not REVEALING.search(text)
        assert not any(title in text for title in step_titles(record))


def test_shared_feedback_email_to_the_client_names_nothing(
    cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    with django_capture_on_commit_callbacks(execute=True):
        login(cast.partner).post(
            "/partners/feedback/",
            {"link": link.pk, "felt_connected": 6, "felt_heard": 5, "shared_with_client": "on"},
        )
    (message,) = mail.outbox
    assert not REVEALING.search(f"{message.subject} {message.body}")


def test_steps_not_shared_at_all_show_no_ladder(cast: Cast) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    login(cast.client).post("/partners/scopes/", {"link": link.pk, "scopes": [Scope.CONVERSATIONS]})
    _show(cast, "daily-time-together")
    html = partner_page(cast)
    assert "Their steps" not in html and "Ten minutes a day together" not in html

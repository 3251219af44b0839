"""Who may reach what: a partner sees exactly the scopes granted, loses them at once, and never
reaches the client's journal, check-ins, questionnaires or trigger map; strangers get nothing.
Generated over every route of the partners app and its API."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import URLPattern

from attune.accounts import services as accounts
from attune.accounts.models import ConsentGrant, Role
from attune.checkins.models import CheckIn
from attune.journal.models import JournalEntry
from attune.partners import services
from attune.partners.models import Scope
from attune.partners.urls import urlpatterns
from attune.plans import services as plans
from attune.practice.models import Trigger
from attune.questionnaires import services as questionnaires
from conftest import Cast, make_user

from .helpers import (
    OBJECTIVE,
    PAUSE_WORD,
    api,
    conversation,
    grant,
    link_of,
    login,
    plan_fields,
    soon,
)

pytestmark = pytest.mark.django_db

SECRET = "Secret-7a1c journal words"
STEP_MARKER = "Steps shared"  # heading of the ladder section
SUMMARY_MARKER = "This week"


def _fill(cast: Cast) -> None:
    client = cast.client
    plans.plan_start(
        by=cast.clinician, client=client, life_stage="midlife", relationship="partnered"
    )
    CheckIn.objects.create(client=client, day=client_today(client), mood=4, note=SECRET)
    JournalEntry.objects.create(client=client, title=SECRET, body=SECRET)
    Trigger.objects.create(
        client=client,
        occurred_at=timezone_now(),
        company="alone",
        what_happened=SECRET,
        intensity_before=50,
        origin_theme="body",
    )
    questionnaires.submit(client=client, instrument_id="phq9", answers=[1] * 9)


def client_today(user: Any) -> Any:
    from attune.checkins.services import client_today as today

    return today(user)


def timezone_now() -> Any:
    from django.utils import timezone

    return timezone.now()


def _partner_home(cast: Cast) -> bytes:
    response = login(cast.partner).get("/partners/")
    assert response.status_code == 200
    return bytes(response.content)


def _shared(cast: Cast) -> dict[str, Any]:
    http, auth = api(cast.partner)
    rows = http.get("/api/v1/partners/shared", **auth).json()
    return {row["client"]: row for row in rows}


def _first_step_title(cast: Cast) -> str:
    record = plans.active_plan(cast.client)
    assert record is not None
    return plans.engine_plan(record).steps[0].title


@pytest.mark.parametrize("scope", Scope.values)
def test_partner_sees_exactly_the_granted_scope(cast: Cast, scope: str) -> None:
    _fill(cast)
    link = link_of(cast.client, cast.partner)
    grant(link, scope)
    page = _partner_home(cast).decode()
    assert ("Their steps" in page) is (scope == Scope.LADDER)
    assert _first_step_title(cast) not in page  # steps show by kind unless chosen one by one
    assert ("Checked in on 1 day" in page) is (scope == Scope.WEEKLY_SUMMARY)
    assert ("Plan or open a conversation" in page) is (scope == Scope.CONVERSATIONS)
    row = _shared(cast)[str(cast.client)]
    assert row["scopes"] == [scope]
    assert (row["ladder"] is not None) is (scope == Scope.LADDER)
    assert (row["weekly_summary"] is not None) is (scope == Scope.WEEKLY_SUMMARY)
    assert SECRET not in page


def test_weekly_summary_holds_counts_only(cast: Cast) -> None:
    _fill(cast)
    grant(link_of(cast.client, cast.partner), Scope.WEEKLY_SUMMARY)
    summary = _shared(cast)[str(cast.client)]["weekly_summary"]
    assert set(summary) == {"week_start", "days_checked_in", "steps_done", "steps_not_yet"}
    assert summary["days_checked_in"] == 1


def test_scope_revoked_ends_access_on_the_next_request(cast: Cast) -> None:
    _fill(cast)
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.LADDER, Scope.CONVERSATIONS)
    talk = conversation(link)
    assert "Their steps" in _partner_home(cast).decode()
    assert login(cast.partner).get(f"/conversations/{talk.pk}/").status_code == 200
    login(cast.client).post("/partners/scopes/", {"link": link.pk, "scopes": ["conversations"]})
    assert "Their steps" not in _partner_home(cast).decode()
    login(cast.client).post("/partners/scopes/", {"link": link.pk})
    assert login(cast.partner).get(f"/conversations/{talk.pk}/").status_code == 404
    http, auth = api(cast.partner)
    assert http.get(f"/api/v1/conversations/{talk.pk}", **auth).status_code == 404
    revoked = ConsentGrant.objects.filter(client=cast.client, scope__in=Scope.values)
    assert revoked.count() == 2 and not revoked.filter(revoked_at__isnull=True).exists()


@pytest.mark.parametrize("who", ["client", "partner"])
def test_either_person_ending_the_link_revokes_everything_at_once(cast: Cast, who: str) -> None:
    _fill(cast)
    link = link_of(cast.client, cast.partner)
    grant(link, *Scope.values)
    talk = conversation(link)
    response = login(getattr(cast, who)).post("/partners/end/", {"link": link.pk})
    assert response.status_code == 302
    assert not ConsentGrant.objects.filter(
        client=cast.client, kind="partner", revoked_at__isnull=True
    ).exists()
    assert login(cast.partner).get("/partners/").status_code == 403
    assert login(cast.partner).get(f"/conversations/{talk.pk}/").status_code == 404
    http, auth = api(cast.partner)
    assert http.get("/api/v1/partners/shared", **auth).json() == []


def test_withdrawing_the_partner_link_on_the_sharing_page_revokes_every_scope(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, *Scope.values)
    base = ConsentGrant.objects.get(client=cast.client, scope="partner_link")
    login(cast.client).post(f"/me/sharing/{base.pk}/withdraw/")
    assert not ConsentGrant.objects.filter(
        client=cast.client, kind="partner", revoked_at__isnull=True
    ).exists()


CLIENT_ONLY_PAGES = [
    "/journal/",
    "/checkin/",
    "/checkin/insights/",
    "/questionnaires/",
    "/practice/triggers/",
    "/api/v1/checkins",
    "/api/v1/journal/entries",
]


def test_partner_with_every_scope_never_reaches_journal_checkins_questionnaires_or_triggers(
    cast: Cast,
) -> None:
    _fill(cast)
    grant(link_of(cast.client, cast.partner), *Scope.values)
    http = login(cast.partner)
    _http, auth = api(cast.partner)
    for url in CLIENT_ONLY_PAGES:
        response = http.get(url, **auth) if url.startswith("/api/") else http.get(url)
        assert SECRET.encode() not in response.content, url
        if url.startswith("/api/") and response.status_code == 200:
            assert response.json() in ([], {"items": [], "count": 0}), url  # their own: none
        else:
            assert response.status_code in {403, 404, 302}, (url, response.status_code)
    uuid = cast.client.uuid
    for url in (
        f"/clients/{uuid}/",
        f"/clients/{uuid}/checkins/",
        f"/api/v1/clients/{uuid}/profile",
    ):
        assert http.get(url).status_code in {403, 404}, url


# Generated over every route ------------------------------------------------------------------


def _page_routes() -> list[str]:
    out = []
    for entry in urlpatterns:
        assert isinstance(entry, URLPattern)
        out.append("/" + str(entry.pattern))
    return out


def _api_routes() -> list[tuple[str, str]]:
    from attune.api.main import api as ninja

    routes = []
    for prefix, router in ninja._routers:
        for path, view in router.path_operations.items():
            for operation in view.operations:
                if operation.view_func.__module__ == "attune.partners.api":
                    for method in operation.methods:
                        routes.append((method.lower(), f"/api/v1{prefix.rstrip('/')}{path}"))
    return routes


STRANGERS = ["other_client", "other_clinician", "far_clinician", "facilitator", "admin", "stranger"]


def _person(cast: Cast, who: str) -> Any:
    if who == "stranger":  # another client's partner
        partner = make_user("stranger.partner@example.test", Role.PARTNER, cast.org, "Sam Stranger")
        accounts.partner_link_start(client=cast.other_client, partner=partner)
        return partner
    return getattr(cast, who)


@pytest.mark.parametrize("who", STRANGERS)
def test_every_partner_route_refuses_people_outside_the_link(cast: Cast, who: str) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, *Scope.values)
    talk = conversation(link)
    services.summary_save(
        actor=cast.client, conversation=talk, summary=SECRET, safety=8, closeness=7, shared=True
    )
    services.feedback_save(
        partner=cast.partner,
        link=link,
        today=client_today(cast.partner),
        felt_connected=7,
        felt_heard=6,
        note=SECRET,
        shared_with_client=True,
    )
    person = _person(cast, who)
    http = login(person)
    entry = JournalEntry.objects.create(client=cast.client, title=SECRET, body=SECRET)
    services.entry_share(client=cast.client, link=link, entry=entry, shared=True)
    values = {"conversation_id": str(talk.pk), "client_uuid": str(cast.client.uuid)}
    seen = 0
    for route in _page_routes():
        url = route.replace("<id:conversation_id>", values["conversation_id"])
        url = url.replace("<id:entry_id>", str(entry.pk))
        for method in ("get", "post"):
            response = getattr(http, method)(url, {"link": link.pk})
            body = response.content
            owned = "_id>" in route or route in {
                "/partners/scopes/",
                "/partners/end/",
                "/partners/steps/",
                "/partners/quiet/pause/",
                "/partners/quiet/resume/",
                "/partners/as-partner/",
            }
            allowed = {403, 404, 405} if owned else {200, 302, 403, 404, 405}
            assert response.status_code in allowed, (method, url, who, response.status_code)
            for marker in (SECRET, OBJECTIVE, PAUSE_WORD):
                assert marker.encode() not in body, (method, url, who)
            seen += 1
    api_http, auth = api(person)
    for method, route in _api_routes():
        url = (
            route.replace("{conversation_id}", values["conversation_id"])
            .replace("{client_uuid}", values["client_uuid"])
            .replace("{entry_id}", str(entry.pk))
        )
        payload = {  # valid for every write schema, so only ownership can refuse it
            **plan_fields(starts_at=soon()),
            "link_id": link.pk,
            "scopes": [],
            "summary": "x",
            "safety": 1,
            "closeness": 1,
            "felt_connected": 5,
            "felt_heard": 5,
            "shared": False,
            "step_ids": [],
        }
        response = (
            getattr(api_http, method)(url, payload, content_type="application/json", **auth)
            if method != "get"
            else api_http.get(url, **auth)
        )
        for marker in (SECRET, OBJECTIVE, PAUSE_WORD):
            assert marker.encode() not in response.content, (method, url, who)
        if method == "get" and url.endswith(
            ("/partners/links", "/partners/shared", "/partners/feedback", "/conversations")
        ):
            assert response.status_code == 200 and str(cast.client).encode() not in response.content
        else:
            assert response.status_code in {403, 404}, (method, url, who, response.status_code)
        seen += 1
    assert seen >= 25
    assert ConsentGrant.objects.filter(client=cast.client, revoked_at__isnull=True).count() == 6
    link.refresh_from_db()
    assert link.status == "active"
    assert list(link.feedback.values_list("felt_connected", "note")) == [(7, SECRET)]
    talk.refresh_from_db()
    assert talk.objective == OBJECTIVE

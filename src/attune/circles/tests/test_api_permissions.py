"""Every circle API route, generated from the OpenAPI schema, tried by people who must be
refused: a member of another circle, a facilitator of another circle, the member's own
clinician and an admin. Member-only and facilitator-only routes are tried across roles too."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from attune.accounts.models import Role
from attune.api.main import api
from attune.circles import services
from attune.circles.models import Attendance, CircleMember, CirclePost, PostReport
from conftest import Cast, make_user

from .conftest import Group, join

pytestmark = pytest.mark.django_db
FUTURE = (timezone.now() + timedelta(days=3)).isoformat()
# A valid body for each write, so a refusal is about who asks, not what they sent.
BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("post", "/circles/{circle_id}/invitations"): {"email": "someone@example.test"},
    ("post", "/circles/{circle_id}/leave"): {},
    ("delete", "/circles/{circle_id}/members/{member_id}"): {},
    ("post", "/circles/{circle_id}/meetings"): {"starts_at": FUTURE, "duration_minutes": 60},
    ("put", "/circles/{circle_id}/meetings/{meeting_id}/attendance"): {"present": []},
    ("get", "/circles/{circle_id}/posts"): {},
    ("post", "/circles/{circle_id}/posts"): {"text": "hello"},
    ("post", "/circles/{circle_id}/posts/{post_id}/reports"): {"reason": "x"},
    ("get", "/circles/{circle_id}/reports"): {},
    ("post", "/circles/{circle_id}/posts/{post_id}/moderation"): {"action": "hide"},
    ("get", "/circles/{circle_id}/outcomes"): {},
    ("get", "/circles/{circle_id}"): {},
}
MEMBER_ONLY = {"/circles/{circle_id}/leave", "/circles/{circle_id}/posts/{post_id}/reports"}
FACILITATOR_ONLY = {
    "/circles/{circle_id}/invitations",
    "/circles/{circle_id}/members/{member_id}",
    "/circles/{circle_id}/meetings",
    "/circles/{circle_id}/meetings/{meeting_id}/attendance",
    "/circles/{circle_id}/reports",
    "/circles/{circle_id}/posts/{post_id}/moderation",
    "/circles/{circle_id}/outcomes",
}


def _routes() -> list[tuple[str, str]]:
    paths = api.get_openapi_schema()["paths"]
    return [
        (method, path.removeprefix("/api/v1"))
        for path, ops in paths.items()
        if path.startswith("/api/v1/circles/{circle_id}")
        for method in ops
    ]


def _state(group: Group) -> Any:
    return (
        list(CircleMember.objects.values_list("pk", "display_name", "left_at", "removed_at")),
        list(CirclePost.objects.values_list("pk", "status")),
        PostReport.objects.count(),
        Attendance.objects.count(),
        group.circle.meetings.count(),
        group.circle.invitations.count(),
    )


def _call(who: Any, method: str, path: str, values: dict[str, int]) -> int:
    http = Client()
    http.force_login(who)
    url = "/api/v1" + path.format(**values)
    body = BODIES[(method, path)]
    if method == "get":
        return int(http.get(url).status_code)
    return int(getattr(http, method)(url, body, content_type="application/json").status_code)


@pytest.fixture
def values(group: Group) -> dict[str, int]:
    meeting = services.meeting_create(
        facilitator=group.runner,
        circle=group.circle,
        starts_at=timezone.now() + timedelta(days=1),
        duration_minutes=60,
    )
    post = services.post_create(member=group.b, body="B's words").post
    return {
        "circle_id": group.circle.pk,
        "meeting_id": meeting.pk,
        "post_id": post.pk,
        "member_id": group.a.pk,
    }


def test_every_circle_route_has_a_body_here() -> None:
    assert set(_routes()) == set(BODIES)


def test_outsiders_are_refused_on_every_circle_route(
    cast: Cast, group: Group, values: dict[str, int]
) -> None:
    elsewhere = services.circle_create(
        facilitator=make_user("fac2@example.test", Role.FACILITATOR, cast.org),
        topic="Other",
        size_limit=5,
    )
    stranger = make_user("stranger@example.test", Role.CLIENT, cast.org)
    join(elsewhere, stranger, "Stranger")
    before = _state(group)
    for who in (stranger, elsewhere.facilitator, cast.clinician, cast.admin, cast.partner):
        for method, path in _routes():
            status = _call(who, method, path, values)
            assert status == 404, f"{method.upper()} {path} as {who}: {status}"
    assert _state(group) == before


def test_members_are_refused_on_facilitator_routes_and_vice_versa(
    cast: Cast, group: Group, values: dict[str, int]
) -> None:
    before = _state(group)
    for method, path in _routes():
        if path in FACILITATOR_ONLY:
            assert _call(cast.client, method, path, values) == 404, path
        if path in MEMBER_ONLY:
            assert _call(group.runner, method, path, values) == 404, path
    assert _state(group) == before


def test_facilitator_runs_the_circle_through_the_api(
    cast: Cast, group: Group, values: dict[str, int]
) -> None:
    http = Client()
    http.force_login(group.runner)
    base = f"/api/v1/circles/{group.circle.pk}"
    naive = (timezone.now() + timedelta(days=2)).replace(tzinfo=None).isoformat()
    meeting = http.post(
        f"{base}/meetings",
        {"starts_at": naive, "checkin_prompts": ["One word"]},
        content_type="application/json",
    )
    assert meeting.status_code == 201 and meeting.json()["checkin_prompts"] == ["One word"]
    past = http.post(
        f"{base}/meetings",
        {"starts_at": "2001-01-01T10:00:00Z"},
        content_type="application/json",
    )
    assert past.status_code == 422 and "still to come" in past.json()["detail"]
    url = f"{base}/meetings/{meeting.json()['id']}/attendance"
    assert http.put(url, {"present": [group.a.pk]}, content_type="application/json").status_code
    assert Attendance.objects.filter(present=True).count() == 1
    wrong = http.put(url, {"present": [999999]}, content_type="application/json")
    assert wrong.status_code == 422 and Attendance.objects.filter(present=True).count() == 1
    posts = http.get(f"{base}/posts").json()
    assert [p["author"] for p in posts] == ["Blue Fox"]
    assert "email" not in str(http.get(base).json())
    removed = http.delete(f"{base}/members/{group.a.pk}")
    assert removed.status_code == 204
    assert not CircleMember.objects.get(pk=group.a.pk).is_active


def test_an_invited_person_joins_through_the_api(cast: Cast) -> None:
    circle = services.circle_create(facilitator=cast.facilitator, topic="Belonging", size_limit=6)
    issued = services.invitation_create(
        facilitator=cast.facilitator, circle=circle, email=cast.client.email
    )
    http = Client()
    http.force_login(cast.client)
    response = http.post(
        "/api/v1/circles/join",
        {"token": issued.raw_token, "display_name": "Calm Otter", "agreed": True},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["id"] == circle.pk
    assert CircleMember.objects.filter(circle=circle, user=cast.client).exists()

"""A facilitator changes or cancels a meeting, gives it a place or a video link, and sees when
a reflection waits for them — on the circles page and on their home page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.circles import services, tasks
from attune.circles.models import CirclePost, Meeting, PostReport
from conftest import Cast

from .conftest import Group

pytestmark = pytest.mark.django_db


def _as(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _meeting(group: Group, hours: int = 48) -> Meeting:
    return services.meeting_create(
        facilitator=group.runner,
        circle=group.circle,
        starts_at=timezone.now() + timedelta(hours=hours),
        duration_minutes=60,
        agenda="Getting to know each other",
    )


def _form(when: str, **extra: str) -> dict[str, str]:
    return {"starts_at": when, "duration_minutes": "90", "agenda": "New agenda", **extra}


def _soon(days: int = 3) -> str:
    return (timezone.localtime() + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def test_facilitator_moves_a_meeting_and_gives_it_a_place_and_video_link(group: Group) -> None:
    meeting = _meeting(group)
    url = f"/circles/{group.circle.pk}/meetings/{meeting.pk}/edit/"
    fields = _form(_soon(), place="Room 4, Library", video_url="https://meet.example.org/ab-cd")
    assert _as(group.runner).post(url, fields).status_code == 302
    meeting.refresh_from_db()
    assert meeting.duration_minutes == 90 and meeting.place == "Room 4, Library"
    audited = AuditEvent.objects.get(object_type="circles.meeting", object_id=str(meeting.pk))
    assert {"place", "video_url", "duration_minutes"} <= set(audited.fields)
    assert "Room 4" not in str(audited.fields)  # field names, never values
    page = _as(group.a.user).get(f"/circles/{group.circle.pk}/").content.decode()
    assert "Room 4, Library" in page and 'href="https://meet.example.org/ab-cd"' in page


def test_a_new_time_gets_a_new_reminder(group: Group) -> None:
    meeting = _meeting(group, hours=12)
    assert tasks.meeting_reminders() == 2
    mail.outbox.clear()
    services.meeting_update(
        facilitator=group.runner,
        meeting=meeting,
        starts_at=timezone.now() + timedelta(hours=20),
        duration_minutes=60,
    )
    assert tasks.meeting_reminders() == 2


def test_a_cancelled_meeting_shows_as_cancelled_and_sends_no_reminder(group: Group) -> None:
    meeting = _meeting(group, hours=12)
    url = f"/circles/{group.circle.pk}/meetings/{meeting.pk}/cancel/"
    assert _as(group.runner).post(url).status_code == 302
    assert tasks.meeting_reminders() == 0
    page = _as(group.b.user).get(f"/circles/{group.circle.pk}/").content.decode()
    assert "Cancelled: this meeting will not take place." in page
    edit = _as(group.runner).post(
        f"/circles/{group.circle.pk}/meetings/{meeting.pk}/edit/", _form(_soon())
    )
    assert "This meeting is cancelled" in edit.content.decode()


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"video_url": "javascript:alert(1)"}, "https:// address"),
        ({"video_url": "http://meet.example.org/x"}, "https:// address"),
        ({"duration_minutes": "0"}, "15"),
        ({"starts_at": "2001-01-01T10:00"}, "still to come"),
    ],
)
def test_bad_meeting_changes_are_refused_and_change_nothing(
    group: Group, fields: dict[str, str], named: str
) -> None:
    meeting = _meeting(group)
    before = (meeting.starts_at, meeting.duration_minutes, meeting.video_url)
    url = f"/circles/{group.circle.pk}/meetings/{meeting.pk}/edit/"
    page = _as(group.runner).post(url, {**_form(_soon()), **fields}).content.decode()
    assert named in page
    meeting.refresh_from_db()
    assert (meeting.starts_at, meeting.duration_minutes, meeting.video_url) == before


def test_only_the_circles_facilitator_changes_or_cancels_meetings(cast: Cast, group: Group) -> None:
    meeting = _meeting(group)
    base = f"/circles/{group.circle.pk}/meetings/{meeting.pk}"
    for person in (group.a.user, cast.clinician, cast.admin, cast.partner):
        http = _as(person)
        assert http.get(f"{base}/edit/").status_code in (403, 404)
        assert http.post(f"{base}/edit/", _form(_soon(5))).status_code in (403, 404)
        assert http.post(f"{base}/cancel/").status_code in (403, 404)
    meeting.refresh_from_db()
    assert meeting.cancelled_at is None and meeting.duration_minutes == 60


def test_facilitator_sees_that_reflections_wait(group: Group) -> None:
    held = services.post_create(member=group.a, body="An ordinary evening.").post
    CirclePost.objects.filter(pk=held.pk).update(status=CirclePost.Status.HELD)
    shown = services.post_create(member=group.b, body="A walk by the sea.").post
    PostReport.objects.create(post=shown, user=group.a.user, reason="")
    circles_page = _as(group.runner).get("/circles/").content.decode()
    assert "1 reflection waits for you to read it" in circles_page
    assert "1 reported reflection" in circles_page
    home = _as(group.runner).get("/").content.decode()
    assert "Waiting for you" in home and "1 reflection waits for you to read it" in home
    services.post_moderate(facilitator=group.runner, post=shown, action="hide")
    services.post_moderate(
        facilitator=group.runner, post=CirclePost.objects.get(pk=held.pk), action="release"
    )
    assert "No reflection is waiting for you." in _as(group.runner).get("/").content.decode()

"""Circle rules and pages: pseudonyms only, held risky posts, moderation, outcomes, privacy."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.utils import timezone

from attune.accounts.models import ConsentGrant, Role, User
from attune.audit.models import AuditEvent
from attune.checkins.models import CheckIn
from attune.circles import selectors, services, tasks
from attune.circles.models import Attendance, CircleInvitation, CircleMember, CirclePost
from attune.privacy import services as privacy
from attune.safety.models import RiskFlag, SafetyPlan
from conftest import CLIENT_NAME, Cast, dump_database, make_user

from .conftest import Group, join

pytestmark = pytest.mark.django_db
RISKY = "Some nights I want to kill myself."
A_EMAIL = b"client.a@example.test"


def _as(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


# Creating and joining --------------------------------------------------------------------


def test_only_a_facilitator_starts_a_circle(cast: Cast) -> None:
    with pytest.raises(PermissionDenied):
        services.circle_create(facilitator=cast.clinician, topic="x topic", size_limit=5)
    response = _as(cast.client).post("/circles/new/", {"topic": "Mine", "size_limit": 5})
    assert response.status_code == 403
    api = _as(cast.clinician).post(
        "/api/v1/circles", {"topic": "Mine"}, content_type="application/json"
    )
    assert api.status_code == 403
    assert not selectors.facilitated(cast.facilitator).exists()


def test_facilitator_creates_a_circle_on_the_page(cast: Cast) -> None:
    http = _as(cast.facilitator)
    bad = http.post("/circles/new/", {"topic": "", "size_limit": 2})
    assert bad.status_code == 200 and b"Ensure this value is greater than or equal to 3" in (
        bad.content
    )
    response = http.post("/circles/new/", {"topic": "After a breakup", "size_limit": 6})
    circle = selectors.facilitated(cast.facilitator).get()
    assert response["Location"] == f"/circles/{circle.pk}/"
    page = http.get(f"/circles/{circle.pk}/").content.decode()
    assert "After a breakup" in page and "No advice unless someone asks for it." in page


def test_invitation_keeps_only_a_hash_and_forgets_the_email_on_joining(
    cast: Cast, group: Group, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        issued = services.invitation_create(
            facilitator=group.runner, circle=group.circle, email="new.person@example.test"
        )
    stored = CircleInvitation.objects.get(pk=issued.invitation.pk)
    assert issued.raw_token not in dump_database()
    assert stored.token_hash != issued.raw_token
    message = mail.outbox[-1]
    assert message.to == ["new.person@example.test"]
    assert f"/circles/join/{issued.raw_token}/" in message.body
    assert "Fran Facilitator" not in message.body and "closeness" not in message.body
    accepted = CircleInvitation.objects.exclude(pk=stored.pk).filter(accepted_at__isnull=False)
    assert accepted.count() == 2 and set(accepted.values_list("email", flat=True)) == {""}


def test_joining_needs_the_agreements_a_unique_name_and_the_invited_email(
    cast: Cast, group: Group
) -> None:
    newcomer = make_user("newcomer@example.test", Role.CLIENT, cast.org, "Nell Newcomer")
    invitation = services.invitation_create(
        facilitator=group.runner, circle=group.circle, email=newcomer.email
    ).invitation
    with pytest.raises(ValidationError, match="agree"):
        services.circle_join(
            invitation=invitation, user=newcomer, display_name="Moss", agreed=False
        )
    with pytest.raises(ValidationError, match="already uses that name"):
        services.circle_join(
            invitation=invitation, user=newcomer, display_name="quiet heron", agreed=True
        )
    with pytest.raises(PermissionDenied):
        services.circle_join(
            invitation=invitation, user=cast.partner, display_name="Moss", agreed=True
        )
    assert selectors.active_members(group.circle).count() == 2
    services.circle_join(invitation=invitation, user=newcomer, display_name="Moss", agreed=True)
    grant = ConsentGrant.objects.get(client=newcomer, kind="circle")
    assert grant.scope == f"circle_agreements:{group.circle.pk}"
    assert grant.text_version == "circle-agreements-v1"


def test_join_page_shows_agreements_and_refuses_a_taken_name(cast: Cast, group: Group) -> None:
    newcomer = make_user("newcomer@example.test", Role.CLIENT, cast.org)
    raw = services.invitation_create(
        facilitator=group.runner, circle=group.circle, email=newcomer.email
    ).raw_token
    http = _as(newcomer)
    page = http.get(f"/circles/join/{raw}/").content.decode()
    assert "You may pass" in page
    taken = http.post(f"/circles/join/{raw}/", {"display_name": "Blue Fox", "agreed": "on"})
    assert "Someone in this circle already uses that name" in taken.content.decode()
    done = http.post(f"/circles/join/{raw}/", {"display_name": "Willow", "agreed": "on"})
    assert done["Location"] == f"/circles/{group.circle.pk}/"
    assert Client().get(f"/circles/join/{raw}/").status_code == 404  # used up


def test_a_full_circle_takes_no_more_invitations(cast: Cast) -> None:
    circle = services.circle_create(facilitator=cast.facilitator, topic="Small", size_limit=3)
    for n, user in enumerate([cast.client, cast.other_client, cast.partner]):
        join(circle, user, f"Name {n}")
    with pytest.raises(ValidationError, match="full"):
        services.invitation_create(
            facilitator=cast.facilitator, circle=circle, email="x@example.test"
        )


# Who sees what ---------------------------------------------------------------------------


def test_members_see_display_names_never_real_names_or_emails(cast: Cast, group: Group) -> None:
    services.post_create(member=group.a, body="I walked by the river today.")
    http = _as(cast.other_client)
    pages = [
        http.get(f"/circles/{group.circle.pk}/").content,
        http.get("/circles/").content,
        http.get(f"/api/v1/circles/{group.circle.pk}").content,
        http.get(f"/api/v1/circles/{group.circle.pk}/posts").content,
        http.get("/api/v1/circles").content,
    ]
    for body in pages:
        assert b"Quiet Heron" in body or b"Finding closeness" in body
        for secret in (A_EMAIL, CLIENT_NAME.encode(), b"Fran Facilitator", b"facilitator@"):
            assert secret not in body
    assert b"I walked by the river today." in pages[0]


def test_the_facilitator_sees_display_names_not_member_emails(cast: Cast, group: Group) -> None:
    body = _as(group.runner).get(f"/circles/{group.circle.pk}/").content
    assert b"Quiet Heron" in body and b"Blue Fox" in body
    assert A_EMAIL not in body and CLIENT_NAME.encode() not in body


@pytest.mark.parametrize("who", ["other_clinician", "admin", "partner", "clinician"])
def test_people_outside_the_circle_are_refused(cast: Cast, group: Group, who: str) -> None:
    http = _as(getattr(cast, who))
    cid = group.circle.pk
    assert http.get(f"/circles/{cid}/").status_code == 404
    assert http.get(f"/api/v1/circles/{cid}/posts").status_code == 404
    api = http.post(f"/api/v1/circles/{cid}/posts", {"text": "hi"}, content_type="application/json")
    assert api.status_code == 404
    assert not CirclePost.objects.exists()


def test_a_facilitator_of_another_circle_or_organisation_is_refused(
    cast: Cast, group: Group
) -> None:
    from attune.accounts import services as accounts

    far_org = accounts.organisation_get_or_create(slug="far", name="Far")
    for other in (
        make_user("fac2@example.test", Role.FACILITATOR, cast.org, "Second Facilitator"),
        make_user("fac3@example.test", Role.FACILITATOR, far_org, "Far Facilitator"),
    ):
        services.circle_create(facilitator=other, topic="Their own", size_limit=5)
        http = _as(other)
        cid, pid = group.circle.pk, services.post_create(member=group.a, body="mine").post.pk
        assert http.get(f"/circles/{cid}/").status_code == 404
        assert http.get(f"/circles/{cid}/outcomes/").status_code == 404
        hide = http.post(f"/circles/{cid}/posts/{pid}/moderate/", {"action": "hide"})
        assert hide.status_code == 404
        assert http.get(f"/api/v1/circles/{cid}/reports").status_code == 404
        assert (
            http.post(
                f"/api/v1/circles/{cid}/posts/{pid}/moderation",
                {"action": "hide"},
                content_type="application/json",
            ).status_code
            == 404
        )
        assert http.delete(f"/api/v1/circles/{cid}/members/{group.a.pk}").status_code == 404
    assert not CirclePost.objects.filter(status="hidden").exists()
    assert selectors.active_members(group.circle).count() == 2


def test_a_facilitator_cannot_open_a_members_journal_or_checkins(cast: Cast, group: Group) -> None:
    CheckIn.objects.create(client=cast.client, day=timezone.localdate(), mood=4, note="private")
    http = _as(group.runner)
    assert http.get("/journal/").status_code == 403
    assert http.get(f"/clients/{cast.client.uuid}/checkins/").status_code == 404
    assert http.get(f"/api/v1/clients/{cast.client.uuid}/profile").status_code in {403, 404}


# Reflections, reports and moderation -----------------------------------------------------


def test_a_risky_reflection_is_held_flagged_audited_and_answered_with_support(
    cast: Cast, group: Group, django_capture_on_commit_callbacks: Any
) -> None:
    SafetyPlan.objects.create(client=cast.client, warning_signs="plan-marker-88")
    http = _as(cast.client)
    with django_capture_on_commit_callbacks(execute=True):
        response = http.post(f"/circles/{group.circle.pk}/posts/", {"body": RISKY}, follow=True)
    page = response.content.decode()
    assert "carry this alone" in page and "plan-marker-88" in page
    assert "The facilitator will read it before the circle sees it." in page
    post = CirclePost.objects.get()
    assert post.status == "held" and post.body == RISKY
    assert RiskFlag.objects.filter(
        client=cast.client, reason="circle_reflection_risk_language"
    ).exists()
    assert AuditEvent.objects.filter(
        object_type="circles.circlepost", object_id=str(post.pk), fields=["held_for_facilitator"]
    ).exists()
    assert any(m.to == ["clinician@example.test"] for m in mail.outbox)
    assert RISKY.encode() not in _as(cast.other_client).get(f"/circles/{group.circle.pk}/").content
    assert RISKY.encode() in _as(group.runner).get(f"/circles/{group.circle.pk}/").content
    services.post_moderate(facilitator=group.runner, post=post, action="release")
    assert RISKY.encode() in _as(cast.other_client).get(f"/circles/{group.circle.pk}/").content


def test_the_api_answers_a_risky_post_with_crisis_lines(cast: Cast, group: Group) -> None:
    response = _as(cast.client).post(
        f"/api/v1/circles/{group.circle.pk}/posts", {"text": RISKY}, content_type="application/json"
    )
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "held" and body["support"]["lines"]


def test_an_empty_reflection_is_refused_and_nothing_is_stored(cast: Cast, group: Group) -> None:
    response = _as(cast.client).post(
        f"/api/v1/circles/{group.circle.pk}/posts", {"text": "  "}, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {"body": ["Please write something here."]}
    assert not CirclePost.objects.exists()


def test_a_reported_post_hidden_by_the_facilitator_vanishes_for_members(
    cast: Cast, group: Group
) -> None:
    post = services.post_create(member=group.a, body="Everyone should just try harder.").post
    member_b = _as(cast.other_client)
    reported = member_b.post(
        f"/circles/{group.circle.pk}/posts/{post.pk}/report/", {"reason": "advice"}
    )
    assert reported.status_code == 302
    facilitator = _as(group.runner)
    assert b"advice" in facilitator.get(f"/circles/{group.circle.pk}/").content
    assert facilitator.get(f"/api/v1/circles/{group.circle.pk}/reports").json()[0]["reason"] == (
        "advice"
    )
    facilitator.post(f"/circles/{group.circle.pk}/posts/{post.pk}/moderate/", {"action": "hide"})
    assert b"try harder" not in member_b.get(f"/circles/{group.circle.pk}/").content
    author_page = _as(cast.client).get(f"/circles/{group.circle.pk}/").content
    assert b"try harder" in author_page and b"hidden by the facilitator" in author_page
    assert member_b.get(f"/circles/{group.circle.pk}/posts/{post.pk}/report/").status_code == 404


def test_bad_moderation_action_changes_nothing(cast: Cast, group: Group) -> None:
    post = services.post_create(member=group.a, body="hello").post
    response = _as(group.runner).post(
        f"/api/v1/circles/{group.circle.pk}/posts/{post.pk}/moderation",
        {"action": "delete"},
        content_type="application/json",
    )
    assert response.status_code == 422
    post.refresh_from_db()
    assert post.status == "shown"


def test_a_removed_member_loses_the_circle_and_cannot_rejoin(cast: Cast, group: Group) -> None:
    _as(group.runner).post(
        f"/circles/{group.circle.pk}/members/{group.b.pk}/remove/", {"confirm": "yes"}
    )
    assert _as(cast.other_client).get(f"/circles/{group.circle.pk}/").status_code == 404
    invitation = services.invitation_create(
        facilitator=group.runner, circle=group.circle, email=cast.other_client.email
    ).invitation
    with pytest.raises(PermissionDenied):
        services.circle_join(
            invitation=invitation, user=cast.other_client, display_name="Blue Fox", agreed=True
        )


def test_removing_a_member_asks_first_and_only_the_facilitator_may(
    cast: Cast, group: Group
) -> None:
    url = f"/circles/{group.circle.pk}/members/{group.b.pk}/remove/"
    runner = _as(group.runner)
    circle_page = runner.get(f"/circles/{group.circle.pk}/").content.decode()
    assert f'href="{url}"' in circle_page  # a link to the question, not a one-click button
    asked = runner.get(url)
    assert asked.status_code == 200
    page = asked.content.decode()
    assert "Remove Blue Fox from the circle?" in page and 'name="confirm" value="yes"' in page
    # A POST that did not go through the question changes nothing and asks again.
    again = runner.post(url)
    assert again.status_code == 200 and "Yes, remove Blue Fox" in again.content.decode()
    assert CircleMember.objects.get(pk=group.b.pk).removed_at is None
    for outsider in (cast.client, cast.other_client, cast.clinician, cast.partner):
        http = _as(outsider)
        assert http.get(url).status_code == 404
        assert http.post(url, {"confirm": "yes"}).status_code == 404
    other_runner = make_user("other.runner@example.test", Role.FACILITATOR, cast.org, "Olu R")
    assert _as(other_runner).post(url, {"confirm": "yes"}).status_code == 404
    assert CircleMember.objects.get(pk=group.b.pk).removed_at is None
    done = runner.post(url, {"confirm": "yes"})
    assert done.status_code == 302
    assert CircleMember.objects.get(pk=group.b.pk).removed_at is not None


def _held(group: Group) -> CirclePost:
    post = services.post_create(member=group.a, body=RISKY).post
    assert post.status == "held" and post.shown_at is None
    return post


def test_hide_then_show_again_cannot_publish_a_held_reflection(cast: Cast, group: Group) -> None:
    post = _held(group)
    runner = _as(group.runner)
    base = f"/circles/{group.circle.pk}/posts/{post.pk}/moderate/"
    page = runner.get(f"/circles/{group.circle.pk}/").content.decode()
    item = page[page.index(f'id="post-{post.pk}"') :]
    item = item[: item.index("</li>")]
    assert 'value="release"' in item and 'value="hide"' not in item
    assert 'value="restore"' not in item
    for action in ("hide", "restore", "hide", "restore"):
        refused = runner.post(base, {"action": action}, follow=True)
        assert b"has not been released" in refused.content
        post.refresh_from_db()
        assert post.status == "held" and post.shown_at is None
        api = runner.post(
            f"/api/v1/circles/{group.circle.pk}/posts/{post.pk}/moderation",
            {"action": action},
            content_type="application/json",
        )
        assert api.status_code == 422 and "action" in api.json()["errors"]
    assert RISKY.encode() not in _as(cast.other_client).get(f"/circles/{group.circle.pk}/").content
    assert not selectors.visible_post(group.b, post.pk)
    # Release is the one way in; after that hide and show again work as before.
    runner.post(base, {"action": "release"})
    post.refresh_from_db()
    assert post.status == "shown" and post.shown_at is not None
    assert RISKY.encode() in _as(cast.other_client).get(f"/circles/{group.circle.pk}/").content
    runner.post(base, {"action": "hide"})
    post.refresh_from_db()
    assert post.status == "hidden"
    assert RISKY.encode() not in _as(cast.other_client).get(f"/circles/{group.circle.pk}/").content
    runner.post(base, {"action": "restore"})
    post.refresh_from_db()
    assert post.status == "shown"
    assert (
        AuditEvent.objects.filter(
            object_type="circles.circlepost", object_id=str(post.pk), fields=["status"]
        ).count()
        == 3
    )


def test_a_held_reflection_hidden_before_the_rule_can_be_released_but_not_restored(
    cast: Cast, group: Group
) -> None:
    post = _held(group)
    CirclePost.objects.filter(pk=post.pk).update(status="hidden")  # the old bypass's first step
    post.refresh_from_db()
    assert services.moderation_actions(post) == ("release",)
    with pytest.raises(ValidationError):
        services.post_moderate(facilitator=group.runner, post=post, action="restore")
    post.refresh_from_db()
    assert post.status == "hidden" and post.shown_at is None
    services.post_moderate(facilitator=group.runner, post=post, action="release")
    post.refresh_from_db()
    assert post.status == "shown"


def test_only_the_circles_facilitator_moderates(cast: Cast, group: Group) -> None:
    post = _held(group)
    other_runner = make_user("other.runner@example.test", Role.FACILITATOR, cast.org, "Olu R")
    for outsider in (cast.client, cast.other_client, other_runner, cast.clinician):
        response = _as(outsider).post(
            f"/circles/{group.circle.pk}/posts/{post.pk}/moderate/", {"action": "release"}
        )
        assert response.status_code == 404
    post.refresh_from_db()
    assert post.status == "held"


def test_leaving_takes_effect_at_once_and_ends_the_outcomes_consent(
    cast: Cast, group: Group
) -> None:
    services.outcomes_consent_set(member=group.a, consent=True)
    http = _as(cast.client)
    http.post(f"/circles/{group.circle.pk}/leave/")
    assert http.get(f"/circles/{group.circle.pk}/").status_code == 404
    assert not selectors.consenting_members(group.circle).exists()
    assert ConsentGrant.objects.get(scope=f"circle_outcomes:{group.circle.pk}").revoked_at


def test_attendance_is_recorded_and_a_stranger_cannot_be_marked(cast: Cast, group: Group) -> None:
    meeting = services.meeting_create(
        facilitator=group.runner,
        circle=group.circle,
        starts_at=timezone.now() + timedelta(days=2),
        duration_minutes=60,
        agenda="Welcome round",
        checkin_prompts="One word for today\nWhat helped this week?",
    )
    url = f"/circles/{group.circle.pk}/meetings/{meeting.pk}/attendance/"
    http = _as(group.runner)
    http.post(url, {"present": [str(group.a.pk), "999999"]})
    assert not Attendance.objects.exists()
    http.post(url, {"present": [str(group.a.pk)]})
    assert services.attendance_of(meeting) == {group.a.pk}
    assert _as(cast.client).get(url).status_code == 404
    member_page = _as(cast.client).get(f"/circles/{group.circle.pk}/").content
    assert b"What helped this week?" in member_page


# Outcomes ----------------------------------------------------------------------------------


def _checkins(user: User, joined: object, before: int, after: int) -> None:
    today = timezone.localdate()
    CheckIn.objects.create(
        client=user, day=today - timedelta(days=30), mood=5, sexual_loneliness=before
    )
    CheckIn.objects.create(client=user, day=today, mood=5, sexual_loneliness=after)


def test_outcomes_appear_only_with_five_consenting_members(cast: Cast, group: Group) -> None:
    members = [group.a, group.b]
    for n in range(3):
        user = make_user(f"m{n}@example.test", Role.CLIENT, cast.org)
        members.append(join(group.circle, user, f"Member {n}"))
    CircleMember.objects.update(joined_at=timezone.now() - timedelta(days=30))
    for n, member in enumerate(members):
        _checkins(member.user, member.joined_at, before=8, after=8 - n)
    url = f"/circles/{group.circle.pk}/outcomes/"
    for member in members[:4]:
        services.outcomes_consent_set(member=member, consent=True)
    page = _as(group.runner).get(url).content.decode()
    assert "Not shown yet" in page and "at least 5 members" in page
    assert not AuditEvent.objects.filter(object_type="circles.outcomes").exists()
    services.outcomes_consent_set(member=members[4], consent=True)
    api = _as(group.runner).get(f"/api/v1/circles/{group.circle.pk}/outcomes").json()
    assert api["suppressed"] is False
    assert api["changes"][0] == {
        "dimension": "sexual_loneliness",
        "contributors": 5,
        "mean_change": -2.0,
    }
    assert AuditEvent.objects.filter(object_type="circles.outcomes", action="read").count() == 5
    assert _as(cast.client).get(url).status_code == 404
    assert _as(cast.client).get(f"/api/v1/circles/{group.circle.pk}/outcomes").status_code == 404


# Notifications -----------------------------------------------------------------------------


def test_digest_is_at_most_daily_and_holds_no_reflection_text(cast: Cast, group: Group) -> None:
    services.post_create(member=group.a, body="The secret-garden words")
    mail.outbox.clear()
    assert tasks.reflection_digests() == 1  # B hears about A's post; A about nothing
    message = mail.outbox[0]
    assert message.to == ["client.b@example.test"]
    assert "1 new reflection" in message.body and "secret-garden" not in message.body
    assert "Quiet Heron" not in message.body
    services.post_create(member=group.a, body="Another one")
    assert tasks.reflection_digests() == 0
    CircleMember.objects.update(last_digest_at=timezone.now() - timedelta(days=1, minutes=1))
    assert tasks.reflection_digests() == 1


def test_meeting_reminder_goes_once_to_current_members(cast: Cast, group: Group) -> None:
    services.meeting_create(
        facilitator=group.runner,
        circle=group.circle,
        starts_at=timezone.now() + timedelta(hours=3),
        duration_minutes=60,
    )
    mail.outbox.clear()
    assert tasks.meeting_reminders() == 2
    assert tasks.meeting_reminders() == 0
    assert {m.to[0] for m in mail.outbox} == {"client.a@example.test", "client.b@example.test"}


# Privacy -----------------------------------------------------------------------------------


def test_export_holds_my_circle_records_and_erasure_deletes_my_posts(
    cast: Cast, group: Group
) -> None:
    services.post_create(member=group.a, body="circle-erase-me-41")
    other = services.post_create(member=group.b, body="B stays").post
    services.post_report(member=group.a, post=other, reason="report-erase-me-41")
    archive = zipfile.ZipFile(io.BytesIO(privacy.export_zip(cast.client)))
    posts = json.loads(archive.read("circles.circlepost.json"))
    assert posts[0]["body"] == "circle-erase-me-41"
    assert json.loads(archive.read("circles.circlemember.json"))[0]["display_name"] == (
        "Quiet Heron"
    )
    assert "circles.postreport.json" in archive.namelist()
    privacy.erase(cast.client)
    dump = dump_database()
    for trace in ("circle-erase-me-41", "report-erase-me-41", "Quiet Heron", "client.a@"):
        assert trace not in dump
    assert list(CirclePost.objects.values_list("body", flat=True)) == ["B stays"]


def test_demo_circle_shows_pooled_outcomes_to_its_facilitator(db: None) -> None:
    from attune.circles.models import Circle
    from attune.core.demo import demo_load

    demo_load()
    circle = Circle.objects.get()
    result = services.outcomes(facilitator=circle.facilitator, circle=circle)
    assert result.consenting == 7 and not result.suppressed
    assert all(c.contributors == 7 for c in result.changes)


def test_someone_without_an_account_is_offered_sign_in_and_sign_up(
    cast: Cast, group: Group, settings: Any
) -> None:
    issued = services.invitation_create(
        facilitator=group.runner, circle=group.circle, email="brand.new@example.test"
    )
    path = f"/circles/join/{issued.raw_token}/"
    settings.ATTUNE_SELF_SIGNUP = True
    page = Client().get(path).content.decode()
    assert f"/accounts/login/?next={path}" in page
    assert f"/accounts/signup/?next={path}" in page
    settings.ATTUNE_SELF_SIGNUP = False
    assert "/accounts/signup/" not in Client().get(path).content.decode()

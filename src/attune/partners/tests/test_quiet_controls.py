"""Quiet, reversible ways out (PenzeyMoog 2021): pausing or ending quietly changes nothing the
partner can see — their page keeps exactly what it showed, nothing new reaches it, and no
email or notice goes anywhere. What the partner writes meanwhile waits for the client."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from attune.accounts.models import ConsentGrant, PartnerLink
from attune.journal.models import JournalEntry
from attune.partners import selectors, services
from attune.partners.models import PartnerFeedback, QuietHold
from attune.plans import services as plans
from conftest import Cast

from .helpers import OBJECTIVE, api, link_of, login, plan_fields
from .quiet_helpers import SHARED_ENTRY, page, partner_page, partner_view_text, plan_and_share

pytestmark = pytest.mark.django_db

NEW_ENTRY = "Newentry-8080 after the pause"
FEEDBACK_NOTE = "Feedbacknote-6262 I felt shut out"


def _change_everything(cast: Cast) -> None:
    """What the client does after stepping back: none of it may reach the partner."""
    link = link_of(cast.client, cast.partner)
    record = plans.active_plan(cast.client)
    assert record is not None
    plans.step_log(
        client=cast.client,
        record=record,
        step_id="grounding-54321",
        outcome="done",
        felt_safe=True,
        distress=10,
    )
    entry = JournalEntry.objects.create(client=cast.client, title="Later", body=NEW_ENTRY)
    services.entry_share(client=cast.client, link=link, entry=entry, shared=True)
    services.steps_shown_set(client=cast.client, link=link, step_ids={"daily-time-together"})


def _partner_feedback(cast: Cast, link: PartnerLink, captured: Any) -> Any:
    with captured(execute=True):
        return login(cast.partner).post(
            "/partners/feedback/",
            {
                "link": link.pk,
                "felt_connected": 3,
                "felt_heard": 2,
                "note": FEEDBACK_NOTE,
                "shared_with_client": "on",
            },
        )


def test_quiet_pause_keeps_the_partner_page_word_for_word_and_sends_nothing(
    cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    plan_and_share(cast)
    before = partner_page(cast)
    http, auth = api(cast.partner)
    api_before = http.get("/api/v1/partners/shared", **auth).json()
    with django_capture_on_commit_callbacks(execute=True):
        response = login(cast.client).post("/partners/quiet/pause/")
    assert response.status_code == 302
    _change_everything(cast)
    after = partner_page(cast)
    assert after == before
    assert NEW_ENTRY not in after and "1 step done" not in after
    assert http.get("/api/v1/partners/shared", **auth).json() == api_before
    assert mail.outbox == []
    assert selectors.couple_features_paused(cast.client)


def test_resume_is_one_click_and_the_partner_sees_what_is_new(cast: Cast) -> None:
    plan_and_share(cast)
    http = login(cast.client)
    http.post("/partners/quiet/pause/")
    assert "Resume sharing" in page(cast.client)
    _change_everything(cast)
    assert http.post("/partners/quiet/resume/").status_code == 302
    assert not selectors.couple_features_paused(cast.client)
    after = partner_page(cast)
    assert NEW_ENTRY in after and "1 step done" in after
    assert "Ten minutes a day together, without screens" in after
    assert "Pause everything I share, quietly" in page(cast.client)


def test_partner_feedback_while_paused_waits_for_the_client_without_email(
    cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    services.quiet_pause(client=cast.client)
    assert _partner_feedback(cast, link, django_capture_on_commit_callbacks).status_code == 302
    assert PartnerFeedback.objects.filter(link=link).count() == 1  # accepted and stored
    assert mail.outbox == []
    assert FEEDBACK_NOTE not in page(cast.client)
    assert not selectors.feedback_for_clinician(cast.client).exists()
    services.quiet_resume(client=cast.client)
    assert FEEDBACK_NOTE in page(cast.client)
    assert selectors.feedback_for_clinician(cast.client).count() == 1


def test_conversation_the_partner_proposes_while_paused_waits_for_the_client(cast: Cast) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    services.quiet_pause(client=cast.client, link=link)
    proposed = services.conversation_save(actor=cast.partner, link=link, **plan_fields()).record
    assert selectors.conversation_for(cast.partner, proposed.pk) is not None
    assert selectors.conversation_for(cast.client, proposed.pk) is None
    assert OBJECTIVE not in login(cast.client).get("/conversations/").content.decode()
    services.quiet_resume(client=cast.client, link=link)
    assert selectors.conversation_for(cast.client, proposed.pk) is not None


def test_quiet_end_ends_the_link_revokes_every_grant_and_leaves_the_partner_page_as_it_was(
    cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    services.steps_shown_set(client=cast.client, link=link, step_ids={"daily-time-together"})
    before = partner_page(cast)
    with django_capture_on_commit_callbacks(execute=True):
        response = login(cast.client).post("/partners/end/", {"link": link.pk, "quietly": "yes"})
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.status == PartnerLink.Status.ENDED
    assert not ConsentGrant.objects.filter(
        client=cast.client, kind="partner", revoked_at__isnull=True
    ).exists()
    assert not selectors.client_links(cast.client)
    assert "What Robin Partner sees" not in page(cast.client)  # ended for the client
    _change_everything_after_end(cast)
    assert partner_page(cast) == before
    assert mail.outbox == []
    # The partner can still write; it never reaches the client.
    assert _partner_feedback(cast, link, django_capture_on_commit_callbacks).status_code == 302
    assert mail.outbox == [] and FEEDBACK_NOTE not in page(cast.client)


def _change_everything_after_end(cast: Cast) -> None:
    record = plans.active_plan(cast.client)
    assert record is not None
    plans.step_log(
        client=cast.client,
        record=record,
        step_id="grounding-54321",
        outcome="done",
        felt_safe=True,
        distress=10,
    )


def test_quiet_end_after_a_quiet_pause_keeps_the_view_of_the_pause(cast: Cast) -> None:
    plan_and_share(cast)
    before = partner_page(cast)
    services.quiet_pause(client=cast.client)
    _change_everything(cast)
    services.link_end(actor=cast.client, link=link_of(cast.client, cast.partner), quietly=True)
    assert partner_page(cast) == before


def test_ordinary_end_still_removes_the_link_from_the_partner_page(cast: Cast) -> None:
    plan_and_share(cast)
    services.quiet_pause(client=cast.client)
    link = link_of(cast.client, cast.partner)
    assert login(cast.partner).post("/partners/end/", {"link": link.pk}).status_code == 302
    assert login(cast.partner).get("/partners/").status_code == 403
    assert not QuietHold.objects.filter(released_at__isnull=True).exists()


def test_partner_can_still_leave_a_link_that_was_ended_quietly(cast: Cast) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    services.link_end(actor=cast.client, link=link, quietly=True)
    assert login(cast.partner).post("/partners/end/", {"link": link.pk}).status_code == 302
    assert login(cast.partner).get("/partners/").status_code == 403


def test_view_as_partner_shows_exactly_what_the_partner_page_shows(cast: Cast) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    services.steps_shown_set(client=cast.client, link=link, step_ids={"daily-time-together"})
    url = f"/partners/as-partner/?link={link.pk}"
    mine = page(cast.client, url)
    assert partner_view_text(mine) == partner_view_text(partner_page(cast))
    assert "a closeness step" in partner_view_text(mine)
    assert "/partners/end/" not in mine and "/partners/feedback/" not in mine
    assert f'href="{url}"' in page(cast.client).replace("&amp;", "&")
    services.quiet_pause(client=cast.client)
    _change_everything(cast)
    mine = page(cast.client, url)
    assert partner_view_text(mine) == partner_view_text(partner_page(cast))
    assert NEW_ENTRY not in mine


def test_pausing_or_ending_someone_elses_link_changes_nothing(cast: Cast) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    grants = ConsentGrant.objects.filter(client=cast.client, revoked_at__isnull=True).count()
    for person in (cast.other_client, cast.partner, cast.other_clinician):
        http = login(person)
        for url, data in (
            ("/partners/quiet/pause/", {"link": link.pk}),
            ("/partners/quiet/resume/", {"link": link.pk}),
            ("/partners/quiet/pause/", {}),
            ("/partners/end/", {"link": link.pk, "quietly": "yes"}),
            ("/partners/steps/", {"link": link.pk, "show": ["daily-time-together"]}),
        ):
            assert http.post(url, data).status_code in {403, 404}, (person, url)
        assert http.get(f"/partners/as-partner/?link={link.pk}").status_code == 404
    link.refresh_from_db()
    assert link.status == PartnerLink.Status.ACTIVE
    assert not QuietHold.objects.exists()
    assert ConsentGrant.objects.filter(client=cast.client, revoked_at__isnull=True).count() == (
        grants
    )


def test_view_as_partner_needs_a_link_of_ones_own(cast: Cast) -> None:
    plan_and_share(cast)
    http = login(cast.client)
    assert http.get("/partners/as-partner/").status_code == 404
    assert http.get("/partners/as-partner/?link=abc").status_code == 404
    assert http.get("/partners/as-partner/?link=999999").status_code == 404


def test_services_refuse_a_link_that_is_not_the_clients(cast: Cast) -> None:
    from django.core.exceptions import PermissionDenied

    link = link_of(cast.client, cast.partner)
    with pytest.raises(PermissionDenied):
        services.quiet_pause(client=cast.other_client, link=link)
    with pytest.raises(PermissionDenied):
        services.link_end(actor=cast.partner, link=link, quietly=True)
    assert not QuietHold.objects.exists()


def test_the_client_page_has_the_quiet_controls(cast: Cast) -> None:
    plan_and_share(cast)
    html = page(cast.client)
    quiet = html[html.index('id="quiet"') :]
    assert "Pause everything I share, quietly" in quiet
    assert "End the link quietly" in quiet


def test_after_a_quiet_end_the_partner_still_reaches_the_pages_their_view_links_to(
    cast: Cast,
) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    services.link_end(actor=cast.client, link=link, quietly=True)
    http = login(cast.partner)
    assert http.get("/conversations/").status_code == 200
    assert http.get(f"/partners/feedback/?link={link.pk}").status_code == 200
    api_http, auth = api(cast.partner)
    (row,) = api_http.get("/api/v1/partners/shared", **auth).json()
    assert row["link_id"] == link.pk and row["ladder"]


# The same controls over the API -------------------------------------------------------------


def test_api_steps_shown_refuses_an_unknown_step_and_changes_nothing(cast: Cast) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    http, auth = api(cast.client)
    before = list(ConsentGrant.objects.order_by("pk").values_list("scope", "revoked_at"))
    response = http.put(
        "/api/v1/partners/steps/shown",
        {"link_id": link.pk, "step_ids": ["daily-time-together", "no-such-step"]},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 422
    assert response.json()["errors"]["step_ids"] == [
        "These are not steps of your plan: no-such-step"
    ]
    assert list(ConsentGrant.objects.order_by("pk").values_list("scope", "revoked_at")) == before
    response = http.put(
        "/api/v1/partners/steps/shown",
        {"link_id": link.pk, "step_ids": ["daily-time-together"]},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 200
    assert "Ten minutes a day together, without screens" in partner_page(cast)


def test_api_quiet_pause_and_resume(cast: Cast) -> None:
    plan_and_share(cast)
    http, auth = api(cast.client)
    partner_http, partner_auth = api(cast.partner)
    before = partner_http.get("/api/v1/partners/shared", **partner_auth).json()
    response = http.post(
        "/api/v1/partners/quiet/pause", {}, content_type="application/json", **auth
    )
    assert response.status_code == 200 and response.json() == {"paused": True}
    _change_everything(cast)
    assert partner_http.get("/api/v1/partners/shared", **partner_auth).json() == before
    response = http.post(
        "/api/v1/partners/quiet/resume", {}, content_type="application/json", **auth
    )
    assert response.json() == {"paused": False}
    assert partner_http.get("/api/v1/partners/shared", **partner_auth).json() != before


@pytest.mark.parametrize("who", ["partner", "other_client", "other_clinician"])
def test_api_quiet_controls_refuse_anyone_but_the_client(cast: Cast, who: str) -> None:
    link = link_of(cast.client, cast.partner)
    http, auth = api(getattr(cast, who))
    for url in ("/api/v1/partners/quiet/pause", "/api/v1/partners/quiet/resume"):
        for body in ({"link_id": link.pk}, {}):
            response = http.post(url, body, content_type="application/json", **auth)
            assert response.status_code == 404, (url, body)
    response = http.put(
        "/api/v1/partners/steps/shown",
        {"link_id": link.pk, "step_ids": []},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 404
    assert not QuietHold.objects.exists()


def test_an_entry_edited_after_a_quiet_pause_reaches_the_partner_as_it_was(cast: Cast) -> None:
    plan_and_share(cast)
    services.quiet_pause(client=cast.client)
    before = partner_page(cast)
    entry = JournalEntry.objects.get(client=cast.client)  # the one shared entry
    entry.body = "Edited-7781 words written after the pause"
    entry.save()
    assert partner_page(cast) == before
    assert "Edited-7781" not in partner_page(cast)


def test_stopping_sharing_an_entry_during_a_pause_reaches_the_held_view(cast: Cast) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    services.quiet_pause(client=cast.client)
    assert SHARED_ENTRY in partner_page(cast)
    entry = JournalEntry.objects.get(client=cast.client)  # the one shared entry
    services.entry_share(client=cast.client, link=link, entry=entry, shared=False)
    assert SHARED_ENTRY not in partner_page(cast)


def test_after_a_quiet_end_the_client_can_clear_what_the_partner_still_sees(
    cast: Cast,
) -> None:
    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    client = login(cast.client)
    client.post("/partners/end/", {"link": link.pk, "quietly": "yes"})
    assert SHARED_ENTRY in partner_page(cast)
    mine = page(cast.client)
    assert "You ended the link with Robin Partner" in mine
    assert login(cast.partner).post("/partners/quiet/clear/", {"link": link.pk}).status_code == 404
    assert (
        login(cast.other_client).post("/partners/quiet/clear/", {"link": link.pk}).status_code
        == 404
    )
    assert SHARED_ENTRY in partner_page(cast)
    assert client.post("/partners/quiet/clear/", {"link": link.pk}).status_code == 302
    assert SHARED_ENTRY not in login(cast.partner).get("/partners/").content.decode()
    assert "You ended the link with Robin Partner" not in page(cast.client)


def test_resuming_while_a_couple_concern_stands_says_what_the_partner_will_see(
    cast: Cast,
) -> None:
    from attune.safety.couple_check import couple_check_record

    plan_and_share(cast)
    couple_check_record(
        client=cast.client, answers={"feels_safe": "no", "pressured": "no", "monitored": "no"}
    )
    assert "data-concern-stands" in page(cast.client)


def test_after_a_quiet_end_the_partner_conversation_pages_read_as_before(cast: Cast) -> None:
    from .helpers import conversation

    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    talk = conversation(link)
    before_list = page(cast.partner, "/conversations/")
    before_detail = page(cast.partner, f"/conversations/{talk.pk}/")
    login(cast.client).post("/partners/end/", {"link": link.pk, "quietly": "yes"})
    assert page(cast.partner, "/conversations/") == before_list
    assert page(cast.partner, f"/conversations/{talk.pk}/") == before_detail
    feed = feeds_for(cast.partner)
    assert "conversation" in feed


def test_after_a_quiet_end_the_partner_still_gets_the_reminder_and_the_client_does_not(
    cast: Cast,
) -> None:
    from django.utils import timezone

    from attune.partners import tasks

    from .helpers import conversation

    plan_and_share(cast)
    link = link_of(cast.client, cast.partner)
    conversation(link, starts_at=timezone.now() + timezone.timedelta(hours=3))
    login(cast.client).post("/partners/end/", {"link": link.pk, "quietly": "yes"})
    mail.outbox.clear()
    assert tasks.send_due_conversation_reminders() == 1
    assert [m.to for m in mail.outbox] == [[cast.partner.email]]


def feeds_for(user: Any) -> str:
    from attune.checkins import calendar as feeds

    return feeds.render_feed(user).decode()

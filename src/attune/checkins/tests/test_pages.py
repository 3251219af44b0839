from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from attune.checkins import calendar
from attune.checkins.models import CalendarFeed, CheckIn, CheckinReminder
from attune.checkins.reminders import send_due_reminders
from conftest import Cast

pytestmark = pytest.mark.django_db

FORM = {
    "mood": "4",
    "sexual_loneliness": "7",
    "emotional_loneliness": "5",
    "social_loneliness": "3",
    "longing_distress": "6",
    "social_contacts": "2",
    "social_contact_kinds": ["friends"],
    "sleep_hours": "6.5",
    "sleep_quality": "5",
    "activity_minutes": "20",
    "nourishment": "okay",
    "win": "Went for a short walk",
    "setback": "",
    "note": "",
}


def _client_http(cast: Cast) -> Client:
    http = Client()
    http.force_login(cast.client)
    return http


def test_client_checks_in_from_the_form(cast: Cast) -> None:
    http = _client_http(cast)
    page = http.get("/checkin/")
    assert page.status_code == 200
    assert b"not a validated scale" in page.content
    response = http.post("/checkin/", FORM)
    assert response.status_code == 302
    checkin = CheckIn.objects.get(client=cast.client)
    assert (checkin.mood, checkin.sexual_loneliness, float(checkin.sleep_hours)) == (4, 7, 6.5)
    assert checkin.social_contact_kinds == ["friends"]
    assert checkin.win == "Went for a short walk"
    assert not checkin.backfilled


def test_posting_again_the_same_day_edits_instead_of_duplicating(cast: Cast) -> None:
    http = _client_http(cast)
    http.post("/checkin/", FORM)
    http.post("/checkin/", dict(FORM, mood="8"))
    assert CheckIn.objects.filter(client=cast.client).count() == 1
    assert CheckIn.objects.get(client=cast.client).mood == 8


def test_mood_is_needed_and_bad_values_change_nothing(cast: Cast) -> None:
    http = _client_http(cast)
    response = http.post("/checkin/", dict(FORM, mood=""))
    assert response.status_code == 200
    assert b"This field is required" in response.content
    response = http.post("/checkin/", dict(FORM, sleep_hours="30"))
    assert b"less than or equal to 24" in response.content
    assert not CheckIn.objects.exists()


def test_backfilled_day_is_marked_and_future_days_do_not_exist(cast: Cast) -> None:
    http = _client_http(cast)
    yesterday = timezone.now().date() - timedelta(days=1)
    http.post(f"/checkin/{yesterday.isoformat()}/", FORM)
    assert CheckIn.objects.get(client=cast.client).backfilled
    tomorrow = timezone.now().date() + timedelta(days=2)
    assert http.get(f"/checkin/{tomorrow.isoformat()}/").status_code == 404
    assert http.get("/checkin/2026-02-30/").status_code == 404


def test_only_clients_have_a_checkin_page(cast: Cast) -> None:
    for person in (cast.partner, cast.clinician, cast.facilitator):
        http = Client()
        http.force_login(person)
        assert http.get("/checkin/").status_code == 403


def test_reminder_is_sent_once_per_local_day_and_not_after_checking_in(cast: Cast) -> None:
    CheckinReminder.objects.create(
        client=cast.client, enabled=True, local_time=time(20, 0), time_zone="Europe/London"
    )
    evening = datetime(2026, 7, 1, 19, 30, tzinfo=UTC)  # 20:30 in London (BST)
    assert send_due_reminders(evening - timedelta(hours=1)) == 0  # 19:30 local: not yet
    assert send_due_reminders(evening) == 1
    assert send_due_reminders(evening + timedelta(minutes=5)) == 0
    assert len(mail.outbox) == 1
    assert "No pressure" in mail.outbox[0].body
    assert "fail" not in mail.outbox[0].body.lower()
    CheckIn.objects.create(client=cast.client, day=date(2026, 7, 2), mood=5)
    assert send_due_reminders(evening + timedelta(days=1)) == 0  # already checked in that day


def test_reminder_settings_reject_unknown_time_zone(cast: Cast) -> None:
    http = _client_http(cast)
    response = http.post(
        "/checkin/reminders/", {"enabled": "on", "local_time": "08:30", "time_zone": "Mars/Olympus"}
    )
    assert response.status_code == 200
    assert b"not a known time zone" in response.content
    assert not CheckinReminder.objects.get(client=cast.client).enabled


def test_calendar_feed_is_private_revocable_and_says_nothing_clinical(cast: Cast) -> None:
    CheckinReminder.objects.create(
        client=cast.client, local_time=time(7, 45), time_zone="America/Toronto"
    )
    raw = calendar.feed_create(client=cast.client)
    response = Client().get(f"/calendar/{raw}.ics")
    assert response.status_code == 200
    parsed = Calendar.from_ical(response.content)
    event = next(iter(parsed.walk("VEVENT")))
    assert str(event["summary"]) == "attune check-in"
    rrule: Any = event["rrule"]
    assert rrule["FREQ"] == ["DAILY"]
    assert event.decoded("dtstart").time() == time(7, 45)
    assert str(event.decoded("dtstart").tzinfo) == "America/Toronto"
    assert not CalendarFeed.objects.filter(token_hash=raw).exists()
    calendar.feed_revoke(client=cast.client)
    assert Client().get(f"/calendar/{raw}.ics").status_code == 404


def test_new_calendar_address_replaces_the_old(cast: Cast) -> None:
    first = calendar.feed_create(client=cast.client)
    second = calendar.feed_create(client=cast.client)
    assert Client().get(f"/calendar/{first}.ics").status_code == 404
    assert Client().get(f"/calendar/{second}.ics").status_code == 200


def test_calendar_apps_may_ask_for_the_feed_headers_alone(cast: Cast) -> None:
    raw = calendar.feed_create(client=cast.client)
    response = Client().head(f"/calendar/{raw}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")


def _history(cast: Cast, days: int, *, start_mood: int = 3) -> None:
    today = timezone.now().date()
    for offset in range(days):
        day = today - timedelta(days=offset + 1)
        CheckIn.objects.create(
            client=cast.client,
            day=day,
            mood=(start_mood + offset) % 11,
            sexual_loneliness=(7 - offset) % 11,
            sleep_hours=6 + offset % 3,
            win="Asked a neighbour round for tea" if offset == 2 else "",
        )


def test_insights_show_chart_calendar_engagement_and_wins(cast: Cast) -> None:
    _history(cast, 10)
    page = _client_http(cast).get("/checkin/insights/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'role="img"' in html and "<desc" in html  # charts carry their text alternative
    assert html.count("<svg") == 3  # thread, calendar, trend
    assert "You checked in on 10 of the 11 days since you started" in html
    assert "Asked a neighbour round for tea" in html
    assert "<table>" in html
    for unkind in ("streak", "failed", "missed", "broken"):
        assert unkind not in html.lower()


def _legend_colours(legend: str) -> dict[str, str]:
    """Each legend label with the colour of the line sample drawn just before it."""
    pairs = re.findall(
        r'<line [^>]*stroke="(#[0-9a-f]{6})"[^>]*/>(?:<[^t][^>]*/>)*<text[^>]*>([^<]+)</text>',
        legend,
    )
    return {label: colour for colour, label in pairs}


def test_mood_and_sexual_loneliness_keep_one_colour_on_both_insights_charts(cast: Cast) -> None:
    _history(cast, 10)
    html = _client_http(cast).get("/checkin/insights/").content.decode()
    legends = [
        _legend_colours(g)
        for g in re.findall(r'<g class="chart-legend".*?</g>', html, re.S)
        if "Mood</text>" in g
    ]
    assert len(legends) == 2  # the thread chart and the seven-day trend
    thread, trend = legends
    assert thread["Mood"] == trend["Mood"]
    assert thread["Sexual loneliness"] == trend["Sexual loneliness"]
    assert thread["Mood"] != thread["Sexual loneliness"]


def test_insights_page_says_patterns_wait_for_enough_days(cast: Cast) -> None:
    _history(cast, 5)
    html = _client_http(cast).get("/checkin/insights/").content.decode()
    assert "not causes" in html
    assert "tended to be" not in html  # no pattern claimed from five days


def test_insights_query_count_does_not_grow_with_history(
    cast: Cast, django_assert_max_num_queries: Any
) -> None:
    _history(cast, 3)
    http = _client_http(cast)
    http.get("/checkin/insights/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as short:
        http.get("/checkin/insights/")
    CheckIn.objects.filter(client=cast.client).delete()
    _history(cast, 80)
    with django_assert_max_num_queries(len(short)):
        http.get("/checkin/insights/")


def test_an_odd_month_parameter_shows_this_month(cast: Cast) -> None:
    http = _client_http(cast)
    for month in ("2026-13", "banana", "9999-01", "-1"):
        response = http.get("/checkin/insights/", {"month": month})
        assert response.status_code == 200
        this_month = timezone.now().date().strftime("%B %Y")
        assert f"Mood in {this_month}" in response.content.decode()


def test_clinician_sees_client_insights_and_the_read_is_audited(cast: Cast) -> None:
    from attune.audit.models import AuditEvent

    _history(cast, 4)
    http = Client()
    http.force_login(cast.clinician)
    page = http.get(f"/clients/{cast.client.uuid}/checkins/")
    assert page.status_code == 200
    assert "Asked a neighbour round for tea" in page.content.decode()
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, subject_uuid=cast.client.uuid, action="read"
    ).exists()


def test_unrelated_clinician_and_partner_cannot_see_client_checkins(cast: Cast) -> None:
    _history(cast, 4)
    for person in (cast.other_clinician, cast.partner, cast.other_client):
        http = Client()
        http.force_login(person)
        response = http.get(f"/clients/{cast.client.uuid}/checkins/")
        assert response.status_code == 404
        assert b"neighbour round" not in response.content


def test_risk_language_in_a_checkin_note_shows_crisis_lines_and_flags_once(
    cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    from attune.safety.models import RiskFlag

    http = _client_http(cast)
    with django_capture_on_commit_callbacks(execute=True):
        http.post("/checkin/", dict(FORM, note="Some nights I just want to end my life"))
    page = http.get("/checkin/insights/").content.decode()
    assert "carry this alone" in page
    assert RiskFlag.objects.filter(client=cast.client, reason="checkin_risk_language").count() == 1
    assert [m.to for m in mail.outbox] == [[cast.clinician.email]]
    http.post("/checkin/", dict(FORM, note="Some nights I just want to end my life", mood="6"))
    assert RiskFlag.objects.count() == 1  # an unchanged note is not screened again
    assert "carry this alone" not in http.get("/checkin/insights/").content.decode()


def test_an_everyday_checkin_note_raises_nothing(cast: Cast) -> None:
    from attune.safety.models import RiskFlag

    _client_http(cast).post("/checkin/", dict(FORM, note="Work is killing me this week"))
    assert not RiskFlag.objects.exists()


@pytest.mark.parametrize("month", ["0001-01", "0001-02", "1899-12", "9999-12", "2026-13", "x"])
def test_any_month_in_the_address_gives_a_calendar_page(cast: Cast, month: str) -> None:
    own = _client_http(cast).get("/checkin/insights/", {"month": month})
    assert own.status_code == 200
    clinician = Client()
    clinician.force_login(cast.clinician)
    theirs = clinician.get(f"/clients/{cast.client.uuid}/checkins/", {"month": month})
    assert theirs.status_code == 200

"""Value-based actions: plan, edit, mark done or not yet with a reflection, reschedule."""

from __future__ import annotations

from datetime import timedelta

import pytest

from attune.checkins.services import client_today
from attune.valuework.models import ValueAction
from conftest import Cast

from .helpers import signed_in

pytestmark = pytest.mark.django_db

UNKIND = ("fail", "missed", "overdue", "streak", "broken", "late")


def _day(cast: Cast, offset: int) -> str:
    return (client_today(cast.client) + timedelta(days=offset)).isoformat()


def _plan(cast: Cast, offset: int = 1, text: str = "Text Sam to ask about the move") -> ValueAction:
    return ValueAction.objects.create(
        client=cast.client,
        domain="friends",
        action=text,
        scheduled_on=client_today(cast.client) + timedelta(days=offset),
    )


def test_client_plans_a_step_for_an_area(cast: Cast) -> None:
    http = signed_in(cast.client)
    form = http.get("/values/actions/new/", {"area": "self_care"}).content.decode()
    assert '<option value="self_care" selected>' in form
    response = http.post(
        "/values/actions/new/",
        {
            "domain": "friends",
            "action": "Text Sam to ask about the move",
            "scheduled_on": _day(cast, 2),
            "scheduled_time": "18:30",
        },
    )
    assert response.status_code == 302
    action = ValueAction.objects.get(client=cast.client)
    assert (action.domain, action.status, str(action.scheduled_time)) == (
        "friends",
        "planned",
        "18:30:00",
    )
    page = http.get("/values/actions/").content.decode()
    assert "Text Sam to ask about the move" in page
    assert "Coming up" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"scheduled_on": "yesterday"}, "Choose today or a day still to come."),
        ({"action": "   "}, "Please write the step you have in mind."),
        ({"domain": "dating"}, "Select a valid choice."),
        ({"scheduled_on": "2026-02-30"}, "Enter a date."),
        ({"action": "x" * 501}, "at most 500 characters"),
    ],
)
def test_a_step_with_bad_input_is_refused_and_nothing_is_stored(
    cast: Cast, changes: dict[str, str], message: str
) -> None:
    data = {"domain": "work", "action": "Ask for feedback", "scheduled_on": _day(cast, 0)}
    data.update(changes)
    if data["scheduled_on"] == "yesterday":
        data["scheduled_on"] = _day(cast, -1)
    response = signed_in(cast.client).post("/values/actions/new/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ValueAction.objects.exists()


def test_a_past_planned_step_reads_not_yet_and_invites_a_reschedule(cast: Cast) -> None:
    action = _plan(cast, offset=-3)
    http = signed_in(cast.client)
    page = http.get("/values/actions/").content.decode()
    assert "Not yet — want to reschedule?" in page
    assert f"/values/actions/{action.pk}/reschedule/" in page
    for word in UNKIND:
        assert word not in page.lower(), word
    refused = http.post(
        f"/values/actions/{action.pk}/reschedule/", {"scheduled_on": _day(cast, -1)}
    )
    assert b"Choose today or a day still to come." in refused.content
    http.post(f"/values/actions/{action.pk}/reschedule/", {"scheduled_on": _day(cast, 4)})
    action.refresh_from_db()
    assert (action.status, action.scheduled_on.isoformat()) == ("planned", _day(cast, 4))


def test_marking_done_keeps_a_private_reflection(cast: Cast) -> None:
    action = _plan(cast, offset=0)
    http = signed_in(cast.client)
    assert http.get(f"/values/actions/{action.pk}/done/").status_code == 200
    http.post(f"/values/actions/{action.pk}/done/", {"reflection": "Sam was glad I asked."})
    action.refresh_from_db()
    assert (action.status, action.reflection) == ("done", "Sam was glad I asked.")
    page = http.get("/values/actions/").content.decode()
    assert "Sam was glad I asked." in page and "Done" in page


def test_not_yet_with_a_new_day_plans_the_step_again(cast: Cast) -> None:
    action = _plan(cast, offset=-1)
    http = signed_in(cast.client)
    http.post(f"/values/actions/{action.pk}/not-yet/", {"reflection": "Felt too tired."})
    action.refresh_from_db()
    assert (action.status, action.reflection) == ("not_yet", "Felt too tired.")
    assert "Not yet — want to reschedule?" in http.get("/values/actions/").content.decode()
    http.post(
        f"/values/actions/{action.pk}/not-yet/",
        {"reflection": "Felt too tired; mornings are easier.", "reschedule_to": _day(cast, 1)},
    )
    action.refresh_from_db()
    assert action.status == "planned"
    assert action.scheduled_on.isoformat() == _day(cast, 1)


def test_not_yet_with_a_past_new_day_changes_nothing(cast: Cast) -> None:
    action = _plan(cast, offset=-1)
    response = signed_in(cast.client).post(
        f"/values/actions/{action.pk}/not-yet/",
        {"reflection": "Hmm", "reschedule_to": _day(cast, -2)},
    )
    assert b"Choose today or a day still to come." in response.content
    action.refresh_from_db()
    assert (action.status, action.reflection) == ("planned", "")


def test_editing_keeps_a_past_day_but_refuses_a_new_past_day(cast: Cast) -> None:
    action = _plan(cast, offset=-2)
    http = signed_in(cast.client)
    keep = {"domain": "family", "action": "Call Mum", "scheduled_on": _day(cast, -2)}
    assert http.post(f"/values/actions/{action.pk}/edit/", keep).status_code == 302
    action.refresh_from_db()
    assert (action.domain, action.action) == ("family", "Call Mum")
    moved = dict(keep, scheduled_on=_day(cast, -5), action="Call Dad")
    response = http.post(f"/values/actions/{action.pk}/edit/", moved)
    assert b"Choose today or a day still to come." in response.content
    action.refresh_from_db()
    assert action.action == "Call Mum"


def test_a_step_can_be_removed(cast: Cast) -> None:
    action = _plan(cast)
    http = signed_in(cast.client)
    assert http.get(f"/values/actions/{action.pk}/delete/").status_code == 405
    http.post(f"/values/actions/{action.pk}/delete/")
    assert not ValueAction.objects.exists()


def test_another_clients_step_is_not_found_and_unchanged(cast: Cast) -> None:
    action = _plan(cast)
    http = signed_in(cast.other_client)
    for suffix in ("edit", "done", "not-yet", "reschedule"):
        url = f"/values/actions/{action.pk}/{suffix}/"
        assert http.get(url).status_code == 404
        assert http.post(url, {"reflection": "x", "scheduled_on": _day(cast, 3)}).status_code == 404
    assert http.post(f"/values/actions/{action.pk}/delete/").status_code == 404
    action.refresh_from_db()
    assert (action.status, action.reflection, action.action) == (
        "planned",
        "",
        "Text Sam to ask about the move",
    )
    assert b"Text Sam" not in http.get("/values/actions/").content


def test_partner_and_staff_cannot_reach_a_clients_step(cast: Cast) -> None:
    action = _plan(cast)
    for person in (cast.partner, cast.clinician, cast.other_clinician, cast.admin):
        http = signed_in(person)
        assert http.get(f"/values/actions/{action.pk}/edit/").status_code == 403
        assert http.post(f"/values/actions/{action.pk}/delete/").status_code == 403
    assert ValueAction.objects.filter(pk=action.pk).exists()


def test_a_double_click_plans_the_step_once(cast: Cast) -> None:
    http = signed_in(cast.client)
    data = {"domain": "work", "action": "Ask for feedback", "scheduled_on": _day(cast, 1)}
    assert http.post("/values/actions/new/", data).status_code == 302
    assert http.post("/values/actions/new/", data).status_code == 302
    assert ValueAction.objects.count() == 1
    http.post("/values/actions/new/", dict(data, action="Ask for feedback on Friday"))
    assert ValueAction.objects.count() == 2

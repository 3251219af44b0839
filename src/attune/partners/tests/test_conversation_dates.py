"""Conversation times (issue 20): a plan starts from now on (a few minutes' grace) and within
two years, and lasts 5 to 180 minutes; on the page and over the API, with the field named."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from attune.partners.models import Conversation, Scope
from conftest import Cast

from .helpers import api, conversation, grant, link_of, login, plan_fields, soon

pytestmark = pytest.mark.django_db

PAST = "cannot start in the past"
FAR = "within the next two years"


def _local(delta: timedelta) -> str:
    return timezone.localtime(timezone.now() + delta).strftime("%Y-%m-%dT%H:%M")


def _form(**overrides: str) -> dict[str, str]:
    data = {k: str(v) for k, v in plan_fields().items()}
    data["starts_at"] = _local(timedelta(days=2))
    data.update(overrides)
    return data


def _shared(cast: Cast) -> None:
    grant(link_of(cast.client, cast.partner), Scope.CONVERSATIONS)


@pytest.mark.parametrize(
    ("starts_at", "words"),
    [
        (_local(timedelta(days=-1)), PAST),
        ("0001-01-01T00:00", PAST),
        ("9999-12-31T23:59", FAR),
        (_local(timedelta(days=365 * 3)), FAR),
    ],
)
def test_the_plan_form_refuses_a_start_in_the_past_or_absurdly_far_ahead(
    cast: Cast, starts_at: str, words: str
) -> None:
    _shared(cast)
    response = login(cast.client).post("/conversations/new/", _form(starts_at=starts_at))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["starts_at"] and words in errors["starts_at"][0]
    assert words in response.content.decode()
    assert not Conversation.objects.exists()


def test_a_start_a_few_minutes_ago_is_a_slow_form_and_is_accepted(cast: Cast) -> None:
    _shared(cast)
    response = login(cast.client).post(
        "/conversations/new/", _form(starts_at=_local(timedelta(minutes=-3)))
    )
    assert response.status_code == 302 and Conversation.objects.count() == 1


@pytest.mark.parametrize("minutes", ["0", "4", "181"])
def test_the_plan_form_refuses_a_duration_outside_5_to_180_minutes(
    cast: Cast, minutes: str
) -> None:
    _shared(cast)
    response = login(cast.client).post("/conversations/new/", _form(duration_minutes=minutes))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["duration_minutes"]
    assert "A conversation lasts at" in errors["duration_minutes"][0]
    assert not Conversation.objects.exists()


def test_the_duration_input_says_5_to_180_minutes(cast: Cast) -> None:
    _shared(cast)
    page = login(cast.client).get("/conversations/new/").content.decode()
    duration = (
        page.split('name="duration_minutes"')[0].rsplit("<input", 1)[1]
        + page.split('name="duration_minutes"')[1].split(">")[0]
    )
    assert 'min="5"' in duration and 'max="180"' in duration


@pytest.mark.parametrize(
    ("starts_at", "words"),
    [
        ((timezone.now() - timedelta(hours=2)).isoformat(), PAST),
        ("0001-01-01T00:00:00Z", PAST),
        ("0001-01-01T00:00:00+05:00", PAST),
        ("9999-12-31T23:59:59-05:00", FAR),
        ((timezone.now() + timedelta(days=365 * 3)).isoformat(), FAR),
        ("2030-06-01T18:00:00", "offset"),
    ],
)
def test_the_api_refuses_a_start_in_the_past_or_far_ahead_naming_starts_at(
    cast: Cast, starts_at: str, words: str
) -> None:
    _shared(cast)
    link = link_of(cast.client, cast.partner)
    http, auth = api(cast.partner)
    body = {**plan_fields(starts_at=starts_at), "link_id": link.pk}
    answer = http.post("/api/v1/conversations", body, content_type="application/json", **auth)
    assert answer.status_code == 422
    assert list(answer.json()["errors"]) == ["starts_at"]
    assert (
        words in answer.json()["errors"]["starts_at"][0] and "starts_at" in answer.json()["detail"]
    )
    assert not Conversation.objects.exists()


@pytest.mark.parametrize("minutes", [0, 181])
def test_the_api_refuses_a_duration_outside_5_to_180_naming_duration_minutes(
    cast: Cast, minutes: int
) -> None:
    _shared(cast)
    link = link_of(cast.client, cast.partner)
    http, auth = api(cast.client)
    body = {**plan_fields(starts_at=soon(), duration_minutes=minutes), "link_id": link.pk}
    answer = http.post("/api/v1/conversations", body, content_type="application/json", **auth)
    assert answer.status_code == 422 and list(answer.json()["errors"]) == ["duration_minutes"]
    assert "duration_minutes" in answer.json()["detail"]
    assert not Conversation.objects.exists()


def test_moving_a_plan_into_the_past_changes_nothing(cast: Cast) -> None:
    _shared(cast)
    link = link_of(cast.client, cast.partner)
    talk = conversation(link)
    http, auth = api(cast.client)
    body = {
        **plan_fields(starts_at=(timezone.now() - timedelta(days=1)).isoformat()),
        "objective": "moved",
        "link_id": link.pk,
    }
    answer = http.put(
        f"/api/v1/conversations/{talk.pk}", body, content_type="application/json", **auth
    )
    assert answer.status_code == 422 and "starts_at" in answer.json()["errors"]
    fresh = Conversation.objects.get(pk=talk.pk)
    assert (fresh.starts_at, fresh.objective) == (talk.starts_at, talk.objective)


def test_a_past_conversation_can_still_have_its_objective_changed(cast: Cast) -> None:
    _shared(cast)
    talk = conversation(link_of(cast.client, cast.partner))
    Conversation.objects.filter(pk=talk.pk).update(starts_at=timezone.now() - timedelta(days=3))
    talk.refresh_from_db()
    http, auth = api(cast.client)
    body = {
        **plan_fields(starts_at=talk.starts_at.isoformat()),
        "objective": "what we learned",
        "link_id": talk.link_id,
    }
    answer = http.put(
        f"/api/v1/conversations/{talk.pk}", body, content_type="application/json", **auth
    )
    assert answer.status_code == 200 and answer.json()["objective"] == "what we learned"

"""A megabyte pasted into the trigger map or an experiment is refused with a message naming
the field, on the web and through the API, and nothing is stored; numbers are not dates."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.practice.models import NOTE_MAX, PLACE_MAX, STORY_MAX, TEXT_MAX, Experiment, Trigger
from conftest import Cast

pytestmark = pytest.mark.django_db

MEGABYTE = "a" * 1_000_000
MOMENT = {
    "occurred_at": "2026-11-20T22:15",
    "company": "alone",
    "place": "kitchen",
    "what_happened": "Saw old photos",
    "intensity_before": 80,
    "body_sensations": "tight chest",
    "automatic_thought": "Nobody will ever want me",
    "origin_theme": "betrayal",
}
# The API takes a moment with its offset (a web form's datetime-local has none: the form
# reads it in the person's own zone).
API_MOMENT = dict(MOMENT, occurred_at="2026-11-20T22:15+00:00")
PLAN = {
    "belief": "If I ask for a hug they will pull away",
    "belief_before": 85,
    "prediction": "They will look uncomfortable",
    "plan": "Ask for a hug after dinner",
    "safety_behaviours": "Making a joke of it",
    "planned_on": "2026-11-28",
}
RESULT = {
    "outcome": "They hugged back",
    "learned": "Asking was safer than I feared",
    "belief_after": 40,
    "next_experiment": "Ask for a walk together",
}
TRIGGER_LIMITS = {
    "place": PLACE_MAX,
    "what_happened": STORY_MAX,
    "body_sensations": NOTE_MAX,
    "automatic_thought": NOTE_MAX,
}
PLAN_LIMITS = {
    "belief": TEXT_MAX,
    "prediction": TEXT_MAX,
    "plan": TEXT_MAX,
    "safety_behaviours": NOTE_MAX,
}
RESULT_LIMITS = {"outcome": TEXT_MAX, "learned": TEXT_MAX, "next_experiment": NOTE_MAX}


def _api(user: User) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {accounts.api_token_create(user=user)}")


def _post(http: Client, path: str, body: dict[str, Any]) -> Any:
    return http.post(path, json.dumps(body), content_type="application/json")


def _web(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


@pytest.mark.parametrize("field", sorted(TRIGGER_LIMITS))
def test_a_megabyte_in_a_trigger_field_is_refused_by_the_api(cast: Cast, field: str) -> None:
    response = _post(
        _api(cast.client), "/api/v1/practice/triggers", dict(MOMENT, **{field: MEGABYTE})
    )
    assert response.status_code == 422
    assert list(response.json()["errors"]) == [field]
    assert not Trigger.objects.exists()


@pytest.mark.parametrize("field", sorted(TRIGGER_LIMITS))
def test_a_trigger_field_at_its_limit_is_kept(cast: Cast, field: str) -> None:
    text = "b" * TRIGGER_LIMITS[field]
    response = _post(
        _api(cast.client), "/api/v1/practice/triggers", dict(API_MOMENT, **{field: text})
    )
    assert response.status_code == 201
    assert getattr(Trigger.objects.get(), field) == text


@pytest.mark.parametrize("field", sorted(TRIGGER_LIMITS))
def test_a_megabyte_in_a_trigger_field_is_refused_on_the_web(cast: Cast, field: str) -> None:
    response = _web(cast.client).post("/practice/triggers/new/", dict(MOMENT, **{field: MEGABYTE}))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert f"at most {TRIGGER_LIMITS[field]} characters" in response.content.decode()
    assert not Trigger.objects.exists()


def test_a_megabyte_pause_is_refused_and_the_trigger_is_unchanged(cast: Cast) -> None:
    http = _api(cast.client)
    made = _post(http, "/api/v1/practice/triggers", API_MOMENT).json()
    pause = {"compassionate_response": MEGABYTE, "intensity_after": 30}
    response = _post(http, f"/api/v1/practice/triggers/{made['id']}/pause", pause)
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["compassionate_response"]
    trigger = Trigger.objects.get()
    assert (trigger.compassionate_response, trigger.intensity_after) == ("", None)


@pytest.mark.parametrize("field", sorted(PLAN_LIMITS))
def test_a_megabyte_in_an_experiment_plan_is_refused_by_the_api(cast: Cast, field: str) -> None:
    response = _post(
        _api(cast.client), "/api/v1/practice/experiments", dict(PLAN, **{field: MEGABYTE})
    )
    assert response.status_code == 422
    assert list(response.json()["errors"]) == [field]
    assert not Experiment.objects.exists()


@pytest.mark.parametrize("field", sorted(PLAN_LIMITS))
def test_a_megabyte_in_an_experiment_plan_is_refused_on_the_web(cast: Cast, field: str) -> None:
    response = _web(cast.client).post("/practice/experiments/new/", dict(PLAN, **{field: MEGABYTE}))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert not Experiment.objects.exists()


@pytest.mark.parametrize("field", sorted(RESULT_LIMITS))
def test_a_megabyte_in_an_experiment_result_changes_nothing(cast: Cast, field: str) -> None:
    http = _api(cast.client)
    made = _post(http, "/api/v1/practice/experiments", PLAN).json()
    response = _post(
        http,
        f"/api/v1/practice/experiments/{made['id']}/result",
        dict(RESULT, **{field: MEGABYTE}),
    )
    assert response.status_code == 422
    assert list(response.json()["errors"]) == [field]
    experiment = Experiment.objects.get()
    assert (experiment.status, experiment.outcome, experiment.belief_after) == (
        Experiment.PLANNED,
        "",
        None,
    )
    web = _web(cast.client).post(
        f"/practice/experiments/{made['id']}/", dict(RESULT, **{field: MEGABYTE})
    )
    assert list(web.context["form"].errors) == [field]
    assert Experiment.objects.get().status == Experiment.PLANNED


def test_a_service_refuses_a_megabyte_even_without_a_form(cast: Cast) -> None:
    from django.core.exceptions import ValidationError

    from attune.practice import services

    fields = dict(MOMENT, what_happened=MEGABYTE)
    with pytest.raises(ValidationError) as refused:
        services.trigger_record(client=cast.client, **fields)
    assert list(refused.value.message_dict) == ["what_happened"]
    assert not Trigger.objects.exists()


@pytest.mark.parametrize("value", [0, 1700000000, "0", "1700000000", True, "28/11/2026"])
def test_planned_on_must_be_a_written_date(cast: Cast, value: object) -> None:
    response = _post(
        _api(cast.client), "/api/v1/practice/experiments", dict(PLAN, planned_on=value)
    )
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["planned_on"]
    assert not Experiment.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("occurred_at", 0), ("occurred_at", "1700000000"), ("intensity_before", True)],
)
def test_a_trigger_takes_no_numbers_for_times_or_booleans_for_numbers(
    cast: Cast, field: str, value: object
) -> None:
    response = _post(_api(cast.client), "/api/v1/practice/triggers", dict(MOMENT, **{field: value}))
    assert response.status_code == 422
    assert list(response.json()["errors"]) == [field]
    assert not Trigger.objects.exists()


def test_an_unknown_company_is_refused_naming_it(cast: Cast) -> None:
    response = _post(_api(cast.client), "/api/v1/practice/triggers", dict(MOMENT, company="crowd"))
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["company"]
    assert not Trigger.objects.exists()

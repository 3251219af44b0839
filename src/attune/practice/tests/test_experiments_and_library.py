from __future__ import annotations

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.practice.models import ArticleAssignment, ArticleRead, Experiment
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

MARKER = "experiment-private-55aa"
PLAN = {
    "belief": f"If I ask for a hug they will pull away {MARKER}",
    "belief_before": "85",
    "prediction": "They will look uncomfortable",
    "plan": "Ask for a hug after dinner",
    "safety_behaviours": "Making a joke of it",
    "planned_on": "2026-11-28",
}


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def test_experiment_from_plan_to_what_was_learned(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/practice/experiments/new/", PLAN)
    experiment = Experiment.objects.get()
    assert response["Location"] == f"/practice/experiments/{experiment.pk}/"
    assert experiment.status == Experiment.PLANNED
    http.post(
        response["Location"],
        {
            "outcome": "They hugged back",
            "learned": "Asking was safer than I feared",
            "belief_after": "40",
        },
    )
    experiment.refresh_from_db()
    assert (experiment.status, experiment.belief_before, experiment.belief_after) == (
        "done",
        85,
        40,
    )
    assert "belief 85% → 40%" in http.get("/practice/experiments/").content.decode()
    assert MARKER not in dump_database()


def test_bad_belief_strength_changes_nothing(cast: Cast) -> None:
    response = _login(cast.client).post(
        "/practice/experiments/new/", dict(PLAN, belief_before="-5")
    )
    assert b"greater than or equal to 0" in response.content
    assert not Experiment.objects.exists()


def test_library_lists_articles_and_renders_one_with_sources(cast: Cast) -> None:
    http = _login(cast.client)
    listing = http.get("/library/").content.decode()
    assert "Antidepressants" in listing or "antidepressants" in listing
    page = http.get("/library/antidepressants-and-sexual-function/").content.decode()
    assert "Sources" in page
    # The article adds no script of its own: only those every page has (base.html).
    assert page.count("<script") == listing.count("<script")
    http.post("/library/antidepressants-and-sexual-function/read/")
    assert ArticleRead.objects.filter(client=cast.client).count() == 1
    assert http.get("/library/no-such-article/").status_code == 404


def test_clinician_suggests_an_article_the_client_sees(cast: Cast) -> None:
    clinician = _login(cast.clinician)
    clinician.post(
        f"/clients/{cast.client.uuid}/library/assign/", {"slug": "three-kinds-of-loneliness"}
    )
    assert ArticleAssignment.objects.filter(client=cast.client).count() == 1
    assert "Suggested by your clinician" in _login(cast.client).get("/library/").content.decode()
    clinician.post(f"/clients/{cast.client.uuid}/library/assign/", {"slug": "nope"})
    assert ArticleAssignment.objects.count() == 1


def test_unrelated_clinician_cannot_suggest(cast: Cast) -> None:
    response = _login(cast.other_clinician).post(
        f"/clients/{cast.client.uuid}/library/assign/", {"slug": "three-kinds-of-loneliness"}
    )
    assert response.status_code == 404
    assert not ArticleAssignment.objects.exists()


def test_api_keeps_practice_records_to_their_owner(cast: Cast) -> None:
    token = accounts.api_token_create(user=cast.client)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    body: dict[str, object] = {**PLAN, "belief_before": 85}
    created = Client().post(
        "/api/v1/practice/experiments", body, content_type="application/json", **auth
    )
    assert created.status_code == 201
    experiment_id = created.json()["id"]
    other = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.other_client)}"}
    assert Client().get(f"/api/v1/practice/experiments/{experiment_id}", **other).status_code == 404
    assert Client().get("/api/v1/practice/experiments", **other).json() == []
    partner = {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=cast.partner)}"}
    assert Client().get("/api/v1/practice/experiments", **partner).status_code == 403
    bad = Client().post(
        "/api/v1/practice/triggers",
        {
            "occurred_at": "2026-11-20T22:00:00Z",
            "company": "alone",
            "what_happened": "x",
            "intensity_before": 101,
            "origin_theme": "betrayal",
        },
        content_type="application/json",
        **auth,
    )
    assert bad.status_code == 422 and "intensity_before" in bad.json()["detail"]
    articles = Client().get("/api/v1/library/articles", **auth).json()
    assert len(articles) >= 12 and all(a["citations"] for a in articles)


def test_finishing_an_experiment_does_not_flag_the_same_words_twice(cast: Cast) -> None:
    from attune.safety.models import RiskFlag

    http = _login(cast.client)
    risky = dict(PLAN, belief="If they pull away I will want to kill myself")
    response = http.post("/practice/experiments/new/", risky)
    assert RiskFlag.objects.filter(reason="experiment_risk_language").count() == 1
    http.post(response["Location"], {"outcome": "They hugged back", "belief_after": "40"})
    assert RiskFlag.objects.filter(reason="experiment_risk_language").count() == 1
    http.post(
        response["Location"],
        {"outcome": "Hugged", "learned": "I have been cutting myself again", "belief_after": "40"},
    )
    # New words about the same experiment: one open flag per entry, brought up to date.
    assert RiskFlag.objects.filter(reason="experiment_risk_language").count() == 1
    flag = RiskFlag.objects.get(reason="experiment_risk_language")
    assert flag.entry_key.startswith("practice.experiment:") and flag.source == "experiment"

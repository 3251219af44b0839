"""Cohort outcomes: change categories across an organisation's clients, in one query."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import Role
from attune.clinical.instruments.change import ChangeCategory
from attune.questionnaires.models import Administration
from attune.workspace.outcomes import cohort_outcomes
from conftest import make_user

from .factories import phq9

pytestmark = pytest.mark.django_db


def _client_with(org, email: str, totals: list[int]):
    client = make_user(email, Role.CLIENT, org)
    today = timezone.localdate()
    for weeks_ago, total in zip(range(2 * len(totals), 0, -2), totals, strict=True):
        phq9(client, today - timedelta(weeks=weeks_ago), total)
    return client


@pytest.fixture
def org():
    clinic = services.organisation_get_or_create(slug="hillside", name="Hillside")
    _client_with(clinic, "recovered@example.test", [20, 15, 6])
    _client_with(clinic, "improved@example.test", [20, 13])
    _client_with(clinic, "same@example.test", [18, 16, 17])
    _client_with(clinic, "worse@example.test", [10, 17])
    _client_with(clinic, "once@example.test", [14])
    make_user("nothing@example.test", Role.CLIENT, clinic)
    elsewhere = services.organisation_get_or_create(slug="far", name="Far")
    _client_with(elsewhere, "far@example.test", [20, 5])
    return clinic


def test_each_client_is_counted_once_from_baseline_to_latest(org) -> None:
    result = cohort_outcomes(org)
    assert result.clients == 6
    assert result.measured == 4
    assert result.baseline_only == 1
    assert result.categories == {
        ChangeCategory.RECOVERED: 1,
        ChangeCategory.RELIABLY_IMPROVED: 1,
        ChangeCategory.NO_RELIABLE_CHANGE: 1,
        ChangeCategory.RELIABLY_DETERIORATED: 1,
    }
    assert result.share(ChangeCategory.RECOVERED) == 0.25


def test_unfinished_questionnaires_do_not_count(org) -> None:
    client = make_user("started@example.test", Role.CLIENT, org)
    phq9(client, timezone.localdate() - timedelta(weeks=6), 22)
    Administration.objects.create(
        client=client, instrument="phq9", answers=[0] * 3, scoring_version="test"
    )
    assert cohort_outcomes(org).baseline_only == 2


def test_cohort_outcomes_take_the_same_queries_for_more_clients(org) -> None:
    with CaptureQueriesContext(connection) as few:
        cohort_outcomes(org)
    for n in range(15):
        _client_with(org, f"more{n}@example.test", [20 - n % 5, 10, 8])
    with CaptureQueriesContext(connection) as many:
        assert cohort_outcomes(org).measured == 19
    assert len(many) == len(few) <= 2


def test_outcomes_command_prints_counts_and_json(org) -> None:
    out = StringIO()
    call_command("outcomes", org="hillside", stdout=out)
    assert (
        "6 clients, 4 with a baseline and a later score, 1 with a baseline only" in out.getvalue()
    )
    assert "recovered" in out.getvalue()
    out = StringIO()
    call_command("outcomes", org="hillside", json=True, stdout=out)
    data = json.loads(out.getvalue())
    assert data["categories"]["reliably_deteriorated"] == 1
    assert "@" not in out.getvalue()  # numbers only, nobody named


def test_outcomes_command_refuses_unknown_organisation_or_instrument(org) -> None:
    with pytest.raises(CommandError, match="No organisation"):
        call_command("outcomes", org="nowhere")
    with pytest.raises(CommandError, match="nope"):
        call_command("outcomes", org="hillside", instrument="nope")

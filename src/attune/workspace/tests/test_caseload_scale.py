"""The caseload at scale: long histories stay in the database, pages of the whole caseload."""

from __future__ import annotations

import random
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from attune.accounts.selectors import clients_of
from attune.audit.models import AuditEvent
from attune.clinical import progress
from attune.questionnaires.models import Administration
from attune.workspace import selectors, views
from conftest import Cast

from .factories import client_in_care, phq9

pytestmark = pytest.mark.django_db
ROW_NAME = re.compile(r'<th scope="row"><a href="/clients/[^"]+/overview/">([^<]+)</a></th>')


def _rows(cast: Cast) -> dict[str, selectors.CaseloadRow]:
    return {str(r.client): r for r in selectors.caseload_rows(list(clients_of(cast.clinician)))}


def test_scores_use_the_first_and_latest_of_a_long_history(cast: Cast) -> None:
    today = timezone.localdate()
    rng = random.Random(5)
    expected = {}
    for n in range(4):
        client = client_in_care(cast.clinician, cast.org, f"long{n}@example.test", f"Long {n}")
        totals = [rng.randint(0, 27) for _ in range(rng.randint(1, 30))]
        for i, total in enumerate(totals):
            phq9(client, today - timedelta(weeks=2 * (len(totals) - i)), total)
        days = [today - timedelta(weeks=2 * (len(totals) - i)) for i in range(len(totals))]
        expected[f"Long {n}"] = (totals, days)
    rows = _rows(cast)
    for name, (totals, days) in expected.items():
        row = rows[name]
        assert row.phq9 is not None
        assert (row.phq9.total, row.phq9.count, row.phq9.day) == (totals[-1], len(totals), days[-1])
        wanted = (
            selectors.change_between("phq9", totals[0], totals[-1]) if len(totals) > 1 else None
        )
        assert row.phq9.change == wanted
        points = list(zip(days, totals, strict=True))
        assert row.progress == progress.assess(points)


def test_unfinished_questionnaires_are_not_the_latest_score(cast: Cast) -> None:
    today = timezone.localdate()
    phq9(cast.client, today - timedelta(weeks=8), 20)
    phq9(cast.client, today - timedelta(weeks=1), 8)
    Administration.objects.create(
        client=cast.client, instrument="phq9", answers=[3, 3], scoring_version="test"
    )
    row = _rows(cast)[str(cast.client)]
    assert (row.phq9.total, row.phq9.count) == (8, 2)


def test_caseload_queries_do_not_grow_with_history(cast: Cast) -> None:
    today = timezone.localdate()
    phq9(cast.client, today - timedelta(weeks=4), 15)
    clients = list(clients_of(cast.clinician))
    with CaptureQueriesContext(connection) as short:
        selectors.caseload_rows(clients)
    for week in range(5, 60):
        phq9(cast.client, today - timedelta(weeks=week), 15)
    with CaptureQueriesContext(connection) as long:
        selectors.caseload_rows(clients)
    assert len(long) == len(short) == 7


def _page(http: Client, query: str) -> tuple[list[str], str]:
    html = http.get(f"/caseload/{query}").content.decode()
    return ROW_NAME.findall(html), html


def test_caseload_pages_cover_everyone_in_the_chosen_order(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "CASELOAD_PAGE_SIZE", 3)
    for n in range(6):
        client_in_care(cast.clinician, cast.org, f"p{n}@example.test", f"Paged {5 - n}")
    http = Client()
    http.force_login(cast.clinician)
    first, html = _page(http, "?sort=name")
    assert len(first) == 3
    assert "Clients 1 to 3 of 7." in html and "Page 1 of 3" in html
    assert 'href="?sort=name&amp;page=2"' in html
    second, _html = _page(http, "?sort=name&page=2")
    third, _html = _page(http, "?sort=name&page=3")
    everyone = first + second + third
    assert len(everyone) == 7
    assert everyone == sorted(everyone, key=str.casefold)
    assert _page(http, "?sort=name&page=99")[0] == third  # past the end: the last page
    assert _page(http, "?sort=name&page=nonsense")[0] == first


def test_only_the_clients_on_the_page_are_audited_as_read(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "CASELOAD_PAGE_SIZE", 2)
    for n in range(3):
        client_in_care(cast.clinician, cast.org, f"a{n}@example.test", f"Audited {n}")
    http = Client()
    http.force_login(cast.clinician)
    http.get("/caseload/?sort=name")
    events = AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, object_type="workspace.caseload"
    )
    assert events.count() == 2
    shown = {str(r.client) for r in _rows(cast).values() if str(r.client).startswith("Audited")}
    assert len(shown) == 3  # all three are in the caseload, only two were shown

"""The caseload: flags, sorting and filtering, a fixed number of queries, clinicians only."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from attune.accounts import services
from attune.audit.models import AuditEvent
from attune.safety.models import RiskFlag
from attune.workspace import selectors
from attune.workspace.flags import FlagKind, SortKey
from conftest import Cast

from .factories import busy_client, checkin, client_in_care, phq9

pytestmark = pytest.mark.django_db


def _http(user: Any) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _api(user: Any) -> tuple[Client, dict[str, str]]:
    return Client(), {"HTTP_AUTHORIZATION": f"Bearer {services.api_token_create(user=user)}"}


def _rows(cast: Cast) -> dict[str, selectors.CaseloadRow]:
    from attune.accounts.selectors import clients_of

    return {str(r.client): r for r in selectors.caseload_rows(list(clients_of(cast.clinician)))}


# --- the number of queries does not grow with the caseload -----------------------------------


def _count(run: Callable[[], Any]) -> int:
    with CaptureQueriesContext(connection) as captured:
        run()
    return len(captured.captured_queries)


@pytest.mark.parametrize("surface", ["page", "api"])
def test_query_count_is_the_same_for_5_and_50_clients(
    surface: str, cast: Cast, django_assert_num_queries: Any
) -> None:
    today = timezone.localdate()
    for n in range(5):
        busy_client(cast.clinician, cast.org, n, today)
    if surface == "page":
        http = _http(cast.clinician)

        def fetch() -> Any:
            response = http.get("/caseload/")
            assert response.status_code == 200
            return response

    else:
        http, auth = _api(cast.clinician)

        def fetch() -> Any:
            response = http.get("/api/v1/caseload", **auth)
            assert response.status_code == 200
            return response

    fetch()  # warm caches (session, content types)
    few = _count(fetch)
    for n in range(5, 50):
        busy_client(cast.clinician, cast.org, n, today)
    with django_assert_num_queries(few):
        response = fetch()
    # cast.client is in care too: 51 rows, each a full one.
    if surface == "page":
        assert response.content.count(b'<th scope="row"><a href="/clients/') == 51
    else:
        assert len(response.json()["rows"]) == 51
        busy = [r for r in response.json()["rows"] if r["name"].startswith("Busy")]
        assert all(r["plan"] and r["plan"]["steps_completed"] == 0 for r in busy)
        assert all(r["plan"]["done_this_week"] == 1 for r in busy)
        assert all(set(r["flags"]) == {"risk", "not_on_track"} for r in busy)


# --- flags ---------------------------------------------------------------------------------


def test_planted_trajectories_flag_only_the_client_who_is_not_on_track(cast: Cast) -> None:
    today = timezone.localdate()
    improving = client_in_care(cast.clinician, cast.org, "up@example.test", "Improving")
    stuck = client_in_care(cast.clinician, cast.org, "stuck@example.test", "Stuck")
    for client, scores in ((improving, (18, 14, 10, 8)), (stuck, (18, 18, 17, 17))):
        for week, total in zip((12, 8, 4, 0), scores, strict=True):
            phq9(client, today - timedelta(weeks=week), total)
        checkin(client, today)
    rows = _rows(cast)
    assert FlagKind.NOT_ON_TRACK in rows["Stuck"].flags
    assert rows["Stuck"].progress.status.value == "not_on_track"
    assert FlagKind.NOT_ON_TRACK not in rows["Improving"].flags
    assert rows["Improving"].progress.status.value == "on_track"
    assert rows["Improving"].phq9 is not None and rows["Improving"].phq9.total == 8
    assert rows["Improving"].phq9.change is not None
    assert rows["Improving"].phq9.change.value == "recovered"
    assert not rows["Improving"].flags


def test_reliable_deterioration_and_open_risk_are_flagged(cast: Cast) -> None:
    today = timezone.localdate()
    worse = client_in_care(cast.clinician, cast.org, "worse@example.test", "Worse")
    phq9(worse, today - timedelta(days=3), 6)
    phq9(worse, today, 14)  # +8: reliable deterioration, too early for the curve
    RiskFlag.objects.create(client=worse, reason="suicidality_item_positive", item_answer=1)
    acknowledged = RiskFlag.objects.create(client=worse, reason="journal_risk_language")
    acknowledged.acknowledged_at = timezone.now()
    acknowledged.save()
    row = _rows(cast)["Worse"]
    assert row.flags == (FlagKind.RISK, FlagKind.DETERIORATION)
    assert row.open_risk_flags == 1
    assert row.deteriorated == ("phq9",)
    assert row.progress.status.value == "too_early"


def test_disengagement_counts_check_ins_and_questionnaires_and_follows_the_setting(
    cast: Cast,
) -> None:
    today = timezone.localdate()
    quiet = client_in_care(cast.clinician, cast.org, "quiet@example.test", "Quiet")
    checkin(quiet, today - timedelta(days=20))
    phq9(quiet, today - timedelta(days=15), 9)
    recent = client_in_care(cast.clinician, cast.org, "recent@example.test", "Recent")
    phq9(recent, today - timedelta(days=2), 9)  # a questionnaire alone counts as activity
    rows = _rows(cast)
    assert FlagKind.DISENGAGED in rows["Quiet"].flags
    assert rows["Quiet"].days_quiet == 15
    assert FlagKind.DISENGAGED not in rows["Recent"].flags
    # A new client with nothing yet is not "quiet" until the window has passed since joining.
    assert FlagKind.DISENGAGED not in rows[str(cast.client)].flags
    with override_settings(ATTUNE_DISENGAGED_DAYS=30):
        assert FlagKind.DISENGAGED not in _rows(cast)["Quiet"].flags
    with override_settings(ATTUNE_DISENGAGED_DAYS="nonsense"):
        assert selectors.disengaged_days() == 14


def test_engagement_is_days_with_a_check_in_out_of_the_last_28(cast: Cast) -> None:
    today = timezone.localdate()
    for back in (0, 1, 5, 27, 28, 40):
        checkin(cast.client, today - timedelta(days=back))
    cast.client.date_joined = timezone.now() - timedelta(days=100)
    cast.client.save()
    row = _rows(cast)[str(cast.client)]
    assert (row.engagement_logged, row.engagement_days) == (4, 28)
    assert row.last_checkin == today


# --- sorting and filtering -----------------------------------------------------------------


@pytest.fixture
def three(cast: Cast) -> Cast:
    today = timezone.localdate()
    low = client_in_care(cast.clinician, cast.org, "a@example.test", "Alma Low")
    high = client_in_care(cast.clinician, cast.org, "b@example.test", "Bea High")
    risky = client_in_care(cast.clinician, cast.org, "c@example.test", "Cas Risk")
    phq9(low, today - timedelta(days=1), 4)
    phq9(high, today - timedelta(days=9), 21)
    phq9(risky, today - timedelta(days=5), 12)
    RiskFlag.objects.create(client=risky, reason="trigger_risk_language")
    checkin(low, today)
    return cast


ROW_NAME = re.compile(r'<th scope="row"><a href="/clients/[^"]+/overview/">([^<]+)</a>')


def _names(html: bytes) -> list[str]:
    return ROW_NAME.findall(html.decode())


def test_caseload_sorts_by_name_flags_phq9_and_activity(three: Cast) -> None:
    http = _http(three.clinician)
    client_a = str(three.client)
    assert _names(http.get("/caseload/?sort=name").content) == sorted(
        ["Alma Low", "Bea High", "Cas Risk", client_a]
    )
    assert _names(http.get("/caseload/?sort=name&order=desc").content)[0] == client_a
    assert _names(http.get("/caseload/").content)[0] == "Cas Risk"  # flags first by default
    by_phq9 = _names(http.get("/caseload/?sort=phq9").content)
    assert by_phq9 == ["Bea High", "Cas Risk", "Alma Low", client_a]  # no score goes last
    by_phq9_up = _names(http.get("/caseload/?sort=phq9&order=asc").content)
    assert by_phq9_up == ["Alma Low", "Cas Risk", "Bea High", client_a]
    activity = _names(http.get("/caseload/?sort=activity").content)
    assert activity.index("Bea High") < activity.index("Cas Risk") < activity.index("Alma Low")


def test_caseload_filters_flagged_clients_and_by_kind(three: Cast) -> None:
    http = _http(three.clinician)
    only_risk = _names(http.get("/caseload/?flag=risk").content)
    assert only_risk == ["Cas Risk"]
    flagged = http.get("/caseload/?flagged=on")
    assert "Alma Low" not in _names(flagged.content)
    assert b"match the filter" in flagged.content or b"matches the filter" in flagged.content
    assert _names(http.get("/caseload/?flag=deterioration").content) == []
    assert b"No clients match this filter." in http.get("/caseload/?flag=deterioration").content
    # Unknown values are ignored rather than failing the page.
    page = http.get("/caseload/?sort=shoe-size&flag=nope&order=sideways")
    assert page.status_code == 200 and len(_names(page.content)) == 4


def test_api_caseload_sorts_filters_and_refuses_bad_values(three: Cast) -> None:
    http, auth = _api(three.clinician)
    body = http.get("/api/v1/caseload?flag=risk", **auth).json()
    assert [r["name"] for r in body["rows"]] == ["Cas Risk"]
    assert body["rows"][0]["flags"] == ["risk"] and body["rows"][0]["open_risk_flags"] == 1
    assert body["total"] == 4 and body["disengaged_days"] == 14
    ordered = http.get("/api/v1/caseload?sort=phq9", **auth).json()["rows"]
    assert [r["phq9"]["total"] if r["phq9"] else None for r in ordered] == [21, 12, 4, None]
    bad = http.get("/api/v1/caseload?sort=shoe-size", **auth)
    assert bad.status_code == 422 and "sort" in bad.json()["detail"]


def test_sort_rows_puts_missing_scores_last_in_both_directions(three: Cast) -> None:
    rows = list(_rows(three).values())
    for descending in (True, False):
        ordered = selectors.sort_rows(rows, SortKey.PHQ9, descending)
        assert ordered[-1].phq9 is None


# --- who may see it ------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["client", "partner", "facilitator", "admin", "other_client"])
def test_only_clinicians_have_a_caseload(role: str, cast: Cast) -> None:
    user = getattr(cast, role)
    assert _http(user).get("/caseload/").status_code == 403
    http, auth = _api(user)
    assert http.get("/api/v1/caseload", **auth).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in_or_refused() -> None:
    assert Client().get("/caseload/").status_code == 302
    assert Client().get("/api/v1/caseload").status_code == 401


def test_another_clinician_sees_only_their_own_clients(cast: Cast) -> None:
    mine = client_in_care(cast.other_clinician, cast.org, "mine@example.test", "Theirs Only")
    page = _http(cast.other_clinician).get("/caseload/")
    assert _names(page.content) == ["Theirs Only"]
    assert str(cast.client).encode() not in page.content
    far = _http(cast.far_clinician).get("/caseload/")
    assert far.status_code == 200 and _names(far.content) == []
    assert mine.pk


def test_ended_care_drops_the_client_from_the_caseload(cast: Cast) -> None:
    from attune.accounts.models import CareRelationship

    care = CareRelationship.objects.get(clinician=cast.clinician, client=cast.client)
    services.care_end(actor=cast.clinician, care=care)
    assert _names(_http(cast.clinician).get("/caseload/").content) == []


def test_each_client_shown_is_audited_as_read(cast: Cast) -> None:
    other = client_in_care(cast.clinician, cast.org, "two@example.test", "Second")
    _http(cast.clinician).get("/caseload/")
    events = AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, action="read", object_type="workspace.caseload"
    )
    assert {e.subject_uuid for e in events} == {cast.client.uuid, other.uuid}
    assert all(e.ip == "127.0.0.1" and e.via == "web" for e in events)


def test_caseload_page_is_an_accessible_table(cast: Cast) -> None:
    page = _http(cast.clinician).get("/caseload/").content.decode()
    assert "<caption>" in page and 'scope="col"' in page and 'scope="row"' in page
    assert 'role="region"' in page and 'tabindex="0"' in page and "aria-label=" in page
    for label in ('for="id_sort"', 'for="id_order"', 'for="id_flag"', 'for="id_flagged"'):
        assert label in page

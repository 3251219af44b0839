from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from attune.accounts.models import CareRelationship, User
from attune.checkins.models import CheckIn
from attune.clinical.insights import associations

pytestmark = pytest.mark.django_db


def _series(email_part: str) -> list[tuple[object, ...]]:
    return list(
        CheckIn.objects.filter(client__email__startswith=email_part)
        .order_by("day")
        .values_list("day", "mood", "sexual_loneliness", "sleep_hours", "activity_minutes")
    )


def test_seed_writes_clients_in_care_with_checkins() -> None:
    call_command("seed", clients=3, days=60, seed=7)
    clients = User.objects.filter(email__endswith=".s7@seed.attune.test", email__startswith="cl")
    clients = clients.exclude(email__startswith="clinician")
    assert clients.count() == 3
    assert CareRelationship.objects.filter(client__in=clients, status="active").count() == 3
    per_client = [CheckIn.objects.filter(client=c).count() for c in clients]
    # Realistic: most days logged, some gaps, never more than one a day.
    assert all(30 <= n <= 60 for n in per_client), per_client
    assert all(0 <= m <= 10 for m in CheckIn.objects.values_list("mood", flat=True))


def test_seed_is_reproducible_for_the_same_seed() -> None:
    call_command("seed", clients=2, days=40, seed=11, org="first")
    first = _series("client00001.s11")
    CheckIn.objects.all().delete()
    User.objects.filter(email__endswith="@seed.attune.test").delete()
    call_command("seed", clients=2, days=40, seed=11, org="second")
    assert _series("client00001.s11") == first
    call_command("seed", clients=2, days=40, seed=12)
    assert _series("client00001.s12") != first


def test_seeding_the_same_seed_twice_is_refused_and_adds_nothing() -> None:
    call_command("seed", clients=2, days=10, seed=3)
    before = CheckIn.objects.count()
    with pytest.raises(CommandError, match="already loaded"):
        call_command("seed", clients=2, days=10, seed=3)
    assert CheckIn.objects.count() == before


def test_seed_query_count_does_not_grow_with_clients() -> None:
    # Writes are batched: more clients means bigger batches, not a query per person.
    with CaptureQueriesContext(connection) as few:
        call_command("seed", clients=2, days=5, seed=21)
    with CaptureQueriesContext(connection) as many:
        call_command("seed", clients=60, days=5, seed=22)
    assert len(many) <= len(few) + 6  # a few more insert batches, never one per client


def test_seeded_series_are_correlated_like_real_lives() -> None:
    call_command("seed", clients=1, days=365, seed=5)
    from attune.checkins.insights_view import _daily

    days = [_daily(c) for c in CheckIn.objects.all()]
    clear = [a for a in associations(days) if a.estimate is not None and a.estimate.clear]
    assert clear, "a year of seeded check-ins should show at least one clear association"


def test_seeded_questionnaire_results_are_scored_by_the_catalogue() -> None:
    from attune.clinical.instruments import score
    from attune.questionnaires.models import Administration
    from attune.safety.models import RiskFlag

    call_command("seed", clients=3, days=90, seed=8)
    records = list(Administration.objects.all())
    assert len(records) == 3 * (7 + 4)  # PHQ-9 every 14 days, UCLA-3 every 28, over 90 days
    for record in records:
        assert score(record.instrument, record.answers).total == record.total
    assert not RiskFlag.objects.exists()


def test_seed_puts_the_chosen_number_of_clients_in_each_caseload() -> None:
    call_command("seed", clients=30, days=3, seed=31, per_clinician=12)
    clinicians = User.objects.filter(
        email__startswith="clinician", email__endswith=".s31@seed.attune.test"
    )
    sizes = sorted(
        CareRelationship.objects.filter(clinician=c, status="active").count() for c in clinicians
    )
    assert sizes == [6, 12, 12]


def test_audited_save_of_a_loaded_client_does_not_look_the_client_up_again() -> None:
    from datetime import date

    from attune.audit.models import AuditEvent

    call_command("seed", clients=1, days=1, seed=41)
    person = User.objects.get(email="client00000.s41@seed.attune.test")
    with CaptureQueriesContext(connection) as queries:
        CheckIn.objects.create(client=person, day=date(2020, 1, 2), mood=4)
    assert not [q for q in queries.captured_queries if '"accounts_user"' in q["sql"]]
    CheckIn.objects.create(client_id=person.pk, day=date(2020, 1, 3), mood=4)  # not loaded
    events = AuditEvent.objects.filter(object_type="checkins.checkin", action="create")
    assert list(events.values_list("subject_uuid", flat=True)) == [person.uuid, person.uuid]

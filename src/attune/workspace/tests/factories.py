"""Planted data for workspace tests: clients in care with scores, check-ins and plans."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import Organisation, Role, User
from attune.checkins.models import CheckIn
from attune.plans import services as plans
from attune.questionnaires.models import Administration
from attune.safety.models import RiskFlag
from conftest import make_user


def at(day: date, hour: int = 12) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def phq9(client: User, day: date, total: int) -> Administration:
    answers = [min(3, max(0, total - 3 * i)) for i in range(9)]
    return Administration.objects.create(
        client=client,
        instrument="phq9",
        status=Administration.SUBMITTED,
        answers=answers,
        total=float(total),
        band="moderate",
        scoring_version="test",
        submitted_at=at(day),
        submitted_on=day,
    )


def checkin(client: User, day: date, **fields: Any) -> CheckIn:
    values = {"mood": 5, "sexual_loneliness": 6, "emotional_loneliness": 4, "social_loneliness": 3}
    values.update(fields)
    return CheckIn.objects.create(client=client, day=day, **values)


def client_in_care(clinician: User, org: Organisation, email: str, name: str = "") -> User:
    client = make_user(email, Role.CLIENT, org, name)
    services.care_start(clinician=clinician, client=client, organisation=org, started_by=clinician)
    return client


def busy_client(clinician: User, org: Organisation, n: int, today: date) -> User:
    """A client with something on every table the caseload reads."""
    client = client_in_care(clinician, org, f"busy{n}@example.test", f"Busy Client {n:03d}")
    phq9(client, today - timedelta(weeks=10), 18)
    phq9(client, today - timedelta(days=2), 17)  # stuck: not on track
    checkin(client, today - timedelta(days=1), win="a walk")
    checkin(client, today - timedelta(days=3))
    RiskFlag.objects.create(client=client, reason="journal_risk_language")
    record = plans.plan_start(
        by=clinician, client=client, life_stage="adult", relationship="single"
    )
    step = plans.this_week(record, record.started_on)[1][0]
    plans.step_log(
        client=client, record=record, step_id=step.id, outcome="done", felt_safe=True, distress=20
    )
    return client

"""Synthetic, reproducible data for demos and benchmarks. Every person and word is invented."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from attune.accounts import services
from attune.accounts.consent_texts import CURRENT
from attune.accounts.models import (
    CareRelationship,
    ClientProfile,
    ConsentGrant,
    LifeStage,
    Membership,
    Organisation,
    RelationshipStatus,
    Role,
    User,
)
from attune.checkins.models import NOURISHMENT_LEVEL, CheckIn
from attune.clinical.insights import DailyCheckin, synthetic_series
from attune.clinical.instruments import get_instrument, score
from attune.clinical.instruments.schedule import Cadence
from attune.questionnaires.models import Administration, Assignment

CLIENTS_PER_CLINICIAN = 25
_WINS = (
    "Went for a walk at lunch",
    "Called an old friend",
    "Cooked a proper meal",
    "Said yes to an invitation",
    "Got through a hard evening",
    "Sent the message I'd been putting off",
)
_SETBACKS = (
    "Cancelled plans and stayed in",
    "Scrolled late and slept badly",
    "A hard moment after a date",
)


NOURISHMENT_CODE = {level: code for code, level in NOURISHMENT_LEVEL.items()}


@dataclass(frozen=True)
class SeedResult:
    organisation: Organisation
    clinicians: int
    clients: int
    checkins: int
    questionnaires: int


def _bulk_users(emails: list[str], role: str, org: Organisation) -> list[User]:
    users = [
        User(email=email, display_name=email.split("@")[0].replace(".", " ").title())
        for email in emails
    ]
    for user in users:
        user.set_unusable_password()
    User.objects.bulk_create(users, batch_size=1000)
    created = list(User.objects.filter(email__in=emails).order_by("email"))
    Membership.objects.bulk_create(
        [Membership(user=u, organisation=org, role=role) for u in created], batch_size=1000
    )
    return created


class SeedExists(Exception):
    pass


@transaction.atomic
def seed(
    *,
    clients: int,
    days: int,
    seed_value: int,
    org_slug: str = "seed",
    per_clinician: int = CLIENTS_PER_CLINICIAN,
) -> SeedResult:
    """`per_clinician` sets the caseload size (the benchmarks use one clinician with 1,000)."""
    if clients < 1 or days < 1 or per_clinician < 1:
        raise ValueError("clients, days and clients per clinician must each be at least 1")
    tag = f"s{seed_value}"
    if User.objects.filter(email__endswith=f".{tag}@seed.attune.test").exists():
        raise SeedExists(f"seed {seed_value} is already loaded; choose another --seed")
    rng = random.Random(seed_value)  # noqa: S311 - reproducible synthetic data
    org = services.organisation_get_or_create(slug=org_slug, name="Synthetic clinic")
    clinician_emails = [
        f"clinician{i:04d}.{tag}@seed.attune.test"
        for i in range(max(1, -(-clients // per_clinician)))
    ]
    clinicians = _bulk_users(clinician_emails, Role.CLINICIAN, org)
    client_emails = [f"client{i:05d}.{tag}@seed.attune.test" for i in range(clients)]
    people = _bulk_users(client_emails, Role.CLIENT, org)
    stages, statuses = list(LifeStage.values), list(RelationshipStatus.values)
    now = timezone.now()
    ClientProfile.objects.bulk_create(
        [
            ClientProfile(
                client=p, life_stage=rng.choice(stages), relationship_status=rng.choice(statuses)
            )
            for p in people
        ],
        batch_size=1000,
    )
    cares, grants = [], []
    for index, person in enumerate(people):
        clinician = clinicians[index // per_clinician]
        cares.append(
            CareRelationship(
                organisation=org,
                clinician=clinician,
                client=person,
                started_by=clinician,
                started_at=now - timedelta(days=days),
            )
        )
        grants.append(
            ConsentGrant(
                client=person,
                grantee=clinician,
                kind="clinician",
                scope="clinical_record",
                text_version=CURRENT["clinician"],
                granted_at=now - timedelta(days=days),
            )
        )
    CareRelationship.objects.bulk_create(cares, batch_size=1000)
    ConsentGrant.objects.bulk_create(grants, batch_size=1000)
    total = seed_checkins(people, days=days, seed_value=seed_value)
    answered = seed_questionnaires(people, days=days, seed_value=seed_value)
    return SeedResult(org, len(clinicians), len(people), total, answered)


def seed_checkins(
    people: list[User], *, days: int, seed_value: int, end: date | None = None
) -> int:
    """Reproducible, correlated check-ins up to `end` (today) for each person, in list order."""
    rng = random.Random(seed_value)  # noqa: S311 - reproducible synthetic data
    start = (end or timezone.now().date()) - timedelta(days=days - 1)
    batch: list[CheckIn] = []
    total = 0
    for index, person in enumerate(people):
        for day in synthetic_series(seed_value * 100_003 + index, days, start):
            batch.append(_checkin(person, day, rng))
        if len(batch) >= 5000:
            total += len(CheckIn.objects.bulk_create(batch, batch_size=1000))
            batch = []
    total += len(CheckIn.objects.bulk_create(batch, batch_size=1000))
    return total


def _checkin(person: User, day: DailyCheckin, rng: random.Random) -> CheckIn:
    sleep = day.sleep_hours
    return CheckIn(
        client=person,
        day=day.day,
        mood=day.mood if day.mood is not None else 5,
        sexual_loneliness=day.sexual_loneliness,
        emotional_loneliness=day.emotional_loneliness,
        social_loneliness=day.social_loneliness,
        longing_distress=day.longing_distress,
        social_contacts=day.social_contacts,
        sleep_hours=Decimal(str(round(sleep, 1))) if sleep is not None else None,
        sleep_quality=day.sleep_quality,
        activity_minutes=day.activity_minutes,
        nourishment=NOURISHMENT_CODE[day.nourishment] if day.nourishment is not None else "",
        win=rng.choice(_WINS) if day.has_win else "",
        setback=rng.choice(_SETBACKS) if day.has_setback else "",
    )


# PHQ-9 every two weeks and UCLA-3 every four: a slowly easing course with noise.
SEEDED_INSTRUMENTS: dict[str, int] = {"phq9": 14, "ucla3": 28}


def _answers(instrument_id: str, severity: float, rng: random.Random) -> list[int]:
    instrument = get_instrument(instrument_id)
    answers = []
    for item in instrument.items:
        span = item.max_code - item.min_code
        value = item.min_code + severity * span + rng.gauss(0, 0.45)
        answers.append(min(item.max_code, max(item.min_code, round(value))))
    if instrument_id == "phq9":
        answers[8] = 0  # synthetic demo data never raises a risk flag by itself
    return answers


def seed_questionnaires(
    people: list[User], *, days: int, seed_value: int, end: date | None = None
) -> int:
    """Assignments and past administrations (scored by the catalogue) for each person."""
    rng = random.Random(seed_value + 1)  # noqa: S311 - reproducible synthetic data
    last = end or timezone.now().date()
    start = last - timedelta(days=days - 1)
    assignments, records = [], []
    for person in people:
        severity = rng.uniform(0.3, 0.7)
        easing = rng.uniform(0.0, 0.35) / max(days, 1)
        for instrument_id, every in SEEDED_INSTRUMENTS.items():
            assignments.append(
                Assignment(
                    client=person,
                    instrument=instrument_id,
                    cadence=Cadence.EVERY_N_DAYS,
                    every_days=every,
                    start_on=start,
                )
            )
            for offset in range(0, days, every):
                day = start + timedelta(days=offset)
                answers = _answers(instrument_id, max(0.0, severity - easing * offset), rng)
                result = score(instrument_id, answers)
                moment = timezone.make_aware(datetime.combine(day, time(19, 0)))
                records.append(
                    Administration(
                        client=person,
                        instrument=instrument_id,
                        status=Administration.SUBMITTED,
                        answers=answers,
                        total=result.total,
                        band=result.band or "",
                        subscales=result.subscales,
                        flags=result.flags,
                        scoring_version=result.scoring_version,
                        submitted_at=moment,
                        submitted_on=day,
                    )
                )
    Assignment.objects.bulk_create(assignments, batch_size=1000)
    return len(Administration.objects.bulk_create(records, batch_size=1000))

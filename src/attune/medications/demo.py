"""Synthetic demo timeline: one invented person's medicine, one dose change and two notes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from attune.accounts.models import User

from .models import DoseChange, Medication, SideEffect


def demo_timeline(client: User, today: date) -> None:
    medication = Medication.objects.create(
        client=client,
        name="Sertraline",
        dose=Decimal(50),
        unit="mg",
        started_on=today - timedelta(days=70),
        note="Prescribed by my GP.",
    )
    DoseChange.objects.create(
        client=client,
        medication=medication,
        changed_on=today - timedelta(days=35),
        dose=Decimal(100),
        unit="mg",
        reason="Mood still low after a month; agreed with my GP.",
    )
    SideEffect.objects.create(
        client=client,
        medication=medication,
        noticed_on=today - timedelta(days=28),
        kind="desire",
        rating=6,
    )
    SideEffect.objects.create(
        client=client, medication=medication, noticed_on=today - timedelta(days=20), kind="sleep"
    )

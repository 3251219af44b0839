from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet

from attune.accounts.models import Organisation, User
from attune.clinical.instruments import INSTRUMENTS, get_instrument
from attune.safety.models import RiskFlag

from .models import Administration, InstrumentLicence


def history(client: User, instrument_id: str) -> list[Administration]:
    """Submitted administrations, oldest first."""
    return list(
        Administration.objects.filter(
            client=client, instrument=instrument_id, status=Administration.SUBMITTED
        ).order_by("submitted_at", "pk")
    )


def started(client: User, instrument_id: str) -> Administration | None:
    return Administration.objects.filter(
        client=client, instrument=instrument_id, status=Administration.IN_PROGRESS
    ).first()


def _submitted_by_instrument(client: User) -> dict[str, list[Administration]]:
    grouped: dict[str, list[Administration]] = {}
    for record in Administration.objects.filter(
        client=client, status=Administration.SUBMITTED
    ).order_by("submitted_at", "pk"):
        grouped.setdefault(record.instrument, []).append(record)
    return grouped


def latest_results(client: User) -> list[Administration]:
    """The newest result per instrument, newest first (one query)."""
    latest = [records[-1] for records in _submitted_by_instrument(client).values()]
    return sorted(latest, key=lambda r: r.submitted_at or r.created_at, reverse=True)


def summaries(client: User) -> list[dict[str, Any]]:
    """Per instrument answered: first, latest and the whole history (one query)."""
    return [
        {
            "instrument": get_instrument(instrument_id),
            "first": records[0] if len(records) > 1 else None,
            "latest": records[-1],
            "history": records,
        }
        for instrument_id, records in sorted(_submitted_by_instrument(client).items())
    ]


def licence_table(org: Organisation) -> list[dict[str, Any]]:
    recorded = {
        licence.instrument: licence
        for licence in InstrumentLicence.objects.filter(organisation=org).select_related(
            "recorded_by"
        )
    }
    return [
        {
            "instrument": instrument,
            "licence": recorded.get(instrument.id),
            "needs_permission": instrument.licence.requires_permission,
        }
        for instrument in INSTRUMENTS.values()
    ]


def open_flag_counts(clients: QuerySet[User]) -> dict[int, int]:
    """Risk flags not yet followed up, per client id (one query for a whole caseload)."""
    rows = (
        RiskFlag.objects.filter(client__in=clients, acknowledged_at__isnull=True)
        .values("client_id")
        .annotate(n=Count("pk"))
    )
    return {row["client_id"]: row["n"] for row in rows}

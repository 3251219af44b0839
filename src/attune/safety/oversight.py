"""What an organisation's admin sees of safety flags: counts and waiting times per clinician,
never a name, a sentence or a category. Admins run the service, not care (DESIGN.md roles);
they need to see that no flag waits unseen — for instance when a clinician is away — and
whose clients have nobody in care to read a flag at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Min, Q

from attune.accounts.models import CareRelationship, Membership, Organisation, Role, User

from .models import RiskFlag


@dataclass(frozen=True)
class Waiting:
    clinician: User | None  # None: the clients have no clinician in care here
    open_flags: int
    urgent: int
    oldest: datetime | None


def _counts() -> dict[str, Count | Min]:
    return {
        "n": Count("pk", distinct=True),
        "urgent": Count("pk", filter=Q(level=RiskFlag.Level.URGENT), distinct=True),
        "oldest": Min("created_at"),
    }


def waiting_by_clinician(organisation: Organisation) -> list[Waiting]:
    """One row per clinician with open flags on their clients here (longest waiting first),
    then one for this organisation's clients who have no clinician in care. Two queries."""
    open_flags = RiskFlag.objects.filter(acknowledged_at__isnull=True)
    per_clinician = (
        open_flags.filter(
            client__care_relationships__organisation=organisation,
            client__care_relationships__status=CareRelationship.Status.ACTIVE,
        )
        .values("client__care_relationships__clinician")
        .annotate(**_counts())
        .order_by("oldest")
    )
    people = User.objects.in_bulk(
        [row["client__care_relationships__clinician"] for row in per_clinician]
    )
    rows = [
        Waiting(
            people[row["client__care_relationships__clinician"]],
            row["n"],
            row["urgent"],
            row["oldest"],
        )
        for row in per_clinician
    ]
    cared = CareRelationship.objects.filter(status=CareRelationship.Status.ACTIVE).values(
        "client_id"
    )
    clients = Membership.objects.filter(organisation=organisation, role=Role.CLIENT).values(
        "user_id"
    )
    alone = open_flags.filter(client__in=clients).exclude(client__in=cared).aggregate(**_counts())
    if alone["n"]:
        rows.append(Waiting(None, alone["n"], alone["urgent"], alone["oldest"]))
    return rows

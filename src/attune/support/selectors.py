"""Reads of the support map. Names are encrypted, so nothing here filters on them."""

from __future__ import annotations

from django.db.models import QuerySet

from attune.accounts import selectors as people
from attune.accounts.models import ConsentGrant, User
from attune.clinical import support as rules

from .models import SHARE_SCOPE, SupportPerson


def people_of(client: User) -> list[SupportPerson]:
    """The client's map, closest ring first."""
    return list(SupportPerson.objects.filter(client=client).order_by("ring", "created_at", "pk"))


def own_person(client: User, person_id: int) -> SupportPerson | None:
    return SupportPerson.objects.filter(client=client, pk=person_id).first()


def as_rules(persons: list[SupportPerson]) -> list[rules.Person]:
    return [rules.Person(p.role, p.ring, frozenset(p.helps)) for p in persons]


def gaps_of(client: User, persons: list[SupportPerson] | None = None) -> list[str]:
    return rules.gaps(as_rules(people_of(client) if persons is None else persons))


def share_grants(client: User) -> QuerySet[ConsentGrant]:
    """The clinicians the map is shared with now: one active ledger grant each."""
    return ConsentGrant.objects.filter(
        client=client,
        kind=ConsentGrant.Kind.CLINICIAN,
        scope=SHARE_SCOPE,
        revoked_at__isnull=True,
    )


def shared_with(client: User) -> list[User]:
    return [
        grant.grantee
        for grant in share_grants(client).select_related("grantee").order_by("granted_at")
        if grant.grantee is not None
    ]


def clinician_may_see(clinician: User, client: User) -> bool:
    """Active, consented care now AND the client's own grant of the map to this clinician."""
    return (
        people.clinician_treats(clinician, client)
        and share_grants(client).filter(grantee=clinician).exists()
    )

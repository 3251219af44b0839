"""Permission predicates (django-rules). Default deny: a permission not named here is refused."""

from __future__ import annotations

import rules

from .models import Role, User
from .selectors import clinician_treats, roles_of


@rules.predicate
def is_self(user: User, client: User | None) -> bool:
    return client is not None and user.is_authenticated and user.pk == client.pk


@rules.predicate
def is_treating_clinician(user: User, client: User | None) -> bool:
    return client is not None and clinician_treats(user, client)


@rules.predicate
def is_clinician(user: User) -> bool:
    return Role.CLINICIAN in roles_of(user)


@rules.predicate
def is_client(user: User) -> bool:
    return Role.CLIENT in roles_of(user)


@rules.predicate
def is_org_admin(user: User) -> bool:
    return Role.ADMIN in roles_of(user)


rules.add_perm("accounts.view_client_record", is_self | is_treating_clinician)
rules.add_perm("accounts.change_client_profile", is_self)
rules.add_perm("accounts.end_care", is_treating_clinician)
rules.add_perm("accounts.invite_client", is_clinician)
rules.add_perm("accounts.invite_partner", is_client)
rules.add_perm("accounts.invite_staff", is_org_admin)
rules.add_perm("accounts.manage_organisation", is_org_admin)

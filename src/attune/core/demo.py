"""Synthetic demo organisation. Every name and sentence here is invented."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.db import transaction
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import ClientProfile, Role, User
from attune.core.seed import seed_checkins, seed_questionnaires
from attune.plans.services import plan_start
from attune.questionnaires.services import recommended_set_start

DEMO_PASSWORD = "attune-demo-2026"  # noqa: S105 - printed on purpose; demo data only
DEMO_ORG = "harbour-demo"
DEMO_HISTORY_DAYS = 90  # synthetic check-ins, so insights have something to show


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    note: str


_STAFF = [
    ("admin@demo.attune.test", Role.ADMIN, "Morgan Admin"),
    ("rivera@demo.attune.test", Role.CLINICIAN, "Dr Sam Rivera"),
    ("okafor@demo.attune.test", Role.CLINICIAN, "Dr Ada Okafor"),
    ("facilitator@demo.attune.test", Role.FACILITATOR, "Lee Facilitator"),
]
# (email, name, life stage, relationship, clinician email or None for self-guided, hopes)
_CLIENTS = [
    (
        "noor@demo.attune.test",
        "Noor",
        "emerging_adult",
        "dating",
        "rivera@demo.attune.test",
        "I want dating to feel less like a test I keep getting wrong.",
    ),
    (
        "jonas@demo.attune.test",
        "Jonas",
        "adult",
        "single",
        "rivera@demo.attune.test",
        "Evenings feel very empty. I'd like more people in my week.",
    ),
    (
        "priya@demo.attune.test",
        "Priya",
        "midlife",
        "partnered",
        "rivera@demo.attune.test",
        "We have drifted apart physically and I miss feeling close to my partner.",
    ),
    (
        "walter@demo.attune.test",
        "Walter",
        "later_life",
        "widowed",
        "okafor@demo.attune.test",
        "Since my wife died I have missed being touched and known.",
    ),
    (
        "kim@demo.attune.test",
        "Kim",
        "adult",
        "partnered_apart",
        "okafor@demo.attune.test",
        "Living in different cities makes closeness hard to keep up.",
    ),
    (
        "teo@demo.attune.test",
        "Teo",
        "midlife",
        "separated",
        "okafor@demo.attune.test",
        "After the separation I'm not sure I'm someone anyone would want.",
    ),
    (
        "ash@demo.attune.test",
        "Ash",
        "emerging_adult",
        "single",
        None,
        "I'd like to understand why longing hits so hard some nights.",
    ),
]
_PARTNER = ("alex@demo.attune.test", "Alex", "priya@demo.attune.test")


def _ensure_totp(user: User) -> str:
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing is not None:
        from attune.accounts.adapter import MFAAdapter

        return str(MFAAdapter().decrypt(existing.data["secret"]))
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return str(secret)


@transaction.atomic
def demo_load() -> list[DemoLogin]:
    """Create the demo organisation if the database holds no one; return the logins either way."""
    fresh = not User.objects.exists()
    org = services.organisation_get_or_create(slug=DEMO_ORG, name="Harbour Counselling (demo)")
    if fresh:
        org.country = "GB"
        org.save(update_fields=["country"])
    logins: list[DemoLogin] = []
    if not fresh and not User.objects.filter(email__endswith="@demo.attune.test").exists():
        return logins
    users: dict[str, User] = {}
    for email, role, name in _STAFF:
        user = User.objects.filter(email=email).first() or services.user_create(
            email=email, role=role, organisation=org, password=DEMO_PASSWORD, display_name=name
        )
        users[email] = user
        logins.append(DemoLogin(str(role), email, f"TOTP secret {_ensure_totp(user)}"))
    for email, name, stage, status, clinician_email, hopes in _CLIENTS:
        existing = User.objects.filter(email=email).first()
        if existing is not None:
            user = existing
        else:
            user = services.user_create(
                email=email,
                role=Role.CLIENT,
                organisation=org,
                password=DEMO_PASSWORD,
                display_name=name,
            )
            ClientProfile.objects.filter(client=user).update(
                life_stage=stage, relationship_status=status
            )
            profile = ClientProfile.objects.get(client=user)
            profile.hopes = hopes
            profile.save()
            if clinician_email:
                services.care_start(
                    clinician=users[clinician_email],
                    client=user,
                    organisation=org,
                    started_by=users[clinician_email],
                )
        care = f"in care with {clinician_email.split('@')[0]}" if clinician_email else "self-guided"
        logins.append(DemoLogin("client", email, f"{stage}, {status}, {care}"))
        users[email] = user
    email, name, client_email = _PARTNER
    partner = User.objects.filter(email=email).first()
    if partner is None:
        partner = services.user_create(
            email=email,
            role=Role.PARTNER,
            organisation=org,
            password=DEMO_PASSWORD,
            display_name=name,
        )
        services.partner_link_start(client=users[client_email], partner=partner)
    logins.append(DemoLogin("partner", email, f"partner of {client_email.split('@')[0]}"))
    if fresh:
        clients = [users[entry[0]] for entry in _CLIENTS]
        yesterday = timezone.now().date() - timedelta(days=1)
        seed_checkins(clients, days=DEMO_HISTORY_DAYS, seed_value=2026, end=yesterday)
        in_care = [users[entry[0]] for entry in _CLIENTS if entry[4]]
        seed_questionnaires(in_care, days=DEMO_HISTORY_DAYS, seed_value=2026, end=yesterday)
        for email, _name, stage, status, clinician_email, _hopes in _CLIENTS:
            plan_start(
                by=users[clinician_email] if clinician_email else users[email],
                client=users[email],
                life_stage=stage,
                relationship=status,
            )
        self_guided = [users[entry[0]] for entry in _CLIENTS if not entry[4]]
        for person in self_guided:
            recommended_set_start(client=person)
        from attune.medications.demo import demo_timeline

        demo_timeline(users[_CLIENTS[0][0]], yesterday)
        from attune.circles.demo import demo_circle

        demo_circle(users["facilitator@demo.attune.test"], clients)
    return logins

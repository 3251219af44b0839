"""People, organisations, care relationships, partner links, invitations and consent."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from attune.core.branding import AppName
from attune.core.crypto import EncryptedTextField
from attune.core.records import ClinicalRecord


class Role(models.TextChoices):
    CLIENT = "client", _("Client")
    CLINICIAN = "clinician", _("Clinician")
    PARTNER = "partner", _("Partner")
    FACILITATOR = "facilitator", _("Facilitator")
    ADMIN = "admin", _("Organisation admin")


STAFF_ROLES = frozenset({Role.CLINICIAN, Role.FACILITATOR, Role.ADMIN})


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class User(AbstractUser):
    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField(_("email address"), unique=True)
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    display_name = models.CharField(_("name to show"), max_length=80, blank=True)
    # The name and icon this person sees attune under (core.branding): theirs alone to choose.
    app_name = models.CharField(
        _("name on your screen and in emails"),
        max_length=12,
        choices=AppName.choices,
        default=AppName.ATTUNE,
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []
    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    def __str__(self) -> str:
        return self.display_name or self.email

    def get_full_name(self) -> str:
        return str(self)

    def get_short_name(self) -> str:
        return str(self)


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(unique=True)
    country = models.CharField(
        _("country for crisis resources"),
        max_length=2,
        blank=True,
        help_text=_("Two-letter code, e.g. GB or US; blank shows international resources."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=16, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="membership_once_per_role"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.role} · {self.organisation}"


class CareRelationship(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    clinician = models.ForeignKey(User, on_delete=models.CASCADE, related_name="caseload")
    client = models.ForeignKey(User, on_delete=models.CASCADE, related_name="care_relationships")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.ACTIVE)
    started_at = models.DateTimeField(default=timezone.now)
    started_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["clinician", "client"],
                condition=Q(status="active"),
                name="one_active_care_per_pair",
            )
        ]
        indexes = [models.Index(fields=["clinician", "status"])]

    def __str__(self) -> str:
        return f"care #{self.pk} ({self.status})"


class PartnerLink(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    client = models.ForeignKey(User, on_delete=models.CASCADE, related_name="partner_links")
    partner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="partner_of")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.ACTIVE)
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["client", "partner"],
                condition=Q(status="active"),
                name="one_active_partner_link",
            )
        ]

    def __str__(self) -> str:
        return f"partner link #{self.pk} ({self.status})"


class ConsentGrant(models.Model):
    """One grant of access to a client's records; revoking it takes effect on the next request."""

    class Kind(models.TextChoices):
        CLINICIAN = "clinician", _("Clinician")
        PARTNER = "partner", _("Partner")
        CIRCLE = "circle", _("Peer circle")

    client = models.ForeignKey(User, on_delete=models.CASCADE, related_name="consents_given")
    grantee = models.ForeignKey(
        User, on_delete=models.CASCADE, null=True, related_name="consents_received"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    scope = models.CharField(max_length=40)
    text_version = models.CharField(max_length=40)
    granted_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-granted_at"]
        indexes = [models.Index(fields=["client", "grantee", "kind", "scope"])]

    def __str__(self) -> str:
        return f"consent #{self.pk} {self.kind}:{self.scope}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class TokenInvitation(models.Model):
    """An emailed link to join something: only the token's hash is kept; open until used,
    withdrawn or expired."""

    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def is_open(self) -> bool:
        return (
            self.accepted_at is None
            and self.revoked_at is None
            and self.expires_at > timezone.now()
        )


class Invitation(TokenInvitation):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    inviter = models.ForeignKey(User, on_delete=models.CASCADE, related_name="invitations_sent")
    email = models.EmailField()
    role = models.CharField(max_length=16, choices=Role.choices)
    message = EncryptedTextField(blank=True)
    accepted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta(TokenInvitation.Meta):
        pass

    def __str__(self) -> str:
        return f"invitation #{self.pk} ({self.role})"


class ApiToken(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=80, default="personal token")
    prefix = models.CharField(max_length=12)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})"


class LifeStage(models.TextChoices):
    EMERGING_ADULT = "emerging_adult", _("Emerging adult (about 18–29)")
    ADULT = "adult", _("Adult (about 30–44)")
    MIDLIFE = "midlife", _("Midlife (about 45–64)")
    LATER_LIFE = "later_life", _("Later life (about 65 and over)")


class RelationshipStatus(models.TextChoices):
    SINGLE = "single", _("Single")
    DATING = "dating", _("Dating")
    PARTNERED = "partnered", _("Partnered, living together")
    PARTNERED_APART = "partnered_apart", _("Partnered, living apart")
    SEPARATED = "separated", _("Separated or divorced")
    WIDOWED = "widowed", _("Widowed")
    NON_MONOGAMOUS = "non_monogamous", _("In more than one relationship")


class SexualFocus(models.TextChoices):
    """Where sex sits in what the client wants from their plan (see clinical.plans.profile)."""

    OPEN = "open", _("Sex is part of what I would like, at my own pace")
    ASEXUAL = "asexual", _("I am asexual, or have little or no sexual desire")
    CELIBATE = "celibate", _("I choose not to have sex for now")
    NOT_POSSIBLE = "not_possible", _("Sex with a partner is not possible for me")
    PREFER_NOT = "prefer_not", _("Prefer not to say")


class YesNoUnsaid(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = "prefer_not", _("Prefer not to say")


class ClientProfile(ClinicalRecord):
    """What a client tells attune about their life: it shapes their plan."""

    life_stage = models.CharField(
        _("life stage"), max_length=16, choices=LifeStage.choices, blank=True
    )
    relationship_status = models.CharField(
        _("relationship status"), max_length=16, choices=RelationshipStatus.choices, blank=True
    )
    hopes = EncryptedTextField(_("what you would like to be different"), blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    # Optional, asked kindly, each with "prefer not to say"; they shape the plan's content.
    sexual_focus = models.CharField(
        _("where sex sits in your plan"), max_length=12, choices=SexualFocus.choices, blank=True
    )
    disability = models.CharField(
        _("a disability or long-term illness"),
        max_length=10,
        choices=YesNoUnsaid.choices,
        blank=True,
    )
    lgbtq = models.CharField(_("LGBTQ+"), max_length=10, choices=YesNoUnsaid.choices, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["client"], name="one_profile_per_client")]

    def __str__(self) -> str:
        return f"profile #{self.pk}"

from __future__ import annotations

from typing import Any

from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.core import context as allauth_context
from django import forms
from django.utils.translation import gettext_lazy as _

from attune.core.branding import AppName

from .invitations import session_invitation
from .models import STAFF_ROLES, ClientProfile, Membership, Role, User


class SignupForm(AllauthSignupForm):  # type: ignore[misc]
    display_name = forms.CharField(
        label=_("Name to show"),
        max_length=80,
        required=False,
        help_text=_("A first name or nickname is fine."),
    )

    def clean_email(self) -> str:
        email: str = super().clean_email()
        request = getattr(allauth_context, "request", None)
        found = session_invitation(request) if request is not None else None
        if found and found[0].email.lower() != email.lower():
            raise forms.ValidationError(
                _("This invitation was sent to %(email)s. Please sign up with that address."),
                params={"email": found[0].email},
            )
        return email

    def save(self, request: Any) -> Any:
        user = super().save(request)
        user.display_name = self.cleaned_data.get("display_name", "")
        user.save(update_fields=["display_name"])
        return user


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Their email address"))
    role = forms.ChoiceField(label=_("Invite as"), choices=())
    message = forms.CharField(
        label=_("A short personal message (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, roles: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        labels = dict(Role.choices)
        role_field = self.fields["role"]
        assert isinstance(role_field, forms.ChoiceField)
        role_field.choices = [(r, labels[r]) for r in roles]
        if len(roles) == 1:
            self.fields["role"].initial = roles[0]
            self.fields["role"].widget = forms.HiddenInput()


class AcceptInvitationForm(forms.Form):
    consent = forms.BooleanField(label=_("I have read this and I agree."), required=True)


class ProfileForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = ClientProfile
        fields = [
            "life_stage",
            "relationship_status",
            "sexual_focus",
            "disability",
            "lgbtq",
            "country",
            "hopes",
        ]
        widgets = {"hopes": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "life_stage": _("This helps attune suggest steps that fit your life now."),
            "sexual_focus": _(
                "Optional. A full life does not need sex: if it is not part of what you "
                "want, your plan will not steer you towards it."
            ),
            "disability": _("Optional. Adds ideas for adapting closeness to your body."),
            "lgbtq": _("Optional. Adds steps about belonging and minority stress."),
            "country": _("Two letters, like GB or US, so we can show the right helplines."),
            "hopes": _("Only you and a clinician you are in care with can read this."),
        }

    def clean_country(self) -> str:
        value: str = self.cleaned_data.get("country", "").strip().upper()
        if value and (len(value) != 2 or not value.isalpha()):
            raise forms.ValidationError(_("Use a two-letter country code, like GB or US."))
        return value


class OrganisationForm(forms.Form):
    name = forms.CharField(label=_("Organisation name"), max_length=120)
    country = forms.CharField(
        label=_("Country for crisis resources"),
        max_length=2,
        required=False,
        help_text=_("Two letters, like GB or US; leave empty for international resources."),
    )

    def clean_country(self) -> str:
        value: str = self.cleaned_data.get("country", "").strip().upper()
        if value and (len(value) != 2 or not value.isalpha()):
            raise forms.ValidationError(_("Use a two-letter country code, like GB or US."))
        return value


class AppNameForm(forms.Form):
    app_name = forms.ChoiceField(
        label=_("Show attune as"),
        choices=AppName.choices,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the names offered.")},
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"app_name": user.app_name})
        super().__init__(*args, **kwargs)


class StaffRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=(), widget=forms.RadioSelect)

    def __init__(self, *args: Any, membership: Membership, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"role": membership.role})
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [  # type: ignore[attr-defined]
            (role.value, role.label) for role in Role if role in STAFF_ROLES
        ]

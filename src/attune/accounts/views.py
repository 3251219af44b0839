from __future__ import annotations

import uuid
from urllib.parse import urlencode

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from attune.audit.services import audit_read
from attune.checkins.forms import quick_form
from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.questionnaires import selectors as questionnaire_selectors
from attune.questionnaires import services as questionnaire_services
from attune.safety.couple_check import answer_rows, couple_check_for_clinician
from attune.safety.selectors import couple_check_due
from attune.safety.services import crisis_once

from . import consent_texts, invitations, selectors, services
from .access import signed_in
from .forms import (
    AcceptInvitationForm,
    AppNameForm,
    InvitationForm,
    OrganisationForm,
    ProfileForm,
    StaffRoleForm,
)
from .models import ClientProfile, ConsentGrant, Invitation, Membership, Role, User


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _require_role(request: HttpRequest, role: str) -> User:
    user = _user(request)
    if role not in selectors.roles_of(user):
        raise PermissionDenied
    return user


@require_http_methods(["GET"])
def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("account_login")
    user = _user(request)
    role = selectors.primary_role(user)
    if role == Role.ADMIN:
        return _admin_home(request, user)
    if role == Role.CLINICIAN:
        return _clinician_home(request, user)
    if role == Role.CLIENT:
        return _client_home(request, user)
    if role == Role.PARTNER:
        links = selectors.active_partner_links(partner=user)
        return render(request, "accounts/home_partner.html", {"links": links})
    if role == Role.FACILITATOR:
        orgs = selectors.organisations_of(user, Role.FACILITATOR)
        return render(request, "accounts/home_facilitator.html", {"organisations": orgs})
    return render(request, "accounts/home_none.html")


def _client_home(request: HttpRequest, user: User) -> HttpResponse:
    profile = ClientProfile.objects.filter(client=user).first()
    today = client_today(user)
    context = {
        "profile": profile,
        "profile_incomplete": profile is None
        or not (profile.life_stage and profile.relationship_status),
        "clinicians": selectors.clinicians_of(user),
        "partners": selectors.active_partner_links(client=user),
        # What was saved today (the home page says so and offers an edit), or the quick
        # check-in: mood and sexual loneliness in two taps.
        "todays_checkin": CheckIn.objects.filter(client=user, day=today)
        .only("mood", "sexual_loneliness")
        .first(),
        "quick": quick_form(today),
        "questionnaires_due": questionnaire_services.due_for(user),
        # A check-in sent from this phone's queue may have raised a concern (checkins/api.py).
        **crisis_once(request, user),
    }
    return render(request, "accounts/home_client.html", context)


def _clinician_home(request: HttpRequest, user: User) -> HttpResponse:
    clients = selectors.clients_of(user)
    profiles = {
        p.client_id: p for p in ClientProfile.objects.filter(client__in=clients).defer("hopes")
    }
    open_flags = questionnaire_selectors.open_flag_counts(clients)
    rows = [(client, profiles.get(client.pk), open_flags.get(client.pk, 0)) for client in clients]
    pending = selectors.invitations_sent(user).filter(
        accepted_at__isnull=True, revoked_at__isnull=True
    )
    return render(request, "accounts/home_clinician.html", {"rows": rows, "pending": pending})


def _admin_home(request: HttpRequest, user: User) -> HttpResponse:
    org = selectors.organisations_of(user, Role.ADMIN).order_by("pk").first()
    if org is None:
        raise Http404
    context = {"organisation": org, "staff": selectors.staff_of(org)}
    return render(request, "accounts/home_admin.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    user = _require_role(request, Role.CLIENT)
    profile, _created = ClientProfile.objects.get_or_create(client=user)
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.profile_update(
            actor=user, client=user, **{k: form.cleaned_data[k] for k in form.fields}
        )
        messages.success(request, _("Saved. Thank you for telling us a little about your life."))
        return redirect("home")
    return render(request, "accounts/profile_form.html", {"form": form})


@login_required
@require_http_methods(["GET"])
def sharing(request: HttpRequest) -> HttpResponse:
    user = _require_role(request, Role.CLIENT)
    grants = selectors.consents_of(user)
    offers = [
        (c, consent_texts.consent_text(consent_texts.SENTENCE_VERSION, clinician=str(c)))
        for c in selectors.clinicians_of(user)
        if services.sentence_consent_of(user, c) is None
    ]
    return render(request, "accounts/sharing.html", {"grants": grants, "sentence_offers": offers})


@login_required
@require_POST
def sentence_consent(request: HttpRequest) -> HttpResponse:
    """Agree that one of my clinicians sees the sentence that worried attune (or stop)."""
    user = _require_role(request, Role.CLIENT)
    try:
        chosen = uuid.UUID(request.POST.get("clinician", ""))
    except ValueError:
        raise Http404 from None
    clinician = selectors.clinicians_of(user).filter(uuid=chosen).first()
    if clinician is None:
        raise Http404
    granted = request.POST.get("choice") == "yes"
    services.sentence_consent_set(client=user, clinician=clinician, granted=granted)
    if granted:
        messages.success(request, _("Saved. You can withdraw this at any time."))
    else:
        messages.success(request, _("Done. That access has ended."))
    return redirect("sharing")


@login_required
@require_POST
def consent_withdraw(request: HttpRequest, grant_id: int) -> HttpResponse:
    user = _user(request)
    grant = get_object_or_404(ConsentGrant, pk=grant_id, client=user)
    services.consent_revoke(actor=user, grant=grant)
    messages.success(request, _("Done. That access has ended."))
    return redirect("sharing")


def _invitable_roles(user: User) -> list[str]:
    roles = selectors.roles_of(user)
    allowed: set[str] = set()
    for inviter_role, invitable in services.INVITABLE.items():
        if inviter_role in roles:
            allowed |= {str(r) for r in invitable}
    order = [r.value for r in Role]
    return sorted(allowed, key=order.index)


@login_required
@require_http_methods(["GET", "POST"])
def invitation_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    roles = _invitable_roles(user)
    if not roles:
        raise PermissionDenied
    if Role.PARTNER in roles and couple_check_due(user):
        # Before a partner link: the private couple safety check first (DESIGN.md
        # non-negotiable 7). Answering, whatever the answer, leads back here.
        return redirect(f"{reverse('couple_check')}?{urlencode({'next': request.path})}")
    form = InvitationForm(request.POST if request.method == "POST" else None, roles=roles)
    if request.method == "POST" and form.is_valid():
        try:
            services.invitation_create(inviter=user, **form.cleaned_data)
        except (PermissionDenied, ValidationError) as exc:
            form.add_error(None, " ".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]}
            )
            return redirect("invitation_list")
    sent = selectors.invitations_sent(user)[:50]
    return render(request, "accounts/invitations.html", {"form": form, "sent": sent})


@login_required
@require_POST
def invitation_withdraw(request: HttpRequest, invitation_id: int) -> HttpResponse:
    user = _user(request)
    invitation = get_object_or_404(Invitation, pk=invitation_id, inviter=user)
    services.invitation_revoke(actor=user, invitation=invitation)
    messages.success(request, _("Invitation withdrawn."))
    return redirect("invitation_list")


def _consent_text(invitation: Invitation) -> str:
    if invitation.role == Role.CLIENT:
        return consent_texts.consent_text(
            consent_texts.CURRENT["clinician"], clinician=str(invitation.inviter)
        )
    if invitation.role == Role.PARTNER:
        return consent_texts.consent_text(
            consent_texts.CURRENT["partner"], partner=_("this person")
        )
    return ""


@require_http_methods(["GET", "POST"])
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    invitation = services.invitation_by_token(token)
    if invitation is None or not invitation.is_open:
        return render(request, "accounts/invitation_closed.html", status=410 if invitation else 404)
    needs_consent = invitation.role in {Role.CLIENT, Role.PARTNER}
    form = AcceptInvitationForm(request.POST if request.method == "POST" else None)
    if not needs_consent:
        form.fields["consent"].required = False
    if request.method == "POST" and form.is_valid():
        consented = bool(form.cleaned_data.get("consent"))
        # Optional, and only for someone starting care: flagged sentences for the clinician.
        sentence = invitation.role == Role.CLIENT and request.POST.get("sentence_consent") == "on"
        if request.user.is_authenticated:
            try:
                services.invitation_accept(
                    invitation=invitation,
                    user=_user(request),
                    consented=consented,
                    sentence_consent=sentence,
                )
            except (PermissionDenied, ValidationError) as exc:
                form.add_error(None, " ".join(getattr(exc, "messages", [str(exc)])))
            else:
                messages.success(request, _("Welcome. You are connected now."))
                return redirect("home")
        else:
            invitations.remember(request, token, consented=consented, sentence_consent=sentence)
            if User.objects.filter(email__iexact=invitation.email).exists():
                return HttpResponseRedirect(
                    reverse("account_login") + "?" + urlencode({"next": request.path})
                )
            # The link arrived at this address, so it counts as verified (allauth's hook).
            get_adapter(request).stash_verified_email(request, invitation.email)
            return HttpResponseRedirect(
                reverse("account_signup") + "?" + urlencode({"email": invitation.email})
            )
    context = {
        "invitation": invitation,
        "form": form,
        "consent_text": _consent_text(invitation),
        "sentence_text": (
            consent_texts.consent_text(
                consent_texts.SENTENCE_VERSION, clinician=str(invitation.inviter)
            )
            if invitation.role == Role.CLIENT
            else ""
        ),
    }
    return render(request, "accounts/invitation_accept.html", context)


def _client_or_404(request: HttpRequest, client_uuid: uuid.UUID) -> User:
    client = selectors.client_for_clinician(_user(request), client_uuid)
    if client is None:
        raise Http404
    return client


@login_required
@require_http_methods(["GET"])
def client_detail(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    client = _client_or_404(request, client_uuid)
    profile = ClientProfile.objects.filter(client=client).first()
    viewer = _user(request)
    audit_read(
        actor_uuid=viewer.uuid,
        subject_uuid=client.uuid,
        object_type="accounts.clientprofile",
        object_id=profile.pk if profile else "",
    )
    open_flags = questionnaire_selectors.open_flag_counts(User.objects.filter(pk=client.pk)).get(
        client.pk, 0
    )
    couple = couple_check_for_clinician(clinician=viewer, client=client)
    context = {
        "client": client,
        "profile": profile,
        "open_flags": open_flags,
        "couple": couple,
        "couple_rows": answer_rows(couple.check) if couple.check else [],
    }
    return render(request, "accounts/client_detail.html", context)


@login_required
@require_POST
def care_end(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    client = _client_or_404(request, client_uuid)
    care = (
        selectors.active_care(clinician=_user(request), client=client)
        .select_related("client")
        .first()
    )
    if care is None:
        raise Http404
    services.care_end(actor=_user(request), care=care)
    messages.success(
        request,
        _("Care relationship ended. %(name)s keeps all their own records.") % {"name": client},
    )
    return redirect("home")


@login_required
@require_http_methods(["GET", "POST"])
def organisation_settings(request: HttpRequest) -> HttpResponse:
    user = _require_role(request, Role.ADMIN)
    org = selectors.organisations_of(user, Role.ADMIN).order_by("pk").first()
    if org is None:
        raise Http404
    form = OrganisationForm(
        request.POST if request.method == "POST" else None,
        initial={"name": org.name, "country": org.country},
    )
    if request.method == "POST" and form.is_valid():
        org.name = form.cleaned_data["name"]
        org.country = form.cleaned_data["country"]
        org.save(update_fields=["name", "country"])
        messages.success(request, _("Organisation settings saved."))
        return redirect("home")
    return render(request, "accounts/organisation_form.html", {"form": form, "organisation": org})


@login_required
@require_http_methods(["GET", "POST"])
def app_name_edit(request: HttpRequest) -> HttpResponse:
    """Choose the name and icon attune goes by on this person's screen and in their email."""
    user = signed_in(request)
    form = AppNameForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST" and form.is_valid():
        services.app_name_set(actor=user, app_name=form.cleaned_data["app_name"])
        messages.success(
            request,
            _("Saved. If you added attune to your home screen, remove it and add it again."),
        )
        return redirect("app_name_edit")
    return render(request, "accounts/app_name.html", {"form": form})


def _staff_membership(request: HttpRequest, membership_id: int) -> tuple[User, Membership]:
    user = _require_role(request, Role.ADMIN)
    orgs = selectors.organisations_of(user, Role.ADMIN)
    membership = selectors.staff_of_any(orgs).filter(pk=membership_id).first()
    if membership is None:
        raise Http404
    return user, membership


@login_required
@require_http_methods(["GET", "POST"])
def staff_edit(request: HttpRequest, membership_id: int) -> HttpResponse:
    """An admin changes a staff member's role, or removes them from the organisation."""
    user, membership = _staff_membership(request, membership_id)
    form = StaffRoleForm(request.POST if request.method == "POST" else None, membership=membership)
    if request.method == "POST" and form.is_valid():
        try:
            services.staff_role_change(
                actor=user, membership=membership, role=form.cleaned_data["role"]
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, _("%(name)s's role is changed.") % {"name": membership.user})
            return redirect("home")
    return render(request, "accounts/staff_edit.html", {"form": form, "membership": membership})


@login_required
@require_POST
def staff_remove(request: HttpRequest, membership_id: int) -> HttpResponse:
    user, membership = _staff_membership(request, membership_id)
    name = str(membership.user)
    try:
        services.staff_remove(actor=user, membership=membership)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("staff_edit", membership_id=membership_id)
    messages.success(request, _("%(name)s is no longer on staff here.") % {"name": name})
    return redirect("home")

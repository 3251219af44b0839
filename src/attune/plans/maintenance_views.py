"""Pages for maintenance: the client's lighter routine and relapse-prevention plan, and the
clinician's controls (discharge to maintenance, book a booster, return to the full plan)."""

from __future__ import annotations

import uuid
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from attune.accounts.access import client_or_403 as _client
from attune.accounts.access import treated_or_404 as _treated
from attune.accounts.models import User
from attune.audit.services import audit_read
from attune.checkins.services import client_today
from attune.safety.services import crisis_once, remember_support

from . import maintenance, services
from .models import RELAPSE_TEXT_MAX, ClientPlan, MaintenancePhase

RELAPSE_LABELS: dict[str, tuple[Any, Any]] = {
    "warning_signs": (
        gettext_lazy("My early warning signs"),
        gettext_lazy("In your own words: what you notice first when things start to slip."),
    ),
    "what_helped": (
        gettext_lazy("What helped me"),
        gettext_lazy("The steps, habits and people that made a difference."),
    ),
    "what_to_do": (
        gettext_lazy("What I will do if I notice them"),
        gettext_lazy("Small, concrete things to start with."),
    ),
    "whom_to_call": (
        gettext_lazy("Whom I can call"),
        gettext_lazy("People or services, with a number if you like."),
    ),
    "when_to_come_back": (
        gettext_lazy("When I will come back to a clinician"),
        gettext_lazy("For example: two weeks of low mood, or sleep gone for a week."),
    ),
}


class RelapsePlanForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, (label, help_text) in RELAPSE_LABELS.items():
            self.fields[name] = forms.CharField(
                label=label,
                help_text=help_text,
                required=False,
                max_length=RELAPSE_TEXT_MAX,
                widget=forms.Textarea(attrs={"rows": 3}),
            )


class BoosterForm(forms.Form):
    reflection = forms.CharField(
        label=gettext_lazy("How are things going? What do you want to keep doing? (optional)"),
        required=False,
        max_length=RELAPSE_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class BoosterScheduleForm(forms.Form):
    on = forms.DateField(
        label=gettext_lazy("Next booster session"), widget=forms.DateInput(attrs={"type": "date"})
    )


def relapse_items(client: User) -> list[tuple[Any, str]]:
    plan = maintenance.relapse_plan_of(client)
    return [
        (label, getattr(plan, name) if plan else "")
        for name, (label, _help) in RELAPSE_LABELS.items()
    ]


def maintenance_context(record: ClientPlan, viewer: User) -> dict[str, Any]:
    """What the plan pages show about maintenance (empty phase: not in maintenance)."""
    client = record.client
    phase = maintenance.open_phase(client)
    context: dict[str, Any] = {"phase": phase}
    if phase is None:
        context["readiness"] = maintenance.readiness_for(client)
        return context
    context.update(
        {
            "keep_up": maintenance.keep_up_steps(record),
            "relapse_items": relapse_items(client),
            "booster_due": phase.next_booster_on <= client_today(client),
            "boosters": phase.boosters.all()[:5],
            "checkin_due": maintenance.checkin_due(client),
        }
    )
    return context


# --- client --------------------------------------------------------------------------------


def my_maintenance(request: HttpRequest, client: User, record: ClientPlan) -> HttpResponse:
    """The client's plan page while in maintenance (called by `views.my_plan`)."""
    from .views import _plan_context

    context = _plan_context(record, client)
    context.update(maintenance_context(record, client))
    context.update(crisis_once(request, client))
    context["booster_form"] = BoosterForm()
    return render(request, "plans/my_maintenance.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def relapse_plan(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    current = maintenance.relapse_plan_of(client)
    initial = {name: getattr(current, name) for name in RELAPSE_LABELS} if current else {}
    form = RelapsePlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            _plan, safety = maintenance.relapse_plan_save(client=client, fields=form.cleaned_data)
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            remember_support(request, safety)
            messages.success(request, _("Saved. Your plan for staying well is yours to change."))
            return redirect("my_plan")
    status = 400 if request.method == "POST" else 200
    return render(request, "plans/relapse_plan.html", {"form": form}, status=status)


@login_required
@require_POST
def maintenance_action(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    if services.active_plan(client) is None:
        raise Http404
    action = request.POST.get("action", "")
    try:
        if action == "start":
            maintenance.maintenance_start(by=client, client=client)
            messages.success(
                request, _("Your plan is now a lighter routine. Well done getting here.")
            )
        elif action == "return":
            maintenance.maintenance_end(by=client, client=client)
            messages.success(request, _("You are back on the full plan. Asking for more is wise."))
        elif action == "sign":
            proposal = maintenance.named_sign_noticed(client=client)
            if proposal is None:
                messages.info(request, _("Thank you for noticing. Your plan is below."))
            else:
                messages.info(request, _("Thank you for noticing. There is a suggestion below."))
        elif action == "booster":
            form = BoosterForm(request.POST)
            if not form.is_valid():
                raise ValidationError(list(form.errors.get("reflection") or [_("Please check.")]))
            _check, safety = maintenance.booster_done(
                client=client, reflection=form.cleaned_data["reflection"]
            )
            remember_support(request, safety)
            messages.success(request, _("Booster check done. Thank you for looking after this."))
        else:
            raise ValidationError(_("Unknown change."))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("my_plan")


# --- clinician -----------------------------------------------------------------------------


@login_required
@require_POST
def client_maintenance(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    if services.active_plan(client) is None:
        raise Http404
    action = request.POST.get("action", "")
    try:
        if action == "start":
            maintenance.maintenance_start(by=viewer, client=client)
            messages.success(request, _("Discharged to maintenance."))
        elif action == "return":
            maintenance.maintenance_end(by=viewer, client=client)
            messages.success(request, _("Back to the full plan."))
        elif action == "booster":
            form = BoosterScheduleForm(request.POST)
            if not form.is_valid():
                raise ValidationError(list(form.errors.get("on") or [_("Choose a day.")]))
            maintenance.booster_schedule(by=viewer, client=client, on=form.cleaned_data["on"])
            messages.success(request, _("Booster session booked."))
        else:
            raise ValidationError(_("Unknown change."))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("client_plan", client_uuid=client.uuid)


def clinician_context(record: ClientPlan, viewer: User) -> dict[str, Any]:
    """Maintenance context for the clinician's plan page (its read is already audited there;
    the relapse-prevention plan is a record of its own, so its read is audited too)."""
    context = maintenance_context(record, viewer)
    phase: MaintenancePhase | None = context["phase"]
    if phase is not None:
        audit_read(
            actor_uuid=viewer.uuid,
            subject_uuid=record.client.uuid,
            object_type="plans.relapsepreventionplan",
        )
        if context["boosters"]:  # the client's own booster reflections are on the page too
            audit_read(
                actor_uuid=viewer.uuid,
                subject_uuid=record.client.uuid,
                object_type="plans.boostercheck",
            )
        context["schedule_form"] = BoosterScheduleForm(initial={"on": phase.next_booster_on})
    return context

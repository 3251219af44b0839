from __future__ import annotations

import json
import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403 as _client
from attune.accounts.access import treated_or_404 as _treated
from attune.accounts.models import ClientProfile, User
from attune.audit.services import audit_read
from attune.checkins.services import client_today
from attune.clinical.plans import Plan, Step
from attune.clinical.plans.couple import couple_step_ids
from attune.clinical.plans.week import horizon
from attune.medications.selectors import takes_confirmed_antidepressant
from attune.safety.selectors import couple_check_due
from attune.safety.services import crisis_once, harm_lines_for, remember_support

from . import maintenance, services, tools
from .forms import (
    GOAL_LABELS,
    PILLAR_LABELS,
    CustomStepForm,
    DeclineForm,
    GoalsForm,
    LifeChangeForm,
    PlanStartForm,
    StartGoalsForm,
    StepCountForm,
    StepLogForm,
)
from .maintenance_views import clinician_context, my_maintenance
from .models import ClientPlan, PlanProposal, StepLog


def _user(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    return user


def _start_form(client: User, data: Any = None) -> PlanStartForm:
    profile = ClientProfile.objects.filter(client=client).first()
    initial = {
        "life_stage": profile.life_stage if profile else "",
        "relationship": profile.relationship_status if profile else "",
        "antidepressant": takes_confirmed_antidepressant(client),
        "sexual_focus": profile.sexual_focus if profile else "",
        "disability": profile.disability if profile else "",
        "lgbtq": profile.lgbtq if profile else "",
    }
    return PlanStartForm(data, initial=initial)


def _yes(value: str) -> bool | None:
    return None if not value else value == "yes"


def _start(
    request: HttpRequest, by: User, client: User, form: PlanStartForm, goals: StartGoalsForm
) -> bool:
    """Start the plan from the start form and the goals chosen beside it (none chosen: goals
    that fit the situation, to change at any time)."""
    if not (form.is_valid() & goals.is_valid()):
        return False
    if not goals.fits(form.cleaned_data["relationship"]):
        return False
    data = dict(form.cleaned_data)
    data["sexual_focus"] = data.get("sexual_focus") or None
    data["disability"] = _yes(data.get("disability", ""))
    data["lgbtq"] = _yes(data.get("lgbtq", ""))
    chosen = goals.cleaned_data["goals"]
    try:
        record = services.plan_start(
            by=by,
            client=client,
            goals=chosen or None,
            own_goal=goals.cleaned_data.get("own_goal", ""),
            **data,
        )
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return False
    remember_support(request, getattr(record, "safety", None))
    if chosen:
        messages.success(request, _("The plan is ready, built from the goals you chose."))
    else:
        messages.success(
            request,
            _(
                "The plan is ready. It starts from goals that fit your situation; choose "
                "your own at any time."
            ),
        )
    return True


def _proposal_view(proposal: PlanProposal) -> dict[str, Any]:
    data = json.loads(proposal.proposal_json)
    return {
        "record": proposal,
        "reason": data.get("reason", ""),
        "new_title": (data.get("new_step") or {}).get("title", ""),
        "new_difficulty": (data.get("new_step") or {}).get("difficulty"),
    }


def _answer_sets(answers: dict[str, str]) -> dict[str, Any]:
    """Which steps have their first question answered, and which should suggest a therapist."""
    return {
        "answers": answers,
        "answered": set(answers),
        "recommend": {step_id for step_id, answer in answers.items() if answer != "yes"},
    }


def _choices(record: ClientPlan, plan: Plan) -> dict[str, Any]:
    """The client's own choices for their clinician: life changes (kind and what changed,
    not the client's words) and steps set aside, each with what the engine offered instead."""
    titles = {step.id: step.title for step in plan.steps}
    return {
        "declines": [
            (row, titles.get(row.alternative_id, "")) for row in record.declines.all()[:20]
        ],
        "life_changes": record.life_changes.all()[:10],
    }


def _plan_context(record: ClientPlan, viewer: User) -> dict[str, Any]:
    plan: Plan = services.engine_plan(record)
    today = client_today(record.client)
    week, ready = services.this_week(record, today)
    reading = services.to_read(record, today)
    pending = record.proposals.filter(status=PlanProposal.PENDING)
    logs = list(record.logs.order_by("-created_at")[:10])
    titles = {step.id: step.title for step in plan.steps}
    view = horizon(plan, week)
    return {
        "record": record,
        "plan": plan,
        "week": week,
        "horizon_now": view.now,
        "horizon_after": view.after,
        "goals": [GOAL_LABELS[g.value] for g in plan.profile.ordered_goals()],
        **_choices(record, plan),
        "ready": ready,
        "to_read": reading,
        "done_once": services.done_once(record),
        "opens": {
            s.id: tools.open_label(s.tool) for s in (*ready, *reading) if tools.opens(s.tool)
        },
        "pillars": PILLAR_LABELS,
        "proposals": [_proposal_view(p) for p in pending],
        "may_decide": services.may_decide(viewer, record),
        "logs": [(log, titles.get(log.step_id, log.step_id)) for log in logs],
        "completed": set(plan.completed),
        "paused": set(record.paused_steps),
        "versions": record.versions.all()[:10],
        **_answer_sets(services.step_answers(record)),
    }


@login_required
@require_http_methods(["GET", "POST"])
def my_plan(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    record = services.active_plan(client)
    in_care = people.clinicians_of(client).exists()
    if record is None:
        form = _start_form(client, request.POST or None)
        goals = StartGoalsForm(request.POST or None)
        started = request.method == "POST" and not in_care
        if started and _start(request, client, client, form, goals):
            return redirect("my_plan")
        start: dict[str, Any] = {"form": form, "goals_form": goals, "in_care": in_care}
        return render(request, "plans/start.html", start)
    if maintenance.open_phase(client) is not None:
        return my_maintenance(request, client, record)
    context = _plan_context(record, client)
    context.update(crisis_once(request, client))
    context["readiness"] = maintenance.readiness_for(client)
    set_aside = services.set_aside_for_safety(record, context["answers"])
    context["set_aside"] = set_aside
    if set_aside:
        context["harm_lines"] = harm_lines_for(client)
    couple = couple_step_ids(context["plan"].profile)
    context["couple_ids"] = couple
    context["couple_check_first"] = any(s.id in couple for s in context["ready"]) and (
        couple_check_due(client)
    )
    return render(request, "plans/my_plan.html", context)


def _couple_check_first(client: User, record: ClientPlan, step: Step) -> str:
    """The private couple safety check comes before the first couple step (when none was
    answered in the last 90 days): the URL to go to first, or ""."""
    plan = services.engine_plan(record)
    if step.id not in couple_step_ids(plan.profile) or not couple_check_due(client):
        return ""
    # Back to the plan, not the step: after a concern the plan offers other steps instead.
    return f"{reverse('couple_check')}?{urlencode({'next': reverse('my_plan')})}"


def _step_or_404(record: ClientPlan, step_id: str) -> Step:
    plan = services.engine_plan(record)
    if not plan.has_step(step_id):
        raise Http404
    return plan.step(step_id)


@login_required
@require_http_methods(["GET", "POST"])
def step_log(request: HttpRequest, step_id: str) -> HttpResponse:
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        raise Http404
    step = _step_or_404(record, step_id)
    first = _couple_check_first(client, record, step)
    if first:
        return redirect(first)
    form = StepLogForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        entry = services.step_log(
            client=client, record=record, step_id=step.id, **form.cleaned_data
        )
        remember_support(request, getattr(entry, "safety", None))
        _logged_message(request, form.cleaned_data["outcome"], form.cleaned_data["felt_safe"])
        return redirect("my_plan")
    history = StepLog.objects.filter(plan=record, step_id=step.id).order_by("-created_at")[:10]
    context = {
        "step": step,
        "form": form,
        "decline_form": DeclineForm(),
        "history": history,
        "open_label": tools.open_label(step.tool) if tools.opens(step.tool) else "",
        "pillars": PILLAR_LABELS,
        **_answer_sets(services.step_answers(record)),
    }
    return render(request, "plans/step_log.html", context)


def _logged_message(request: HttpRequest, outcome: str, felt_safe: bool) -> None:
    """Words that fit what was logged; a hard try is met kindly, never as a failure."""
    if not felt_safe:
        messages.info(
            request,
            _(
                "Thank you for telling us it did not feel safe. You can stop any step at any "
                "time; your plan will suggest something gentler next."
            ),
        )
    elif outcome == "done":
        messages.success(request, _("Logged. Each small step counts."))
    elif outcome == "not_yet":
        messages.info(
            request,
            _("Logged as not yet. The step will wait for you; go at the pace that feels right."),
        )
    else:
        messages.info(
            request,
            _(
                "Thank you for writing it down. A hard day with a step is information, not a "
                "verdict; it shows where a smaller step could help. Be kind to yourself today."
            ),
        )


@login_required
@require_GET
def step_open(request: HttpRequest, step_id: str) -> HttpResponse:
    """Open the tool a step asks for, remembering the step so the tool can offer to count it."""
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        raise Http404
    step = _step_or_404(record, step_id)
    url = tools.tool_url(step.tool)
    if not url:
        return redirect("plan_step_log", step_id=step.id)
    tools.remember_opened(request.session, step)
    return redirect(url)


def _safe_next(request: HttpRequest, raw: str) -> str:
    if raw and url_has_allowed_host_and_scheme(
        raw, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return raw
    return reverse("my_plan")


@login_required
@require_POST
def step_count(request: HttpRequest, step_id: str) -> HttpResponse:
    """The person's one tap that counts a step from its tool (or "Not now")."""
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        raise Http404
    step = _step_or_404(record, step_id)
    form = StepCountForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
        return redirect(_safe_next(request, request.POST.get("next", "")))
    back = _safe_next(request, form.cleaned_data["next"])
    if form.cleaned_data["decision"] == "skip":
        tools.not_now(request.session, step.id)
        messages.info(request, _("Not counted. The step stays in your plan for when you like."))
        return redirect(back)
    opened = tools.opened(request.session)
    try:
        services.step_count(
            client=client,
            record=record,
            step_id=step.id,
            since=opened.at if opened is not None and opened.step_id == step.id else None,
            felt_safe=form.cleaned_data["felt_safe"],
            distress=form.cleaned_data["distress"],
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(back)
    tools.forget_opened(request.session)
    messages.success(
        request,
        _("Counted for your step “%(title)s”. Each small step counts.") % {"title": step.title},
    )
    return redirect(back)


@login_required
@require_POST
def step_answer(request: HttpRequest, step_id: str) -> HttpResponse:
    """The answer to the question a step asks before its instructions."""
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        raise Http404
    step = _step_or_404(record, step_id)
    try:
        services.step_answer(
            client=client, record=record, step_id=step.id, answer=request.POST.get("answer", "")
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("my_plan")
    if step.id in record.paused_steps:
        messages.info(
            request,
            _(
                "Thank you for telling us. We have set this step aside; you never have to be "
                "in contact with someone to follow this plan."
            ),
        )
    else:
        messages.success(request, _("Thank you. The step is below."))
    return redirect("my_plan")


@login_required
@require_POST
def proposal_decide(request: HttpRequest, proposal_id: int) -> HttpResponse:
    viewer = _user(request)
    proposal = PlanProposal.objects.select_related("plan").filter(pk=proposal_id).first()
    if proposal is None or not services.may_decide(viewer, proposal.plan):
        raise Http404
    raw = request.POST.get("difficulty", "").strip()
    try:
        services.proposal_decide(
            by=viewer,
            proposal=proposal,
            approve=request.POST.get("decision") == "approve",
            difficulty=int(raw) if raw.isdigit() else None,
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The plan is updated."))
    if viewer.pk == proposal.plan.client_id:
        return redirect("my_plan")
    return redirect("client_plan", client_uuid=proposal.plan.client.uuid)


@login_required
@require_http_methods(["GET", "POST"])
def step_decline(request: HttpRequest, step_id: str) -> HttpResponse:
    """ "Doesn't fit me", "not now" or "not safe": the step leaves the plan and the engine
    offers an alternative from another pillar. Only the client themself."""
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        raise Http404
    step = _step_or_404(record, step_id)
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            row = services.step_decline(
                client=client,
                record=record,
                step_id=step.id,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            remember_support(request, getattr(row, "safety", None))
            plan = services.engine_plan(record)
            if row.alternative_id and plan.has_step(row.alternative_id):
                messages.success(
                    request,
                    _("Thank you for telling us. In its place: “%(title)s”.")
                    % {"title": plan.step(row.alternative_id).title},
                )
            else:
                messages.success(request, _("Thank you for telling us. The step is set aside."))
            return redirect("my_plan")
    status = 400 if request.method == "POST" else 200
    return render(request, "plans/step_decline.html", {"step": step, "form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def plan_goals(request: HttpRequest) -> HttpResponse:
    """Choose and order goals, and add one in your own words; the plan is rebuilt from them."""
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        return redirect("my_plan")
    plan = services.engine_plan(record)
    chosen = tuple(g.value for g in plan.profile.ordered_goals())
    form = GoalsForm(
        plan.profile.relationship.value,
        request.POST or None,
        chosen=chosen,
        initial={"own_goal": record.own_goal},
    )
    if request.method == "POST" and form.is_valid():
        try:
            safety = services.plan_goals_set(
                client=client,
                record=record,
                goals=form.cleaned_data["goals"],
                own_goal=form.cleaned_data["own_goal"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            remember_support(request, safety)
            messages.success(request, _("Your goals are saved and the plan follows them."))
            return redirect("my_plan")
    status = 400 if request.method == "POST" else 200
    return render(request, "plans/goals.html", {"form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def life_changed(request: HttpRequest) -> HttpResponse:
    """'My life changed': rebuild the plan for the new situation, keeping its history."""
    client = _client(request)
    record = services.active_plan(client)
    if record is None:
        return redirect("my_plan")
    profile = services.engine_plan(record).profile
    form = LifeChangeForm(
        request.POST or None,
        initial={
            "life_stage": profile.life_stage.value,
            "relationship": profile.relationship.value,
            "antidepressant": profile.antidepressant,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            row = services.plan_rebuild(client=client, record=record, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            remember_support(request, getattr(row, "safety", None))
            messages.success(
                request, _("Your plan is rebuilt for how life is now. Its history is kept.")
            )
            return redirect("my_plan")
    status = 400 if request.method == "POST" else 200
    return render(request, "plans/life_changed.html", {"form": form}, status=status)


# --- clinician ----------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def client_plan(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="plans.clientplan")
    record = services.active_plan(client)
    if record is None:
        form = _start_form(client, request.POST or None)
        goals = StartGoalsForm(request.POST or None, own_goal=False)
        if request.method == "POST" and _start(request, viewer, client, form, goals):
            return redirect("client_plan", client_uuid=client.uuid)
        start: dict[str, Any] = {"client": client, "form": form, "goals_form": goals}
        return render(request, "plans/clinician_start.html", start)
    context = _plan_context(record, viewer)
    phases = [(p.key, p.title) for p in context["plan"].phases]
    context.update({"client": client, "add_form": CustomStepForm(phases)})
    context.update(clinician_context(record, viewer))
    return render(request, "plans/clinician.html", context)


@login_required
@require_POST
def client_step_edit(request: HttpRequest, client_uuid: uuid.UUID, step_id: str) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    record = services.active_plan(client)
    if record is None:
        raise Http404
    step = _step_or_404(record, step_id)
    action = request.POST.get("action", "")
    try:
        if action in {"up", "down"}:
            services.step_move(
                by=viewer, record=record, step_id=step.id, direction=-1 if action == "up" else 1
            )
        elif action in {"pause", "resume"}:
            services.step_pause(by=viewer, record=record, step_id=step.id, paused=action == "pause")
        elif action == "difficulty":
            raw = request.POST.get("difficulty", "")
            if not raw.strip().isdigit():
                raise ValidationError({"difficulty": _("Difficulty is 0 to 100.")})
            services.step_difficulty(by=viewer, record=record, step_id=step.id, difficulty=int(raw))
        else:
            raise ValidationError(_("Unknown change."))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Plan updated."))
    return redirect("client_plan", client_uuid=client.uuid)


@login_required
@require_POST
def client_step_add(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    record = services.active_plan(client)
    if record is None:
        raise Http404
    phases = [(p.key, p.title) for p in services.engine_plan(record).phases]
    form = CustomStepForm(phases, request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.step_add(
                by=viewer,
                record=record,
                phase_key=data["phase"],
                title=data["title"],
                pillar=data["pillar"],
                difficulty=data["difficulty"],
                how=data["how"],
                notice=data["notice"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            messages.success(request, _("Step added."))
            return redirect("client_plan", client_uuid=client.uuid)
    context = _plan_context(record, viewer)
    context.update({"client": client, "add_form": form})
    return render(request, "plans/clinician.html", context, status=400)


@login_required
@require_GET
def client_proposal(request: HttpRequest, client_uuid: uuid.UUID, proposal_id: int) -> HttpResponse:
    """A proposal with the log that led to it: each try at the step, how distressing it was,
    whether it felt safe, and the client's reflection (decrypted; the read is audited)."""
    viewer, client = _treated(request, client_uuid)
    proposal = PlanProposal.objects.filter(pk=proposal_id, plan__client=client).first()
    if proposal is None:
        raise Http404
    record = proposal.plan
    audit_read(
        actor_uuid=viewer.uuid,
        subject_uuid=client.uuid,
        object_type="plans.steplog",
        object_id=proposal.pk,
    )
    plan = services.engine_plan(record)
    logs = StepLog.objects.filter(
        plan=record, step_id=proposal.step_id, created_at__lte=proposal.created_at
    ).order_by("-created_at", "-pk")[:10]
    context = {
        "client": client,
        "proposal": _proposal_view(proposal),
        "step_title": plan.step(proposal.step_id).title
        if plan.has_step(proposal.step_id)
        else proposal.step_id,
        "logs": logs,
        "may_decide": services.may_decide(viewer, record)
        and proposal.status == PlanProposal.PENDING,
        # What the client chose lately (steps set aside, life changes) is part of the picture.
        **_choices(record, plan),
    }
    return render(request, "plans/clinician_proposal.html", context)

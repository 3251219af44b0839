from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403 as _client
from attune.accounts.access import treated_or_404 as _treated
from attune.accounts.models import Role, User
from attune.audit.services import audit_read
from attune.clinical.triggers import TriggerPoint, patterns
from attune.core.html import sanitised_html
from attune.library.catalogue import (
    ArticleNotFoundError,
    articles_for,
    get_article,
    list_articles,
    readable_by,
    render_markdown,
)
from attune.safety.services import SafetyResponse, crisis_once, remember_support

from . import services
from .forms import ExperimentPlanForm, ExperimentResultForm, PauseForm, TriggerForm
from .models import ArticleAssignment, ArticleRead, Company, Experiment, OriginTheme, Trigger

PAUSE_PROMPTS = (
    # Self-compassion's three parts (Neff 2003, Self and Identity 2:85–101), in our words.
    gettext_lazy(
        "Notice it: name what you feel, without judging it. “This is longing, and it hurts.”"
    ),
    gettext_lazy(
        "You are not the only one: many people ache for closeness and touch. What would you "
        "tell them?"
    ),
    gettext_lazy(
        "Be kind: what do you need right now, and what is one gentle thing you could offer "
        "yourself?"
    ),
)


def _own(model: Any, client: User, pk: int) -> Any:
    record = model.objects.filter(client=client, pk=pk).first()
    if record is None:
        raise Http404
    return record


def _after_screening(request: HttpRequest, response: SafetyResponse | None) -> None:
    remember_support(request, response)


@login_required
@require_GET
def practice_home(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    context = {
        "triggers": Trigger.objects.filter(client=client).count(),
        "experiments": Experiment.objects.filter(client=client).count(),
        "assigned": ArticleAssignment.objects.filter(client=client).count(),
    }
    return render(request, "practice/home.html", context)


# --- trigger map ----------------------------------------------------------------------------


@login_required
@require_GET
def trigger_list(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    triggers = Trigger.objects.filter(client=client)[:50]
    return render(request, "practice/trigger_list.html", {"triggers": triggers})


@login_required
@require_http_methods(["GET", "POST"])
def trigger_new(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    initial = {"occurred_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M")}
    form = TriggerForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            trigger, result = services.trigger_record(client=client, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            _after_screening(request, result)
            return redirect("trigger_pause", trigger_id=trigger.pk)
    return render(request, "practice/trigger_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def trigger_pause(request: HttpRequest, trigger_id: int) -> HttpResponse:
    client = _client(request)
    trigger = _own(Trigger, client, trigger_id)
    form = PauseForm(
        request.POST or None,
        initial={
            "compassionate_response": trigger.compassionate_response,
            "intensity_after": trigger.intensity_after,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            result = services.trigger_pause(trigger=trigger, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            _after_screening(request, result)
            messages.success(request, _("Saved. That pause was a kind thing to do."))
            return redirect("trigger_detail", trigger_id=trigger.pk)
    context = {"trigger": trigger, "form": form, "prompts": PAUSE_PROMPTS}
    context.update(crisis_once(request, client))
    return render(request, "practice/trigger_pause.html", context)


@login_required
@require_GET
def trigger_detail(request: HttpRequest, trigger_id: int) -> HttpResponse:
    client = _client(request)
    context: dict[str, Any] = {"trigger": _own(Trigger, client, trigger_id)}
    context.update(crisis_once(request, client))
    return render(request, "practice/trigger_detail.html", context)


def _points(client: User) -> list[TriggerPoint]:
    rows = Trigger.objects.filter(client=client).only(
        "occurred_at", "origin_theme", "company", "intensity_before", "intensity_after", "client"
    )
    return [
        TriggerPoint(
            timezone.localtime(row.occurred_at),
            row.origin_theme,
            row.company,
            row.intensity_before,
            row.intensity_after,
        )
        for row in rows
    ]


def patterns_context(client: User) -> dict[str, Any]:
    found = patterns(_points(client))
    themes, company = dict(OriginTheme.choices), dict(Company.choices)
    times = {
        "night": _("night (0–6)"),
        "morning": _("morning (6–12)"),
        "afternoon": _("afternoon (12–18)"),
        "evening": _("evening (18–24)"),
    }
    return {
        "found": found,
        "themes": [(themes.get(k, k), n) for k, n in found.by_theme],
        "company": [(company.get(k, k), n) for k, n in found.by_company],
        "times": [(times[k], n) for k, n in found.by_time_of_day],
    }


@login_required
@require_GET
def trigger_patterns(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    return render(request, "practice/trigger_patterns.html", patterns_context(client))


# --- behavioural experiments ----------------------------------------------------------------


@login_required
@require_GET
def experiment_list(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    experiments = Experiment.objects.filter(client=client)[:50]
    return render(request, "practice/experiment_list.html", {"experiments": experiments})


@login_required
@require_http_methods(["GET", "POST"])
def experiment_new(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    form = ExperimentPlanForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        experiment = form.save(commit=False)
        experiment.client = client
        _after_screening(request, services.experiment_save(experiment=experiment))
        messages.success(request, _("Planned. Small steps are how beliefs change."))
        return redirect("experiment_detail", experiment_id=experiment.pk)
    return render(request, "practice/experiment_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def experiment_detail(request: HttpRequest, experiment_id: int) -> HttpResponse:
    client = _client(request)
    experiment = _own(Experiment, client, experiment_id)
    form = ExperimentResultForm(request.POST or None, instance=experiment)
    if request.method == "POST" and form.is_valid():
        _after_screening(request, services.experiment_save(experiment=form.save(commit=False)))
        messages.success(request, _("Saved. Whatever happened, you learned something."))
        return redirect("experiment_detail", experiment_id=experiment.pk)
    context: dict[str, Any] = {"experiment": experiment, "form": form}
    context.update(crisis_once(request, client))
    return render(request, "practice/experiment_detail.html", context)


# --- library --------------------------------------------------------------------------------


@login_required
@require_GET
def library_list(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    read = set(ArticleRead.objects.filter(client=user).values_list("slug", flat=True))
    assigned = set(ArticleAssignment.objects.filter(client=user).values_list("slug", flat=True))
    by_category: dict[str, list[Any]] = {}
    for article in articles_for(people.roles_of(user)):
        by_category.setdefault(article.category, []).append(article)
    context = {
        "categories": sorted(by_category.items()),
        "read": read,
        "assigned": [a for a in list_articles() if a.slug in assigned],
    }
    return render(request, "practice/library_list.html", context)


@login_required
@require_GET
def library_article(request: HttpRequest, slug: str) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    roles = people.roles_of(user)
    try:
        article = get_article(slug)
    except ArticleNotFoundError:
        raise Http404 from None
    if not readable_by(article, roles):
        raise Http404
    related = [a for a in articles_for(roles) if a.slug in article.related]
    context = {
        "article": article,
        "body": sanitised_html(render_markdown(article.body)),
        "related": related,
        "is_read": ArticleRead.objects.filter(client=user, slug=slug).exists(),
        "is_client": Role.CLIENT in people.roles_of(user),
    }
    return render(request, "practice/library_article.html", context)


@login_required
@require_POST
def library_mark_read(request: HttpRequest, slug: str) -> HttpResponse:
    client = _client(request)
    try:
        services.article_mark_read(client=client, slug=slug)
    except ValidationError:
        raise Http404 from None
    messages.success(request, _("Marked as read."))
    return redirect("library_article", slug=slug)


# --- clinician ------------------------------------------------------------------------------


@login_required
@require_GET
def client_practice(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="practice.trigger")
    experiments = list(
        Experiment.objects.filter(client=client).only(
            "status", "belief_before", "belief_after", "planned_on", "created_at", "client"
        )
    )
    context = {
        "client": client,
        **patterns_context(client),
        "experiments": experiments,
        "articles": list_articles(),
        "assigned": set(
            ArticleAssignment.objects.filter(client=client).values_list("slug", flat=True)
        ),
        "read": set(ArticleRead.objects.filter(client=client).values_list("slug", flat=True)),
    }
    return render(request, "practice/clinician.html", context)


@login_required
@require_POST
def client_assign_article(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer, client = _treated(request, client_uuid)
    try:
        services.article_assign(clinician=viewer, client=client, slug=request.POST.get("slug", ""))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Article suggested to the client."))
    return redirect("client_practice", client_uuid=client.uuid)

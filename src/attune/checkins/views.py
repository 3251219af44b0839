from __future__ import annotations

import uuid
from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import (
    require_GET,
    require_http_methods,
    require_POST,
    require_safe,
)

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403 as _client
from attune.accounts.models import User
from attune.audit.services import audit_read
from attune.safety.services import crisis_once, remember_support

from . import calendar, insights_view, push, selectors, services
from .forms import CheckinForm, QuickCheckinForm, ReminderForm
from .models import CheckIn, CheckinReminder


def _form_errors_from(exc: ValidationError, form: CheckinForm) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


@login_required
@require_http_methods(["GET", "POST"])
def checkin_edit(request: HttpRequest, day: date | None = None) -> HttpResponse:
    client = _client(request)
    today = services.client_today(client)
    day = day or today
    if day > today:
        raise Http404
    existing = CheckIn.objects.filter(client=client, day=day).first()
    # "Add more" from the quick check-in opens this form with its two answers filled in.
    initial = _prefill(request) if existing is None and request.method == "GET" else {}
    form = CheckinForm(
        request.POST if request.method == "POST" else None, instance=existing, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            with transaction.atomic():
                if existing is None:
                    saved = services.checkin_create(client=client, day=day, **fields)
                else:
                    saved = services.checkin_update(client=client, checkin=existing, **fields)
        except services.CheckinExists:
            messages.info(
                request, _("You had already checked in for that day; here it is to edit.")
            )
            return redirect("checkin_day", day=day)
        except ValidationError as exc:
            _form_errors_from(exc, form)
        else:
            messages.success(request, _("Saved. Thank you for checking in."))
            remember_support(request, getattr(saved, "safety", None))
            return redirect("checkin_insights")
    context = {"form": form, "day": day, "is_today": day == today, "existing": existing}
    return render(request, "checkins/checkin_form.html", context)


PREFILLED = ("mood", "sexual_loneliness")


def _prefill(request: HttpRequest) -> dict[str, int]:
    """The quick check-in's answers from the query string; anything not 0–10 is ignored."""
    found = {}
    for name in PREFILLED:
        raw = request.GET.get(name, "")
        if raw.isdigit() and 0 <= int(raw) <= 10:
            found[name] = int(raw)
    return found


def _day_url(day: date, today: date) -> str:
    return reverse("checkin_today") if day == today else reverse("checkin_day", args=[day])


@login_required
@require_POST
def checkin_quick(request: HttpRequest) -> HttpResponse:
    """The two-tap check-in without JavaScript (with it, pwa.js saves through the API)."""
    client = _client(request)
    today = services.client_today(client)
    form = QuickCheckinForm(request.POST, prefix="quick")
    if not form.is_valid():
        messages.error(request, _("Please choose your mood (0 to 10) and try again."))
        return redirect("home")
    day = form.cleaned_data["date"] or today
    values = {name: form.cleaned_data[name] for name in PREFILLED}
    chosen = {name: value for name, value in values.items() if value is not None}
    if request.POST.get("more"):
        query = f"?{urlencode(chosen)}" if chosen else ""
        return redirect(_day_url(min(day, today), today) + query)
    if values["mood"] is None:
        messages.error(request, _("Please choose your mood (0 to 10) and try again."))
        return redirect("home")
    try:
        with transaction.atomic():
            saved = services.checkin_create(client=client, day=day, **chosen)
    except services.CheckinExists:
        # Never overwrite a day that already has a check-in: open it to change instead.
        messages.info(request, _("You had already checked in for that day; here it is to edit."))
        return redirect(_day_url(day, today))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("home")
    messages.success(request, _("Saved. Thank you for checking in."))
    remember_support(request, getattr(saved, "safety", None))
    return redirect("home")


@login_required
@require_GET
def insights(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    context = insights_view.build(
        client, services.client_today(client), month=request.GET.get("month")
    )
    context.update(crisis_once(request, client))
    context["todays_checkin"] = CheckIn.objects.filter(client=client, day=context["today"]).exists()
    return render(request, "checkins/insights.html", context)


@login_required
@require_GET
def client_checkins(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    viewer: User = request.user  # type: ignore[assignment]
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise Http404
    audit_read(actor_uuid=viewer.uuid, subject_uuid=client.uuid, object_type="checkins.checkin")
    context = insights_view.build(
        client, services.client_today(client), month=request.GET.get("month")
    )
    context["client"] = client
    return render(request, "checkins/clinician_insights.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def reminders(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    reminder, _created = CheckinReminder.objects.get_or_create(client=client)
    form = ReminderForm(request.POST if request.method == "POST" else None, instance=reminder)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Reminder settings saved."))
        return redirect("checkin_reminders")
    context: dict[str, Any] = {
        "form": form,
        "feed_url": request.session.pop("new_feed_url", None),
        "has_feed": calendar.active_feed(client) is not None,
        "push_key": push.public_key(),
        "push_count": selectors.push_subscriptions_of(client).count(),
    }
    return render(request, "checkins/reminders.html", context)


@login_required
@require_POST
def push_stop_all(request: HttpRequest) -> HttpResponse:
    """Stop push reminders to every browser and phone (works without JavaScript)."""
    push.push_unsubscribe_all(client=_client(request))
    messages.success(request, _("Push reminders are off on all your browsers and phones."))
    return redirect("checkin_reminders")


@login_required
@require_POST
def calendar_feed_new(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    raw = calendar.feed_create(client=client)
    request.session["new_feed_url"] = request.build_absolute_uri(f"/calendar/{raw}.ics")
    messages.success(
        request, _("Your private calendar address is ready. Any earlier address stopped working.")
    )
    return redirect("checkin_reminders")


@login_required
@require_POST
def calendar_feed_revoke(request: HttpRequest) -> HttpResponse:
    calendar.feed_revoke(client=_client(request))
    messages.success(request, _("Your calendar address no longer works."))
    return redirect("checkin_reminders")


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    client = calendar.feed_owner(token)
    if client is None:
        raise Http404
    response = HttpResponse(
        calendar.render_feed(client), content_type="text/calendar; charset=utf-8"
    )
    response["Cache-Control"] = "private, max-age=900"
    return response

from __future__ import annotations

import json
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .branding import brand_of, manifest
from .crisis import COUNTRY_CHOICES


@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers: this process reaches the database and the shared cache (Redis in a
    multi-process deployment, where sessions and rate limits live)."""
    report = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        report["database"] = "error"
    try:
        cache.set("attune:healthz", "ok", 30)
        if cache.get("attune:healthz") != "ok":
            report["cache"] = "error"
    except Exception:  # a down Redis raises its client's own errors
        report["cache"] = "error"
    healthy = set(report.values()) == {"ok"}
    return JsonResponse(
        {"status": "ok" if healthy else "error", **report}, status=200 if healthy else 503
    )


@require_safe
@never_cache
def livez(request: HttpRequest) -> JsonResponse:
    """Liveness: the process answers. Touches nothing else (no database, no session), so it
    is also the bare ceiling the check-in benchmark is measured against (docs/benchmarks.md)."""
    return JsonResponse({"status": "alive"})


@require_safe
def help_now(request: HttpRequest) -> HttpResponse:
    from attune.safety.services import crisis_for  # core serves every app; import late

    chosen = request.GET.get("country") or None
    crisis = crisis_for(request.user, chosen)  # type: ignore[arg-type]
    return render(request, "core/help_now.html", {"crisis": crisis, "countries": COUNTRY_CHOICES})


@require_safe
def web_manifest(request: HttpRequest) -> JsonResponse:
    """The installable app's manifest, under the name and icon this person chose. It differs
    per person, so shared caches must not keep it."""
    user = request.user if request.user.is_authenticated else None
    response = JsonResponse(manifest(brand_of(user)), content_type="application/manifest+json")
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response


@require_safe
def service_worker(request: HttpRequest) -> HttpResponse:
    """The service worker, from the site root so its scope is the whole site. The same for
    everyone (nothing private in it); ``no-cache`` so a new version is picked up at once."""
    from django.templatetags.static import static
    from django.urls import reverse

    from . import pwa

    offline_html = render_to_string("core/offline_fallback.html", request=None)
    context = {
        "version": json.dumps(pwa.VERSION),
        "outbox_js": json.dumps(static("attune/outbox.js")),
        "private_cache": pwa.PRIVATE_CACHE,
        "private_cache_json": json.dumps(pwa.PRIVATE_CACHE),
        "static_files": json.dumps(pwa.static_files()),
        "private_pages": json.dumps(pwa.private_pages()),
        "offline_page": json.dumps(reverse("offline")),
        "offline_html": json.dumps(offline_html),
    }
    response = HttpResponse(
        render_to_string("core/sw.js", context), content_type="text/javascript; charset=utf-8"
    )
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


@require_safe
def offline(request: HttpRequest) -> HttpResponse:
    """The page the installed app opens on with no connection (kept by the service worker
    after sign-in, for this person only): the quick check-in, which waits on the phone until
    it can be sent, and the way to the crisis lines and safety plan kept offline."""
    from attune.accounts.selectors import roles_of
    from attune.checkins.forms import quick_form
    from attune.checkins.services import client_today

    user = request.user if request.user.is_authenticated else None
    context: dict[str, Any] = {"today": None}
    if user is not None and "client" in roles_of(user):
        today = client_today(user)
        context.update(today=today, quick=quick_form(today))
    response = render(request, "core/offline.html", context)
    patch_cache_control(response, private=True, no_cache=True)
    return response

from __future__ import annotations

from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .crisis import COUNTRY_CHOICES, resources_for


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def help_now(request: HttpRequest) -> HttpResponse:
    country = request.GET.get("country", "")
    if not country and request.user.is_authenticated:
        from attune.accounts.models import ClientProfile

        profile = ClientProfile.objects.filter(client=request.user).only("country").first()
        country = profile.country if profile else ""
    return render(
        request,
        "core/help_now.html",
        {"crisis": resources_for(country), "countries": COUNTRY_CHOICES},
    )

from django.urls import include, path, re_path, register_converter

from attune.api.main import api
from attune.api.views import unknown_route
from attune.checkins.converters import IsoDateConverter
from attune.core import views as core_views

register_converter(IsoDateConverter, "date")

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("livez", core_views.livez, name="livez"),
    path("help-now/", core_views.help_now, name="help_now"),
    path("manifest.webmanifest", core_views.web_manifest, name="web_manifest"),
    path("sw.js", core_views.service_worker, name="service_worker"),
    path("offline/", core_views.offline, name="offline"),
    path("accounts/", include("allauth.urls")),
    path("api/v1/", api.urls),
    re_path(r"^api/(?P<rest>.*)$", unknown_route, name="api_unknown"),
    path("", include("attune.checkins.urls")),
    path("", include("attune.questionnaires.urls")),
    path("", include("attune.journal.urls")),
    path("", include("attune.valuework.urls")),
    path("", include("attune.exercises.urls")),
    path("", include("attune.practice.urls")),
    path("", include("attune.plans.urls")),
    path("", include("attune.workspace.urls")),
    path("", include("attune.safety.urls")),
    path("", include("attune.privacy.urls")),
    path("", include("attune.circles.urls")),
    path("", include("attune.partners.urls")),
    path("", include("attune.accounts.urls")),
]

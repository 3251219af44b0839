from django.urls import include, path

from attune.api.main import api
from attune.core import views as core_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("help-now/", core_views.help_now, name="help_now"),
    path("accounts/", include("allauth.urls")),
    path("api/v1/", api.urls),
    path("", include("attune.accounts.urls")),
]

from django.urls import path

from . import views

urlpatterns = [
    path("support/", views.support_map, name="support_map"),
    path("support/new/", views.person_new, name="support_person_new"),
    path("support/share/", views.share, name="support_share"),
    path("support/gaps/<slug:gap>/step/", views.gap_to_step, name="support_gap_step"),
    path("support/<id:person_id>/", views.person_edit, name="support_person_edit"),
    path("support/<id:person_id>/delete/", views.person_delete, name="support_person_delete"),
    path(
        "support/<id:person_id>/to-safety-plan/",
        views.to_safety_plan,
        name="support_to_safety_plan",
    ),
    path(
        "clients/<uuid:client_uuid>/support/",
        views.client_support_map,
        name="client_support_map",
    ),
]

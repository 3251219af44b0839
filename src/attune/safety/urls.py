from django.urls import path

from . import couple_views, triage_views, views

urlpatterns = [
    path("safety-plan/", views.my_safety_plan, name="my_safety_plan"),
    path("safety-plan/edit/", views.my_safety_plan_edit, name="my_safety_plan_edit"),
    path(
        "clients/<uuid:client_uuid>/safety-plan/",
        views.client_safety_plan,
        name="client_safety_plan",
    ),
    path("organisation/crisis-lines/", views.crisis_lines, name="crisis_lines"),
    path("clients/<uuid:client_uuid>/flags/", triage_views.client_flags, name="client_flags"),
    path(
        "clients/<uuid:client_uuid>/flags/<id:flag_id>/disposition/",
        triage_views.flag_disposition,
        name="flag_disposition",
    ),
    path("organisation/harm-lines/", views.harm_lines, name="harm_lines"),
    path("organisation/flags/", views.organisation_flags, name="organisation_flags"),
    path("safety/asq/", views.asq_answer, name="safety_asq"),
    path("me/couple-check/", couple_views.couple_check_ask, name="couple_check"),
    path(
        "me/couple-check/<id:check_id>/",
        couple_views.couple_check_result,
        name="couple_check_result",
    ),
    path(
        "me/couple-check/<id:check_id>/tell/",
        couple_views.couple_check_tell,
        name="couple_check_tell",
    ),
    path(
        "me/couple-check/<id:check_id>/resolve/",
        couple_views.couple_check_resolve,
        name="couple_check_resolve",
    ),
]

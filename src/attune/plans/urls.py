from django.urls import path

from . import maintenance_views, views

urlpatterns = [
    path("plan/", views.my_plan, name="my_plan"),
    path("plan/steps/<slug:step_id>/", views.step_log, name="plan_step_log"),
    path("plan/goals/", views.plan_goals, name="plan_goals"),
    path("plan/changed/", views.life_changed, name="plan_life_changed"),
    path("plan/steps/<slug:step_id>/answer/", views.step_answer, name="plan_step_answer"),
    path("plan/steps/<slug:step_id>/open/", views.step_open, name="plan_step_open"),
    path("plan/steps/<slug:step_id>/count/", views.step_count, name="plan_step_count"),
    path("plan/steps/<slug:step_id>/decline/", views.step_decline, name="plan_step_decline"),
    path(
        "plan/proposals/<id:proposal_id>/decide/",
        views.proposal_decide,
        name="plan_proposal_decide",
    ),
    path("clients/<uuid:client_uuid>/plan/", views.client_plan, name="client_plan"),
    path("plan/relapse-prevention/", maintenance_views.relapse_plan, name="relapse_plan"),
    path("plan/maintenance/", maintenance_views.maintenance_action, name="plan_maintenance"),
    path(
        "clients/<uuid:client_uuid>/plan/maintenance/",
        maintenance_views.client_maintenance,
        name="client_plan_maintenance",
    ),
    path(
        "clients/<uuid:client_uuid>/plan/proposals/<id:proposal_id>/",
        views.client_proposal,
        name="client_plan_proposal",
    ),
    path(
        "clients/<uuid:client_uuid>/plan/steps/add/",
        views.client_step_add,
        name="client_plan_step_add",
    ),
    path(
        "clients/<uuid:client_uuid>/plan/steps/<slug:step_id>/",
        views.client_step_edit,
        name="client_plan_step_edit",
    ),
]

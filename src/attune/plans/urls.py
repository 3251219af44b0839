from django.urls import path

from . import views

urlpatterns = [
    path("plan/", views.my_plan, name="my_plan"),
    path("plan/steps/<slug:step_id>/", views.step_log, name="plan_step_log"),
    path("plan/goals/", views.plan_goals, name="plan_goals"),
    path("plan/changed/", views.life_changed, name="plan_life_changed"),
    path("plan/steps/<slug:step_id>/answer/", views.step_answer, name="plan_step_answer"),
    path("plan/steps/<slug:step_id>/decline/", views.step_decline, name="plan_step_decline"),
    path(
        "plan/proposals/<id:proposal_id>/decide/",
        views.proposal_decide,
        name="plan_proposal_decide",
    ),
    path("clients/<uuid:client_uuid>/plan/", views.client_plan, name="client_plan"),
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

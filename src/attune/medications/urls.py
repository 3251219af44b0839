from django.urls import path

from . import views

urlpatterns = [
    path("medications/", views.timeline, name="medications"),
    path("medications/new/", views.medication_new, name="medication_new"),
    path("medications/noticed/", views.side_effect_new, name="side_effect_new"),
    path("medications/plan-question/", views.plan_question, name="medication_plan_question"),
    path("medications/for-my-prescriber/", views.prescriber_summary, name="prescriber_summary"),
    path("medications/<id:medication_id>/", views.medication_detail, name="medication_detail"),
    path(
        "medications/<id:medication_id>/change/",
        views.medication_change,
        name="medication_change",
    ),
    path("medications/<id:medication_id>/stop/", views.medication_stop, name="medication_stop"),
    path(
        "clients/<uuid:client_uuid>/medications/",
        views.client_timeline,
        name="client_medications",
    ),
]

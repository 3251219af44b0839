from django.urls import path

from . import views

urlpatterns = [
    path("questionnaires/", views.questionnaire_list, name="questionnaire_list"),
    path("questionnaires/suggested/", views.recommended_start, name="questionnaire_recommended"),
    path(
        "questionnaires/<slug:instrument_id>/", views.questionnaire_take, name="questionnaire_take"
    ),
    path(
        "questionnaires/<slug:instrument_id>/schedule/",
        views.questionnaire_schedule,
        name="questionnaire_schedule",
    ),
    path(
        "questionnaires/results/<id:administration_id>/",
        views.questionnaire_result,
        name="questionnaire_result",
    ),
    path(
        "clients/<uuid:client_uuid>/questionnaires/",
        views.client_questionnaires,
        name="client_questionnaires",
    ),
    path(
        "clients/<uuid:client_uuid>/questionnaires/assign/",
        views.client_assign,
        name="client_assign",
    ),
    path(
        "clients/<uuid:client_uuid>/flags/<id:flag_id>/acknowledge/",
        views.flag_acknowledge,
        name="flag_acknowledge",
    ),
    path("organisation/licences/", views.licences, name="questionnaire_licences"),
]

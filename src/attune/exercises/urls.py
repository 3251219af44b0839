from django.urls import path

from . import views

urlpatterns = [
    path("exercises/", views.exercise_list, name="exercise_list"),
    path("exercises/history/", views.history, name="exercise_history"),
    path("exercises/session/<id:session_id>/", views.session_page, name="exercise_session"),
    path("exercises/<slug:exercise>/", views.exercise_detail, name="exercise_detail"),
    path(
        "clients/<uuid:client_uuid>/exercises/",
        views.client_exercises,
        name="client_exercises",
    ),
]

from django.urls import path

from . import views

urlpatterns = [
    path("practice/", views.practice_home, name="practice_home"),
    path("practice/triggers/", views.trigger_list, name="trigger_list"),
    path("practice/triggers/new/", views.trigger_new, name="trigger_new"),
    path("practice/triggers/patterns/", views.trigger_patterns, name="trigger_patterns"),
    path("practice/triggers/<id:trigger_id>/", views.trigger_detail, name="trigger_detail"),
    path("practice/triggers/<id:trigger_id>/pause/", views.trigger_pause, name="trigger_pause"),
    path("practice/experiments/", views.experiment_list, name="experiment_list"),
    path("practice/experiments/new/", views.experiment_new, name="experiment_new"),
    path(
        "practice/experiments/<id:experiment_id>/",
        views.experiment_detail,
        name="experiment_detail",
    ),
    path("library/", views.library_list, name="library_list"),
    path("library/<slug:slug>/", views.library_article, name="library_article"),
    path("library/<slug:slug>/read/", views.library_mark_read, name="library_mark_read"),
    path("clients/<uuid:client_uuid>/practice/", views.client_practice, name="client_practice"),
    path(
        "clients/<uuid:client_uuid>/library/assign/",
        views.client_assign_article,
        name="client_assign_article",
    ),
]

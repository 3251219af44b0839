from django.urls import path

from . import views

urlpatterns = [
    path("caseload/", views.caseload, name="caseload"),
    path("clients/<uuid:client_uuid>/overview/", views.client_overview, name="client_overview"),
    path("clients/<uuid:client_uuid>/notes/", views.note_add, name="client_note_add"),
    path(
        "clients/<uuid:client_uuid>/notes/<id:note_id>/edit/",
        views.note_edit,
        name="client_note_edit",
    ),
    path(
        "clients/<uuid:client_uuid>/notes/<id:note_id>/delete/",
        views.note_delete,
        name="client_note_delete",
    ),
    path(
        "clients/<uuid:client_uuid>/session-prep/",
        views.session_prep,
        name="client_session_prep",
    ),
]

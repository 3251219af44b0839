from django.urls import path

from . import views

urlpatterns = [
    path("journal/", views.entry_list, name="journal"),
    path("journal/new/", views.entry_new, name="journal_new"),
    path("journal/prompts/", views.prompt_list, name="journal_prompts"),
    path("journal/<id:entry_id>/", views.entry_detail, name="journal_entry"),
    path("journal/<id:entry_id>/edit/", views.entry_edit, name="journal_edit"),
    path("journal/<id:entry_id>/share/", views.entry_share, name="journal_share"),
    path("journal/<id:entry_id>/unshare/", views.entry_unshare, name="journal_unshare"),
    path("journal/<id:entry_id>/delete/", views.entry_delete, name="journal_delete"),
    path("clients/<uuid:client_uuid>/journal/", views.client_journal, name="client_journal"),
]

from django.urls import path

from . import views

urlpatterns = [
    path("me/privacy/", views.privacy, name="privacy"),
    path("me/privacy/export/", views.export, name="privacy_export"),
    path("me/privacy/delete/", views.delete_account, name="privacy_delete"),
    path("me/privacy/tokens/<id:token_id>/revoke/", views.token_revoke, name="token_revoke"),
]

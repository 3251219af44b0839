from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("me/profile/", views.profile_edit, name="profile_edit"),
    path("me/sharing/", views.sharing, name="sharing"),
    path("me/app-name/", views.app_name_edit, name="app_name_edit"),
    path("me/sharing/sentence/", views.sentence_consent, name="sentence_consent"),
    path("me/sharing/<id:grant_id>/withdraw/", views.consent_withdraw, name="consent_withdraw"),
    path("invitations/", views.invitation_list, name="invitation_list"),
    path(
        "invitations/<id:invitation_id>/withdraw/",
        views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path("invite/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("clients/<uuid:client_uuid>/", views.client_detail, name="client_detail"),
    path("clients/<uuid:client_uuid>/end-care/", views.care_end, name="care_end"),
    path("organisation/", views.organisation_settings, name="organisation_settings"),
    path("organisation/staff/<id:membership_id>/", views.staff_edit, name="staff_edit"),
    path("organisation/staff/<id:membership_id>/remove/", views.staff_remove, name="staff_remove"),
]

from django.urls import path

from . import views

urlpatterns = [
    path("circles/", views.circle_list, name="circle_list"),
    path("circles/new/", views.circle_new, name="circle_new"),
    path("circles/join/<str:token>/", views.circle_join, name="circle_join"),
    path("circles/<id:circle_id>/", views.circle_detail, name="circle_detail"),
    path("circles/<id:circle_id>/invite/", views.circle_invite, name="circle_invite"),
    path("circles/<id:circle_id>/meetings/new/", views.meeting_new, name="circle_meeting_new"),
    path(
        "circles/<id:circle_id>/meetings/<id:meeting_id>/edit/",
        views.meeting_edit,
        name="circle_meeting_edit",
    ),
    path(
        "circles/<id:circle_id>/meetings/<id:meeting_id>/cancel/",
        views.meeting_cancel,
        name="circle_meeting_cancel",
    ),
    path(
        "circles/<id:circle_id>/meetings/<id:meeting_id>/attendance/",
        views.meeting_attendance,
        name="circle_attendance",
    ),
    path("circles/<id:circle_id>/posts/", views.post_new, name="circle_post_new"),
    path(
        "circles/<id:circle_id>/posts/<id:post_id>/report/",
        views.post_report,
        name="circle_post_report",
    ),
    path(
        "circles/<id:circle_id>/posts/<id:post_id>/moderate/",
        views.post_moderate,
        name="circle_post_moderate",
    ),
    path(
        "circles/<id:circle_id>/members/<id:member_id>/remove/",
        views.member_remove,
        name="circle_member_remove",
    ),
    path("circles/<id:circle_id>/leave/", views.circle_leave, name="circle_leave"),
    path("circles/<id:circle_id>/outcomes/", views.outcomes, name="circle_outcomes"),
    path(
        "circles/<id:circle_id>/outcomes/consent/",
        views.outcomes_consent,
        name="circle_outcomes_consent",
    ),
]

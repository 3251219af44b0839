from django.urls import path

from . import views

urlpatterns = [
    path("checkin/", views.checkin_edit, name="checkin_today"),
    path("checkin/<date:day>/", views.checkin_edit, name="checkin_day"),
    path("checkin/quick/", views.checkin_quick, name="checkin_quick"),
    path("checkin/insights/", views.insights, name="checkin_insights"),
    path("checkin/reminders/", views.reminders, name="checkin_reminders"),
    path("checkin/reminders/push/stop/", views.push_stop_all, name="push_stop_all"),
    path("checkin/calendar/new/", views.calendar_feed_new, name="calendar_feed_new"),
    path("checkin/calendar/revoke/", views.calendar_feed_revoke, name="calendar_feed_revoke"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("clients/<uuid:client_uuid>/checkins/", views.client_checkins, name="client_checkins"),
]

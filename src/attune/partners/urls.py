from django.urls import path

from . import views

urlpatterns = [
    path("partners/", views.partners_home, name="partners_home"),
    path("partners/scopes/", views.scopes_save, name="partner_scopes_save"),
    path("partners/end/", views.link_end, name="partner_link_end"),
    path("partners/quiet/pause/", views.quiet_pause, name="partner_quiet_pause"),
    path("partners/quiet/resume/", views.quiet_resume, name="partner_quiet_resume"),
    path("partners/quiet/clear/", views.quiet_clear, name="partner_quiet_clear"),
    path("partners/steps/", views.steps_save, name="partner_steps_save"),
    path("partners/as-partner/", views.as_partner, name="partner_view_as"),
    path(
        "partners/entries/<id:entry_id>/share/",
        views.entry_share,
        name="partner_entry_share",
    ),
    path("partners/calendar/", views.partner_calendar_new, name="partner_calendar_new"),
    path("partners/feedback/", views.feedback, name="partner_feedback"),
    path("conversations/", views.conversation_list, name="conversation_list"),
    path("conversations/new/", views.conversation_new, name="conversation_new"),
    path(
        "conversations/<id:conversation_id>/",
        views.conversation_detail,
        name="conversation_detail",
    ),
    path(
        "conversations/<id:conversation_id>/edit/",
        views.conversation_edit,
        name="conversation_edit",
    ),
    path(
        "conversations/<id:conversation_id>/agreement/confirm/",
        views.conversation_agreement_confirm,
        name="conversation_agreement_confirm",
    ),
    path(
        "conversations/<id:conversation_id>/agreement/keep/",
        views.conversation_agreement_keep,
        name="conversation_agreement_keep",
    ),
    path(
        "conversations/<id:conversation_id>/agreement/withdraw/",
        views.conversation_agreement_withdraw,
        name="conversation_agreement_withdraw",
    ),
    path(
        "conversations/<id:conversation_id>/pause/",
        views.conversation_pause,
        name="conversation_pause",
    ),
    path(
        "conversations/<id:conversation_id>/resume/",
        views.conversation_resume,
        name="conversation_resume",
    ),
]

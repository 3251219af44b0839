from django.urls import URLPattern, path

from . import views

urlpatterns: list[URLPattern] = [
    path("values/", views.values_home, name="values_home"),
    path("values/rate/", views.values_rate, name="values_rate"),
    path("values/statements/", views.values_statements, name="values_statements"),
    path("values/actions/", views.action_list, name="values_actions"),
    path("values/actions/new/", views.action_new, name="values_action_new"),
    path("values/actions/<id:action_id>/edit/", views.action_edit, name="values_action_edit"),
    path("values/actions/<id:action_id>/done/", views.action_done, name="values_action_done"),
    path(
        "values/actions/<id:action_id>/not-yet/",
        views.action_not_yet,
        name="values_action_not_yet",
    ),
    path(
        "values/actions/<id:action_id>/reschedule/",
        views.action_reschedule,
        name="values_action_reschedule",
    ),
    path(
        "values/actions/<id:action_id>/delete/",
        views.action_delete,
        name="values_action_delete",
    ),
    path("values/anchors/", views.anchor_list, name="values_anchors"),
    path("values/anchors/adopt/", views.anchor_adopt, name="values_anchor_adopt"),
    path("values/anchors/new/", views.anchor_new, name="values_anchor_new"),
    path(
        "values/anchors/<id:anchor_id>/active/",
        views.anchor_active,
        name="values_anchor_active",
    ),
    path(
        "values/anchors/<id:anchor_id>/moments/new/",
        views.moment_new,
        name="values_moment_new",
    ),
    path(
        "values/moments/<id:moment_id>/delete/",
        views.moment_delete,
        name="values_moment_delete",
    ),
    path("clients/<uuid:client_uuid>/values/", views.client_values, name="client_values"),
]

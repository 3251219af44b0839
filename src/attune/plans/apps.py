from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "attune.plans"
    label = "plans"

from django.apps import AppConfig


class SupportConfig(AppConfig):
    name = "attune.support"
    label = "support"

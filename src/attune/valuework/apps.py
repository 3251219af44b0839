from django.apps import AppConfig


class ValueworkConfig(AppConfig):
    name = "attune.valuework"
    label = "valuework"

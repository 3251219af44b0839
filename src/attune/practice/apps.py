from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "attune.practice"
    label = "practice"

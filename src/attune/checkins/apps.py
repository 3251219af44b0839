from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "attune.checkins"
    label = "checkins"

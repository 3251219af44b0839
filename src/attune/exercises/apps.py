from django.apps import AppConfig


class ExercisesConfig(AppConfig):
    name = "attune.exercises"
    label = "exercises"

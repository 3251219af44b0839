from django.apps import AppConfig


class CirclesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "attune.circles"
    label = "circles"

    def ready(self) -> None:
        from . import signals  # noqa: F401

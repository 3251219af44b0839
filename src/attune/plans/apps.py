from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "attune.plans"
    label = "plans"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the check-in receiver)

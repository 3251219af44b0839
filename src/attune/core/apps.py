from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "attune.core"
    label = "core"

    def ready(self) -> None:
        from . import mail  # noqa: F401  (registers the deployment check)

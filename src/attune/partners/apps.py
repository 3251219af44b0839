from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "attune.partners"
    label = "partners"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (connects the safety-layer listeners)

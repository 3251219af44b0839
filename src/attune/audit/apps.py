from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "attune.audit"
    label = "audit"

    def ready(self) -> None:
        from . import signals  # noqa: F401

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "attune.core"
    label = "core"

    def ready(self) -> None:
        from django.urls import register_converter

        from . import mail  # noqa: F401  (registers the deployment check)
        from .converters import RecordIdConverter

        # Before any app's urls.py is read: `<id:...>` in every web address with a record id.
        register_converter(RecordIdConverter, "id")

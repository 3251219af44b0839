from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "attune.checkins"
    label = "checkins"

    def ready(self) -> None:
        from . import push  # noqa: F401  (registers the deployment check for push keys)

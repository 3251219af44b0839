from django.apps import AppConfig


class QuestionnairesConfig(AppConfig):
    name = "attune.questionnaires"
    label = "questionnaires"

    def ready(self) -> None:
        from . import signals  # noqa: F401 - connects the receivers

from django.apps import AppConfig


class QuestionnairesConfig(AppConfig):
    name = "attune.questionnaires"
    label = "questionnaires"

    def ready(self) -> None:
        from django.conf import settings

        from . import fhir, signals  # noqa: F401 - signals connects the receivers

        fhir.configure(settings.BASE_URL)

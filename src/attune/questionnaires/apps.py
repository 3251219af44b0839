from django.apps import AppConfig


class QuestionnairesConfig(AppConfig):
    name = "attune.questionnaires"
    label = "questionnaires"

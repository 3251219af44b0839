from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "attune.partners"
    label = "partners"
